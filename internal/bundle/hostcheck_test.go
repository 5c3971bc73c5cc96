package bundle

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// hostedCheck checks a site built for a web server at base, as
// internal/linkcheck checks a file:// site: every href, src and srcset
// reference in HTML, every CSS url(), and every <loc> and xhtml:link of
// the sitemaps must name a file of the site. A URL ending in "/" names
// the folder's index.html, as on a static host. A reference to a folder
// without the "/" is a problem, because it works only on hosts that
// redirect. References in 404 pages must not be relative, because a
// host serves a 404 page at any address.
type hostedCheck struct {
	root string
	base *url.URL

	// ids caches the fragment targets of HTML files by slash path.
	ids map[string]map[string]bool
	// problems are the broken references, as "file: reference: reason".
	problems []string
	// references counts the references checked.
	references int
}

func newHostedCheck(root, baseURL string) (*hostedCheck, error) {
	base, err := url.Parse(baseURL)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(base.Path, "/") {
		return nil, fmt.Errorf("base URL %s must end in /", baseURL)
	}
	return &hostedCheck{root: root, base: base, ids: map[string]map[string]bool{}}, nil
}

// run checks every HTML, CSS and sitemap file under the root.
func (c *hostedCheck) run() error {
	return filepath.WalkDir(c.root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(c.root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		switch {
		case strings.HasSuffix(rel, ".html"):
			page := parsePage(data)
			c.ids[rel] = page.ids
			for _, ref := range page.refs {
				c.checkReference(rel, ref)
			}
		case strings.HasSuffix(rel, ".css"):
			for _, ref := range cssURLs(string(data)) {
				c.checkReference(rel, ref)
			}
		case path.Base(rel) == "sitemap.xml":
			locs, err := sitemapURLs(data)
			if err != nil {
				return fmt.Errorf("%s: %w", rel, err)
			}
			for _, loc := range locs {
				c.checkSitemapURL(rel, loc)
			}
		}
		return nil
	})
}

// pageURL returns the URL at which the host serves the file at rel.
func (c *hostedCheck) pageURL(rel string) *url.URL {
	p := rel
	if p == "index.html" {
		p = ""
	} else if strings.HasSuffix(p, "/index.html") {
		p = strings.TrimSuffix(p, "index.html")
	}
	return c.base.ResolveReference(&url.URL{Path: p})
}

func (c *hostedCheck) problem(file, ref, reason string) {
	c.problems = append(c.problems, fmt.Sprintf("%s: %q: %s", file, ref, reason))
}

// checkReference checks one reference written in the file at rel.
func (c *hostedCheck) checkReference(rel, raw string) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return
	}
	c.references++
	u, err := url.Parse(raw)
	if err != nil {
		c.problem(rel, raw, "invalid URL")
		return
	}
	switch u.Scheme {
	case "", "http", "https":
	case "mailto", "tel", "sms", "geo", "data":
		return
	default:
		c.problem(rel, raw, "unsupported URL scheme")
		return
	}

	if u.Scheme == "" && u.Host == "" && u.Path == "" {
		// "#id": the page itself.
		if u.Fragment != "" && !c.hasFragment(rel, u.Fragment) {
			c.problem(rel, raw, "fragment not found in the page")
		}
		return
	}
	relative := u.Scheme == "" && u.Host == "" && !strings.HasPrefix(u.Path, "/")
	if relative && path.Base(rel) == "404.html" {
		c.problem(rel, raw, "relative reference in a 404 page, which the host serves at any address")
		return
	}

	target := c.pageURL(rel).ResolveReference(u)
	if target.Scheme != c.base.Scheme || target.Host != c.base.Host {
		// Another site, which this check does not fetch.
		return
	}
	c.checkTarget(rel, raw, target)
}

// checkSitemapURL checks a URL listed in a sitemap, which must be
// absolute and within the base URL.
func (c *hostedCheck) checkSitemapURL(rel, raw string) {
	c.references++
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() {
		c.problem(rel, raw, "sitemap URL is not absolute")
		return
	}
	if u.Scheme != c.base.Scheme || u.Host != c.base.Host {
		c.problem(rel, raw, "sitemap URL is on another site than the base URL "+c.base.String())
		return
	}
	c.checkTarget(rel, raw, u)
}

// checkTarget checks that target, a URL on the base URL's host, names a
// file of the site and, when it has a fragment, an id in that file.
func (c *hostedCheck) checkTarget(rel, raw string, target *url.URL) {
	if !strings.HasPrefix(target.Path, c.base.Path) {
		c.problem(rel, raw, "target is outside the base URL's path "+c.base.Path)
		return
	}
	file := strings.TrimPrefix(target.Path, c.base.Path)
	if file == "" || strings.HasSuffix(file, "/") {
		file += "index.html"
	}
	info, err := os.Stat(filepath.Join(c.root, filepath.FromSlash(file)))
	switch {
	case err != nil:
		c.problem(rel, raw, "target not found: "+file)
		return
	case info.IsDir():
		c.problem(rel, raw, "target is a folder named without a trailing /, which only some hosts redirect")
		return
	}
	if target.Fragment != "" && strings.HasSuffix(file, ".html") && !c.hasFragment(file, target.Fragment) {
		c.problem(rel, raw, "fragment not found in "+file)
	}
}

// hasFragment reports whether the HTML file at rel has an element with
// the id or an <a name> of fragment. "top" is the start of any page.
func (c *hostedCheck) hasFragment(rel, fragment string) bool {
	if strings.EqualFold(fragment, "top") {
		return true
	}
	ids, ok := c.ids[rel]
	if !ok {
		data, err := os.ReadFile(filepath.Join(c.root, filepath.FromSlash(rel)))
		if err != nil {
			return false
		}
		ids = parsePage(data).ids
		c.ids[rel] = ids
	}
	return ids[fragment]
}

// err returns an error that lists every problem, or nil.
func (c *hostedCheck) err() error {
	if len(c.problems) == 0 {
		return nil
	}
	return fmt.Errorf("%d broken references:\n\t%s", len(c.problems), strings.Join(c.problems, "\n\t"))
}

// page holds the references and fragment targets of an HTML file.
type page struct {
	refs []string
	ids  map[string]bool
}

// parsePage collects the href, src and srcset references, the url()s
// of style elements and attributes, and the ids and <a name>s of an
// HTML document.
func parsePage(data []byte) page {
	p := page{ids: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	inStyle := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return p
		case html.TextToken:
			if inStyle {
				p.refs = append(p.refs, cssURLs(string(z.Text()))...)
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "style" {
				inStyle = false
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			token := z.Token()
			if token.Data == "style" {
				inStyle = true
			}
			for _, a := range token.Attr {
				switch a.Key {
				case "href", "src":
					p.refs = append(p.refs, a.Val)
				case "srcset":
					for _, candidate := range strings.Split(a.Val, ",") {
						if fields := strings.Fields(candidate); len(fields) > 0 {
							p.refs = append(p.refs, fields[0])
						}
					}
				case "style":
					p.refs = append(p.refs, cssURLs(a.Val)...)
				case "id":
					p.ids[a.Val] = true
				case "name":
					if token.Data == "a" {
						p.ids[a.Val] = true
					}
				}
			}
		}
	}
}

var cssURL = regexp.MustCompile(`url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)`)

// cssURLs returns the url() references of a style sheet.
func cssURLs(css string) []string {
	var urls []string
	for _, m := range cssURL.FindAllStringSubmatch(css, -1) {
		urls = append(urls, m[1]+m[2]+m[3])
	}
	return urls
}

// sitemapURLs returns the <loc> URLs of a sitemap or sitemap index and
// the href of its xhtml:link alternates.
func sitemapURLs(data []byte) ([]string, error) {
	var urls []string
	d := xml.NewDecoder(bytes.NewReader(data))
	inLoc := false
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return urls, nil
			}
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "loc":
				inLoc = true
			case "link":
				for _, a := range t.Attr {
					if a.Name.Local == "href" {
						urls = append(urls, a.Value)
					}
				}
			}
		case xml.EndElement:
			if t.Name.Local == "loc" {
				inLoc = false
			}
		case xml.CharData:
			if inLoc {
				urls = append(urls, strings.TrimSpace(string(t)))
			}
		}
	}
}

func TestHostedCheckFindsProblems(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"index.html": `<a href="/panduan/en/">ok</a>
<a href="/en/">drops the base path</a>
<a href="/panduan/en">folder without slash</a>
<a href="/panduan/fr/">missing</a>
<a href="/panduan/en/#main">fragment</a>
<a href="/panduan/en/#nosuch">missing fragment</a>
<a href="https://example.org/panduan/en/">absolute</a>
<a href="https://other.example.org/">other site</a>
<a href="mailto:help@example.org">mail</a>`,
		"en/index.html": `<main id="main"><a href="../css/site.css">relative</a></main>`,
		"en/404.html":   `<a href="../en/">relative in a 404 page</a><a href="/panduan/en/">ok</a>`,
		"css/site.css":  `body{background:url("/panduan/missing.png")}`,
		"en/sitemap.xml": `<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` +
			`<url><loc>https://example.org/panduan/en/</loc><xhtml:link rel="alternate" hreflang="th" href="https://example.org/panduan/th/"/></url></urlset>`,
	})

	check, err := newHostedCheck(dir, "https://example.org/panduan/")
	if err != nil {
		t.Fatal(err)
	}
	if err := check.run(); err != nil {
		t.Fatal(err)
	}

	want := []string{
		`index.html: "/en/": target is outside the base URL's path /panduan/`,
		`index.html: "/panduan/en": target is a folder named without a trailing /`,
		`index.html: "/panduan/fr/": target not found: fr/index.html`,
		`index.html: "/panduan/en/#nosuch": fragment not found in en/index.html`,
		`en/404.html: "../en/": relative reference in a 404 page`,
		`css/site.css: "/panduan/missing.png": target not found: missing.png`,
		`en/sitemap.xml: "https://example.org/panduan/th/": target not found: th/index.html`,
	}
	got := strings.Join(check.problems, "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("problems lack %s", w)
		}
	}
	if len(check.problems) != len(want) {
		t.Errorf("%d problems, want %d:\n%s", len(check.problems), len(want), got)
	}
}
