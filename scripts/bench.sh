#!/usr/bin/env bash
# Times the whole site build (exitguide build + Hugo + Pagefind) over several
# runs and prints the median, min and max, the page count per language and the
# page weights (HTML + CSS + JS of each page, gzipped; the search index,
# fetched on demand, not counted). Hugo is compiled once before timing.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
HUGO=(go tool -modfile=tools.mod hugo)
go build -o /tmp/exitguide-bench ./cmd/exitguide
"${HUGO[@]}" version >/dev/null # compile Hugo before timing
out=$(mktemp -d)
times=()
for i in $(seq "$RUNS"); do
  rm -rf "$out/public"
  start=$(date +%s%N)
  /tmp/exitguide-bench build >/dev/null
  "${HUGO[@]}" --panicOnWarning --quiet -d "$out/public" >/dev/null
  npx pagefind --site "$out/public" --quiet >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
echo "whole build (generate + Hugo + Pagefind), $RUNS runs: median ${sorted[$((n/2))]} ms, min ${sorted[0]} ms, max ${sorted[$((n-1))]} ms"
for lang in $(ls "$out/public" | grep -E '^[a-z]{2,3}$'); do
  echo "  pages in /$lang/: $(find "$out/public/$lang" -name '*.html' | wc -l)"
done
node scripts/pageweight.mjs "$out/public"
rm -rf "$out"
