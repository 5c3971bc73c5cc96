package browsertest

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/panduan/panduan/internal/config"
	"github.com/panduan/panduan/internal/search"
)

// searchCase is one query on one language's search page.
type searchCase struct {
	lang, query string
	// want is the ID of a service that the results must link to, or
	// empty for a query that must find nothing.
	want string
	// firstTitle, when set, must occur in the first result's title.
	firstTitle string
}

var searchCases = []searchCase{
	// "ผ้าทอมือ" (hand-woven cloth) occurs only in the Thai description
	// of TH-005, written without spaces between the words.
	{lang: "th", query: "ผ้าทอมือ", want: "TH-005"},
	// "Nhà Tạm lánh Đồng Hành" typed without diacritics and with d for đ.
	{lang: "vi", query: "dong hanh", want: "VN-001", firstTitle: "Đồng Hành"},
	{lang: "id", query: "rumah aman", want: "ID-001"},
	// Indonesian matches whole words: "ruma" is only the start of "rumah".
	{lang: "id", query: "ruma"},
}

// searchStartArea is the area whose service pages, three folders below
// the language's folder, the tests start from.
const searchStartArea = "TH-10"

// searchTimeout is how long a test waits for a page or for results.
const searchTimeout = 10 * time.Second

// searchState is what the search page shows.
type searchState struct {
	Status         string         `json:"status"`
	FormHidden     bool           `json:"formHidden"`
	NoScriptHidden bool           `json:"noScriptHidden"`
	CountNone      string         `json:"countNone"`
	CountOne       string         `json:"countOne"`
	CountOther     string         `json:"countOther"`
	Results        []searchResult `json:"results"`
}

type searchResult struct {
	// Href is the link as written; URL is it resolved by the browser.
	Href  string `json:"href"`
	URL   string `json:"url"`
	Title string `json:"title"`
}

const readSearchState = `(() => {
  const status = document.querySelector("[data-search-status]");
  return {
    status: status.textContent,
    formHidden: document.querySelector("[data-search-form]").hidden,
    noScriptHidden: document.querySelector("[data-search-no-script]").hidden,
    countNone: status.getAttribute("data-count-none"),
    countOne: status.getAttribute("data-count-one"),
    countOther: status.getAttribute("data-count-other"),
    results: Array.from(document.querySelectorAll("[data-search-results] li a"),
      (a) => ({href: a.getAttribute("href"), url: a.href, title: a.textContent})),
  };
})()`

// expectedStatus returns the message that the status line must show
// for n results.
func (s searchState) expectedStatus(n int) string {
	switch n {
	case 0:
		return s.CountNone
	case 1:
		return s.CountOne
	}
	return strings.ReplaceAll(s.CountOther, "{count}", fmt.Sprint(n))
}

// servicePages reads the site data that the build of the site root
// source wrote for lang. It returns the path of every published
// service's page, relative to the language's folder, by service ID, and
// the first of those paths in area.
func servicePages(t *testing.T, source, lang, area string) (map[string]string, string) {
	t.Helper()
	cfg, err := config.Load(source)
	if err != nil {
		t.Fatal(err)
	}
	dataPath := filepath.Join(cfg.Path(cfg.GeneratedDir), "data", "panduan", lang+".json")
	raw, err := os.ReadFile(dataPath)
	if err != nil {
		t.Fatal(err)
	}
	var data struct {
		Services []struct {
			ID          string `json:"id"`
			Slug        string `json:"slug"`
			CountrySlug string `json:"country_slug"`
			AreaSlug    string `json:"area_slug"`
			Area        struct {
				Code string `json:"code"`
			} `json:"area"`
		} `json:"services"`
	}
	if err := json.Unmarshal(raw, &data); err != nil {
		t.Fatalf("%s: %v", dataPath, err)
	}
	pages := map[string]string{}
	start := ""
	for _, sv := range data.Services {
		p := path.Join("directory", sv.CountrySlug, sv.AreaSlug, sv.Slug+".html")
		pages[sv.ID] = p
		if sv.Area.Code == area && (start == "" || p < start) {
			start = p
		}
	}
	if start == "" {
		t.Fatalf("%s: no service in area %s to start from", dataPath, area)
	}
	return pages, start
}

// searchOrigin is one way of opening the built site.
type searchOrigin struct {
	name string
	// url returns the URL of a file of the site, by its path.
	url func(rel string) string
	// prefix is what every request of the site starts with.
	prefix string
}

func searchOrigins(t *testing.T, out string) []searchOrigin {
	srv := serveSite(t, out)
	return []searchOrigin{
		{name: "file", url: func(rel string) string { return fileURL(out, rel) }, prefix: "file://"},
		{name: "http", url: func(rel string) string { return srv.URL + "/" + rel }, prefix: srv.URL + "/"},
	}
}

// TestSearch starts on a service page three folders below the
// language's folder, follows the header's search link, searches, checks
// the results and the announced count, and follows the expected
// result to its service page. It does so through file:// and over
// HTTP, and fails on any failed request or console error.
func TestSearch(t *testing.T) {
	s := sampleSite(t)
	sharedBrowser(t)

	for _, origin := range searchOrigins(t, s.Out) {
		for _, c := range searchCases {
			t.Run(fmt.Sprintf("%s/%s/%s", origin.name, c.lang, c.query), func(t *testing.T) {
				pages, start := servicePages(t, s.Source, c.lang, searchStartArea)
				tab := newTab(t)
				openSearchFrom(t, tab, origin, c.lang, start)
				state := runSearch(t, tab, c.query)

				if state.Status != state.expectedStatus(len(state.Results)) {
					t.Errorf("status line %q, want %q for %d results", state.Status, state.expectedStatus(len(state.Results)), len(state.Results))
				}
				if c.want == "" {
					for _, r := range state.Results {
						t.Errorf("unexpected result %q (%s)", r.Title, r.Href)
					}
				} else {
					checkSearchResult(t, tab, origin, state, c, pages[c.want])
				}
				checkRequests(t, tab.TakeLog(), origin.prefix)
			})
		}
	}
}

// openSearchFrom loads the service page start of lang and clicks the
// header's search link.
func openSearchFrom(t *testing.T, tab *Tab, origin searchOrigin, lang, start string) {
	t.Helper()
	from := origin.url(path.Join(lang, start))
	if err := tab.Navigate(from); err != nil {
		t.Fatalf("failed to load %s: %v", from, err)
	}
	if err := chromedp.Do(tab.Ctx, chromedp.Click(chromedp.CSS(`.site-header a[href$="search.html"]`))); err != nil {
		t.Fatalf("failed to click the search link on %s: %v", from, err)
	}
	want := origin.url(path.Join(lang, "search.html"))
	if err := tab.WaitLocation(want, searchTimeout); err != nil {
		t.Fatalf("search link on %s: %v", from, err)
	}
}

// runSearch types query into the search field as an input method
// commits text, presses Enter and returns the page once the status line
// shows a message.
func runSearch(t *testing.T, tab *Tab, query string) searchState {
	t.Helper()
	if err := chromedp.Do(tab.Ctx, chromedp.Focus(chromedp.CSS("#search-q"))); err != nil {
		t.Fatalf("failed to focus the search field: %v", err)
	}
	if _, err := Call(tab, input.InsertText, input.InsertTextParams{Text: query}); err != nil {
		t.Fatalf("failed to type %q: %v", query, err)
	}
	if err := tab.PressKey(KeyEnter); err != nil {
		t.Fatal(err)
	}

	deadline := time.Now().Add(searchTimeout)
	for {
		state, err := Eval[searchState](tab, readSearchState)
		if err != nil {
			t.Fatalf("failed to read the search page: %v", err)
		}
		if state.Status != "" {
			if state.FormHidden || !state.NoScriptHidden {
				t.Errorf("with JavaScript, the form is hidden (%v) or the no-script text is shown (%v)", state.FormHidden, !state.NoScriptHidden)
			}
			return state
		}
		if time.Now().After(deadline) {
			t.Fatalf("no status message %s after searching for %q; the page shows %+v", searchTimeout, query, state)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// checkSearchResult finds the result that links to the service page
// want (relative to the language's folder), checks that the link is
// relative, and follows it.
func checkSearchResult(t *testing.T, tab *Tab, origin searchOrigin, state searchState, c searchCase, want string) {
	t.Helper()
	if want == "" {
		t.Fatalf("service %s is not in the %s site data", c.want, c.lang)
	}
	target := origin.url(path.Join(c.lang, want))
	var found *searchResult
	for i, r := range state.Results {
		if r.URL == target {
			found = &state.Results[i]
		}
	}
	if found == nil {
		t.Fatalf("no result links to %s (%s); results: %+v", c.want, target, state.Results)
	}
	if c.firstTitle != "" && !strings.Contains(state.Results[0].Title, c.firstTitle) {
		t.Errorf("first result %q, want a title with %q", state.Results[0].Title, c.firstTitle)
	}
	if strings.Contains(found.Href, ":") || strings.HasPrefix(found.Href, "/") {
		t.Errorf("result link %q is not relative to the page", found.Href)
	}

	sel := fmt.Sprintf(`[data-search-results] a[href=%q]`, found.Href)
	if err := chromedp.Do(tab.Ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
		t.Fatalf("failed to click the result %q: %v", found.Title, err)
	}
	if err := tab.WaitLocation(target, searchTimeout); err != nil {
		t.Fatalf("result %q: %v", found.Title, err)
	}
	id, err := Eval[string](tab, `document.querySelector("article[data-service-id]").getAttribute("data-service-id")`)
	if err != nil || id != c.want {
		t.Errorf("the result leads to the page of service %q (%v), want %s", id, err, c.want)
	}
}

// TestSearchWithoutJavaScript opens each language's search page through
// file:// with the page's JavaScript off and expects the no-script text,
// a hidden form and the links to browse the directory.
func TestSearchWithoutJavaScript(t *testing.T) {
	s := sampleSite(t)
	sharedBrowser(t)
	tab := newTab(t)
	if err := tab.SetScriptsDisabled(true); err != nil {
		t.Fatal(err)
	}

	for _, lang := range searchLanguages(t, s.Source) {
		t.Run(lang, func(t *testing.T) {
			u := fileURL(s.Out, path.Join(lang, "search.html"))
			if err := tab.Navigate(u); err != nil {
				t.Fatalf("failed to open %s: %v", u, err)
			}
			state, err := Eval[struct {
				FormVisible     bool     `json:"formVisible"`
				NoScriptVisible bool     `json:"noScriptVisible"`
				Browse          []string `json:"browse"`
			}](tab, `({
  formVisible: document.querySelector("[data-search-form]").getClientRects().length > 0,
  noScriptVisible: document.querySelector("[data-search-no-script]").getClientRects().length > 0,
  browse: Array.from(document.querySelectorAll("main ul.link-list a"), (a) => a.href),
})`)
			if err != nil {
				t.Fatal(err)
			}
			if state.FormVisible {
				t.Errorf("the search form is visible without JavaScript, where it cannot work")
			}
			if !state.NoScriptVisible {
				t.Errorf("the text that search needs JavaScript is not visible")
			}
			want := []string{
				fileURL(s.Out, path.Join(lang, "directory", "index.html")),
				fileURL(s.Out, path.Join(lang, "directory", "types", "index.html")),
			}
			if strings.Join(state.Browse, " ") != strings.Join(want, " ") {
				t.Errorf("browse links %v, want %v", state.Browse, want)
			}
			checkRequests(t, tab.TakeLog(), "file://")
		})
	}
}

// TestSearchPageAccessibility shows results on the English search page
// and checks the page with axe-core and for target sizes at a phone's
// and a desktop's width.
func TestSearchPageAccessibility(t *testing.T) {
	s := sampleSite(t)
	sharedBrowser(t)
	axe, err := LoadAxe(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	srv := serveSite(t, s.Out)
	tab := newTab(t)
	u := srv.URL + "/en/search.html"
	if err := tab.Navigate(u); err != nil {
		t.Fatalf("failed to load %s: %v", u, err)
	}
	state := runSearch(t, tab, "legal aid")
	if len(state.Results) == 0 {
		t.Fatalf("no results for %q to check", "legal aid")
	}
	for _, width := range []int64{phoneWidth, desktopWidth} {
		setViewport(t, tab, width)
		t.Run(fmt.Sprintf("axe %dpx", width), func(t *testing.T) {
			checkAxe(t, tab, axe)
		})
		t.Run(fmt.Sprintf("target size %dpx", width), func(t *testing.T) {
			checkTargetSize(t, tab)
		})
	}
	checkRequests(t, tab.TakeLog(), srv.URL+"/")
}

// TestSearchIndexLinksExist reads every language's search index from
// the built site and expects each entry's URL to be a page of that
// language, and the index to hold only published services.
func TestSearchIndexLinksExist(t *testing.T) {
	s := sampleSite(t)
	for _, lang := range searchLanguages(t, s.Source) {
		t.Run(lang, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(s.Out, lang, filepath.FromSlash(search.IndexFile)))
			if err != nil {
				t.Fatal(err)
			}
			_, value, ok := strings.Cut(string(raw), "window."+search.Variable+" = ")
			if !ok {
				t.Fatalf("the index does not set window.%s", search.Variable)
			}
			var idx search.Index
			if err := json.Unmarshal([]byte(strings.TrimSuffix(strings.TrimSpace(value), ";")), &idx); err != nil {
				t.Fatalf("the index's value is not JSON: %v", err)
			}

			pages, _ := servicePages(t, s.Source, lang, searchStartArea)
			published := map[string]bool{}
			for _, p := range pages {
				published[p] = true
			}
			services := 0
			for _, e := range idx.Entries {
				if _, err := os.Stat(filepath.Join(s.Out, lang, filepath.FromSlash(e.URL))); err != nil {
					t.Errorf("entry %q links to %s, which is not a page: %v", e.Title, e.URL, err)
				}
				if e.Kind == search.KindService {
					services++
					if !published[e.URL] {
						t.Errorf("entry %q (%s) is not a published service of the site data", e.Title, e.URL)
					}
				}
			}
			if services != len(pages) {
				t.Errorf("the index has %d services, the site data %d", services, len(pages))
			}
		})
	}
}

// searchLanguages returns the site's languages from its hugo.toml.
func searchLanguages(t *testing.T, source string) []string {
	t.Helper()
	cfg, err := config.Load(source)
	if err != nil {
		t.Fatal(err)
	}
	return cfg.Languages
}
