#!/usr/bin/env bash
# Adds a version written by the current trainer (on synthetic leads) to the tests' model store,
# core/src/test/resources/fixture-store, beside the versions already there. `latest` stays where it is: the oldest
# version is the check that models published by older trainers still load and score the same. Run after a change to
# the feature encoder, the store layout or the exporter, then point the constant in FixtureStore at the new version.
# Further arguments go to `train` (e.g. `--encoder lead-features-v1+products-missing` for a model of another encoder).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -jar trainer/target/trainer.jar generate --rows 8000 --seed 7 --out "$tmp/leads.csv"
java -jar trainer/target/trainer.jar train --data "$tmp/leads.csv" --store "$tmp/store" \
  --seed 7 --epochs 20 --folds 1 --smote none --no-rf --no-xgboost --no-time-check --field-labels examples/field-labels.csv "$@"
version=$(cat "$tmp/store/latest")
cp -r "$tmp/store/$version" core/src/test/resources/fixture-store/
echo "added $version to core/src/test/resources/fixture-store (latest unchanged)"
