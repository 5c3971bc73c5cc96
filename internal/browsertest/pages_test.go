package browsertest

import (
	"fmt"
	"strings"
	"testing"
)

// The viewport widths of the checks, in CSS pixels: a cheap phone, a
// desktop, and WCAG 2.2's 1.4.10 Reflow width.
const (
	phoneWidth   = 360
	desktopWidth = 1280
	reflowWidth  = 320
)

// TestPages loads one page of every kind in every language over HTTP.
// It checks each with axe-core and for target sizes at two widths, for
// reflow at 320 px with text at 200%, and for the skip link, focus
// styles, the quick-exit link, storage and the network log.
func TestPages(t *testing.T) {
	s := sampleSite(t)
	sharedBrowser(t)
	axe, err := LoadAxe(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	srv := serveSite(t, s.Out)

	for _, p := range pages {
		t.Run(p.Path, func(t *testing.T) {
			t.Parallel()
			checkPage(t, axe, srv.URL+"/"+p.Path, srv.URL+"/")
		})
	}
}

// checkPage first checks the page as loaded, because a key press can
// scroll it under the sticky quick-exit bar. The keyboard checks come
// next and reload the page. The storage and network checks come last, so
// that they cover everything the page did.
func checkPage(t *testing.T, axe *Axe, url, origin string) {
	tab := newTab(t)
	setViewport(t, tab, desktopWidth)
	if err := tab.Navigate(url); err != nil {
		t.Fatalf("failed to load %s: %v", url, err)
	}

	for _, width := range []int64{desktopWidth, phoneWidth} {
		setViewport(t, tab, width)
		t.Run(fmt.Sprintf("axe %dpx", width), func(t *testing.T) {
			checkAxe(t, tab, axe)
		})
		t.Run(fmt.Sprintf("target size %dpx", width), func(t *testing.T) {
			checkTargetSize(t, tab)
		})
	}

	setViewport(t, tab, reflowWidth)
	t.Run(fmt.Sprintf("reflow %dpx text 200%%", reflowWidth), func(t *testing.T) {
		r, err := Reflow(tab)
		if err != nil {
			t.Fatal(err)
		}
		if r.ScrollWidth > r.ClientWidth {
			t.Errorf("page scrolls sideways: scrollWidth %d > clientWidth %d; overflowing elements:\n  %s",
				r.ScrollWidth, r.ClientWidth, strings.Join(r.Overflowing, "\n  "))
		}
	})

	t.Run("quick exit link", func(t *testing.T) {
		checkQuickExitLink(t, tab)
	})

	for _, width := range []int64{phoneWidth, desktopWidth} {
		setViewport(t, tab, width)
		t.Run(fmt.Sprintf("skip link %dpx", width), func(t *testing.T) {
			checkSkipLink(t, tab, url)
		})
	}
	t.Run(fmt.Sprintf("focus style %dpx", desktopWidth), func(t *testing.T) {
		checkFocusStyle(t, tab, url)
	})

	t.Run("storage", func(t *testing.T) {
		checkStorage(t, tab)
	})
	t.Run("network", func(t *testing.T) {
		checkRequests(t, tab.TakeLog(), origin)
	})
}

func setViewport(t *testing.T, tab *Tab, width int64) {
	t.Helper()
	if err := tab.SetViewport(width); err != nil {
		t.Fatalf("failed to set the viewport to %d px: %v", width, err)
	}
}

func checkAxe(t *testing.T, tab *Tab, axe *Axe) {
	t.Helper()
	res, err := axe.Run(tab, WCAGTags)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Violations {
		t.Errorf("axe-core %s violation: %s", res.TestEngine.Version, r.Format())
	}
	for _, r := range res.Incomplete {
		t.Logf("axe-core %s needs review: %s", res.TestEngine.Version, r.Format())
	}
}

func checkTargetSize(t *testing.T, tab *Tab) {
	t.Helper()
	small, err := SmallTargets(tab)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range small {
		t.Errorf("target smaller than %d×%d px without spacing (WCAG 2.5.8): %s", MinTargetSize, MinTargetSize, s)
	}
}

// checkSkipLink reloads the page, presses Tab and expects a visible link
// to the main landmark, then presses Enter and expects the focus in main.
func checkSkipLink(t *testing.T, tab *Tab, url string) {
	t.Helper()
	if err := tab.Navigate(url); err != nil {
		t.Fatal(err)
	}
	if err := tab.PressKey(KeyTab); err != nil {
		t.Fatal(err)
	}
	f, err := Focus(tab)
	if err != nil {
		t.Fatal(err)
	}
	if f.Index != 0 {
		t.Fatalf("the first Tab focused %q (focusable element %d), want the first focusable element, a skip link", f.Description, f.Index)
	}
	if f.Tag != "a" || f.HrefTarget != "main" {
		t.Fatalf("the first focusable element %q (href %q) is not a skip link to the main landmark: its target is %q", f.Description, f.Href, f.HrefTarget)
	}
	if !f.InViewport {
		t.Errorf("the skip link %q is not inside the viewport while it has the focus", f.Description)
	}
	if !f.HasFocusIndicator() {
		t.Errorf("the skip link %q has no outline or box shadow while it has the focus", f.Description)
	}
	if f.Obscured {
		t.Errorf("the skip link %q is covered by other content while it has the focus (WCAG 2.4.11)", f.Description)
	}

	if err := tab.PressKey(KeyEnter); err != nil {
		t.Fatal(err)
	}
	after, err := Focus(tab)
	if err != nil {
		t.Fatal(err)
	}
	if !after.InMain {
		t.Errorf("after Enter on the skip link the focus is on %q, not on or in main", after.Description)
	}
	if after.Hash != f.Href {
		t.Errorf("after Enter on the skip link the URL fragment is %q, want %q", after.Hash, f.Href)
	}
}

// checkFocusStyle reloads the page and presses Tab through every
// focusable element. Each must match :focus-visible and draw an outline
// or box shadow that it does not have without the focus.
func checkFocusStyle(t *testing.T, tab *Tab, url string) {
	t.Helper()
	if err := tab.Navigate(url); err != nil {
		t.Fatal(err)
	}
	count, err := FocusableCount(tab)
	if err != nil {
		t.Fatal(err)
	}
	focused := map[int]*FocusState{}
	for range count + 1 {
		if err := tab.PressKey(KeyTab); err != nil {
			t.Fatal(err)
		}
		f, err := Focus(tab)
		if err != nil {
			t.Fatal(err)
		}
		if f.Index < 0 || focused[f.Index] != nil {
			break // past the last element
		}
		focused[f.Index] = f
		if !f.FocusVisible {
			t.Errorf("%q has the keyboard focus but does not match :focus-visible", f.Description)
		}
		if !f.HasFocusIndicator() {
			t.Errorf("%q has no outline or box shadow while it has the keyboard focus", f.Description)
		}
		if f.Obscured {
			t.Errorf("%q is covered by other content while it has the keyboard focus (WCAG 2.4.11)", f.Description)
		}
	}
	if len(focused) == 0 {
		t.Fatal("Tab focused no element")
	}

	unfocused, err := UnfocusedStyles(tab)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range focused {
		if i >= len(unfocused) {
			continue
		}
		if u := unfocused[i]; u[0] == f.Outline && u[1] == f.BoxShadow {
			t.Errorf("%q looks the same with and without the focus (outline %s, box shadow %s)", f.Description, f.Outline, f.BoxShadow)
		}
	}
}

func checkQuickExitLink(t *testing.T, tab *Tab) {
	t.Helper()
	q, err := QuickExit(tab)
	if err != nil {
		t.Fatal(err)
	}
	if q.Count != 1 {
		t.Fatalf("page has %d elements with data-quick-exit, want 1", q.Count)
	}
	if q.Tag != "a" {
		t.Errorf("the quick exit is a <%s>, want a plain link <a> that works without JavaScript", q.Tag)
	}
	if q.Href != exitURL {
		t.Errorf("the quick exit link's href is %q, want the configured quickExitURL %q", q.Href, exitURL)
	}
	if q.Target != "" {
		t.Errorf("the quick exit link has target=%q, which would leave this page open", q.Target)
	}
	if q.OnClick {
		t.Error("the quick exit link has an inline onclick, which the Content-Security-Policy blocks")
	}
}

func checkStorage(t *testing.T, tab *Tab) {
	t.Helper()
	s, err := PageStorage(tab)
	if err != nil {
		t.Fatal(err)
	}
	if s.Cookie != "" {
		t.Errorf("page set cookies: %q", s.Cookie)
	}
	if s.LocalStorage != 0 {
		t.Errorf("localStorage has %d items, want none", s.LocalStorage)
	}
	if s.SessionStorage != 0 {
		t.Errorf("sessionStorage has %d items, want none", s.SessionStorage)
	}
	if s.ServiceWorkers != 0 {
		t.Errorf("%d service workers are registered, want none", s.ServiceWorkers)
	}
}
