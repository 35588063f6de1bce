#!/usr/bin/env bash
# Cold start against its floor, interleaved in one run (so the machine's load falls on all alike):
#   floor   a fresh JVM that reads model.onnx, starts ONNX Runtime and scores one row (ColdStartFloor)
#   disk    java -jar function.jar invoke --model <dir> --event events/score-one.json   (process start → answer)
#   s3      the same with the model in a local S3-compatible server (moto_server on 127.0.0.1), as on Lambda without SnapStart
# Each variant also runs with the AppCDS archive built at package time (function/target/function.jsa), if present.
# Usage: bench/coldstart.sh [rounds=10] [store=core/src/test/resources/fixture-store]
#   BASELINE_JAR=/path/to/older/function.jar adds "before" rows (disk, s3) from another build, interleaved the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-10}
STORE=${2:-core/src/test/resources/fixture-store}
for d in "$HOME/.pyenv/shims" /usr/local/bin; do [ -d "$d" ] && PATH="$PATH:$d"; done
[ -f function/target/function.jar ] || mvn -B -q -DskipTests package
[ -d function/target/test-classes/com/leadscoring/bench ] || (cd function && mvn -B -q test-compile)
VERSION=$(tr -d '[:space:]' < "$STORE/latest")
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$PORT" >/dev/null 2>&1 &
MOTO=$!
trap 'kill $MOTO 2>/dev/null' EXIT
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
for _ in $(seq 50); do curl -s "http://127.0.0.1:$PORT" >/dev/null && break; sleep 0.1; done
aws --endpoint-url "http://127.0.0.1:$PORT" s3 mb s3://bench >/dev/null
aws --endpoint-url "http://127.0.0.1:$PORT" s3 cp --recursive --quiet "$STORE" s3://bench/models/
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
CP="function/target/function.jar:function/target/test-classes"
CDS=()
[ -f function/target/function.jsa ] && CDS=(-XX:SharedArchiveFile=function/target/function.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
{
for i in $(seq "$ROUNDS"); do
  echo "floor $(ms java -cp "$CP" com.leadscoring.bench.ColdStartFloor "$STORE/$VERSION/model.onnx")"
  echo "disk $(ms java -jar function/target/function.jar invoke --model "$STORE" --event events/score-one.json)"
  echo "s3 $(AWS_ENDPOINT_URL_S3="http://127.0.0.1:$PORT" ms java -jar function/target/function.jar invoke --model s3://bench/models --event events/score-one.json)"
  if [ -n "${BASELINE_JAR:-}" ]; then
    echo "before-disk $(ms java -jar "$BASELINE_JAR" invoke --model "$STORE" --event events/score-one.json)"
    echo "before-s3 $(AWS_ENDPOINT_URL_S3="http://127.0.0.1:$PORT" ms java -jar "$BASELINE_JAR" invoke --model s3://bench/models --event events/score-one.json)"
  fi
  if [ ${#CDS[@]} -gt 0 ]; then
    echo "disk+cds $(ms java "${CDS[@]}" -jar function/target/function.jar invoke --model "$STORE" --event events/score-one.json)"
    echo "s3+cds $(AWS_ENDPOINT_URL_S3="http://127.0.0.1:$PORT" ms java "${CDS[@]}" -jar function/target/function.jar invoke --model s3://bench/models --event events/score-one.json)"
  fi
done
} | python3 -c '
import sys, statistics, collections
t = collections.OrderedDict()
for line in sys.stdin:
    k, v = line.split(); t.setdefault(k, []).append(float(v))
floor = statistics.median(t["floor"])
print("cold start, median of %d interleaved runs (ms, process start to answer):" % len(t["floor"]))
for k, v in t.items():
    m = statistics.median(v)
    print("  %-9s %6.0f ms  %.2fx floor" % (k, m, m / floor))'
