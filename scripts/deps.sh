#!/usr/bin/env bash
# The system packages the build and the tests use, installed only when
# missing: from Debian's archive with apt-get, as root or through sudo.
# On a machine without apt-get, or without the rights to install, it says
# what to install and stops (exit 1); nothing is ever downloaded from
# anywhere but the Debian archive.
#
#   scripts/deps.sh browser   Chromium ($CHROMIUM_PATH, else Debian's
#                             chromium) and a font with Hebrew glyphs
#   scripts/deps.sh pdf       poppler-utils (pdftoppm, pdftotext)
#   scripts/deps.sh node      node and npm (checked, not installed)
set -euo pipefail

# apt_install PACKAGE...: apt-get install, as root or with sudo.
apt_install() {
  local why="$1"; shift
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "deps: $why, and this machine has no apt-get: install $* (or your system's equivalent) and run make again" >&2
    exit 1
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "deps: $why; installing needs root and there is no sudo: as root, run: apt-get install $*" >&2
      exit 1
    fi
    sudo=(sudo)
    # Without a terminal to ask for a password, sudo must work without one.
    if [ ! -t 0 ] && ! sudo -n true 2>/dev/null; then
      echo "deps: $why; installing needs root, and sudo asks for a password with no terminal to type it: run: sudo apt-get install $*" >&2
      exit 1
    fi
  fi
  echo "deps: $why: installing Debian's $*"
  if ! { "${sudo[@]}" apt-get update -qq &&
         "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }; then
    echo "deps: could not install $* with apt-get (see above); install them and run make again" >&2
    exit 1
  fi
}

case "${1:-}" in
browser)
  chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
  if [ ! -x "$chromium" ]; then
    if [ -n "${CHROMIUM_PATH:-}" ] && [ "$CHROMIUM_PATH" != /usr/bin/chromium ]; then
      echo "deps: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file: point it at a Chromium or Chrome binary, or unset it to use Debian's chromium" >&2
      exit 1
    fi
    apt_install "the browser tests and the PDFs need Chromium" chromium
  fi
  # Hebrew pages need a font with Hebrew letters (fontconfig machines only).
  if command -v fc-list >/dev/null 2>&1 && ! fc-list :lang=he 2>/dev/null | grep -q .; then
    apt_install "no font with Hebrew letters" fonts-noto-core
  fi
  ;;
pdf)
  if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
    apt_install "the PDF test needs pdftoppm and pdftotext" poppler-utils
  fi
  ;;
node)
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "deps: the search index and the browser tests need Node.js 20 or later with npm: install them (Debian: apt-get install nodejs npm) and run make again" >&2
    exit 1
  fi
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    echo "deps: Node.js $(node --version) is too old: the site needs 20 or later" >&2
    exit 1
  fi
  ;;
*)
  echo "usage: scripts/deps.sh browser|pdf|node" >&2
  exit 2
  ;;
esac
