#!/usr/bin/env bash
# "Closing the loop" walk-through, as README says, from the root of a fresh clone after the build.
set -u
T="java -jar trainer/target/trainer.jar"
F="java -jar function/target/function.jar"
rm -rf loop && mkdir loop
echo '$ trainer.jar generate --rows 20000 --seed 124 --out loop/train.csv'
$T generate --rows 20000 --seed 124 --out loop/train.csv
echo '$ trainer.jar train --data loop/train.csv --store loop/models --no-xgboost --no-time-check'
$T train --data loop/train.csv --store loop/models --no-xgboost --no-time-check | tail -4
echo '$ trainer.jar generate --rows 6000 --seed 7 --out loop/new-leads.csv'
$T generate --rows 6000 --seed 7 --out loop/new-leads.csv
echo '$ function.jar score --store loop/models --in loop/new-leads.csv --out loop/scores.csv --capture loop/captures'
$F score --store loop/models --in loop/new-leads.csv --out loop/scores.csv --capture loop/captures
find loop/captures -type f
echo '$ trainer.jar generate --outcomes-for loop/captures --seed 7 --out loop/outcomes.csv'
$T generate --outcomes-for loop/captures --seed 7 --out loop/outcomes.csv
echo '$ trainer.jar evaluate --captures loop/captures --outcomes loop/outcomes.csv --store loop/models --out loop/realized.json'
$T evaluate --captures loop/captures --outcomes loop/outcomes.csv --store loop/models --out loop/realized.json
echo "exit $?"
echo '$ trainer.jar generate --outcomes-for loop/captures --seed 7 --concept-shift --out loop/outcomes-shifted.csv'
$T generate --outcomes-for loop/captures --seed 7 --concept-shift --out loop/outcomes-shifted.csv
echo '$ trainer.jar evaluate --captures loop/captures --outcomes loop/outcomes-shifted.csv --store loop/models --out loop/realized-shifted.json'
$T evaluate --captures loop/captures --outcomes loop/outcomes-shifted.csv --store loop/models --out loop/realized-shifted.json
echo "exit $?"
echo '$ trainer.jar dataset --captures loop/captures --outcomes loop/outcomes.csv --out loop/next.csv'
$T dataset --captures loop/captures --outcomes loop/outcomes.csv --out loop/next.csv
echo '$ trainer.jar train --data loop/next.csv --store loop/models --no-xgboost --no-time-check'
$T train --data loop/next.csv --store loop/models --no-xgboost --no-time-check | tail -4
echo "exit ${PIPESTATUS[0]}"
echo '$ trainer.jar models list --store loop/models'
$T models list --store loop/models
