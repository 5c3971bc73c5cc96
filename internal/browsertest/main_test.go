package browsertest

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/panduan/panduan/internal/sitebuild"
)

// The sample site that every test checks, built once by TestMain.
var (
	repoRoot string
	// site is the built sample; siteErr is why it is nil.
	site    *sitebuild.Site
	siteErr error
	// pages are one page of each kind in each language of site.
	pages []Page
	// exitServer is a second loopback server in place of the ordinary
	// site that the quick exit leads to. exitURL is its page.
	exitServer *httptest.Server
	exitURL    string
)

// exitPage is what the quick exit leads to in the tests.
const exitPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head><body><h1>Weather</h1><p>Sunny.</p></body></html>`

func TestMain(m *testing.M) {
	flag.Parse()
	code := run(m)
	closeBrowser()
	os.Exit(code)
}

func run(m *testing.M) int {
	exitServer = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, exitPage)
	}))
	defer exitServer.Close()
	exitURL = exitServer.URL + "/weather.html"

	if testing.Short() {
		siteErr = fmt.Errorf("the sample site is not built with -short")
		return m.Run()
	}

	tmp, err := os.MkdirTemp("", "panduan-browsertest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	site, pages, siteErr = buildSample(tmp)
	return m.Run()
}

// buildSample compiles panduan and builds the sample with the quick exit
// pointed at exitURL.
func buildSample(tmp string) (*sitebuild.Site, []Page, error) {
	var err error
	repoRoot, err = sitebuild.RepoRoot()
	if err != nil {
		return nil, nil, err
	}
	bin, err := sitebuild.BuildBinary(repoRoot, tmp)
	if err != nil {
		return nil, nil, err
	}
	s, err := sitebuild.BuildSample(bin, repoRoot, tmp, func(src string) error {
		return sitebuild.SetQuickExitURL(src, exitURL)
	})
	if err != nil {
		return nil, nil, err
	}
	p, err := Pages(s.Source, s.Out)
	if err != nil {
		return nil, nil, err
	}
	return s, p, nil
}

// sampleSite returns the built sample, or fails the test with the
// reason it could not be built.
func sampleSite(t *testing.T) *sitebuild.Site {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the sample site and drives Chromium; skipped with -short")
	}
	if siteErr != nil {
		t.Fatalf("the sample site was not built: %v", siteErr)
	}
	return site
}

// The one browser that the tests share, started on first use.
var (
	browserOnce sync.Once
	sharedB     *Browser
	browserErr  error
	chromium    string
)

// sharedBrowser returns the shared browser. Without Chromium or
// axe-core the test fails when the environment variable CI is set, and
// is skipped otherwise.
func sharedBrowser(t *testing.T) *Browser {
	t.Helper()
	var missing error
	chromium, missing = FindChromium()
	if missing == nil {
		if _, err := os.Stat(filepath.Join(repoRootOrDot(), filepath.FromSlash(AxePath))); err != nil {
			missing = fmt.Errorf("axe-core is missing: run `npm ci` in the repository root")
		}
	}
	if missing != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%v (CI is set, so this is a failure)", missing)
		}
		t.Skipf("%v; skipped because CI is not set", missing)
	}
	browserOnce.Do(func() {
		// Not the test's context, which ends with the first test.
		sharedB, browserErr = Launch(context.Background(), chromium)
	})
	if browserErr != nil {
		t.Fatal(browserErr)
	}
	return sharedB
}

func closeBrowser() {
	if sharedB != nil {
		sharedB.Close()
	}
}

func repoRootOrDot() string {
	if repoRoot != "" {
		return repoRoot
	}
	if r, err := sitebuild.RepoRoot(); err == nil {
		return r
	}
	return "."
}

// newTab opens a tab in the shared browser and closes it when the test
// ends.
func newTab(t *testing.T) *Tab {
	t.Helper()
	tab, err := sharedBrowser(t).NewTab()
	if err != nil {
		t.Fatalf("failed to open a tab: %v", err)
	}
	t.Cleanup(tab.Close)
	// A hung browser fails this test instead of the whole run.
	ctx, cancel := context.WithTimeout(tab.Ctx, 2*time.Minute)
	t.Cleanup(cancel)
	tab.Ctx = ctx
	return tab
}

// serveSite serves dir on a loopback port until the test ends.
func serveSite(t *testing.T, dir string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(FileServer(dir))
	t.Cleanup(srv.Close)
	return srv
}

// fileURL returns the file:// URL of a page of the built site.
func fileURL(dir, page string) string {
	p := filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(page)))
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return "file://" + p
}

// checkRequests fails the test for every request in log that does not
// start with one of the prefixes, and for every failed request and
// console error.
func checkRequests(t *testing.T, log Log, prefixes ...string) {
	t.Helper()
	for _, u := range log.Requests {
		ok := false
		for _, p := range prefixes {
			if strings.HasPrefix(u, p) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("request to another origin: %s (allowed: %s)", u, strings.Join(prefixes, ", "))
		}
	}
	for _, f := range log.Failed {
		t.Errorf("failed request: %s", f)
	}
	for _, c := range log.Console {
		t.Errorf("console: %s", c)
	}
}
