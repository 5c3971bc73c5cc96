package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// faultyPage breaks each rule that the page checks enforce once, and
// has a link in a sentence that the target-size check must let pass.
// OTHER is replaced with the URL of another loopback server.
const faultyPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Faults</title>
<style>
:focus { outline: none; }
.tiny { display: inline-block; width: 10px; height: 10px; background: #555; }
.wide { width: 30rem; }
.small { font-size: 10px; }
</style></head>
<body>
<a href="#nowhere">First link</a>
<main id="main" tabindex="-1">
<h1>Faults</h1>
<p class="wide">This paragraph is wider than a phone.</p>
<p><a class="tiny" href="one.html"></a><a class="tiny" href="two.html"></a></p>
<p class="small">Read <a href="sentence-a.html">this</a><a href="sentence-b.html">that</a> first.</p>
<p class="small"><a href="row-a.html">row</a> · <a href="row-b.html">col</a></p>
<button></button>
<img src="OTHER/pixel.png" alt="">
</main>
</body></html>
`

// TestChecksFindFaults runs the page checks on faultyPage and expects
// each to report its fault, so that a passing site means something.
func TestChecksFindFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("drives Chromium; skipped with -short")
	}
	sharedBrowser(t)
	axe, err := LoadAxe(repoRootOrDot())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	html := strings.ReplaceAll(faultyPage, "OTHER", exitServer.URL)
	if err := os.WriteFile(filepath.Join(dir, "faulty.html"), []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := serveSite(t, dir)
	tab := newTab(t)
	setViewport(t, tab, phoneWidth)
	if err := tab.Navigate(srv.URL + "/faulty.html"); err != nil {
		t.Fatal(err)
	}

	t.Run("axe", func(t *testing.T) {
		res, err := axe.Run(tab, WCAGTags)
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]bool{}
		for _, r := range res.Violations {
			found[r.ID] = true
		}
		for _, id := range []string{"button-name", "link-name"} {
			if !found[id] {
				t.Errorf("axe-core reported no %s violation; violations: %v", id, found)
			}
		}
	})

	t.Run("target size", func(t *testing.T) {
		small, err := SmallTargets(tab)
		if err != nil {
			t.Fatal(err)
		}
		joined := strings.Join(small, "\n")
		if !strings.Contains(joined, "a.tiny") {
			t.Errorf("the adjacent 10×10 px links were not reported:\n%s", joined)
		}
		if !strings.Contains(joined, `"row"`) {
			t.Errorf("the small links separated by a dot only were not reported:\n%s", joined)
		}
		if strings.Contains(joined, `"this"`) || strings.Contains(joined, `"that"`) {
			t.Errorf("links in a sentence were reported, though WCAG 2.5.8 exempts them:\n%s", joined)
		}
	})

	t.Run("reflow", func(t *testing.T) {
		setViewport(t, tab, reflowWidth)
		r, err := Reflow(tab)
		if err != nil {
			t.Fatal(err)
		}
		if r.ScrollWidth <= r.ClientWidth {
			t.Errorf("a 30rem paragraph at 320 px did not make the page scroll sideways: %+v", r)
		}
		if len(r.Overflowing) == 0 || !strings.Contains(r.Overflowing[0], "p.wide") {
			t.Errorf("the wide paragraph is not the first overflowing element: %v", r.Overflowing)
		}
	})

	t.Run("skip link and focus", func(t *testing.T) {
		if err := tab.PressKey(KeyTab); err != nil {
			t.Fatal(err)
		}
		f, err := Focus(tab)
		if err != nil {
			t.Fatal(err)
		}
		if f.Index != 0 || f.HrefTarget == "main" {
			t.Errorf("the first link, to #nowhere, passed as a skip link: %+v", f)
		}
		if f.HasFocusIndicator() {
			t.Errorf("a link styled with outline: none passed as having a focus indicator: %+v", f)
		}
	})

	t.Run("network", func(t *testing.T) {
		log := tab.TakeLog()
		other := false
		for _, u := range log.Requests {
			if strings.HasPrefix(u, exitServer.URL) {
				other = true
			}
		}
		if !other {
			t.Errorf("the image on another origin is not in the network log: %v", log.Requests)
		}
	})
}
