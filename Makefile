# exitguide: the two commands a fresh machine needs are `make serve` and
# `make test`. Everything else is a step of those.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
HUGO := go tool -modfile=tools.mod hugo
EXITGUIDE := go run ./cmd/exitguide
export NO_COLOR := 1

.PHONY: all generate golden site serve test test-go test-js test-site test-browser fuzz deps-node deps-browser deps-pdf bench pdf test-pdf clean

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
	npm ci --no-audit --no-fund --loglevel=error

deps-node: node_modules/.package-lock.json

# Debian's chromium for the browser tests, installed when missing.
deps-browser:
	@{ command -v chromium >/dev/null && fc-list :lang=he 2>/dev/null | grep -q .; } || { echo "installing Debian's chromium and Noto fonts (Hebrew included)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null); }

# The whole site into public/: generate, Hugo, then the search index.
site: deps-node
	$(EXITGUIDE) build
	rm -rf public
	$(HUGO) --panicOnWarning --printI18nWarnings --quiet -d public
	npx pagefind --site public --quiet

# Build, then serve at http://localhost:1313/ with the deployment headers.
serve: site
	$(EXITGUIDE) serve --dir public --addr localhost:1313

# Every test: Go (unit, golden, CLI end to end, short fuzzing), the site
# build with its checks (reproducible, hostile text escaped), and the browser
# tests in Debian's chromium.
test: test-go test-js fuzz site test-site test-browser test-pdf
	@echo "make test: all passed"

test-go:
	@unformatted=$$(gofmt -l cmd internal schemas scripts tests); \
	  if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	@go mod tidy -diff || { echo "go.mod/go.sum are not tidy: run go mod tidy"; exit 1; }
	go vet ./...
	@# With the race detector where cgo is available (it needs a C compiler).
	@if [ "$$(go env CGO_ENABLED)" = 1 ]; then echo "go test -race ./..."; go test -race ./...; \
	  else echo "go test ./... (no C compiler, so no -race)"; go test ./...; fi

# Rewrite every golden file (report, compare, CLI, proposal corpora,
# parity vectors, schemas) with what the code produces now; review the
# result with git diff. The one -update flag is internal/testutil's.
golden:
	go test ./... -update -count=1

# The browser's scorer and proposal reader (assets/js/selfcheck/) against the
# Go ones, on the corpus testdata/parity/vectors.json (TestParityVectors).
test-js: deps-node
	node --test tests/parity/

# Builds the site from copies of the sources: two builds are byte-identical,
# and HTML or script in every text field comes out as text (tests/site); then
# the built public/: lang/dir, hreflang, internal links and anchors, no other
# hosts, same pages per language, page weight (tests/site/site.test.mjs).
test-site: deps-node
	EXITGUIDE_SITE_TESTS=1 go test ./tests/site -count=1
	node --test tests/site/

# Each fuzz target for a short, bounded time. A failing input fails the run
# (Go saves it under the package's testdata/fuzz/, where go test then runs it
# every time); a stop of the fuzzing engine with no failing input is retried
# once.
FUZZTIME ?= 10s
fuzz:
	@for t in $$(go run ./scripts/fuzztargets.go); do \
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

test-browser: deps-node deps-browser
	node --test tests/browser/

# Every print pack as an A4 PDF, public/LANG/print/MODEL.pdf, printed by
# Debian's chromium from the built site (built first when missing).
pdf: deps-node deps-browser
	@test -d public/en/print || $(MAKE) site
	node scripts/pdf.mjs

# Debian's poppler-utils (pdftoppm, pdftotext) for the PDF test.
deps-pdf:
	@command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || { echo "installing Debian's poppler-utils"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null); }

# Each PDF: page 1 rendered is not blank, and its text holds every criterion.
test-pdf: pdf deps-pdf
	node --test tests/pdf/

# The benchmark figures in one table (scripts/bench.sh): the whole-site build
# and its steps, pages per language, lint and check in-process and per
# process, page weights; each the median of RUNS (5) runs with min and max.
bench: deps-node deps-browser
	bash scripts/bench.sh
	$(MAKE) --no-print-directory site >/dev/null
	bash scripts/lighthouse.sh

clean:
	rm -rf public resources generated test-artifacts
