package browsertest

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// exitTimeout is how long a test waits for the quick exit to arrive.
const exitTimeout = 10 * time.Second

// quickExitPages returns, for each language, page A (the home) and page
// B (the normal service page) of the quick-exit tests.
func quickExitPages(t *testing.T) [][2]Page {
	t.Helper()
	var pairs [][2]Page
	home := map[string]Page{}
	for _, p := range pages {
		switch p.Kind {
		case KindHome:
			home[p.Lang] = p
		case KindService:
			pairs = append(pairs, [2]Page{home[p.Lang], p})
		}
	}
	if len(pairs) == 0 {
		t.Fatal("no service pages to test")
	}
	return pairs
}

// openAB loads page A and then page B in the tab, so that A is the
// history entry before B.
func openAB(t *testing.T, tab *Tab, base string, pair [2]Page) (a, b string) {
	t.Helper()
	a, b = base+pair[0].Path, base+pair[1].Path
	for _, u := range []string{a, b} {
		if err := tab.Navigate(u); err != nil {
			t.Fatalf("failed to load %s: %v", u, err)
		}
	}
	return a, b
}

// history returns the URLs of the tab's session history and the index
// of the current entry.
func history(t *testing.T, tab *Tab) ([]string, int) {
	t.Helper()
	h, err := Call(tab, page.GetNavigationHistory, cdp.Empty{})
	if err != nil {
		t.Fatalf("failed to read the history: %v", err)
	}
	urls := make([]string, len(h.Entries))
	for i, e := range h.Entries {
		urls[i] = e.URL
	}
	return urls, int(h.CurrentIndex)
}

// goBack goes one step back in the tab's history, as the Back button
// does, and returns the URL it shows then. It does not wait for a load
// event, which a page restored from the back/forward cache never fires.
func goBack(t *testing.T, tab *Tab) string {
	t.Helper()
	h, err := Call(tab, page.GetNavigationHistory, cdp.Empty{})
	if err != nil {
		t.Fatalf("failed to read the history: %v", err)
	}
	if h.CurrentIndex < 1 {
		t.Fatalf("the history has no entry before the current page")
	}
	prev := h.Entries[h.CurrentIndex-1]
	if _, err := Call(tab, page.NavigateToHistoryEntry, page.NavigateToHistoryEntryParams{EntryID: prev.ID}); err != nil {
		t.Fatalf("history back failed: %v", err)
	}
	if err := tab.WaitLocation(prev.URL, exitTimeout); err != nil {
		t.Fatalf("history back: %v", err)
	}
	loc, err := tab.Location()
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// checkExitHistory fails when page b is still in the tab's history after
// the quick exit, where someone could go back to it.
func checkExitHistory(t *testing.T, tab *Tab, b string) {
	t.Helper()
	urls, current := history(t, tab)
	for _, u := range urls {
		if u == b {
			t.Errorf("page B %s is still in the history after the quick exit: %v", b, urls)
		}
	}
	if urls[current] != exitURL {
		t.Errorf("the current history entry is %s, want the quick exit's page %s", urls[current], exitURL)
	}
}

// TestQuickExitShift presses Shift three times on page B after page A
// and expects the quick exit's page, with B gone from the history.
func TestQuickExitShift(t *testing.T) {
	s := sampleSite(t)
	sharedBrowser(t)
	srv := serveSite(t, s.Out)

	for _, pair := range quickExitPages(t) {
		t.Run(pair[0].Lang, func(t *testing.T) {
			tab := newTab(t)
			a, b := openAB(t, tab, srv.URL+"/", pair)

			for range 2 {
				if err := tab.PressKey(KeyShift); err != nil {
					t.Fatal(err)
				}
			}
			// quick-exit.js counts presses within one second, so the
			// pause leaves room for the third.
			time.Sleep(400 * time.Millisecond)
			if loc, err := tab.Location(); err != nil || loc != b {
				t.Fatalf("after Shift pressed twice the tab shows %s (error %v), want it still on %s", loc, err, b)
			}
			if err := tab.PressKey(KeyShift); err != nil {
				t.Fatal(err)
			}
			if err := tab.WaitLocation(exitURL, exitTimeout); err != nil {
				t.Fatalf("Shift pressed three times: %v", err)
			}
			checkExitHistory(t, tab, b)

			if back := goBack(t, tab); back != a {
				t.Errorf("history back from the quick exit shows %s, want page A %s, the page before %s", back, a, b)
			}
			checkRequests(t, tab.TakeLog(), srv.URL+"/", exitServer.URL+"/")
		})
	}
}

// TestQuickExitClick clicks the quick-exit link with JavaScript on and
// expects the same as TestQuickExitShift.
func TestQuickExitClick(t *testing.T) {
	s := sampleSite(t)
	sharedBrowser(t)
	srv := serveSite(t, s.Out)

	for _, pair := range quickExitPages(t) {
		t.Run(pair[0].Lang, func(t *testing.T) {
			tab := newTab(t)
			a, b := openAB(t, tab, srv.URL+"/", pair)
			if err := chromedp.Do(tab.Ctx, chromedp.Click(chromedp.CSS("[data-quick-exit]"))); err != nil {
				t.Fatalf("failed to click the quick exit: %v", err)
			}
			if err := tab.WaitLocation(exitURL, exitTimeout); err != nil {
				t.Fatalf("quick exit link: %v", err)
			}
			checkExitHistory(t, tab, b)
			if back := goBack(t, tab); back != a {
				t.Errorf("history back from the quick exit shows %s, want page A %s, the page before %s", back, a, b)
			}
			checkRequests(t, tab.TakeLog(), srv.URL+"/", exitServer.URL+"/")
		})
	}
}

// TestQuickExitWithoutJavaScript turns the page's JavaScript off and
// expects the quick exit to be a plain link to quickExitURL that leads
// there when clicked.
func TestQuickExitWithoutJavaScript(t *testing.T) {
	s := sampleSite(t)
	sharedBrowser(t)
	srv := serveSite(t, s.Out)

	for _, pair := range quickExitPages(t) {
		t.Run(pair[0].Lang, func(t *testing.T) {
			tab := newTab(t)
			if err := tab.SetScriptsDisabled(true); err != nil {
				t.Fatal(err)
			}
			_, b := openAB(t, tab, srv.URL+"/", pair)

			checkQuickExitLink(t, tab)
			if err := chromedp.Do(tab.Ctx, chromedp.Click(chromedp.CSS("[data-quick-exit]"))); err != nil {
				t.Fatalf("failed to click the quick exit on %s: %v", b, err)
			}
			if err := tab.WaitLocation(exitURL, exitTimeout); err != nil {
				t.Fatalf("quick exit link without JavaScript: %v", err)
			}
			// The script replaces the history entry; a plain link adds
			// one. Finding B proves that the script was off.
			if back := goBack(t, tab); back != b {
				t.Errorf("history back from the quick exit shows %s, want %s: did the page's script run?", back, b)
			}
			checkRequests(t, tab.TakeLog(), srv.URL+"/", exitServer.URL+"/")
		})
	}
}

// TestNoCookiesOrServiceWorkers visits every checked page in one tab and
// then expects no cookie in the whole browser profile, empty storage and
// no service worker.
func TestNoCookiesOrServiceWorkers(t *testing.T) {
	s := sampleSite(t)
	b := sharedBrowser(t)
	srv := serveSite(t, s.Out)
	tab := newTab(t)

	for _, p := range pages {
		if err := tab.Navigate(srv.URL + "/" + p.Path); err != nil {
			t.Fatalf("failed to load %s: %v", p, err)
		}
	}
	checkStorage(t, tab)

	cookies, err := chromedp.Call(b.Context(), storage.GetCookies, storage.GetCookiesParams{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cookies.Cookies {
		t.Errorf("the browser holds a cookie %s for %s", c.Name, c.Domain)
	}

	targets, err := chromedp.Targets(tab.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range targets {
		if info.Type == "service_worker" || info.Type == "shared_worker" {
			t.Errorf("a %s runs: %s", info.Type, info.URL)
		}
	}
	checkRequests(t, tab.TakeLog(), srv.URL+"/")
}

// TestOffline opens every checked page through file://, as from a USB
// stick, and expects every request to stay on file:// and succeed, with
// the stylesheet among them.
func TestOffline(t *testing.T) {
	s := sampleSite(t)
	sharedBrowser(t)
	tab := newTab(t)

	for _, p := range pages {
		t.Run(p.Path, func(t *testing.T) {
			u := fileURL(s.Out, p.Path)
			if err := tab.Navigate(u); err != nil {
				t.Fatalf("failed to open %s: %v", u, err)
			}
			log := tab.TakeLog()
			checkRequests(t, log, "file://")
			css := 0
			for _, r := range log.Requests {
				if strings.HasSuffix(r, ".css") {
					css++
				}
			}
			if css == 0 {
				t.Errorf("%s loaded no stylesheet; requests: %v", u, log.Requests)
			}
			checkStorage(t, tab)
		})
	}
}
