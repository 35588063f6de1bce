#!/usr/bin/env bash
# What SnapStart priming leaves for the first requests: FirstRequestBench in fresh JVMs, unprimed and primed (the
# handler's own CRaC priming run as the snapshot would run it), medians over the runs of the first call of each kind
# of request and of its warm p50. Usage: bench/first-request.sh [runs=5] [store=core/src/test/resources/fixture-store]
#   LAMBDA_JVM=1 runs the JVMs with the options the SAM template gives the functions (JAVA_TOOL_OPTIONS: C1 only).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
STORE=${2:-core/src/test/resources/fixture-store}
[ -f function/target/function.jar ] || mvn -B -q -DskipTests package
[ -f function/target/test-classes/com/leadscoring/api/FirstRequestBench.class ] || (cd function && mvn -B -q test-compile)
OPTS=()
if [ -n "${LAMBDA_JVM:-}" ]; then
  read -r -a OPTS <<< "$(sed -n 's/^ *JAVA_TOOL_OPTIONS: "\(.*\)"$/\1/p' infra/template.yaml | head -1)"
  echo "JVM options: ${OPTS[*]}"
fi
for mode in unprimed primed; do
  for _ in $(seq "$RUNS"); do
    # The production logging (one JSON line per request, log4j2.xml), not the test class path's log4j2-test.xml.
    java "${OPTS[@]}" -Dlog4j2.configurationFile=classpath:log4j2.xml -cp function/target/function.jar:function/target/test-classes com.leadscoring.api.FirstRequestBench "$STORE" "$mode" \
      | grep '^| ' | sed "s/^/$mode /"
  done
done | python3 -c '
import sys, statistics, collections
first, warm = collections.OrderedDict(), collections.OrderedDict()
for line in sys.stdin:
    mode, rest = line.split(" ", 1)
    cells = [c.strip() for c in rest.strip().strip("|").split("|")]
    key = (cells[0], mode)
    first.setdefault(key, []).append(float(cells[1])); warm.setdefault(key, []).append(float(cells[2]))
kinds = list(dict.fromkeys(k for k, _ in first))
print("| request | unprimed: first call µs | primed: first call µs | warm p50 µs | primed first / warm |")
print("|---|---|---|---|---|")
for k in kinds:
    u, p = statistics.median(first[(k, "unprimed")]), statistics.median(first[(k, "primed")])
    w = statistics.median(warm[(k, "primed")] + warm[(k, "unprimed")])
    print("| %s | %.0f | %.0f | %.1f | %.0fx |" % (k, u, p, w, p / w))'
