#!/usr/bin/env bash
# make bench: the toolkit's figures in one table, each the median of RUNS
# runs with the min and max.
#
#   whole-site build   exitguide build + Hugo + Pagefind, and each step alone
#   pages              HTML pages per language, and build time per page
#   lint               in-process (BenchmarkLint, ns/op) and per process
#   check              in-process (BenchmarkCheck) and per process, on examples/*.yaml
#   page weight        HTML + CSS + JS of a page, gzipped (scripts/pageweight.mjs):
#                      the heaviest page, the median page, the self-check page
#
# Runs on a fresh clone: Hugo (tools.mod) and the exitguide binary are built
# first, outside the timings. Progress goes to stderr, the table to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
export NO_COLOR=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
say() { echo "bench: $*" >&2; }

say "building exitguide and Hugo (not timed)"
go build -o "$tmp/exitguide" ./cmd/exitguide
hugo=$(go tool -modfile=tools.mod -n hugo)
[ -e node_modules/.bin/pagefind ] || { echo "bench: no node_modules/.bin/pagefind: run make deps-node" >&2; exit 2; }

# Nanoseconds now: bash 5's EPOCHREALTIME (its decimal mark follows the
# locale), else Perl (macOS's bash 3.2); not GNU date's %N.
if [ -n "${EPOCHREALTIME:-}" ]; then
  now() { local t=${EPOCHREALTIME/[.,]/}; echo "${t}000"; }
else
  now() { perl -MTime::HiRes=time -e 'printf "%.0f\n", time() * 1e9'; }
fi
ms() { echo $((($2 - $1) / 1000000)); }
# stats VALUES...: "median min max" (median of an even count: the lower middle)
stats() {
  printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {if (NR==0) {print "n/a n/a n/a"; exit} printf "%s %s %s\n", v[int((NR+1)/2)], v[1], v[NR]}'
}
rows=()
# row LABEL UNIT NOTE VALUES...
row() {
  local label=$1 unit=$2 note=$3
  shift 3
  if [ $# -eq 0 ]; then
    rows+=("$label|n/a|||$note")
    return
  fi
  read -r med lo hi < <(stats "$@")
  rows+=("$label|$med $unit|$lo $unit|$hi $unit|$note")
}

# 1. The whole site build, RUNS times, each step timed.
say "whole-site build, $RUNS runs"
total=() gen=() hug=() pf=()
for i in $(seq "$RUNS"); do
  rm -rf "$tmp/public"
  t0=$(now)
  "$tmp/exitguide" build >/dev/null
  t1=$(now)
  "$hugo" --panicOnWarning --quiet -d "$tmp/public" >/dev/null
  t2=$(now)
  bash scripts/search-index.sh "$tmp/public" >/dev/null
  t3=$(now)
  total+=("$(ms "$t0" "$t3")") gen+=("$(ms "$t0" "$t1")") hug+=("$(ms "$t1" "$t2")") pf+=("$(ms "$t2" "$t3")")
done
pages=0 perlang=""
for d in "$tmp"/public/*/; do
  lang=$(basename "$d")
  [[ $lang =~ ^[a-z]{2,3}$ ]] && [ -f "$d/index.html" ] || continue
  n=$(find "$d" -name '*.html' | wc -l)
  pages=$((pages + n))
  perlang+="${perlang:+, }$lang $n"
done
row "whole-site build" ms "generate + Hugo + Pagefind" "${total[@]}"
row "  generate (exitguide build)" ms "" "${gen[@]}"
row "  Hugo" ms "" "${hug[@]}"
row "  Pagefind" ms "scripts/search-index.sh: the native binary, no Node launcher" "${pf[@]}"
rows+=("pages|$pages|||$perlang")
perpage=()
for t in "${total[@]}"; do perpage+=("$(awk -v t="$t" -v n="$pages" 'BEGIN {printf "%.2f", t / n}')"); done
row "build per page" ms "whole build / $pages pages" "${perpage[@]}"
hugopage=()
for t in "${hug[@]}"; do hugopage+=("$(awk -v t="$t" -v n="$pages" 'BEGIN {printf "%.2f", t / n}')"); done
row "Hugo per page, 4 languages" ms "Hugo / $pages pages (target: at most 1.5)" "${hugopage[@]}"

# 1b. Hugo on a generated 20-language site: the four languages and 16 more,
# each a copy of the English (texts, pages, interface words) under another
# code, added as files only, the way a translator starts a language.
say "20-language site, $RUNS runs"
s20="$tmp/site20"
mkdir -p "$s20"
for in in checklists content layouts assets static i18n data hugo.toml schemas package.json; do
  [ -e "$in" ] && cp -R "$in" "$s20/"
done
mkdir -p "$s20/config/_default"
ln -s "$PWD/node_modules" "$s20/node_modules"
letters=(a b c d e f g h i j k l m n o p)
for n in $(seq 1 16); do
  code="x${letters[n - 1]}" # xa .. xp
  cp -R "$s20/checklists/text/en" "$s20/checklists/text/$code"
  sed -i.bak -e "s/^  code: en$/  code: $code/" -e "s/^  name: English$/  name: English $n/" \
    -e "s/^  locale: en-GB$/  locale: en-GB/" -e "s/^  order: 1$/  order: $((10 + n))/" "$s20/checklists/text/$code/language.yaml"
  rm -f "$s20/checklists/text/$code/language.yaml.bak"
  cp -R "$s20/content/en" "$s20/content/$code"
  cp "$s20/i18n/en.yaml" "$s20/i18n/$code.yaml"
done
"$tmp/exitguide" build --root "$s20" >/dev/null
hug20=()
for i in $(seq "$RUNS"); do
  rm -rf "$s20/public"
  t0=$(now)
  (cd "$s20" && "$hugo" --panicOnWarning --quiet -d public >/dev/null)
  hug20+=("$(ms "$t0" "$(now)")")
done
pages20=$(find "$s20/public" -name '*.html' | wc -l)
row "  Hugo, 20 languages" ms "$pages20 pages" "${hug20[@]}"
hugopage20=()
for t in "${hug20[@]}"; do hugopage20+=("$(awk -v t="$t" -v n="$pages20" 'BEGIN {printf "%.2f", t / n}')"); done
row "Hugo per page, 20 languages" ms "Hugo / $pages20 pages (target: at most 1.5)" "${hugopage20[@]}"

# 1c. What Hugo itself costs on these pages: the same sites (content,
# config, languages, words, generated content) with every layout replaced
# by one template that prints only the page's title and content. The real
# layouts add the difference; a per-page target below this floor cannot be
# met by the layouts.
say "Hugo floor (layouts printing title and content only), $RUNS runs"
floor() { # floor SITE-DIR: prints "ms pages" for each run
  local src=$1 fl="$tmp/floor"
  rm -rf "$fl"
  mkdir -p "$fl/layouts"
  for in in checklists content assets static i18n data hugo.toml config generated package.json; do
    [ -e "$src/$in" ] && cp -R "$src/$in" "$fl/"
  done
  printf '<!doctype html><title>{{ .Title }}</title>{{ .Content }}\n' >"$fl/layouts/all.html"
  for i in $(seq "$RUNS"); do
    rm -rf "$fl/public"
    t0=$(now)
    (cd "$fl" && "$hugo" --quiet -d public >/dev/null)
    echo "$(ms "$t0" "$(now)") $(find "$fl/public" -name '*.html' | wc -l)"
  done
}
for site in 4 20; do
  src=$PWD
  [ "$site" = 20 ] && src=$s20
  fl_ms=() fl_page=()
  while read -r t n; do
    fl_ms+=("$t")
    fl_page+=("$(awk -v t="$t" -v n="$n" 'BEGIN {printf "%.2f", t / n}')")
  done < <(floor "$src")
  row "  Hugo floor, $site languages" ms "same pages, layouts print title and content only" "${fl_ms[@]}"
  row "Hugo floor per page, $site languages" ms "what Hugo costs before any layout work" "${fl_page[@]}"
done

# 2. Lint: in-process (Go benchmark, one figure per run) and per process.
say "lint, $RUNS runs"
lint_in=()
if [ -d ../shared/seeds ]; then
  while read -r v; do lint_in+=("$v"); done < <(go test ./internal/lint -run '^$' -bench '^BenchmarkLint$' -count "$RUNS" 2>/dev/null |
    awk '/^BenchmarkLint/ {for (i = 1; i < NF; i++) if ($(i+1) == "ns/op") printf "%.2f\n", $i / 1e6}')
  row "lint, in-process" ms "BenchmarkLint: whole checklists/, own-words included" "${lint_in[@]}"
else
  rows+=("lint, in-process|n/a|||no ../shared/seeds beside the repository")
fi
lint_proc=()
for i in $(seq "$RUNS"); do
  t0=$(now)
  "$tmp/exitguide" lint >/dev/null 2>&1 || true
  lint_proc+=("$(ms "$t0" "$(now)")")
done
row "lint, per process" ms "exitguide lint, start to exit" "${lint_proc[@]}"

# 3. Check: in-process (Go benchmark) and per process on the examples.
say "check, $RUNS runs"
if grep -qs 'func BenchmarkCheck(' internal/*/*_test.go; then
  pkg=$(dirname "$(grep -ls 'func BenchmarkCheck(' internal/*/*_test.go | head -1)")
  check_us=() check_rate=()
  while read -r us rate; do check_us+=("$us") check_rate+=("$rate"); done < <(
    go test "./$pkg" -run '^$' -bench '^BenchmarkCheck$' -count "$RUNS" 2>/dev/null |
      awk '/^BenchmarkCheck/ {us = ""; r = ""; for (i = 1; i < NF; i++) {if ($(i+1) == "ns/op") us = $i / 1e3; if ($(i+1) == "checks/s") r = $i} if (r == "" && us != "") r = 1e6 / us; printf "%.1f %.0f\n", us, r}')
  row "check, in-process" us "BenchmarkCheck ($pkg): load, validate, score one proposal" "${check_us[@]}"
  row "  throughput" "checks/s" "" "${check_rate[@]}"
else
  rows+=("check, in-process|n/a (pending)|||no BenchmarkCheck yet")
fi
examples=(examples/*.yaml)
if [ -e "${examples[0]}" ]; then
  check_proc=()
  for i in $(seq "$RUNS"); do
    for f in "${examples[@]}"; do
      t0=$(now)
      "$tmp/exitguide" check "$f" >/dev/null 2>&1 || true
      check_proc+=("$(ms "$t0" "$(now)")")
    done
  done
  row "check, per process" ms "exitguide check FILE, ${#examples[@]} examples x $RUNS" "${check_proc[@]}"
else
  rows+=("check, per process|n/a (pending)|||no examples/*.yaml yet")
fi

# 4. Page weights (the same on every run: one build measured).
say "page weights"
weights=$(node scripts/pageweight.mjs "$tmp/public" --tsv --page /en/self-check/index.html 2>/dev/null | grep '^weight' || true)
kb() { awk -v b="$1" 'BEGIN {if (b ~ /^[0-9]+$/) printf "%.1f KB", b / 1024; else print "n/a"}'; }
heavy=$(awk -F'\t' '$2 == "heaviest" {print $3 "\t" $4}' <<<"$weights")
rows+=("heaviest page, gzipped|$(kb "${heavy%%$'\t'*}")|||${heavy#*$'\t'} (HTML + CSS + JS)")
rows+=("median page, gzipped|$(kb "$(awk -F'\t' '$2 == "median" {print $3}' <<<"$weights")")|||over $pages pages")
rows+=("self-check page, gzipped|$(kb "$(awk -F'\t' '$2 == "page" {print $3}' <<<"$weights")")|||/en/self-check/ with its CSS and JS")

# The table.
{
  echo "figure|median|min|max|notes"
  echo "---|---|---|---|---"
  printf '%s\n' "${rows[@]}"
} | awk -F'|' '
  {for (i = 1; i <= NF; i++) {cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i)} n = NR; if (NF > nf) nf = NF}
  END {
    for (r = 1; r <= n; r++) {
      line = "|"
      for (i = 1; i <= nf; i++) {
        c = cell[r, i]
        if (r == 2) {c = ""; while (length(c) < w[i]) c = c "-"}
        else if (i >= 2 && i <= 4) c = sprintf("%" w[i] "s", c)
        else c = sprintf("%-" w[i] "s", c)
        line = line " " c " |"
      }
      print line
    }
  }'
echo
echo "$RUNS runs each; $(nproc) CPUs; $(go version | cut -d' ' -f3); $(date -u +%Y-%m-%d)"
