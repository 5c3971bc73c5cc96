# Developer tasks. The README gives the two commands a new user needs;
# these targets wrap them and the checks run before a commit.

GO ?= go

.PHONY: build test check fmt vet sample bench

## build: build the bundled sample site into public/
build:
	$(GO) run ./cmd/panduan build

## test: run every test (the first run compiles Hugo, a few minutes)
test:
	$(GO) test -timeout 30m ./...

## check: gofmt, go vet and the tests
check: fmt vet test

fmt:
	@out=$$(gofmt -l cmd internal); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

## bench: time the preprocessor on 10,000 services and print the page budget
bench: budget
	$(GO) test -run '^$$' -bench . -benchtime 3x ./internal/...

## sample: regenerate data/directory.xlsx from internal/sample/data
sample:
	$(GO) run ./internal/sample/mksample

include mk/browser.mk
