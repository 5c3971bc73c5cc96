package browsertest

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/panduan/panduan/internal/sitebuild"
)

// walkTimeout is how long the bundle walk waits for a page to load
// after a click.
const walkTimeout = 30 * time.Second

// buildBundle compiles panduan, runs `panduan bundle` on a copy of the
// repository's site inputs and unzips the zip into a temporary folder,
// which it returns. The copy includes config/, which holds the bundle's
// settings.
func buildBundle(t *testing.T) string {
	t.Helper()
	repo, err := sitebuild.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	bin, err := sitebuild.BuildBinary(repo, tmp)
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(tmp, "src")
	if err := sitebuild.CopyInputs(repo, src); err != nil {
		t.Fatal(err)
	}

	zipPath := filepath.Join(tmp, "site.zip")
	out, err := exec.Command(bin, "bundle", "--source", src, "--out", zipPath).CombinedOutput()
	if err != nil {
		t.Fatalf("panduan bundle failed: %v\n%s", err, out)
	}
	dir := filepath.Join(tmp, "unzipped")
	if err := sitebuild.Unzip(zipPath, dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// firstFolder returns the first subfolder of dir in lexical order that
// is not named skip.
func firstFolder(t *testing.T, dir, skip string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && e.Name() != skip {
			return e.Name()
		}
	}
	t.Fatalf("no folder in %s", dir)
	return ""
}

// firstServicePage returns the first page of a service in an area
// folder: an .html file other than index.html.
func firstServicePage(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".html") && e.Name() != "index.html" {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		t.Fatalf("no service page in %s", dir)
	}
	sort.Strings(names)
	return names[0]
}

// walkStep is one click of the walk: the link that selector finds on
// the current page must lead to target, a path relative to the bundle.
type walkStep struct {
	name     string
	selector string
	target   string
}

// follow clicks the first link that step.selector finds on the tab's
// page, waits until the page it names has loaded, and checks its
// requests. base is the bundle folder.
func follow(t *testing.T, tab *Tab, base string, step walkStep) {
	t.Helper()
	want := fileURL(base, step.target)
	sel, err := json.Marshal(step.selector)
	if err != nil {
		t.Fatal(err)
	}
	href, err := Eval[string](tab, fmt.Sprintf(`(() => { const a = document.querySelector(%s); return a ? a.href : ""; })()`, sel))
	if err != nil {
		t.Fatalf("%s: failed to read the link: %v", step.name, err)
	}
	if href == "" {
		t.Fatalf("%s: no link %s on the page", step.name, step.selector)
	}
	if href != want {
		t.Fatalf("%s: link %s leads to %s, want %s", step.name, step.selector, href, want)
	}
	// The click runs after the script returns, so that the navigation
	// does not end the script's execution context first.
	if _, err := Eval[bool](tab, fmt.Sprintf(`(setTimeout(() => document.querySelector(%s).click(), 0), true)`, sel)); err != nil {
		t.Fatalf("%s: failed to click %s: %v", step.name, step.selector, err)
	}
	if err := tab.WaitLocation(want, walkTimeout); err != nil {
		t.Fatalf("%s: %v", step.name, err)
	}
	checkWalkRequests(t, step.name, tab.TakeLog())
}

// checkWalkRequests checks that a page loaded its stylesheet and made no
// request outside file:// and no request that failed.
func checkWalkRequests(t *testing.T, page string, log Log) {
	t.Helper()
	styles := 0
	for _, u := range log.Requests {
		if strings.HasSuffix(u, ".css") {
			styles++
		}
	}
	if styles == 0 {
		t.Errorf("%s: no stylesheet request in %v", page, log.Requests)
	}
	t.Run(page, func(t *testing.T) {
		checkRequests(t, log, "file://")
	})
}

// serviceID returns the data-service-id of the service on the tab's page.
func serviceID(t *testing.T, tab *Tab) string {
	t.Helper()
	id, err := Eval[string](tab, `(() => { const a = document.querySelector("article[data-service-id]"); return a ? a.dataset.serviceId : ""; })()`)
	if err != nil {
		t.Fatalf("failed to read the service ID: %v", err)
	}
	return id
}

// TestBundleWalk unzips the bundle and follows a reader through it on
// file://: from the language chooser to an Indonesian service page, then
// to the Thai version of that page, and to the search page when the
// site has one.
func TestBundleWalk(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the bundle and drives Chromium; skipped with -short")
	}
	// Before the build, so that a missing Chromium fails or skips at once.
	sharedBrowser(t)
	dir := buildBundle(t)

	const from, to = "id", "th"
	country := firstFolder(t, filepath.Join(dir, from, "directory"), "types")
	area := firstFolder(t, filepath.Join(dir, from, "directory", country), "")
	service := firstServicePage(t, filepath.Join(dir, from, "directory", country, area))
	servicePath := func(lang string) string {
		return strings.Join([]string{lang, "directory", country, area, service}, "/")
	}

	tab := newTab(t)
	start := fileURL(dir, "index.html")
	if err := tab.Navigate(start); err != nil {
		t.Fatalf("failed to load %s: %v", start, err)
	}
	checkWalkRequests(t, "language chooser", tab.TakeLog())

	steps := []walkStep{
		{"language chooser to home", `.chooser-list a[hreflang="` + from + `"]`, from + "/index.html"},
		{"home to directory", `.site-nav a[href$="directory/index.html"]`, from + "/directory/index.html"},
		{"directory to country", `main a[href$="` + country + `/index.html"]`, from + "/directory/" + country + "/index.html"},
		{"country to area", `main a[href$="` + area + `/index.html"]`, from + "/directory/" + country + "/" + area + "/index.html"},
		{"area to service", `main a.card-title[href$="/` + service + `"]`, servicePath(from)},
	}
	for _, step := range steps {
		follow(t, tab, dir, step)
	}
	id := serviceID(t, tab)
	if id == "" {
		t.Fatalf("%s has no article[data-service-id]", servicePath(from))
	}

	follow(t, tab, dir, walkStep{"language switch", `.lang-switch a[hreflang="` + to + `"]`, servicePath(to)})
	if got := serviceID(t, tab); got != id {
		t.Errorf("the language switch led to service %q, want %q", got, id)
	}

	search := to + "/search.html"
	if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(search))); err != nil {
		t.Logf("no %s in the bundle, so the walk ends at the service page", search)
		return
	}
	follow(t, tab, dir, walkStep{"service to search", `header a[href$="search.html"]`, search})
}
