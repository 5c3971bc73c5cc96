// Package budget checks a built site against its size and safety
// budget, in pure Go and without a browser:
//
//   - every HTML page, gzipped, plus every stylesheet it links, each
//     gzipped on its own, is at most PageLimit bytes. That is ten TCP
//     segments of 1,460 bytes, the initial congestion window of current
//     TCP stacks, so a page arrives in the first round trip;
//   - a printable directory page, one whose path contains a print/
//     folder, is exempt from PageLimit and must stay within PrintLimit;
//   - all JavaScript files together, each gzipped on its own, are at
//     most ScriptLimit bytes, not counting files under a search/ folder;
//   - every page has a <meta http-equiv="Content-Security-Policy"> with
//     default-src 'self' and without 'unsafe-inline', and a
//     <meta name="referrer" content="no-referrer">, both in <head>;
//   - no page or stylesheet loads a resource (stylesheet, script,
//     image, media, frame, font, CSS url() or @import) from a URL with a
//     host, i.e. another origin.
//
// Sizes are measured with compress/gzip at gzip.BestCompression (level
// 9); a server's gzip at a lower level sends a few per cent more.
package budget

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// The budget's limits in bytes, gzipped.
const (
	PageLimit   = 14_600
	PrintLimit  = 100_000
	ScriptLimit = 3_000
)

// Page is one HTML page's transfer size.
type Page struct {
	// Path is relative to the site root, with forward slashes.
	Path string
	// HTML is the gzipped size of the page itself.
	HTML int
	// CSS is the sum of the gzipped sizes of the stylesheets it links.
	CSS int
	// Limit is PageLimit, or PrintLimit for a printable page.
	Limit int
	Print bool
}

// Total is the page's size with its stylesheets.
func (p Page) Total() int { return p.HTML + p.CSS }

// Script is one JavaScript file's gzipped size.
type Script struct {
	Path string
	Size int
	// Exempt is true for a file under a search/ folder, which does not
	// count towards ScriptLimit.
	Exempt bool
}

// Problem is one broken rule.
type Problem struct {
	Path   string
	Rule   string
	Detail string
}

func (p Problem) String() string {
	return fmt.Sprintf("%s: %s: %s", p.Path, p.Rule, p.Detail)
}

// The rules a Problem names.
const (
	RulePageSize    = "page size"
	RuleScriptSize  = "script size"
	RuleCSP         = "Content-Security-Policy"
	RuleReferrer    = "referrer policy"
	RuleOrigin      = "other origin"
	RuleMissingFile = "missing file"
	RuleParse       = "parse error"
)

// Report is the result of Check.
type Report struct {
	Pages   []Page
	Scripts []Script
	// ScriptTotal is the gzipped size of the scripts that count towards
	// ScriptLimit.
	ScriptTotal int
	Problems    []Problem
}

// Largest returns the n pages with the largest Total, largest first.
func (r *Report) Largest(n int) []Page {
	pages := append([]Page(nil), r.Pages...)
	sort.SliceStable(pages, func(i, j int) bool {
		if pages[i].Total() != pages[j].Total() {
			return pages[i].Total() > pages[j].Total()
		}
		return pages[i].Path < pages[j].Path
	})
	return pages[:min(n, len(pages))]
}

// Check measures and inspects every file of the built site in dir.
func Check(dir string) (*Report, error) {
	c := &checker{dir: dir, css: map[string]cssFile{}, report: &Report{}}
	var htmlFiles, jsFiles []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch strings.ToLower(path.Ext(rel)) {
		case ".html", ".htm":
			htmlFiles = append(htmlFiles, rel)
		case ".js", ".mjs":
			jsFiles = append(jsFiles, rel)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(htmlFiles) == 0 {
		return nil, fmt.Errorf("%s has no HTML page: is it a built site?", dir)
	}

	for _, rel := range htmlFiles {
		if err := c.checkPage(rel); err != nil {
			return nil, err
		}
	}
	if err := c.checkScripts(jsFiles); err != nil {
		return nil, err
	}
	sort.SliceStable(c.report.Problems, func(i, j int) bool {
		return c.report.Problems[i].Path < c.report.Problems[j].Path
	})
	return c.report, nil
}

type checker struct {
	dir    string
	css    map[string]cssFile
	report *Report
}

// cssFile is a stylesheet, measured and inspected once however many
// pages link it.
type cssFile struct {
	size    int
	missing bool
}

func (c *checker) problem(p, rule, format string, args ...any) {
	c.report.Problems = append(c.report.Problems, Problem{Path: p, Rule: rule, Detail: fmt.Sprintf(format, args...)})
}

func (c *checker) read(rel string) ([]byte, error) {
	return os.ReadFile(filepath.Join(c.dir, filepath.FromSlash(rel)))
}

// IsPrint reports whether the page at rel, a slash-separated path
// relative to the site root, is a printable directory page.
func IsPrint(rel string) bool {
	return strings.Contains("/"+rel, "/print/")
}

func (c *checker) checkPage(rel string) error {
	data, err := c.read(rel)
	if err != nil {
		return err
	}
	page := Page{Path: rel, HTML: GzipSize(data), Limit: PageLimit, Print: IsPrint(rel)}
	if page.Print {
		page.Limit = PrintLimit
	}

	doc, err := parsePage(data)
	if err != nil {
		c.problem(rel, RuleParse, "%v", err)
		c.report.Pages = append(c.report.Pages, page)
		return nil
	}
	c.checkHead(rel, doc)
	for _, ref := range doc.resources {
		if ref.foreign {
			c.problem(rel, RuleOrigin, "%s loads %s from another origin", ref.element, ref.url)
		}
	}
	for _, href := range doc.stylesheets {
		if isForeign(href) {
			continue // already reported as a resource
		}
		cssPath, ok := resolve(rel, href)
		if !ok {
			c.problem(rel, RuleMissingFile, "stylesheet %s is outside the site", href)
			continue
		}
		f, err := c.stylesheet(cssPath)
		if err != nil {
			return err
		}
		if f.missing {
			c.problem(rel, RuleMissingFile, "stylesheet %s (%s) does not exist", href, cssPath)
			continue
		}
		page.CSS += f.size
	}

	if page.Total() > page.Limit {
		kind := "page"
		if page.Print {
			kind = "printable page"
		}
		c.problem(rel, RulePageSize, "%s with its stylesheets is %d bytes gzipped (HTML %d + CSS %d), over the limit of %d",
			kind, page.Total(), page.HTML, page.CSS, page.Limit)
	}
	c.report.Pages = append(c.report.Pages, page)
	return nil
}

func (c *checker) checkHead(rel string, doc *pageInfo) {
	switch len(doc.csp) {
	case 0:
		c.problem(rel, RuleCSP, `no <meta http-equiv="Content-Security-Policy"> in <head>`)
	case 1:
		if err := checkCSP(doc.csp[0]); err != nil {
			c.problem(rel, RuleCSP, "%v in %q", err, doc.csp[0])
		}
	default:
		c.problem(rel, RuleCSP, "%d Content-Security-Policy meta elements, want one", len(doc.csp))
	}
	if len(doc.referrer) != 1 || !strings.EqualFold(strings.TrimSpace(doc.referrer[0]), "no-referrer") {
		c.problem(rel, RuleReferrer, `want one <meta name="referrer" content="no-referrer"> in <head>, found %q`, doc.referrer)
	}
}

// checkCSP checks a policy for default-src 'self' and no 'unsafe-inline'
// in any directive.
func checkCSP(policy string) error {
	self := false
	for _, directive := range strings.Split(policy, ";") {
		fields := strings.Fields(strings.ToLower(directive))
		if len(fields) == 0 {
			continue
		}
		for _, source := range fields[1:] {
			if source == "'unsafe-inline'" {
				return fmt.Errorf("%s allows 'unsafe-inline'", fields[0])
			}
		}
		if fields[0] == "default-src" {
			self = len(fields) == 2 && fields[1] == "'self'"
		}
	}
	if !self {
		return fmt.Errorf("default-src is not 'self'")
	}
	return nil
}

func (c *checker) stylesheet(rel string) (cssFile, error) {
	if f, ok := c.css[rel]; ok {
		return f, nil
	}
	data, err := c.read(rel)
	if os.IsNotExist(err) {
		f := cssFile{missing: true}
		c.css[rel] = f
		return f, nil
	}
	if err != nil {
		return cssFile{}, err
	}
	f := cssFile{size: GzipSize(data)}
	for _, u := range cssURLs(data) {
		if isForeign(u) {
			c.problem(rel, RuleOrigin, "stylesheet loads %s from another origin", u)
		}
	}
	c.css[rel] = f
	return f, nil
}

// IsExemptScript reports whether the script at rel is under a search/
// folder, whose index and code load only when a reader searches.
func IsExemptScript(rel string) bool {
	return strings.Contains("/"+rel, "/search/")
}

func (c *checker) checkScripts(files []string) error {
	for _, rel := range files {
		data, err := c.read(rel)
		if err != nil {
			return err
		}
		s := Script{Path: rel, Size: GzipSize(data), Exempt: IsExemptScript(rel)}
		if !s.Exempt {
			c.report.ScriptTotal += s.Size
		}
		c.report.Scripts = append(c.report.Scripts, s)
	}
	if c.report.ScriptTotal > ScriptLimit {
		var names []string
		for _, s := range c.report.Scripts {
			if !s.Exempt {
				names = append(names, fmt.Sprintf("%s %d", s.Path, s.Size))
			}
		}
		c.problem("(all scripts)", RuleScriptSize, "JavaScript is %d bytes gzipped, over the limit of %d: %s",
			c.report.ScriptTotal, ScriptLimit, strings.Join(names, ", "))
	}
	return nil
}

// GzipSize returns the size of data compressed with gzip at
// BestCompression.
func GzipSize(data []byte) int {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		panic(err) // only for an invalid level
	}
	w.Write(data)
	w.Close()
	return buf.Len()
}

// resolve resolves the relative reference href in the page at rel to a
// path relative to the site root. It returns false for a reference that
// leaves the site.
func resolve(rel, href string) (string, bool) {
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	if u, err := url.PathUnescape(href); err == nil {
		href = u
	}
	var p string
	if strings.HasPrefix(href, "/") {
		p = strings.TrimPrefix(path.Clean(href), "/")
	} else {
		p = path.Join(path.Dir(rel), href)
	}
	if p == "" || p == "." || p == ".." || strings.HasPrefix(p, "../") {
		return "", false
	}
	return p, true
}
