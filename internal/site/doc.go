// Package site holds the end-to-end test of the Hugo site at the
// repository root. The test builds the panduan binary and renders the
// site with "panduan hugo" from the data in generated/. It then checks
// the pages, the language switcher, the size budget and every link
// (internal/linkcheck). docs/site.md describes the site itself.
package site
