#!/usr/bin/env bash
# Screenshot of serve's playground for the README: starts function.jar serve on a free port over a model store,
# opens a shared link (the form state in the query string, so the page fills and scores it at once) in headless
# Chromium, saves the picture, stops the server.
#   scripts/playground-screenshot.sh [store] [out.png]     (defaults: the demo's store, docs/playground.png)
# The demo store is what the README's first command makes (trainer.jar demo --dir target/demo).
# Needs function/target/function.jar (mvn -B -q -DskipTests package) and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
STORE="${1:-target/demo/store}"
[ -d "$STORE" ] || { echo "no store at $STORE: run the README's first command, or name a store" >&2; exit 2; }
OUT="${2:-docs/playground.png}"
JAR=function/target/function.jar
[ -f "$JAR" ] || { echo "build $JAR first: mvn -B -q -DskipTests package" >&2; exit 2; }
command -v chromium >/dev/null || { echo "needs chromium (apt-get install -y chromium)" >&2; exit 2; }

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -jar "$JAR" serve --store "$STORE" --port "$PORT" --threads 2 >/tmp/playground-screenshot.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$PORT/v1/health" >/dev/null 2>&1 && break
  sleep 0.5
done

# lead-00004 of events/score-batch.json (no signup date: that field stays empty, i.e. missing)
LEAD="id=lead-00004&created_at=2021-01-22&campaign_var_1=2&campaign_var_2=13&products_purchased=3&user_activity_var_1=0"
LEAD="$LEAD&user_activity_var_2=2&user_activity_var_3=0&user_activity_var_4=1&user_activity_var_5=1&user_activity_var_6=1"
LEAD="$LEAD&user_activity_var_7=1&user_activity_var_8=0&user_activity_var_9=0&user_activity_var_10=0&user_activity_var_11=1"
LEAD="$LEAD&user_activity_var_12=2"
mkdir -p "$(dirname "$OUT")"
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,760 \
  --virtual-time-budget=8000 --screenshot="$OUT" "http://127.0.0.1:$PORT/?$LEAD" >/dev/null 2>&1
echo "wrote $OUT"
