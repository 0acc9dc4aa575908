#!/usr/bin/env bash
# The search index of a built site: Pagefind over SITE, writing SITE/pagefind/
# (one bundle, an index per language).
#
#   bash scripts/search-index.sh SITE
#
# `make site`, scripts/bench.sh and the site tests all run this, so the
# benchmark times what the build does.
#
# Pagefind runs as its native binary, the one its npm launcher
# (node_modules/.bin/pagefind, through pagefind/lib/resolveBinary.js) would
# pick: PAGEFIND_EXTENDED_BINARY_PATH or PAGEFIND_BINARY_PATH when set, else
# @pagefind/PLATFORM-ARCH/bin/pagefind_extended (or pagefind) from
# node_modules, PLATFORM and ARCH named as Node names them. It is found here
# without starting Node, which the launcher costs (0.1-0.2 s a build). Where
# no such binary is installed, the launcher runs instead.
#
# One Pagefind over the whole site, not one per language in parallel: Pagefind
# already spreads its work over the cores (about 1.4 of 2), and a process per
# language costs more CPU than it saves in time (measured on 2 idle cores:
# 0.69 s for this, 0.81 s for four per-language runs two at a time).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

[ $# -eq 1 ] || { echo "usage: bash scripts/search-index.sh SITE" >&2; exit 2; }
site=$1
[ -d "$site" ] || { echo "search-index: no folder $site: build the site first" >&2; exit 2; }

# The native binary, as the launcher resolves it.
native() {
  local p
  for p in "${PAGEFIND_EXTENDED_BINARY_PATH:-}" "${PAGEFIND_BINARY_PATH:-}"; do
    [ -n "$p" ] && { echo "$p"; return; }
  done
  local platform arch exe=""
  case "$(uname -s)" in
    Linux) platform=linux ;;
    Darwin) platform=darwin ;;
    FreeBSD) platform=freebsd ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) platform=windows exe=.exe ;;
    *) return 1 ;;
  esac
  case "${npm_config_arch:-$(uname -m)}" in
    x86_64 | amd64 | x64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) return 1 ;;
  esac
  # Where npm puts the platform package: beside pagefind (hoisted), or
  # inside it.
  local dir name
  for dir in "$root/node_modules" "$root/node_modules/pagefind/node_modules"; do
    for name in pagefind_extended pagefind; do
      p="$dir/@pagefind/$platform-$arch/bin/$name$exe"
      [ -f "$p" ] && [ -x "$p" ] && { echo "$p"; return; }
    done
  done
  return 1
}
if bin=$(native); then
  exec "$bin" --site "$site" --quiet
elif [ -e "$root/node_modules/.bin/pagefind" ]; then
  echo "search-index: no native Pagefind binary for this machine in node_modules: running the npm launcher" >&2
  exec "$root/node_modules/.bin/pagefind" --site "$site" --quiet
else
  echo "search-index: no Pagefind in node_modules: run make deps-node" >&2
  exit 2
fi
