#!/usr/bin/env bash
# Every test and linter of the project, on a fresh machine of this kind (Debian with apt and network): installs what is
# missing, then runs
#   redocly lint   the API's contract (infra/openapi.yaml), @redocly/cli pinned below, rules in redocly.yaml
#   mvn -B verify  every unit (*Test) and integration (*IT) test, the style gate, the Java client and its round trip
#   scripts/client-roundtrips.sh   the Python and TypeScript clients generated from the contract, against serve
#   cfn-lint       infra/template.yaml (with the SAM transform), and the SAM transform's output with the gateway's
#                  contract inlined (scripts/sam-translate.py)
#   asl-validator  every state machine definition, pinned below
# .ci/run calls this script. On a machine that already has the tools, `mvn -B verify` alone runs the Java side.
# MVN_FLAGS passes options to Maven (e.g. MVN_FLAGS=-o for an offline build with a filled ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v mvn >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
  apt_install maven openjdk-17-jdk-headless
fi
# The playground's browser test (PlaygroundIT) drives Debian's Chromium through Debian's chromedriver.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  apt_install chromium chromium-driver
fi
# The npm tools (redocly, asl-validator, typescript) and the TypeScript client's run.
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  apt_install nodejs npm
fi
# The Python client needs pydantic 2, urllib3, python-dateutil and typing-extensions (on this machine image; PyPI is
# not reachable here, so Debian's packages are the fallback).
if ! python3 -c 'import pydantic, urllib3, dateutil, typing_extensions; assert pydantic.VERSION.startswith("2")' \
  >/dev/null 2>&1; then
  apt_install python3-pydantic python3-urllib3 python3-dateutil python3-typing-extensions
  python3 -c 'import pydantic; assert pydantic.VERSION.startswith("2"), pydantic.VERSION' || {
    echo "the Python client needs pydantic 2 for python3" >&2
    exit 1
  }
fi

npm_tool() { # name version bin: the pinned npm tool's path, installed under ~/.cache when missing
  local home="${HOME}/.cache/lead-scoring-ci/$(printf '%s' "$1" | tr -d '@' | tr '/' '-')-$2"
  if [ ! -x "$home/node_modules/.bin/$3" ]; then
    npm install --silent --no-audit --no-fund --prefix "$home" "$1@$2" >/dev/null
  fi
  echo "$home/node_modules/.bin/$3"
}

# The API's contract first: a broken description fails in seconds, before the build.
REDOCLY_VERSION=2.77.0
"$(npm_tool @redocly/cli "$REDOCLY_VERSION" redocly)" lint --config redocly.yaml
echo "redocly lint: infra/openapi.yaml passed"

# shellcheck disable=SC2086 # MVN_FLAGS is a list of options
mvn -B ${MVN_FLAGS:-} verify

scripts/client-roundtrips.sh

# cfn-lint ships with the machine image (under pyenv); Debian has no package for it and PyPI is not reachable.
for d in "$HOME/.pyenv/shims" /root/.pyenv/shims /usr/local/bin; do
  [ -d "$d" ] && PATH="$PATH:$d"
done
if command -v cfn-lint >/dev/null 2>&1; then
  cfn-lint infra/template.yaml
  echo "cfn-lint: infra/template.yaml passed"
  # The deployed shape: the SAM transform over the template with the gateway's contract inlined, then cfn-lint on
  # CloudFormation's input (samtranslator comes with cfn-lint, in the same Python).
  sam_python=""
  cfn_lint_script="$(pyenv which cfn-lint 2>/dev/null || command -v cfn-lint)"
  for py in "$(head -1 "$cfn_lint_script" | sed -n 's/^#!//p')" python3 "$HOME"/.pyenv/versions/*/bin/python3; do
    # shellcheck disable=SC2086 # a shebang may be "/usr/bin/env python3"
    if [ -n "$py" ] && $py -c 'import samtranslator, yaml' >/dev/null 2>&1; then
      sam_python="$py"
      break
    fi
  done
  [ -n "$sam_python" ] || { echo "no Python with samtranslator (it comes with cfn-lint)" >&2; exit 1; }
  # shellcheck disable=SC2086
  $sam_python scripts/sam-translate.py
  cfn-lint --ignore-checks W2001 -- target/sam/translated.json
  echo "cfn-lint: the SAM-transformed template passed"
else
  echo "cfn-lint is not available on this machine and could not be installed" >&2
  exit 1
fi

# Every state machine definition is its own file (infra/statemachine/*.asl.json, DefinitionUri in the template;
# TemplateTest refuses an inline Definition), validated by asl-validator, pinned, installed from npm when missing.
ASL_VALIDATOR_VERSION=4.0.0
ASL="$(npm_tool asl-validator "$ASL_VALIDATOR_VERSION" asl-validator)"
shopt -s nullglob
definitions=(infra/statemachine/*.asl.json)
if [ ${#definitions[@]} -eq 0 ]; then
  echo "no state machine definitions under infra/statemachine/" >&2
  exit 1
fi
for f in "${definitions[@]}"; do
  "$ASL" --json-path "$f"
done
echo "asl-validator ${ASL_VALIDATOR_VERSION}: ${#definitions[@]} definition(s) passed"
echo "all tests and linters passed"
