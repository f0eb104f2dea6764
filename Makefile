# Common tasks. Run `make help` for the list.
GO ?= go
# The program is built with the tag nodynamic: its WebP pictures are then made
# by the libwebp compiled into it, the same bytes on every computer, and a
# CGO_ENABLED=0 build stays static (see package internal/images).
TAGS ?= -tags nodynamic
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME ?= 30s
# What make release stamps: the version and commit from git, and the time of
# the archives' entries (SOURCE_DATE_EPOCH, by default the last commit's).
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT ?= $(shell git rev-parse HEAD 2>/dev/null || echo unknown)
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
# The GitHub repository (owner/name) whose releases init's workflows download;
# empty keeps the program's default. The release workflow gives its own.
REPOSITORY ?=

.PHONY: help build serve check test test-bench test-scale lint fuzz bench bench-hugo bench-images bench-search bench-serve check-html lighthouse screenshots golden release ci clean

help:
	@echo "make build    build the demo site into public/"
	@echo "make serve    build and preview the demo at http://127.0.0.1:1313/"
	@echo "make check    check the demo's links and images (vinhdanh check)"
	@echo "make test     run every test of the program (go test ./...)"
	@echo "make test-bench    the tests of the bench module (bench/: the corpus, corpusgen, hugosite, the generated sites)"
	@echo "make test-scale    the tests at full size: 60,000 articles' sitemaps, kill -9 during builds"
	@echo "make lint     gofmt, go vet and staticcheck, of both modules"
	@echo "make fuzz     run each fuzz target for FUZZTIME (default $(FUZZTIME))"
	@echo "make bench    build 1,000, 10,000 and 100,000 generated articles: time, articles/s, peak memory, output"
	@echo "make bench-hugo    vinhdanh against Hugo (Debian's hugo) on 10,000 generated articles, 3 runs each"
	@echo "make bench-images  1,000 articles with 1,000 camera photos (4000x3000): vinhdanh cold and warm cache against Hugo's image processing"
	@echo "make bench-search  search costs at 10,000 and 100,000 articles (needs node)"
	@echo "make bench-serve   save-to-reload time of serve at 1,000 and 10,000 articles (Chromium)"
	@echo "make check-html    the Nu HTML Checker over every page of the demo (Java, npm)"
	@echo "make lighthouse    Lighthouse scores of the demo's home page and an article, phone (Chromium, npm, python3)"
	@echo "make screenshots   the demo's pages at phone and desktop widths into docs/screenshots/ (Chromium)"
	@echo "make golden   rewrite golden files and expected errors from the current output"
	@echo "make release  the archives editors download, and SHA256SUMS, into dist/ (cmd/release)"
	@echo "make ci       what CI runs (.ci/run)"

build:
	$(GO) run $(TAGS) ./cmd/vinhdanh build

serve:
	$(GO) run $(TAGS) ./cmd/vinhdanh serve

check:
	$(GO) run $(TAGS) ./cmd/vinhdanh check --strict

test:
	$(GO) test ./...

# The bench module (bench/, module vinhdanh/bench) holds the corpus of
# generated sites, the benchmarks and the tests at full size; the program's
# module does not require it.
test-bench:
	cd bench && $(GO) test ./...

# The tests that build large sites or build again and again; go test ./...
# skips them, CI runs them.
test-scale:
	VINHDANH_SCALE_TESTS=1 $(GO) test ./cmd/vinhdanh/ -run 'TestKilledBuildLeavesOutputWhole' -count 1 -timeout 30m -v
	cd bench && VINHDANH_SCALE_TESTS=1 $(GO) test . -run 'TestSitemapIndexAt60000' -count 1 -timeout 30m -v

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change: $$out"; exit 1; fi
	$(GO) vet ./...
	cd bench && $(GO) vet ./...
	$(STATICCHECK) ./...
	cd bench && $(STATICCHECK) ./...

# Every Fuzz function of every package, one after the other.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; \
	    $(GO) test $$pkg -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) || exit 1; \
	  done; \
	done

bench:
	cd bench && $(GO) test . -run '^$$' -bench '^BenchmarkBuild$$' -benchtime 3x -count 1 -timeout 60m

bench-hugo:
	cd bench && $(GO) run ./compare -n 10000 -runs 3

# One cold build each (a cold build of 1,000 camera photos takes tens of
# minutes of processor time), then three with the caches kept. The photos
# are drawn once into $TMPDIR and reused (see bench/compare).
bench-images:
	cd bench && $(GO) run ./compare -n 1000 -photos 1 -photo-size 4000x3000 -runs 1 -warm 3

bench-search:
	cd bench && $(GO) test . -run '^$$' -bench '^BenchmarkSearch$$' -benchtime 1x -count 1 -timeout 90m -v

bench-serve:
	cd bench && $(GO) test . -run '^$$' -bench '^BenchmarkEditToReload$$' -benchtime 1x -count 1 -timeout 30m -v

lighthouse:
	.ci/check-lighthouse

screenshots:
	$(GO) run $(TAGS) ./cmd/screenshots

check-html:
	npm ci --prefix .ci/web --no-audit --no-fund --loglevel=error
	.ci/check-html

golden:
	$(GO) test ./cmd/vinhdanh/ -run TestInvalidSites -update
	$(GO) test ./internal/build/ -run TestGolden -update

# Archives for Linux, Windows and macOS; the same bytes on every run from
# the same commit.
release:
	rm -rf dist
	$(GO) run ./cmd/release -version "$(VERSION)" -commit "$(COMMIT)" -epoch "$(SOURCE_DATE_EPOCH)" -repository "$(REPOSITORY)" -out dist

ci:
	./.ci/run

clean:
	rm -rf public dist
