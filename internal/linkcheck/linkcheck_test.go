package linkcheck

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeTree writes files (slash-separated path → content) under a new
// temporary folder and returns the folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// page wraps body in a minimal HTML document whose body starts on line 2.
func page(body string) string {
	return "<!DOCTYPE html><html><head><title>t</title></head><body>\n" + body + "\n</body></html>\n"
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name         string
		files        map[string]string
		problems     []Problem
		rootAbsolute []Problem
		external     []Link
	}{
		{
			name: "valid relative links",
			files: map[string]string{
				"index.html":         page(`<a href="en/index.html">en</a> <a href="./en/about.html?x=1">about</a>`),
				"en/index.html":      page(`<a href="../index.html">up</a> <a href="about.html#team">team</a>`),
				"en/about.html":      page(`<h2 id="team">Team</h2> <a href="#team">self</a> <a href="#top">top</a> <a href="">here</a>`),
				"en/my file.html":    page(`x`),
				"en/with-space.html": page(`<a href="my%20file.html">space</a>`),
			},
		},
		{
			name: "missing target",
			files: map[string]string{
				"index.html": page(`<a href="missing.html">x</a>`),
			},
			problems: []Problem{{File: "index.html", Line: 2, Link: "missing.html", Reason: ReasonMissing}},
		},
		{
			name: "folder links",
			files: map[string]string{
				"index.html":    page("<a href=\"en/\">a</a>\n<a href=\"en\">b</a>\n<a href=\".\">c</a>"),
				"en/index.html": page(`x`),
			},
			problems: []Problem{
				{File: "index.html", Line: 2, Link: "en/", Reason: ReasonFolder},
				{File: "index.html", Line: 3, Link: "en", Reason: ReasonFolder},
				{File: "index.html", Line: 4, Link: ".", Reason: ReasonFolder},
			},
		},
		{
			name: "root-absolute links",
			files: map[string]string{
				"en/index.html": page(`<a href="/en/index.html">a</a> <img src="/logo.png" alt="">`),
				"logo.png":      "png",
			},
			rootAbsolute: []Problem{
				{File: "en/index.html", Line: 2, Link: "/en/index.html", Reason: ReasonRootAbsolute},
				{File: "en/index.html", Line: 2, Link: "/logo.png", Reason: ReasonRootAbsolute},
			},
		},
		{
			name: "broken fragments",
			files: map[string]string{
				"index.html": page("<a href=\"other.html#nope\">a</a>\n<a href=\"#nope\">b</a>\n<a href=\"other.html#named\">c</a>\n<a href=\"other.html#caf%C3%A9\">d</a>"),
				"other.html": page(`<a name="named"></a><p id="café">x</p>`),
			},
			problems: []Problem{
				{File: "index.html", Line: 2, Link: "other.html#nope", Reason: ReasonFragment},
				{File: "index.html", Line: 3, Link: "#nope", Reason: ReasonFragment},
			},
		},
		{
			name: "srcset candidates",
			files: map[string]string{
				"index.html": page(`<img src="a.png" srcset="a.png 1x, b.png 2x,c.png" alt="">` + "\n" +
					`<picture><source srcset="d.png 100w, a.png 200w"><img src="a.png" alt=""></picture>`),
				"a.png": "png",
				"b.png": "png",
			},
			problems: []Problem{
				{File: "index.html", Line: 2, Link: "c.png", Reason: ReasonMissing},
				{File: "index.html", Line: 3, Link: "d.png", Reason: ReasonMissing},
			},
		},
		{
			name: "css url references",
			files: map[string]string{
				"index.html": page(`<div style="background: url('img/a.png')"></div>` + "\n" +
					`<div style="background: url(img/missing.png)"></div>` + "\n" +
					"<style>\n.a { background: url(\"img/a.png\") }\n.b { background: url(img/gone.png) }\n</style>\n" +
					`<link rel="stylesheet" href="css/site.css">`),
				"css/site.css": "/* url(commented.png) */\n@import \"base.css\";\n@import 'nope.css';\n" +
					".c { background: url(../img/a.png) }\n.d { mask: url(#svg-mask) }\n.e { background: url(data:image/png;base64,AAAA) }\n" +
					"@font-face { src: url(\"../fonts/x.woff2\") format(\"woff2\") }\n",
				"css/base.css": "body { color: black }",
				"img/a.png":    "png",
			},
			problems: []Problem{
				{File: "css/site.css", Line: 3, Link: "nope.css", Reason: ReasonMissing},
				{File: "css/site.css", Line: 7, Link: "../fonts/x.woff2", Reason: ReasonMissing},
				{File: "index.html", Line: 3, Link: "img/missing.png", Reason: ReasonMissing},
				{File: "index.html", Line: 6, Link: "img/gone.png", Reason: ReasonMissing},
			},
		},
		{
			name: "external and ignored schemes",
			files: map[string]string{
				"index.html": page(`<a href="https://example.org/a">a</a>` + "\n" +
					`<a href="mailto:help@example.org">m</a> <a href="tel:+622155500000">t</a> <a href="sms:+622155500000">s</a>` +
					` <a href="geo:-6.9,107.6">g</a> <img src="data:image/png;base64,AAAA" alt="">` + "\n" +
					`<script src="//cdn.example.org/x.js"></script>`),
			},
			external: []Link{
				{File: "index.html", Line: 2, URL: "https://example.org/a"},
				{File: "index.html", Line: 4, URL: "//cdn.example.org/x.js"},
			},
		},
		{
			name: "unsupported scheme and outside root",
			files: map[string]string{
				"en/index.html": page("<a href=\"javascript:alert(1)\">j</a>\n<a href=\"../../secret.html\">o</a>\n<a href=\"file:///etc/hosts\">f</a>"),
			},
			problems: []Problem{
				{File: "en/index.html", Line: 2, Link: "javascript:alert(1)", Reason: ReasonScheme},
				{File: "en/index.html", Line: 3, Link: "../../secret.html", Reason: ReasonOutsideRoot},
				{File: "en/index.html", Line: 4, Link: "file:///etc/hosts", Reason: ReasonScheme},
			},
		},
		{
			name: "meta refresh",
			files: map[string]string{
				"index.html": `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=en/index.html"></head></html>`,
			},
			problems: []Problem{{File: "index.html", Line: 1, Link: "en/index.html", Reason: ReasonMissing}},
		},
		{
			name: "line of a multi-line tag",
			files: map[string]string{
				"index.html": page("<p>one</p>\n<p>two</p>\n<a\n  class=\"x\"\n  href=\"gone.html\">x</a>"),
			},
			problems: []Problem{{File: "index.html", Line: 4, Link: "gone.html", Reason: ReasonMissing}},
		},
		{
			name: "unquoted attributes of minified output",
			files: map[string]string{
				"index.html":    "<!doctype html><html lang=en><body><a href=en/index.html>x</a><a href=en/gone.html>y</a></body></html>",
				"en/index.html": page(`x`),
			},
			problems: []Problem{{File: "index.html", Line: 1, Link: "en/gone.html", Reason: ReasonMissing}},
		},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := writeTree(t, tt.files)
			report, err := Check(root)
			if err != nil {
				t.Fatalf("Check: %v", err)
			}
			if !reflect.DeepEqual(report.Problems, tt.problems) {
				t.Errorf("Problems:\n got %v\nwant %v", report.Problems, tt.problems)
			}
			if !reflect.DeepEqual(report.RootAbsolute, tt.rootAbsolute) {
				t.Errorf("RootAbsolute:\n got %v\nwant %v", report.RootAbsolute, tt.rootAbsolute)
			}
			if !reflect.DeepEqual(report.External, tt.external) {
				t.Errorf("External:\n got %v\nwant %v", report.External, tt.external)
			}
		})
	}
}

func TestCheckCountsFilesAndReferences(t *testing.T) {
	root := writeTree(t, map[string]string{
		"index.html":   page(`<link rel="stylesheet" href="site.css"><a href="https://example.org/">x</a>`),
		"site.css":     "a { background: url(a.png) }",
		"a.png":        "png",
		"notes.txt":    "<a href=\"missing.html\">not HTML, not read</a>",
		"sub/page.htm": page(`<a href="../index.html">up</a>`),
	})
	report, err := Check(root)
	if err != nil {
		t.Fatal(err)
	}
	if report.Files != 3 {
		t.Errorf("Files = %d, want 3", report.Files)
	}
	if report.References != 4 {
		t.Errorf("References = %d, want 4", report.References)
	}
	if err := report.Err(); err != nil {
		t.Errorf("Err() = %v, want nil", err)
	}
}

func TestReportErrListsEveryProblem(t *testing.T) {
	root := writeTree(t, map[string]string{
		"index.html": page(`<a href="gone.html">x</a> <a href="/abs.html">y</a>`),
	})
	report, err := Check(root)
	if err != nil {
		t.Fatal(err)
	}
	got := report.Err()
	if got == nil {
		t.Fatal("Err() = nil, want an error")
	}
	for _, want := range []string{"1 broken and 1 root-absolute", `index.html:2: "gone.html": target not found`, `"/abs.html": root-absolute`} {
		if !strings.Contains(got.Error(), want) {
			t.Errorf("Err() = %q, want it to contain %q", got, want)
		}
	}
}

func TestCheckMissingRoot(t *testing.T) {
	_, err := Check(filepath.Join(t.TempDir(), "nope"))
	if err == nil {
		t.Fatal("Check of a missing folder: err = nil, want an error")
	}
}

func TestSrcsetURLs(t *testing.T) {
	tests := []struct {
		srcset string
		want   []string
	}{
		{"a.png", []string{"a.png"}},
		{"a.png 1x, b.png 2x", []string{"a.png", "b.png"}},
		// A URL runs to the next whitespace, so this is one URL.
		{" a.png,b.png ", []string{"a.png,b.png"}},
		{"a.png 1x,b.png 2x", []string{"a.png", "b.png"}},
		{"a.png 100w,\n  b.png 200w", []string{"a.png", "b.png"}},
		{"a,b.png 1x", []string{"a,b.png"}},
		{"a.png (x, y), b.png", []string{"a.png", "b.png"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := srcsetURLs(tt.srcset); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("srcsetURLs(%q) = %q, want %q", tt.srcset, got, tt.want)
		}
	}
}

func TestRefreshURL(t *testing.T) {
	tests := []struct {
		content string
		want    string
		ok      bool
	}{
		{"0; url=en/index.html", "en/index.html", true},
		{"0;URL='en/index.html'", "en/index.html", true},
		{"5", "", false},
		{"0; nothing", "", false},
	}
	for _, tt := range tests {
		got, ok := refreshURL(tt.content)
		if got != tt.want || ok != tt.ok {
			t.Errorf("refreshURL(%q) = %q, %v; want %q, %v", tt.content, got, ok, tt.want, tt.ok)
		}
	}
}
