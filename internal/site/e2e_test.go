package site_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"github.com/panduan/panduan/internal/sitebuild"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/panduan/panduan/internal/linkcheck"
)

// languages are the site's languages, the default first.
var languages = []string{"en", "id", "ms", "vi", "th"}

// pageBudget is the maximum size of a page's HTML plus its stylesheet,
// each gzipped. It is TCP's initial window of 10 segments of 1460 bytes
// (RFC 6928), so a page arrives within the first round trip.
const pageBudget = 14600

var (
	// repoRoot is the site's source folder, the repository root.
	repoRoot string
	// siteDir is the copy of the site's inputs that the test builds.
	siteDir string
	// publicDir is the folder the test build writes to.
	publicDir string
	// buildOutput is what Hugo printed, at log level info.
	buildOutput string
)

// TestMain builds the panduan binary and runs "panduan build" once on a
// copy of the repository's site inputs. The tests read that output and
// the data that the build generated in the copy.
func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("", "panduan-site-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	err = buildSite(tmp)
	code := 1
	if err != nil {
		fmt.Fprintln(os.Stderr, "site e2e:", err)
	} else {
		code = m.Run()
	}
	os.RemoveAll(tmp)
	os.Exit(code)
}

func buildSite(tmp string) error {
	root, err := sitebuild.RepoRoot()
	if err != nil {
		return err
	}
	repoRoot = root
	binary, err := sitebuild.BuildBinary(root, tmp)
	if err != nil {
		return err
	}

	siteDir = filepath.Join(tmp, "site")
	if err := sitebuild.CopyInputs(root, siteDir); err != nil {
		return err
	}
	publicDir = filepath.Join(tmp, "public")
	build := exec.Command(binary, "build", "--source", siteDir, "--out", publicDir)
	out, err := build.CombinedOutput()
	buildOutput = string(out)
	if err != nil {
		return fmt.Errorf("panduan build failed: %w\n%s", err, out)
	}
	return nil
}

// text is a text object of the data: a text and the language it is in.
type text struct {
	Text string `json:"text"`
	Lang string `json:"lang"`
}

// siteData is the part of generated/data/panduan/<lang>.json that the
// tests read.
type siteData struct {
	Lang      string `json:"lang"`
	Countries []struct {
		Code  string `json:"code"`
		Slug  string `json:"slug"`
		Name  text   `json:"name"`
		Areas []struct {
			Slug     string   `json:"slug"`
			Name     text     `json:"name"`
			Services []string `json:"services"`
		} `json:"areas"`
	} `json:"countries"`
	Types []struct {
		Slug     string   `json:"slug"`
		Label    text     `json:"label"`
		Services []string `json:"services"`
	} `json:"types"`
	Services []service `json:"services"`
}

type service struct {
	ID           string `json:"id"`
	Slug         string `json:"slug"`
	CountrySlug  string `json:"country_slug"`
	AreaSlug     string `json:"area_slug"`
	Name         text   `json:"name"`
	Confidential bool   `json:"confidential"`
}

// page returns the output path of the service's page.
func (s service) page(lang string) string {
	return fmt.Sprintf("%s/directory/%s/%s/%s.html", lang, s.CountrySlug, s.AreaSlug, s.Slug)
}

func readData(t *testing.T, lang string) siteData {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(siteDir, "generated", "data", "panduan", lang+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var d siteData
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("generated/data/panduan/%s.json: %v", lang, err)
	}
	return d
}

// htmlPages returns the output-relative paths of every HTML file.
func htmlPages(t *testing.T) []string {
	t.Helper()
	var pages []string
	err := filepath.WalkDir(publicDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".html") {
			rel, _ := filepath.Rel(publicDir, path)
			pages = append(pages, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

func TestBuildPrintsNoWarning(t *testing.T) {
	for _, line := range strings.Split(buildOutput, "\n") {
		if strings.Contains(line, "WARN") || strings.Contains(line, "ERROR") || strings.Contains(strings.ToLower(line), "deprecated") {
			t.Errorf("build printed: %s", line)
		}
	}
}

func TestBuildWritesNothingInSource(t *testing.T) {
	// The build ran in siteDir, a copy of the repository's inputs: every
	// file there outside generated/ must still be the repository's own,
	// byte for byte, and nothing else may have appeared.
	err := filepath.WalkDir(siteDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(siteDir, path)
		if err != nil {
			return err
		}
		if rel == "generated" {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return nil
		}
		got, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		want, err := os.ReadFile(filepath.Join(repoRoot, rel))
		if err != nil {
			t.Errorf("the build wrote %s into the site root; only generated/ and the destination may change", rel)
			return nil
		}
		if !bytes.Equal(got, want) {
			t.Errorf("the build changed the hand-written file %s", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestLanguageHomes(t *testing.T) {
	for _, lang := range languages {
		doc := parsePage(t, lang+"/index.html")
		if got := pageLang(doc); got != lang {
			t.Errorf("%s/index.html: <html lang> = %q, want %q", lang, got, lang)
		}
		if findFirst(doc, hasClass("hotline-box")) == nil {
			t.Errorf("%s/index.html: no national hotlines", lang)
		}
	}
}

func TestLanguageChooser(t *testing.T) {
	doc := parsePage(t, "index.html")
	links := findAll(doc, hasAttr("hreflang"))
	if len(links) != len(languages) {
		t.Fatalf("index.html: %d language links, want %d", len(links), len(languages))
	}
	for i, lang := range languages {
		link := links[i]
		if got := attrOrEmpty(link, "hreflang"); got != lang {
			t.Errorf("index.html: link %d has hreflang %q, want %q", i, got, lang)
		}
		if got, want := resolve("index.html", attrOrEmpty(link, "href")), lang+"/index.html"; got != want {
			t.Errorf("index.html: link for %s leads to %q, want %q", lang, got, want)
		}
		if strings.Count(textContent(link), " ") < 1 {
			t.Errorf("index.html: link for %s has no line under the language name: %q", lang, textContent(link))
		}
	}
}

func TestServicePagesShowLocalisedName(t *testing.T) {
	for _, lang := range languages {
		data := readData(t, lang)
		// The bundled sample promises at least 40 services per language,
		// and every one of them must have its page.
		if len(data.Services) < 40 {
			t.Errorf("%s: the data has %d services, want at least 40", lang, len(data.Services))
		}
		for _, s := range data.Services {
			rel := s.page(lang)
			doc := parsePage(t, rel)
			if got := pageLang(doc); got != lang {
				t.Errorf("%s: <html lang> = %q, want %q", rel, got, lang)
			}
			article := findFirst(doc, hasAttr("data-service-id"))
			if article == nil {
				t.Errorf("%s: no element with data-service-id", rel)
				continue
			}
			if got := attrOrEmpty(article, "data-service-id"); got != s.ID {
				t.Errorf("%s: data-service-id = %q, want %q", rel, got, s.ID)
			}
			h1 := findFirst(article, tag("h1"))
			if h1 == nil || textContent(h1) != s.Name.Text {
				t.Errorf("%s: <h1> is not the service name %q", rel, s.Name.Text)
				continue
			}
			wantLang := ""
			if s.Name.Lang != lang {
				wantLang = s.Name.Lang
			}
			if got := attrOrEmpty(h1, "lang"); got != wantLang {
				t.Errorf("%s: <h1 lang> = %q, want %q (name in %q)", rel, got, wantLang, s.Name.Lang)
			}
		}
	}
}

func TestConfidentialServiceHasNoAddress(t *testing.T) {
	found := false
	for _, lang := range languages {
		for _, s := range readData(t, lang).Services {
			if !s.Confidential {
				continue
			}
			found = true
			rel := s.page(lang)
			doc := parsePage(t, rel)
			if findFirst(doc, hasClass("address")) != nil {
				t.Errorf("%s: a confidential service shows an address", rel)
			}
			for _, a := range findAll(doc, tag("a")) {
				href := attrOrEmpty(a, "href")
				if strings.HasPrefix(href, "geo:") || strings.Contains(href, "openstreetmap") {
					t.Errorf("%s: a confidential service links to a map: %s", rel, href)
				}
			}
		}
	}
	if !found {
		t.Log("the data has no confidential service; nothing to check")
	}
}

func TestBrowsePagesListTheirServices(t *testing.T) {
	for _, lang := range languages {
		data := readData(t, lang)
		for _, c := range data.Countries {
			countryPage := fmt.Sprintf("%s/directory/%s/index.html", lang, c.Slug)
			doc := parsePage(t, countryPage)
			if got := textContent(findFirst(doc, tag("h1"))); got != c.Name.Text {
				t.Errorf("%s: <h1> = %q, want %q", countryPage, got, c.Name.Text)
			}
			for _, a := range c.Areas {
				areaPage := fmt.Sprintf("%s/directory/%s/%s/index.html", lang, c.Slug, a.Slug)
				checkServiceLinks(t, areaPage, a.Services)
			}
		}
		for _, ty := range data.Types {
			checkServiceLinks(t, fmt.Sprintf("%s/directory/types/%s.html", lang, ty.Slug), ty.Services)
		}
	}
}

// checkServiceLinks checks that the list page at rel links to the pages
// of exactly the services with the given slugs.
func checkServiceLinks(t *testing.T, rel string, slugs []string) {
	t.Helper()
	doc := parsePage(t, rel)
	want := map[string]bool{}
	for _, slug := range slugs {
		want[slug] = true
	}
	got := map[string]bool{}
	for _, a := range findAll(doc, hasClass("card-title")) {
		target := resolve(rel, attrOrEmpty(a, "href"))
		slug := strings.TrimSuffix(filepath.Base(target), ".html")
		got[slug] = true
		if !want[slug] {
			t.Errorf("%s: links to service %s, which the data does not list there", rel, slug)
		}
	}
	for slug := range want {
		if !got[slug] {
			t.Errorf("%s: no link to service %s", rel, slug)
		}
	}
}

func TestLanguageSwitcherOnServicePage(t *testing.T) {
	data := readData(t, "en")
	if len(data.Services) == 0 {
		t.Fatal("en: the data has no services")
	}
	s := data.Services[0]
	for _, lang := range languages {
		rel := s.page(lang)
		checkLanguageSwitcher(t, rel, func(string) (string, string) {
			return "/directory/" + s.CountrySlug + "/" + s.AreaSlug + "/" + s.Slug, s.ID
		})
	}
}

func TestLanguageSwitcherOnGuidancePages(t *testing.T) {
	guides, err := filepath.Glob(filepath.Join(repoRoot, "content", "en", "guide", "*.md"))
	if err != nil || len(guides) == 0 {
		t.Fatalf("no guidance pages in content/en/guide: %v", err)
	}
	for _, guide := range guides {
		name := strings.TrimSuffix(filepath.Base(guide), ".md")
		if name == "_index" {
			continue
		}
		for _, lang := range languages {
			if !exists(filepath.Join(repoRoot, "content", lang, "guide", name+".md")) {
				continue
			}
			// A language without a translation links to its home page.
			checkLanguageSwitcher(t, lang+"/guide/"+name+".html", func(target string) (string, string) {
				if exists(filepath.Join(repoRoot, "content", target, "guide", name+".md")) {
					return "/guide/" + name, ""
				}
				return "/", ""
			})
		}
	}
}

// checkLanguageSwitcher follows every link of the language switcher of
// the page at rel and checks that each leads to a page in the link's
// language with the data-path and data-service-id that want returns for
// that language.
func checkLanguageSwitcher(t *testing.T, rel string, want func(lang string) (path, serviceID string)) {
	t.Helper()
	doc := parsePage(t, rel)
	lang := pageLang(doc)
	nav := findFirst(doc, hasClass("lang-switch"))
	if nav == nil {
		t.Errorf("%s: no language switcher", rel)
		return
	}
	links := findAll(nav, hasAttr("hreflang"))
	if len(links) != len(languages)-1 {
		t.Errorf("%s: %d language links, want %d", rel, len(links), len(languages)-1)
	}
	seen := map[string]bool{lang: true}
	for _, a := range links {
		target := attrOrEmpty(a, "hreflang")
		seen[target] = true
		targetRel := resolve(rel, attrOrEmpty(a, "href"))
		if !exists(filepath.Join(publicDir, filepath.FromSlash(targetRel))) {
			t.Errorf("%s: link to %s leads to missing %s", rel, target, targetRel)
			continue
		}
		targetDoc := parsePage(t, targetRel)
		if got := pageLang(targetDoc); got != target {
			t.Errorf("%s: link to %s leads to %s, whose lang is %q", rel, target, targetRel, got)
		}
		wantPath, wantID := want(target)
		if got := mainAttr(targetDoc, "data-path"); got != wantPath {
			t.Errorf("%s: link to %s leads to page %q, want %q", rel, target, got, wantPath)
		}
		if wantID == "" {
			continue
		}
		article := findFirst(targetDoc, hasAttr("data-service-id"))
		if article == nil || attrOrEmpty(article, "data-service-id") != wantID {
			t.Errorf("%s: link to %s leads to %s, which is not service %s", rel, target, targetRel, wantID)
		}
	}
	for _, l := range languages {
		if !seen[l] {
			t.Errorf("%s: no link to %s", rel, l)
		}
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func TestLinkcheckFindsNoProblem(t *testing.T) {
	report, err := linkcheck.Check(publicDir)
	if err != nil {
		t.Fatal(err)
	}
	if report.Files == 0 {
		t.Fatal("linkcheck read no file")
	}
	for _, p := range report.Problems {
		t.Errorf("broken reference: %s", p)
	}
	for _, p := range report.RootAbsolute {
		t.Errorf("root-absolute reference: %s", p)
	}
}

var quickExitURL = regexp.MustCompile(`(?m)^quickExitURL\s*=\s*"([^"]+)"`)

func TestEveryPageIsSafeToOpen(t *testing.T) {
	config, err := os.ReadFile(filepath.Join(repoRoot, "hugo.toml"))
	if err != nil {
		t.Fatal(err)
	}
	m := quickExitURL.FindSubmatch(config)
	if m == nil {
		t.Fatal("hugo.toml: no quickExitURL")
	}
	exitURL := string(m[1])

	for _, rel := range htmlPages(t) {
		doc := parsePage(t, rel)
		exit := findFirst(doc, hasAttr("data-quick-exit"))
		if exit == nil || attrOrEmpty(exit, "href") != exitURL {
			t.Errorf("%s: no quick-exit link to %s", rel, exitURL)
		}
		csp := findFirst(doc, func(n *html.Node) bool {
			return n.Data == "meta" && strings.EqualFold(attrOrEmpty(n, "http-equiv"), "Content-Security-Policy")
		})
		if csp == nil || !strings.HasPrefix(attrOrEmpty(csp, "content"), "default-src 'self'") {
			t.Errorf("%s: no Content-Security-Policy starting with default-src 'self'", rel)
		} else if strings.Contains(attrOrEmpty(csp, "content"), "unsafe-inline") {
			t.Errorf("%s: the Content-Security-Policy allows unsafe-inline", rel)
		}
		referrer := findFirst(doc, func(n *html.Node) bool {
			return n.Data == "meta" && attrOrEmpty(n, "name") == "referrer"
		})
		if referrer == nil || attrOrEmpty(referrer, "content") != "no-referrer" {
			t.Errorf("%s: no <meta name=referrer content=no-referrer>", rel)
		}
		for _, script := range findAll(doc, tag("script")) {
			if _, ok := attr(script, "src"); !ok {
				t.Errorf("%s: inline <script>, which the Content-Security-Policy blocks", rel)
			}
		}
		if n := findFirst(doc, hasAttr("style")); n != nil {
			t.Errorf("%s: style attribute on <%s>, which the Content-Security-Policy blocks", rel, n.Data)
		}
		if findFirst(doc, tag("style")) != nil {
			t.Errorf("%s: <style> element, which the Content-Security-Policy blocks", rel)
		}
	}
}

// TestNoEscapingFailure looks for "ZgotmplZ", which html/template prints
// in place of a value it refuses in that context (an attribute name, a
// URL with an unknown scheme).
func TestNoEscapingFailure(t *testing.T) {
	for _, rel := range htmlPages(t) {
		raw, err := os.ReadFile(filepath.Join(publicDir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(bytes.ToLower(raw), []byte("zgotmplz")) {
			t.Errorf("%s: contains ZgotmplZ, a value that html/template rejected", rel)
		}
	}
}

func TestPageSizeBudget(t *testing.T) {
	css, err := filepath.Glob(filepath.Join(publicDir, "css", "*.css"))
	if err != nil || len(css) != 1 {
		t.Fatalf("want one stylesheet in css/, found %v (%v)", css, err)
	}
	cssSize := gzipSize(t, css[0])

	largest, largestPage := 0, ""
	for _, rel := range htmlPages(t) {
		size := gzipSize(t, filepath.Join(publicDir, filepath.FromSlash(rel))) + cssSize
		if size > largest {
			largest, largestPage = size, rel
		}
		if size > pageBudget {
			t.Errorf("%s: %d bytes gzipped with its CSS, over the budget of %d", rel, size, pageBudget)
		}
	}
	t.Logf("largest page: %s, %d bytes gzipped HTML+CSS (CSS %d); budget %d", largestPage, largest, cssSize, pageBudget)
}

func gzipSize(t *testing.T, path string) int {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(raw); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Len()
}
