#!/usr/bin/env bash
# What capture at 100 % adds to the API handler (CaptureBench: off / on / lines built but not written, interleaved in
# one JVM), in the production configuration bench/ratios.sh uses: the template's environment (ScoreFunction's
# POWERTOOLS_* and AWS_LAMBDA_FUNCTION_NAME), function.jar's log4j2.xml (the bench classes are a copy of the test
# classes without log4j2-test.xml) and stdout into a pipe, as on Lambda. The table goes to stderr.
# Usage: [FUNCTION_JAR=jar] bench/capture.sh [store=core/src/test/resources/fixture-store] [seconds per case=3] [runs=1]
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${1:-core/src/test/resources/fixture-store}
SECONDS_PER_CASE=${2:-3}
RUNS=${3:-1}
# shellcheck source=bench/production-env.sh
. bench/production-env.sh
CP=$(production_classpath bench/target/capture-classes)
for i in $(seq "$RUNS"); do
  echo "== run $i, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  # shellcheck disable=SC2046
  env AWS_LAMBDA_FUNCTION_NAME=ScoreFunction MODEL_URI="$STORE" $(powertools ScoreFunction) \
    java -cp "$CP" com.leadscoring.bench.CaptureBench "$STORE" "$SECONDS_PER_CASE" | cat > /dev/null
done
