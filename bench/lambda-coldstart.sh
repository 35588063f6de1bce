#!/usr/bin/env bash
# The cold start of what Lambda runs, against its library floors, interleaved in one run (so the machine's load falls
# on all alike). ScoreFunction as deployed: function/target/function-lambda.jar in a task directory's lib/, started by
# the Lambda Java runtime interface client (the runtime of Lambda's Java managed runtimes, from Maven Central) with the
# managed runtime's JVM options, the template's JAVA_TOOL_OPTIONS and the template's environment (MODEL_URI,
# POWERTOOLS_*, CAPTURE_SAMPLING_PERCENT, CORS_ALLOWED_ORIGINS; active tracing's AWS_XRAY_DAEMON_ADDRESS; what Lambda
# itself sets), talking to a one-invocation Runtime API on 127.0.0.1 (bench/lambda_runtime.py) that hands over
# events/score-one.json. Each runtime row is timed from the process start to the response POST (and to its first
# GET /next: the end of the init); each plain-JVM floor from its start to its answer on stdout (bench/first_answer.py).
#
#   floor            ColdStartFloor: read model.onnx, start ONNX Runtime, score one row (plain JVM)
#   floor+logging    the same, also starting log4j with Powertools' JSON layout and logging a line (plain JVM)
#   runtime-floor    floor+logging as the init of a stream handler in the runtime (ColdStartFloorHandler): the floor
#                    of ScoreHandler, a stream handler (it reads and writes API Gateway's JSON itself)
#   runtime-floor,typed  the same with API Gateway's event types (which the runtime (de)serializes with its own
#                    Jackson): the floor of any handler with that signature, ScoreHandler's before commit a696065
#   …+xray           the same floor plus what the X-Ray SDK minimally needs to trace the invocation, as the template's
#                    `Tracing: Active` requires (ColdStartFloor --xray, ColdStartFloorHandler$Traced): the SDK's global
#                    recorder started in the init, one subsegment recorded under the invocation's sampled trace header
#                    and sent to the daemon address. The floor of ScoreHandler as deployed; the rows without it stay, so
#                    the handler is reported against both
#   lambda           ScoreHandler from function-lambda.jar, model on disk (MODEL_URI=the store directory)
#   lambda,function.jar  the same from function.jar (the jar with the local CLI), to show what the jar's content costs
#   before           ScoreHandler from BEFORE_JAR (function.jar of the commit before the split, what was deployed)
#   …-s3             the model (or model.onnx) read from a local S3-compatible server (moto_server), as on Lambda
#                    (every floor's S3 client is the project's, and function-lambda.jar's execution.interceptors
#                    registers S3CallTracing on it: with the daemon address set, the S3 floors without +xray already
#                    build X-Ray's recorder, though they send nothing)
#
# Usage: bench/lambda-coldstart.sh [rounds=10] [store=core/src/test/resources/fixture-store]
#   BEFORE=<commit> (default 0f9dc0f, the last commit whose one function.jar all functions deployed) adds the "before"
#     rows: its function.jar is built once under bench/target/before-<commit> (git archive; offline Maven). BEFORE=
#     (empty) leaves them out. BEFORE_JAR=/path/to/function.jar uses a jar built elsewhere instead.
#   S3=0 leaves the S3 rows out (no moto_server needed).
#   DIAG=1 adds rows that show where ScoreHandler's time beyond the floors goes: lambda,untraced (no X-Ray daemon
#     named, so no tracing), lambda,no-capture (CAPTURE_SAMPLING_PERCENT=0), lambda,emf-env (AWS_EMF_ENVIRONMENT=Lambda:
#     the EMF library skips probing for ECS and EC2).
#   CLASS_LOG=<dir> writes each row's -Xlog:class+load to <dir>/<row>.txt (the last round's; run 1 round for counts).
#   ROWS='<row> <row>...' runs only the rows named (e.g. ROWS='lambda before' for an A/B of two jars, more rounds in
#     the same time).
# Time: about 12 s a round on a quiet 2-core machine (estimated), so 2–3 minutes for 10 rounds, plus the build of the
# "before" jar the first time (3–6 minutes); at load average 15, one round with DIAG=1 took about 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-10}
STORE=${2:-core/src/test/resources/fixture-store}
S3=${S3:-1}
BEFORE=${BEFORE-0f9dc0f}
for d in "$HOME/.pyenv/shims" /usr/local/bin; do [ -d "$d" ] && PATH="$PATH:$d"; done
ROOT=$PWD
T=$ROOT/bench/target
[ -f function/target/function-lambda.jar ] || mvn -o -B -q -pl function -am package -DskipTests
[ -f function/target/test-classes/com/leadscoring/bench/ColdStartFloorHandler.class ] \
  || mvn -o -B -q -pl function -am test-compile
VERSION=$(tr -d '[:space:]' < "$STORE/latest")
STORE_ABS=$(cd "$STORE" && pwd)

# The runtime interface client and the jars its manifest names (pinned; the managed runtime's /var/runtime/lib).
RIC=com/amazonaws/aws-lambda-java-runtime-interface-client/2.10.1/aws-lambda-java-runtime-interface-client-2.10.1.jar
RUNTIME_JARS=("$RIC"
  com/amazonaws/aws-lambda-java-core/1.4.0/aws-lambda-java-core-1.4.0.jar
  com/amazonaws/aws-lambda-java-serialization/1.2.0/aws-lambda-java-serialization-1.2.0.jar
  software/amazon/awssdk/utils-lite/2.34.0/utils-lite-2.34.0.jar
  software/amazon/awssdk/annotations/2.34.0/annotations-2.34.0.jar)
M2=${M2_REPO:-$HOME/.m2/repository}
[ -f "$M2/$RIC" ] || mvn -B -q dependency:get -Dartifact=com.amazonaws:aws-lambda-java-runtime-interface-client:2.10.1
RT=$T/lambda-runtime
mkdir -p "$RT/jni"
RUNTIME_CP=""
for j in "${RUNTIME_JARS[@]}"; do
  cp -u "$M2/$j" "$RT/"
  RUNTIME_CP="$RUNTIME_CP${RUNTIME_CP:+:}$RT/$(basename "$j")"
done
# Lambda names the runtime's JNI library with a system property rather than letting the client unpack it to /tmp.
JNI=$RT/jni/libaws-lambda-jni.linux-$(uname -m | sed 's/aarch64/aarch_64/').so
[ -f "$JNI" ] || unzip -q -o -j "$RT/$(basename "$RIC")" "jni/$(basename "$JNI")" -d "$RT/jni"

# Task directories (LAMBDA_TASK_ROOT: the runtime loads its directory and lib/*.jar through its customer class loader).
task() { rm -rf "$T/task-$1"; mkdir -p "$T/task-$1/lib"; cp "$2" "$T/task-$1/lib/"; }
task lambda function/target/function-lambda.jar
task cli function/target/function.jar
task floor function/target/function-lambda.jar
mkdir -p "$T/task-floor/com/leadscoring/bench"
cp function/target/test-classes/com/leadscoring/bench/ColdStartFloor*.class "$T/task-floor/com/leadscoring/bench/"
if [ -z "${BEFORE_JAR:-}" ] && [ -n "$BEFORE" ]; then
  BEFORE_JAR=$T/before-$BEFORE/function/target/function.jar
  if [ ! -f "$BEFORE_JAR" ]; then
    rm -rf "$T/before-$BEFORE"
    mkdir -p "$T/before-$BEFORE"
    git archive "$BEFORE" | tar -x -C "$T/before-$BEFORE"
    (cd "$T/before-$BEFORE" && mvn -o -B -q -pl function -am package -DskipTests -Dexec.skip=true)
  fi
fi
[ -n "${BEFORE_JAR:-}" ] && task before "$BEFORE_JAR"

# ScoreFunction's environment as the template gives it (bench/template_env.py: Globals' and its own variables, the
# parameters' defaults; MODEL_URI is set per row), then what Lambda sets itself, with active tracing's daemon address
# (UDP to a local port nothing listens on).
mapfile -t FUNCTION_ENV < <(python3 bench/template_env.py infra/template.yaml ScoreFunction 2>/dev/null)
MEMORY=$(printf '%s\n' "${FUNCTION_ENV[@]}" | sed -n 's/^MEMORY_SIZE=//p')
unset 'FUNCTION_ENV[${#FUNCTION_ENV[@]}-1]'
FUNCTION_ENV+=(AWS_LAMBDA_FUNCTION_NAME=ScoreFunction AWS_LAMBDA_FUNCTION_VERSION=1
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE="$MEMORY" AWS_LAMBDA_INITIALIZATION_TYPE=on-demand
  AWS_LAMBDA_LOG_GROUP_NAME=/aws/lambda/ScoreFunction AWS_LAMBDA_LOG_STREAM_NAME=bench
  AWS_EXECUTION_ENV=AWS_Lambda_java21 TZ=:UTC LAMBDA_RUNTIME_DIR="$RT"
  AWS_XRAY_DAEMON_ADDRESS=127.0.0.1:2000 AWS_XRAY_CONTEXT_MISSING=LOG_ERROR
  _HANDLER=com.leadscoring.api.ScoreHandler::handleRequest)
# The managed runtime's JVM options (java17/java21 command line, as observed on Lambda): heap at 85 % of the memory
# size, serial GC, C1 only. Not reproduced: its Log4jHotPatch agent and its own CDS archive of the JDK and runtime
# classes (this JVM uses the JDK's default archive). Every row, floors included, runs with the same options and the
# template's JAVA_TOOL_OPTIONS (in FUNCTION_ENV).
JVM=(-XX:MaxHeapSize=$((MEMORY * 1024 * 85 / 100))k -XX:+UseSerialGC -XX:+TieredCompilation -XX:TieredStopAtLevel=1
  --add-opens=java.base/java.io=ALL-UNNAMED -Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac
  -XX:+ErrorFileToStderr)
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_SESSION_TOKEN=bench AWS_REGION=us-east-1 \
  AWS_DEFAULT_REGION=us-east-1

S3_URL=""
if [ "$S3" = 1 ]; then
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  moto_server -H 127.0.0.1 -p "$PORT" >/dev/null 2>&1 &
  MOTO=$!
  trap 'kill $MOTO 2>/dev/null' EXIT
  for _ in $(seq 100); do curl -s "http://127.0.0.1:$PORT" >/dev/null && break; sleep 0.1; done
  S3_URL="http://127.0.0.1:$PORT"
  aws --endpoint-url "$S3_URL" s3 mb s3://bench >/dev/null
  aws --endpoint-url "$S3_URL" s3 cp --recursive --quiet "$STORE" s3://bench/models/
fi

FLOOR_CP="function/target/function-lambda.jar:$T/task-floor"
[ -n "${CLASS_LOG:-}" ] && mkdir -p "$CLASS_LOG" && CLASS_LOG=$(cd "$CLASS_LOG" && pwd)
classlog() { [ -n "${CLASS_LOG:-}" ] && echo "-Xlog:class+load=info:file=$CLASS_LOG/$1.txt" || echo -Xlog:class+load=off; }
wanted() { [ -z "${ROWS:-}" ] || [[ " $ROWS " == *" $1 "* ]]; }
# A plain-JVM floor: "name [VAR=value...] model [--log] [--xray]"; prints "name answer_ms exit_ms cpu_ms".
floor() {
  local name=$1; shift
  wanted "$name" || return 0
  local vars=()
  while [[ $1 =~ ^[A-Z_]+= ]]; do vars+=("$1"); shift; done
  echo "$name $(env "${FUNCTION_ENV[@]}" ${S3_URL:+AWS_ENDPOINT_URL_S3=$S3_URL} "${vars[@]}" CPU_TIME=1 python3 bench/first_answer.py \
    '^[0-9.eE-]+$' java "${JVM[@]}" "$(classlog "$name")" -cp "$FLOOR_CP" com.leadscoring.bench.ColdStartFloor "$@")"
}
# A runtime row: "name task handler model_uri [VAR=value...]"; prints "name response_ms init_ms cpu_ms".
runtime() {
  local name=$1 task=$2 handler=$3 model=$4; shift 4
  wanted "$name" || return 0
  local out
  out=$(cd "$T/task-$task" && env "${FUNCTION_ENV[@]}" ${S3_URL:+AWS_ENDPOINT_URL_S3=$S3_URL} \
    LAMBDA_TASK_ROOT="$T/task-$task" MODEL_URI="$model" FLOOR_MODEL="$model" _HANDLER="$handler" "$@" \
    python3 "$ROOT/bench/lambda_runtime.py" "$ROOT/events/score-one.json" \
    java "${JVM[@]}" "$(classlog "$name")" "-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI=$JNI" \
    -classpath "$RUNTIME_CP" com.amazonaws.services.lambda.runtime.api.client.AWSLambda "$handler")
  local init response cpu
  read -r init response cpu <<< "$out"
  echo "$name $response $init $cpu"
}
SCORE=com.leadscoring.api.ScoreHandler::handleRequest
STREAM_FLOOR=com.leadscoring.bench.ColdStartFloorHandler::handleRequest
TYPED_FLOOR='com.leadscoring.bench.ColdStartFloorHandler$Typed::handleRequest'
TRACED_FLOOR='com.leadscoring.bench.ColdStartFloorHandler$Traced::handleRequest'
MODEL_FILE=$STORE_ABS/$VERSION/model.onnx
echo "bench/lambda-coldstart.sh $ROUNDS, $(date -u '+%Y-%m-%d %H:%M') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(java -version 2>&1 | head -1)" >&2
printf '  %s\n' "${FUNCTION_ENV[@]}" >&2
{
for i in $(seq "$ROUNDS"); do
  floor floor "$MODEL_FILE"
  floor floor+logging "$MODEL_FILE" --log
  runtime runtime-floor floor "$STREAM_FLOOR" "$MODEL_FILE"
  runtime runtime-floor,typed floor "$TYPED_FLOOR" "$MODEL_FILE"
  floor floor+xray LAMBDA_TASK_ROOT="$T/task-floor" "$MODEL_FILE" --log --xray
  runtime runtime-floor+xray floor "$TRACED_FLOOR" "$MODEL_FILE"
  runtime lambda lambda "$SCORE" "$STORE_ABS"
  runtime lambda,function.jar cli "$SCORE" "$STORE_ABS"
  [ -n "${BEFORE_JAR:-}" ] && runtime before before "$SCORE" "$STORE_ABS"
  if [ "${DIAG:-0}" = 1 ]; then
    runtime lambda,untraced lambda "$SCORE" "$STORE_ABS" AWS_XRAY_DAEMON_ADDRESS=
    runtime lambda,no-capture lambda "$SCORE" "$STORE_ABS" CAPTURE_SAMPLING_PERCENT=0
    runtime lambda,emf-env lambda "$SCORE" "$STORE_ABS" AWS_EMF_ENVIRONMENT=Lambda
  fi
  if [ -n "$S3_URL" ]; then
    floor floor+s3 "s3://bench/models/$VERSION/model.onnx"
    runtime runtime-floor-s3 floor "$STREAM_FLOOR" "s3://bench/models/$VERSION/model.onnx"
    runtime runtime-floor,typed-s3 floor "$TYPED_FLOOR" "s3://bench/models/$VERSION/model.onnx"
    runtime runtime-floor+xray-s3 floor "$TRACED_FLOOR" "s3://bench/models/$VERSION/model.onnx"
    runtime lambda-s3 lambda "$SCORE" s3://bench/models
    [ -n "${BEFORE_JAR:-}" ] && runtime before-s3 before "$SCORE" s3://bench/models
  fi
  echo "round $i done, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done
} | python3 -c '
import sys, statistics, collections
t, second, cpu = collections.OrderedDict(), collections.OrderedDict(), collections.OrderedDict()
for line in sys.stdin:
    k, a, b, c = line.split()
    t.setdefault(k, []).append(float(a)); second.setdefault(k, []).append(float(b)); cpu.setdefault(k, []).append(float(c))
m = {k: statistics.median(v) for k, v in t.items()}
mc = {k: statistics.median(v) for k, v in cpu.items()}
print("cold start, median of %d interleaved rounds. answer: ms from the process start to the answer (runtime rows: to"
      " the response POST); init: to the first GET /next; cpu: CPU ms the process used in all (user + system)"
      % len(next(iter(t.values()))))
for k in t:
    runtime = k.startswith(("runtime", "lambda", "before"))
    extra = ("init %6.0f" if runtime else "exit %6.0f") % statistics.median(second[k])
    print("  %-22s answer %6.0f ms (min %5.0f, max %5.0f)   %s   cpu %6.0f ms" % (k, m[k], min(t[k]), max(t[k]), extra, mc[k]))
print("ratios of the medians:                          answer    cpu")
for a, b in [("lambda", "floor+logging"), ("lambda", "runtime-floor,typed"), ("lambda", "runtime-floor"),
             ("lambda", "floor+xray"), ("lambda", "runtime-floor+xray"), ("runtime-floor+xray", "runtime-floor"),
             ("floor+xray", "floor+logging"), ("lambda,untraced", "runtime-floor"),
             ("lambda,function.jar", "lambda"), ("lambda,untraced", "lambda"),
             ("lambda,no-capture", "lambda"), ("lambda,emf-env", "lambda"), ("before", "lambda"), ("before", "runtime-floor,typed"), ("before", "runtime-floor"),
             ("runtime-floor", "floor+logging"), ("runtime-floor,typed", "runtime-floor"),
             ("lambda-s3", "floor+s3"), ("lambda-s3", "runtime-floor-s3"), ("lambda-s3", "runtime-floor,typed-s3"),
             ("lambda-s3", "runtime-floor+xray-s3"), ("runtime-floor+xray-s3", "runtime-floor-s3"),
             ("before-s3", "runtime-floor,typed-s3"), ("before-s3", "lambda-s3")]:
    if a in m and b in m:
        print("  %-22s / %-22s %5.2fx  %5.2fx" % (a, b, m[a] / m[b], mc[a] / mc[b]))'
