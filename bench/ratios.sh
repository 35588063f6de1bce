#!/usr/bin/env bash
# The API and batch handlers against their floors in the production configuration, measured in the same run:
#   - built by the no-argument constructors Lambda calls, serving MODEL_URI's model, each call with a Lambda context;
#   - the template's environment (infra/template.yaml: POWERTOOLS_* of ScoreFunction / BatchScoreFunction, and
#     AWS_LAMBDA_FUNCTION_NAME, which Lambda sets), so the request line and the EMF metrics blob are written;
#   - the production log configuration: function.jar's log4j2.xml. The bench classes come from a copy of the test
#     classes without log4j2-test.xml, which would otherwise win and raise request logging to WARN.
# Each bench's stdout log and EMF lines are dropped (they go to a pipe, as on Lambda to its log agent).
# Usage: [FUNCTION_JAR=jar] bench/ratios.sh [store=core/src/test/resources/fixture-store] [seconds per case=3] [runs=3] [traced]
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${1:-core/src/test/resources/fixture-store}
SECONDS_PER_CASE=${2:-3}
RUNS=${3:-3}
# "traced" adds the API handler with X-Ray tracing on (the same production path otherwise) to the API run.
TRACED=${4:-}
# shellcheck source=bench/production-env.sh
. bench/production-env.sh
CP=$(production_classpath bench/target/bench-classes)
api() {
  # shellcheck disable=SC2046
  env AWS_LAMBDA_FUNCTION_NAME=ScoreFunction MODEL_URI="$STORE" $(powertools ScoreFunction) \
    java -cp "$CP" com.leadscoring.bench.ScoringBench "$STORE" "$SECONDS_PER_CASE" ratios $TRACED | grep -v '^{'
}
batch() {
  # shellcheck disable=SC2046
  env AWS_LAMBDA_FUNCTION_NAME=BatchScoreFunction MODEL_URI="$STORE" $(powertools BatchScoreFunction) \
    java -cp "$CP" com.leadscoring.bench.BatchRatioBench "$STORE" "$SECONDS_PER_CASE" | grep -v '^{'
}
for i in $(seq "$RUNS"); do
  echo "== run $i, load $(cut -d' ' -f1-3 /proc/loadavg)"
  api
  batch
done
