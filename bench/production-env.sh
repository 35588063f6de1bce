# Sourced by bench/ratios.sh and bench/capture.sh: what a benchmark needs to run as production does.
#   production_classpath DIR  builds what is missing, copies the test classes to DIR without log4j2-test.xml (which
#                             would win over function.jar's log4j2.xml and raise request logging to WARN) and prints
#                             the class path: FUNCTION_JAR (another build's function.jar, for before/after) or
#                             function/target/function.jar, then DIR.
#   powertools FUNCTION       the function's POWERTOOLS_* variables as the template gives them: Globals' (the metrics
#                             namespace), then its own.
production_classpath() {
  [ -f function/target/function.jar ] || mvn -B -q -DskipTests package >&2
  [ -d function/target/test-classes/com/leadscoring/bench ] || mvn -B -q -pl function -am test-compile >&2
  rm -rf "$1"
  mkdir -p "$1"
  cp -r function/target/test-classes/. "$1/"
  rm -f "$1/log4j2-test.xml"
  echo "${FUNCTION_JAR:-function/target/function.jar}:$1"
}
powertools() {
  awk '$0 == "Globals:" {f=1; next} f && /^[A-Za-z]/ {f=0} f' infra/template.yaml \
    | sed -n 's/^ *\(POWERTOOLS_[A-Z_]*\): \(.*\)$/\1=\2/p'
  awk -v fn="  $1:" '$0 == fn {f=1; next} f && /^  [A-Za-z]/ {f=0} f' infra/template.yaml \
    | sed -n 's/^ *\(POWERTOOLS_[A-Z_]*\): \(.*\)$/\1=\2/p'
}
