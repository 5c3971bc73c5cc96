package budget

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/panduan/panduan/internal/sitebuild"
)

const goodHead = `<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
<meta name="referrer" content="no-referrer">
<title>Page</title>`

// page returns an HTML page with head and body; an empty head is
// goodHead with the site's stylesheet and script.
func page(head, body string) string {
	if head == "" {
		head = goodHead + `<link rel="stylesheet" href="../css/site.css"><script src="../js/site.js" defer></script>`
	}
	return "<!doctype html><html lang=en><head>" + head + "</head><body>" + body + "</body></html>"
}

// writeSite writes files, keyed by slash-separated paths, into a new
// folder and returns it.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// noise returns n bytes of hexadecimal text that gzip cannot shrink
// below about half its size, from a fixed seed.
func noise(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		fmt.Fprintf(&b, "%016x", r.Uint64())
	}
	return b.String()[:n]
}

func check(t *testing.T, files map[string]string) *Report {
	t.Helper()
	r, err := Check(writeSite(t, files))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// wantProblems fails unless the report has exactly one problem of each
// rule in want, each for the given path.
func wantProblems(t *testing.T, r *Report, want ...Problem) {
	t.Helper()
	if len(r.Problems) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(r.Problems), len(want), problemList(r))
	}
	for i, w := range want {
		got := r.Problems[i]
		if got.Path != w.Path || got.Rule != w.Rule {
			t.Errorf("problem %d is %s, want rule %q on %s", i, got, w.Rule, w.Path)
		}
	}
}

func problemList(r *Report) string {
	var lines []string
	for _, p := range r.Problems {
		lines = append(lines, "  "+p.String())
	}
	return strings.Join(lines, "\n")
}

func TestCheckMeasuresPageWithStylesheet(t *testing.T) {
	html := page("", "<h1>Hello</h1>")
	css := "body { margin: 0; color: #1b1b1b; }\n"
	js := "document.documentElement.className = 'js';\n"
	r := check(t, map[string]string{
		"en/index.html": html,
		"css/site.css":  css,
		"js/site.js":    js,
	})
	wantProblems(t, r)
	if len(r.Pages) != 1 {
		t.Fatalf("got %d pages, want 1", len(r.Pages))
	}
	p := r.Pages[0]
	if p.Path != "en/index.html" {
		t.Errorf("page path is %q, want en/index.html", p.Path)
	}
	if p.HTML != GzipSize([]byte(html)) {
		t.Errorf("HTML size is %d, want %d", p.HTML, GzipSize([]byte(html)))
	}
	if p.CSS != GzipSize([]byte(css)) {
		t.Errorf("CSS size is %d, want %d", p.CSS, GzipSize([]byte(css)))
	}
	if r.ScriptTotal != GzipSize([]byte(js)) {
		t.Errorf("script total is %d, want %d", r.ScriptTotal, GzipSize([]byte(js)))
	}
}

func TestGzipSizeIsLevel9(t *testing.T) {
	data := []byte(strings.Repeat("panduan ", 1000) + noise(2000))
	if got := GzipSize(data); got >= len(data)/2 {
		t.Errorf("GzipSize = %d of %d bytes: not compressed", got, len(data))
	}
}

func TestPageOverLimit(t *testing.T) {
	r := check(t, map[string]string{
		"en/big.html":   page(goodHead, "<p>"+noise(30_000)+"</p>"),
		"en/small.html": page(goodHead, "<p>small</p>"),
	})
	wantProblems(t, r, Problem{Path: "en/big.html", Rule: RulePageSize})
}

func TestStylesheetCountsTowardsPage(t *testing.T) {
	// The page alone fits; with its stylesheet it does not.
	head := goodHead + `<link rel="stylesheet" href="../css/big.css">`
	r := check(t, map[string]string{
		"en/index.html": page(head, "<p>"+noise(16_000)+"</p>"),
		"css/big.css":   "/* " + noise(16_000) + " */",
	})
	if r.Pages[0].HTML > PageLimit {
		t.Fatalf("test page alone is %d bytes, over the limit", r.Pages[0].HTML)
	}
	wantProblems(t, r, Problem{Path: "en/index.html", Rule: RulePageSize})
}

func TestPrintPageLimit(t *testing.T) {
	r := check(t, map[string]string{
		"en/directory/print/index.html": page(goodHead, "<p>"+noise(60_000)+"</p>"),
		"en/print/huge.html":            page(goodHead, "<p>"+noise(250_000)+"</p>"),
		"en/printer.html":               page(goodHead, "<p>"+noise(60_000)+"</p>"),
	})
	wantProblems(t, r,
		Problem{Path: "en/print/huge.html", Rule: RulePageSize},
		Problem{Path: "en/printer.html", Rule: RulePageSize},
	)
	for _, p := range r.Pages {
		wantPrint := strings.Contains(p.Path, "/print/")
		if p.Print != wantPrint {
			t.Errorf("%s: Print is %v, want %v", p.Path, p.Print, wantPrint)
		}
	}
}

func TestScriptLimit(t *testing.T) {
	files := map[string]string{
		"index.html":         page(goodHead, ""),
		"js/a.js":            "// " + noise(4_000),
		"js/b.js":            "// " + noise(4_000),
		"search/index.js":    "// " + noise(40_000),
		"en/search/ui.js":    "// " + noise(40_000),
		"js/research/ok.js":  "// small",
		"js/quick-exit.js":   "void 0;",
		"assets/data.json":   noise(50_000),
		"en/search/x.min.js": "// " + noise(40_000),
	}
	r := check(t, files)
	wantProblems(t, r, Problem{Path: "(all scripts)", Rule: RuleScriptSize})

	want := 0
	for _, s := range r.Scripts {
		exempt := strings.Contains("/"+s.Path, "/search/")
		if s.Exempt != exempt {
			t.Errorf("%s: Exempt is %v, want %v", s.Path, s.Exempt, exempt)
		}
		if !exempt {
			want += s.Size
		}
	}
	if r.ScriptTotal != want {
		t.Errorf("ScriptTotal is %d, want %d", r.ScriptTotal, want)
	}

	delete(files, "js/a.js")
	delete(files, "js/b.js")
	wantProblems(t, check(t, files))
}

func TestHeadRules(t *testing.T) {
	referrer := `<meta name="referrer" content="no-referrer">`
	csp := func(policy string) string {
		return `<meta http-equiv="Content-Security-Policy" content="` + policy + `">`
	}
	tests := []struct {
		name string
		head string
		body string
		rule string
	}{
		{"good", csp("default-src 'self'") + referrer, "", ""},
		{"good with more directives", csp("default-src 'self'; img-src 'self'; object-src 'none'") + referrer, "", ""},
		{"http-equiv in other case", `<meta http-equiv="content-security-policy" content="default-src 'self'">` + referrer, "", ""},
		{"no policy", referrer, "", RuleCSP},
		{"policy only in body", referrer, csp("default-src 'self'"), RuleCSP},
		{"two policies", csp("default-src 'self'") + csp("default-src 'self'") + referrer, "", RuleCSP},
		{"default-src none", csp("default-src 'none'") + referrer, "", RuleCSP},
		{"default-src with another host", csp("default-src 'self' https://cdn.example.org") + referrer, "", RuleCSP},
		{"no default-src", csp("script-src 'self'") + referrer, "", RuleCSP},
		{"unsafe-inline styles", csp("default-src 'self'; style-src 'self' 'unsafe-inline'") + referrer, "", RuleCSP},
		{"unsafe-inline in capitals", csp("default-src 'self'; script-src 'UNSAFE-INLINE'") + referrer, "", RuleCSP},
		{"no referrer policy", csp("default-src 'self'"), "", RuleReferrer},
		{"weaker referrer policy", csp("default-src 'self'") + `<meta name="referrer" content="origin">`, "", RuleReferrer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := check(t, map[string]string{"index.html": page(tt.head, tt.body)})
			if tt.rule == "" {
				wantProblems(t, r)
				return
			}
			wantProblems(t, r, Problem{Path: "index.html", Rule: tt.rule})
		})
	}
}

func TestOtherOrigins(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		css     string
		foreign bool
	}{
		{"script", `<script src="https://cdn.example.org/x.js"></script>`, "", true},
		{"protocol-relative image", `<img src="//img.example.org/x.png" alt="">`, "", true},
		{"srcset", `<img src="a.png" srcset="a.png 1x, https://img.example.org/a2.png 2x" alt="">`, "", true},
		{"icon", `<link rel="icon" href="http://example.org/favicon.ico">`, "", true},
		{"preconnect", `<link rel="preconnect" href="https://fonts.example.org">`, "", true},
		{"stylesheet", `<link rel="stylesheet" href="https://cdn.example.org/x.css">`, "", true},
		{"iframe", `<iframe src="https://maps.example.org/embed" title="Map"></iframe>`, "", true},
		{"style attribute", `<div style="background: url('https://img.example.org/bg.png')"></div>`, "", true},
		{"style element import", `<style>@import "https://fonts.example.org/a.css";</style>`, "", true},
		{"css file font", "", `@font-face { font-family: X; src: url(https://fonts.example.org/x.woff2); }`, true},
		{"css file import", "", `@import 'https://fonts.example.org/a.css';`, true},
		{"relative image", `<img src="../img/a.png" alt="">`, "", false},
		{"data image", `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">`, "", false},
		{"link to another site", `<a href="https://help.example.org/">Help</a>`, "", false},
		{"alternate language", `<link rel="alternate" hreflang="id" href="https://panduan.example.org/id/">`, "", false},
		{"relative css url", "", `.x { background: url("../img/a.png"); }`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			css := tt.css
			if css == "" {
				css = "body { margin: 0; }"
			}
			r := check(t, map[string]string{
				"en/index.html": page("", tt.body),
				"css/site.css":  css,
				"js/site.js":    "void 0;",
			})
			if !tt.foreign {
				wantProblems(t, r)
				return
			}
			path := "en/index.html"
			if tt.css != "" {
				path = "css/site.css"
			}
			wantProblems(t, r, Problem{Path: path, Rule: RuleOrigin})
		})
	}
}

func TestMissingStylesheet(t *testing.T) {
	r := check(t, map[string]string{"en/index.html": page("", "")})
	wantProblems(t, r, Problem{Path: "en/index.html", Rule: RuleMissingFile})
}

func TestCheckRejectsFolderWithoutPages(t *testing.T) {
	if _, err := Check(writeSite(t, map[string]string{"css/site.css": ""})); err == nil {
		t.Error("Check of a folder without HTML returned no error")
	}
}

func TestLargestAndSummary(t *testing.T) {
	r := &Report{Pages: []Page{
		{Path: "a.html", HTML: 10, CSS: 5, Limit: PageLimit},
		{Path: "b.html", HTML: 30, CSS: 5, Limit: PageLimit},
		{Path: "c.html", HTML: 20, CSS: 5, Limit: PageLimit},
	}}
	got := r.Largest(2)
	if len(got) != 2 || got[0].Path != "b.html" || got[1].Path != "c.html" {
		t.Errorf("Largest(2) = %v, want b.html then c.html", got)
	}
	var buf bytes.Buffer
	if err := r.WriteSummary(&buf, 5); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"3 pages", "35", "b.html", "budget: no problems"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, buf.String())
		}
	}
}

// TestSampleBudget builds the bundled sample site and checks it. Run it
// with -v to see the five largest pages.
func TestSampleBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the sample site; skipped with -short")
	}
	repo, err := sitebuild.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	bin, err := sitebuild.BuildBinary(repo, tmp)
	if err != nil {
		t.Fatal(err)
	}
	site, err := sitebuild.BuildSample(bin, repo, tmp, nil)
	if err != nil {
		t.Fatal(err)
	}

	r, err := Check(site.Out)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.WriteSummary(&buf, 5); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + buf.String())
	for _, p := range r.Problems {
		t.Error(p)
	}
	if len(r.Pages) < 100 {
		t.Errorf("the sample has %d pages; expected hundreds, is the build complete?", len(r.Pages))
	}
}
