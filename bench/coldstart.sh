#!/usr/bin/env bash
# Cold start against its floor, interleaved in one run (so the machine's load falls on all alike), each timed to its
# first answer on stdout (the issue's measure) and to its exit (bench/first_answer.py):
#   floor   a fresh JVM that reads model.onnx, starts ONNX Runtime and scores one row (ColdStartFloor)
#   floor+logging  the same, also starting the function's logging (log4j + Powertools' JSON layout) and logging a line
#   floor+s3       the same, reading model.onnx with one GET of the project's S3 client (AWS SDK v2) from the local server
#   disk    java -jar function.jar invoke --store <dir> --event events/score-one.json   (process start → answer)
#   s3      the same with the model in a local S3-compatible server (moto_server on 127.0.0.1), as on Lambda without SnapStart
#   ,lambda-jvm  the same with the JVM options the SAM template gives the function on Lambda (JAVA_TOOL_OPTIONS: C1 only)
#   +cds    the same with the AppCDS archive built at package time (function/target/function.jsa), if present
# This is the local CLI's cold start (function.jar invoke). What the Lambda functions run, function-lambda.jar under the
# Lambda Java runtime interface client, is measured by bench/lambda-coldstart.sh.
# Usage: bench/coldstart.sh [rounds=10] [store=core/src/test/resources/fixture-store]
#   BASELINE_JAR=/path/to/older/function.jar adds "before" rows (disk, s3) from another build, interleaved the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-10}
STORE=${2:-core/src/test/resources/fixture-store}
for d in "$HOME/.pyenv/shims" /usr/local/bin; do [ -d "$d" ] && PATH="$PATH:$d"; done
# shellcheck source=bench/production-env.sh
. bench/production-env.sh
# The floors' classes without log4j2-test.xml, so floor+logging starts function.jar's production log4j2.xml.
CP=$(production_classpath bench/target/coldstart-classes)
VERSION=$(tr -d '[:space:]' < "$STORE/latest")
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$PORT" >/dev/null 2>&1 &
MOTO=$!
trap 'kill $MOTO 2>/dev/null' EXIT
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
for _ in $(seq 50); do curl -s "http://127.0.0.1:$PORT" >/dev/null && break; sleep 0.1; done
aws --endpoint-url "http://127.0.0.1:$PORT" s3 mb s3://bench >/dev/null
aws --endpoint-url "http://127.0.0.1:$PORT" s3 cp --recursive --quiet "$STORE" s3://bench/models/
# Each run prints "answer_ms exit_ms": process start to the first answer on stdout, and to the process's end.
run() { local name=$1; shift; echo "$name $(python3 bench/first_answer.py "$@")"; }
INVOKE_ANSWER='"statusCode"'
FLOOR_ANSWER='^[0-9.eE-]+$'
CDS=()
[ -f function/target/function.jsa ] && CDS=(-XX:SharedArchiveFile=function/target/function.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
# The JVM options the SAM template gives the functions on Lambda (JAVA_TOOL_OPTIONS), for the "lambda-jvm" rows.
LAMBDA_OPTS=$(sed -n 's/^ *JAVA_TOOL_OPTIONS: "\(.*\)"$/\1/p' infra/template.yaml | head -1)
{
for i in $(seq "$ROUNDS"); do
  run floor "$FLOOR_ANSWER" java -cp "$CP" com.leadscoring.bench.ColdStartFloor "$STORE/$VERSION/model.onnx"
  run floor+logging "$FLOOR_ANSWER" java -cp "$CP" com.leadscoring.bench.ColdStartFloor "$STORE/$VERSION/model.onnx" --log
  AWS_ENDPOINT_URL_S3="http://127.0.0.1:$PORT" run floor+s3 "$FLOOR_ANSWER" java -cp "$CP" com.leadscoring.bench.ColdStartFloor "s3://bench/models/$VERSION/model.onnx"
  run disk "$INVOKE_ANSWER" java -jar function/target/function.jar invoke --store "$STORE" --event events/score-one.json
  AWS_ENDPOINT_URL_S3="http://127.0.0.1:$PORT" run s3 "$INVOKE_ANSWER" java -jar function/target/function.jar invoke --store s3://bench/models --event events/score-one.json
  # shellcheck disable=SC2086
  run disk,lambda-jvm "$INVOKE_ANSWER" java $LAMBDA_OPTS -jar function/target/function.jar invoke --store "$STORE" --event events/score-one.json
  # shellcheck disable=SC2086
  AWS_ENDPOINT_URL_S3="http://127.0.0.1:$PORT" run s3,lambda-jvm "$INVOKE_ANSWER" java $LAMBDA_OPTS -jar function/target/function.jar invoke --store s3://bench/models --event events/score-one.json
  if [ -n "${BASELINE_JAR:-}" ]; then
    run before-disk "$INVOKE_ANSWER" java -jar "$BASELINE_JAR" invoke --store "$STORE" --event events/score-one.json
    AWS_ENDPOINT_URL_S3="http://127.0.0.1:$PORT" run before-s3 "$INVOKE_ANSWER" java -jar "$BASELINE_JAR" invoke --store s3://bench/models --event events/score-one.json
  fi
  if [ ${#CDS[@]} -gt 0 ]; then
    run disk+cds "$INVOKE_ANSWER" java "${CDS[@]}" -jar function/target/function.jar invoke --store "$STORE" --event events/score-one.json
    AWS_ENDPOINT_URL_S3="http://127.0.0.1:$PORT" run s3+cds "$INVOKE_ANSWER" java "${CDS[@]}" -jar function/target/function.jar invoke --store s3://bench/models --event events/score-one.json
  fi
done
} | python3 -c '
import sys, statistics, collections
answer, end = collections.OrderedDict(), collections.OrderedDict()
for line in sys.stdin:
    k, a, e = line.split(); answer.setdefault(k, []).append(float(a)); end.setdefault(k, []).append(float(e))
fa, fe = statistics.median(answer["floor"]), statistics.median(end["floor"])
print("cold start, median of %d interleaved runs (ms from process start):" % len(answer["floor"]))
print("  %-16s %8s %10s   %8s %10s" % ("", "answer", "ratio", "exit", "ratio"))
for k in answer:
    a, e = statistics.median(answer[k]), statistics.median(end[k])
    print("  %-16s %6.0f ms %9.2fx   %6.0f ms %9.2fx" % (k, a, a / fa, e, e / fe))'
