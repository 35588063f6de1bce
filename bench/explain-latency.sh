#!/usr/bin/env bash
# The cost of explain, before and after a change, interleaved on one store: ScoringBench with the template's
# environment and function.jar's production log4j2.xml (named, since the test classes hold a log4j2-test.xml that would
# otherwise win), twice for each build. BEFORE_JAR / BEFORE_TESTS name an older build's function.jar and test classes.
# Usage: BEFORE_JAR=/tmp/f.jar BEFORE_TESTS=/tmp/f-tests bench/explain-latency.sh [store=bench/target/explain-store]
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${1:-bench/target/explain-store}
: "${BEFORE_JAR:?set BEFORE_JAR to the older function.jar}" "${BEFORE_TESTS:?set BEFORE_TESTS to its test classes}"
mvn -B -q -pl function -am package -DskipTests
mvn -B -q -pl function -am test-compile
AFTER_JAR=$(mktemp -d)/function.jar
cp function/target/function.jar "$AFTER_JAR"  # a copy: a rebuild must not change the jar under a running JVM
for round in 1 2; do
  for which in before after; do
    if [[ $which == before ]]; then cp="$BEFORE_JAR:$BEFORE_TESTS"; else cp="$AFTER_JAR:function/target/test-classes"; fi
    echo "== $which, round $round, $(date +%T), load $(cut -d' ' -f1 /proc/loadavg)"
    AWS_LAMBDA_FUNCTION_NAME=lead-scoring-score POWERTOOLS_SERVICE_NAME=lead-scoring \
    POWERTOOLS_METRICS_NAMESPACE=LeadScoring POWERTOOLS_LOG_LEVEL=INFO \
      java -Dlog4j2.configurationFile=classpath:log4j2.xml -cp "$cp" com.leadscoring.bench.ScoringBench "$STORE" 2 2>&1 | grep -v '^{' | grep -E '^\| (handler|raw ORT)|RATIO'
  done
done
