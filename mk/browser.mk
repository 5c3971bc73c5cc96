# Checks of the built site that the Makefile includes: the size and
# safety budget, and screenshots as a phone shows the pages. Both build
# the sample into public/ first through the Makefile's build target.

GO ?= go
SITE ?= public
SCREENSHOTS ?= screenshots

.PHONY: budget screenshots

## budget: build the sample, print its five largest pages (gzip -9) and every budget problem
budget: build
	$(GO) run ./internal/budget/cmd/budget $(SITE)

## screenshots: build the sample and write PNGs of each language's home and a service page at 360 px into screenshots/ (needs /usr/bin/chromium)
screenshots: build
	$(GO) run ./internal/browsertest/cmd/screenshots -source . -site $(SITE) -out $(SCREENSHOTS)
