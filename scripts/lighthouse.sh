#!/usr/bin/env bash
# Lighthouse performance and accessibility scores of the home page and a
# building-block (model) page, in English and Hebrew, against the built
# site (public/) served locally with the deployment headers. Lighthouse is
# fetched from the npm registry by npx at the pinned version (not a
# dependency of the project); Debian's chromium runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
LH_VERSION=13.5.0
PORT=${PORT:-14141}
[ -f public/en/index.html ] || { echo "lighthouse: build the site first (make site)"; exit 2; }
go build -o "${TMPDIR:-/tmp}/exitguide-lh" ./cmd/exitguide
"${TMPDIR:-/tmp}/exitguide-lh" serve --dir public --addr "127.0.0.1:$PORT" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1
out=$(mktemp -d)
printf '| page | performance | accessibility |\n| --- | --- | --- |\n'
for page in en/ he/ en/models/chrysalis/ he/models/chrysalis/; do
  f="$out/$(echo "$page" | tr / _).json"
  for attempt in 1 2 3; do # a trace-recording hiccup (NO_NAVSTART) is retried
    CHROME_PATH=/usr/bin/chromium npx --yes "lighthouse@$LH_VERSION" "http://127.0.0.1:$PORT/$page" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
      --only-categories=performance,accessibility --output=json --output-path="$f" >/dev/null 2>&1 || true
    node -e "const r=require('$f'); process.exit(r.runtimeError ? 1 : 0)" 2>/dev/null && break
  done
  node -e "const r=require('$f'); const s=c=>r.categories[c].score===null?'error':Math.round(r.categories[c].score*100); console.log('| /$page | '+s('performance')+' | '+s('accessibility')+' |')"
done
rm -rf "$out"
