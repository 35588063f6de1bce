#!/usr/bin/env bash
# How many reasons each lead gets, by grade, on leads the model never saw: the shared real data is cut by id into a
# training share (id % 5 != 0) and a held-out share (id % 5 == 0); the default `train` fits on the first, then
# `function.jar score --explain` scores the second. Prints, per grade, the leads with 0, 1, 2, 3–5 and 6 factors and
# the checks of issue 23 (every A lead: 3 or more factors, at least one up; all leads: 99 % with 3 or more).
# Usage: bench/explain-coverage.sh [data=../shared/data/leads-train.csv] [store=bench/target/explain-store]
# FUNCTION_JAR=other.jar scores with another build (e.g. the one before a change) on the same store.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data/leads-train.csv}
STORE=${2:-bench/target/explain-store}
OUT=bench/target/explain
mkdir -p "$OUT"
if [[ ! -f "$DATA" ]]; then
  echo "$DATA not found: generating 30,000 synthetic leads instead (figures are NOT real-data figures)"
  java -jar trainer/target/trainer.jar generate --rows 30000 --seed 124 --out "$OUT/synthetic.csv" >/dev/null
  DATA="$OUT/synthetic.csv"
fi
awk -F, -v train="$OUT/train.csv" -v held="$OUT/held-out.csv" \
  'NR == 1 { print > train; print > held; next } { print > (($1 % 5 == 0) ? held : train) }' "$DATA"
echo "data: $DATA ($(($(wc -l < "$OUT/train.csv") - 1)) training leads, $(($(wc -l < "$OUT/held-out.csv") - 1)) held out)"
if [[ ! -f "$STORE/latest" ]]; then
  /usr/bin/time -f "train wall %e s" java -jar trainer/target/trainer.jar train --data "$OUT/train.csv" --store "$STORE" \
    2>&1 | tr '\r' '\n' | grep -v '% \[' | tail -4
fi
java -jar ${FUNCTION_JAR:-function/target/function.jar} score --store "$STORE" --in "$OUT/held-out.csv" --out "$OUT/scores.csv" --explain \
  > /dev/null
awk -F, 'NR > 1 {
    n = ($7 == "") ? 0 : split($7, f, " ");
    up = 0; for (i = 1; i <= n; i++) if (f[i] ~ /\+[0-9.]+$/) up++;
    g = $6; leads[g]++; total++;
    bucket = (n >= 6) ? "6" : (n >= 3) ? "3-5" : n;
    count[g, bucket]++;
    if (n >= 3) { three[g]++; allThree++ }
    if (n >= 3 && up >= 1) goodA[g]++;
  }
  END {
    printf "| grade | leads | 0 factors | 1 | 2 | 3-5 | 6 | 3+ factors, 1+ up |\n|---|---|---|---|---|---|---|---|\n";
    split("A B C D", grades, " ");
    for (k = 1; k <= 4; k++) { g = grades[k]; if (!(g in leads)) continue;
      printf "| %s | %d | %d | %d | %d | %d | %d | %d |\n", g, leads[g], count[g, "0"], count[g, "1"], count[g, "2"],
        count[g, "3-5"], count[g, "6"], goodA[g] }
    printf "leads with 3 or more factors: %d of %d (%.2f %%)\n", allThree, total, 100 * allThree / total;
    printf "grade-A leads with 3 or more factors, one or more up: %d of %d\n", goodA["A"], leads["A"];
    ok = (goodA["A"] == leads["A"]) && (allThree >= 0.99 * total);
    print ok ? "issue 23 checks: met" : "issue 23 checks: NOT met";
  }' "$OUT/scores.csv"
