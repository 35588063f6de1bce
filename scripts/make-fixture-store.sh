#!/usr/bin/env bash
# Regenerates the function tests' model store (core/src/test/resources/fixture-store) with the real trainer on
# synthetic leads. Run after a change to the feature encoder, the store layout or the exporter.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -jar trainer/target/trainer.jar generate --rows 8000 --seed 7 --out "$tmp/leads.csv"
rm -rf core/src/test/resources/fixture-store
java -jar trainer/target/trainer.jar train --data "$tmp/leads.csv" --out core/src/test/resources/fixture-store \
  --seed 7 --epochs 20 --folds 1 --smote none --no-rf --no-xgboost --no-time-check
