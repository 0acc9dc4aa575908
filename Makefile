# exitguide: the two commands a fresh machine needs are `make serve` and
# `make test`. Everything else is a step of those. Each target names what
# it needs, so `make -j` is safe; `make test` runs its steps in parallel.
#
# Installs only what is missing: node_modules (npm ci, from the lock),
# Debian's chromium with a Hebrew font and poppler-utils (apt-get, as root
# or with sudo; scripts/deps.sh says what to install where it cannot).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
HUGO := go tool -modfile=tools.mod hugo
EXITGUIDE := go run ./cmd/exitguide
# The search index: Pagefind's native binary from node_modules, without its
# Node launcher (scripts/search-index.sh; the benchmark runs the same script).
SEARCH_INDEX := bash scripts/search-index.sh
export NO_COLOR := 1

# The site is built into PUBLIC. PDF=no builds it without the print packs'
# PDFs and without the links to them, for a machine with no Chromium.
PUBLIC ?= public
PDF ?= yes
# Release archives (make dist) go to DISTDIR.
DISTDIR ?= dist
# Chromium for the browser tests and the PDFs: $CHROMIUM_PATH when set, else
# the chromium on PATH, else where Debian installs it (make deps-browser).
export CHROMIUM_PATH ?= $(or $(shell command -v chromium 2>/dev/null),/usr/bin/chromium)
# The time written into PDFs and release archives: the last commit's, so
# that two builds of one commit are the same bytes.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 315532800)
# Steps `make test` runs at once (default: one per core).
JOBS ?= $(shell nproc 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo 2)
# GNU make 4 keeps each step's output together; make 3 (macOS) cannot.
SYNC := $(if $(filter 3.%,$(MAKE_VERSION)),,--output-sync=target)
FUZZTIME ?= 10s

.PHONY: all generate golden site serve dist test test-all test-go test-race test-js test-site test-browser test-pdf test-release fuzz deps-node deps-browser deps-pdf bench clean

all: site

# Regenerate the schemas (from the Go types) and everything the site is
# generated from (from checklists/ and i18n/).
generate:
	go generate ./...
	$(EXITGUIDE) build

# node_modules from package-lock.json (Pagefind, playwright-core, axe-core,
# js-yaml), installed with `npm ci`: exactly the locked versions, and the lock
# is never rewritten. The lock lists every platform's optional Pagefind
# package (as npm writes it against a registry that lists them all); npm ci
# installs only the one for this machine, whatever the registry lists.
node_modules/.package-lock.json: package.json package-lock.json
	@bash scripts/deps.sh node
	npm ci --no-audit --no-fund --loglevel=error

deps-node: node_modules/.package-lock.json

# Chromium ($CHROMIUM_PATH, else Debian's chromium) and a Hebrew font.
deps-browser:
	@bash scripts/deps.sh browser

# Debian's poppler-utils (pdftoppm, pdftotext) for the PDF test.
deps-pdf:
	@bash scripts/deps.sh pdf

# The whole site into PUBLIC: generate, Hugo, the print packs as A4 PDFs
# (scripts/pdf.mjs, reused from resources/pdf/ while a pack is unchanged),
# then the search index. Every link the site writes leads somewhere.
site: generate deps-node $(if $(filter no,$(PDF)),,deps-browser)
	rm -rf $(PUBLIC)
	@# Not --quiet: Hugo 0.165 then hides its errors too (an errorf in a
	@# template failed the build with no word). Its banner goes to /dev/null.
	HUGO_PARAMS_PDF=$(PDF) $(HUGO) --panicOnWarning --printI18nWarnings --logLevel warn -d $(PUBLIC) >/dev/null
	$(if $(filter no,$(PDF)),,node scripts/pdf.mjs $(PUBLIC))
	$(SEARCH_INDEX) $(PUBLIC)

# Build, then serve at http://localhost:1313/ with the deployment headers.
serve: site
	$(EXITGUIDE) serve --dir $(PUBLIC) --addr localhost:1313

# Release archives in DISTDIR (scripts/dist): exitguide for Linux, macOS and
# Windows on amd64 and arm64, the built site as a zip for offline use, and
# SHA256SUMS. The same commit gives the same bytes (scripts/dist/main.go).
dist: site
	go run ./scripts/dist -site $(PUBLIC) -out $(DISTDIR)

# Every test, in parallel where the steps allow: Go (unit, golden, CLI end
# to end; once more under the race detector), the browser scorer against
# the Go one, short fuzzing, the built site's checks, the browser tests in
# Chromium, the PDFs, and the release (make dist twice, the archive run in
# an empty folder, go install from a module proxy).
test:
	@$(MAKE) --no-print-directory -j$(JOBS) $(SYNC) test-all
	@echo "make test: all passed"

test-all: test-go test-race test-js fuzz test-site test-browser test-pdf test-release

test-go:
	@unformatted=$$(gofmt -l $$(go list -f '{{.Dir}}' ./...)); \
	  if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	@go mod tidy -diff || { echo "go.mod/go.sum are not tidy: run go mod tidy"; exit 1; }
	go vet ./...
	go test ./...

# The Go tests once more under the race detector (it needs cgo, so a C
# compiler: without one this says so and passes).
test-race:
	@if [ "$$(go env CGO_ENABLED)" = 1 ]; then go test -race ./...; \
	  else echo "test-race: skipped: the race detector needs cgo (a C compiler)"; fi

# Rewrite every golden file (report, compare, CLI, proposal corpora,
# parity vectors, schemas) with what the code produces now; review the
# result with git diff. The one -update flag is internal/testutil's.
golden:
	go test ./... -update -count=1

# The browser's scorer and proposal reader (assets/js/selfcheck/) against the
# Go ones, on the corpus testdata/parity/vectors.json (TestParityVectors),
# and the generated guide data the page reads.
test-js: generate deps-node
	node --test tests/parity/ tests/js/

# Builds the site from copies of the sources: two builds are byte-identical,
# and HTML or script in every text field comes out as text (tests/site); then
# the built site: lang/dir, hreflang, every link and asset (PDFs included)
# and anchor, the published schemas, no other hosts, same pages per
# language, page weight (tests/site/site.test.mjs).
test-site: site
	EXITGUIDE_SITE_TESTS=1 go test ./tests/site -count=1
	SITE_DIR=$(PUBLIC) node --test tests/site/

# The self-check in Chromium (tests/browser), then the page's built data
# file against the parity corpus (tests/parity: every field the scorer reads,
# the corpus scored with it).
test-browser: site deps-browser
	SITE_DIR=$(PUBLIC) node --test tests/browser/
	SITE_DIR=$(PUBLIC) node --test --test-name-pattern="page's data file" tests/parity/

# Each PDF: page 1 rendered is not blank, and its text holds every criterion.
test-pdf: site deps-pdf
	$(if $(filter no,$(PDF)),@echo "test-pdf: skipped (the site was built with PDF=no)",SITE_DIR=$(PUBLIC) node --test tests/pdf/)

# The release (tests/release): scripts/dist twice gives the same bytes and
# SHA256SUMS verifies them; the Linux archive runs init, check and compare
# in an empty folder; go install MODULE/cmd/exitguide@VERSION works from a
# module proxy on disk, with no network.
test-release: dist
	EXITGUIDE_RELEASE_TESTS=1 DIST_DIR=$(abspath $(DISTDIR)) SITE_DIR=$(abspath $(PUBLIC)) go test ./tests/release -count=1 -timeout 30m

# Each fuzz target (as `go test -list` finds them) for a short, bounded time.
# A failing input fails the run (Go saves it under the package's
# testdata/fuzz/, where go test then runs it every time); a stop of the
# fuzzing engine with no failing input is retried once.
fuzz:
	@targets=$$(go test -list '^Fuzz' ./... | awk '/^Fuzz/ { n[++k] = $$1; next } /^ok/ { for (i = 1; i <= k; i++) print $$2 ":" n[i] } { k = 0 }'); \
	  [ -n "$$targets" ] || { echo "fuzz: go test -list found no fuzz targets"; exit 1; }; \
	  for t in $$targets; do \
	  pkg=$${t%%:*}; name=$${t##*:}; log=$$(mktemp); \
	  echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
	  if ! go test "$$pkg" -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) >"$$log" 2>&1; then \
	    cat "$$log"; \
	    if grep -q "Failing input written to" "$$log"; then rm -f "$$log"; exit 1; fi; \
	    echo "fuzz: $$name stopped without a failing input (the fuzzing engine, not the code under test); once more:"; \
	    go test "$$pkg" -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) || { rm -f "$$log"; exit 1; }; \
	  fi; \
	  rm -f "$$log"; \
	done

# The benchmark figures in one table (scripts/bench.sh): the whole-site build
# and its steps, pages per language, lint and check in-process and per
# process, page weights; each the median of RUNS (5) runs with min and max.
bench: deps-node deps-browser
	bash scripts/bench.sh
	$(MAKE) --no-print-directory site >/dev/null
	bash scripts/lighthouse.sh

clean:
	rm -rf public resources generated test-artifacts dist
