#!/usr/bin/env bash
# Reproduces BENCHMARKS.md (about 8 minutes on 2 cores): training time and quality on the shared real data (or
# synthetic leads when it is absent, and says so), scoring latency against raw ONNX Runtime, package size, cold start.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/leads-train.csv}
OUT=bench/target
mkdir -p "$OUT"
mvn -B -q -DskipTests package
mvn -B -q -pl function test-compile
if [[ -f "$DATA" ]]; then
  echo "== training on $DATA (real data)"
else
  echo "== $DATA not found: training on 30,000 synthetic leads instead (figures are NOT real-data quality)"
  java -jar trainer/target/trainer.jar generate --rows 30000 --seed 124 --out "$OUT/synthetic.csv"
  DATA="$OUT/synthetic.csv"
fi
rm -rf "$OUT/store" "$OUT/store-smote"
/usr/bin/time -f "train wall %e s, max RSS %M KB" java -jar trainer/target/trainer.jar train --data "$DATA" --store "$OUT/store" \
  2>&1 | tr '\r' '\n' | grep -v '% \[' | tail -16
echo "== scoring: the API and batch handlers vs their floors, production configuration (3 runs)"
bench/ratios.sh "$OUT/store" 3 3
echo "== X-Ray tracing: the handler with tracing on (every request sampled) beside it and the floor, interleaved"
bench/ratios.sh core/src/test/resources/fixture-store 2 1 traced | grep 'RATIO.*traced'
echo "== bulk rescoring: a million synthetic leads cut into Distributed Map batches, through the batch handler"
java -jar trainer/target/trainer.jar generate --rows 1000000 --seed 7 --out "$OUT/million.csv" > /dev/null
java -Dlog4j2.configurationFile=classpath:log4j2.xml -cp "function/target/function.jar:function/target/test-classes" \
  com.leadscoring.bench.RescoreRunBench "$OUT/store" "$OUT/million.csv" | grep -v '^{'
/usr/bin/time -f "local twin: function.jar score, 1,000,000 leads: wall %e s, max RSS %M KB" java -jar function/target/function.jar \
  score --store "$OUT/store" --in "$OUT/million.csv" --out "$OUT/million-scores.csv" 2>&1 | tail -1
echo "== local serve under 8 concurrent clients (127.0.0.1)"
java -Dlog4j2.configurationFile=classpath:log4j2.xml -cp "function/target/function.jar:function/target/test-classes" \
  com.leadscoring.local.ServeLoadBench "$OUT/store" 8000 \
  | grep -v '^{'
echo "== package"
ls -l function/target/function.jar | awk '{printf "function.jar %.1f MB\n", $5/1048576}'
ls -l function/target/function-lambda.jar | awk '{printf "function-lambda.jar %.1f MB\n", $5/1048576}'
ls -l trainer/target/trainer.jar | awk '{printf "trainer.jar %.1f MB\n", $5/1048576}'
echo "== cold start against its floors, disk and S3 (local moto_server), Lambda JVM options, with and without the AppCDS archive"
bench/coldstart.sh 10 "$OUT/store"
echo "== cold start of what Lambda runs (function-lambda.jar under the runtime interface client) against its floors"
bench/lambda-coldstart.sh 10 "$OUT/store"
echo "== what SnapStart priming leaves for the first requests (5 fresh JVMs per mode)"
bench/first-request.sh 5 "$OUT/store"
echo "== cold-start breakdown (invoke --timings), 3 runs"
for i in 1 2 3; do
  java -jar function/target/function.jar invoke --store "$OUT/store" --event events/score-one.json --timings 2>&1 >/dev/null | grep '^timings'
done
echo "== drift: 100,000 new synthetic leads against a model trained on 30,000 (5 runs each, fresh then shifted)"
D="$OUT/drift"
rm -rf "$D/store"
mkdir -p "$D"
java -jar trainer/target/trainer.jar generate --rows 30000 --seed 124 --out "$D/train.csv" > /dev/null
java -jar trainer/target/trainer.jar train --data "$D/train.csv" --store "$D/store" > /dev/null
java -jar trainer/target/trainer.jar generate --rows 100000 --seed 7 --out "$D/fresh.csv" > /dev/null
java -jar trainer/target/trainer.jar generate --rows 100000 --seed 8 --shift signup --out "$D/shifted.csv" > /dev/null
for data in fresh shifted; do
  for i in $(seq 5); do
    /usr/bin/time -f "$data: wall %e s, max RSS %M KB" java -jar trainer/target/trainer.jar drift --store "$D/store" \
      --data "$D/$data.csv" 2>&1 | grep -E '^time:|wall' | tr '\n' ' ' || true   # drift exits 3 on the shifted file
    echo
  done
done
