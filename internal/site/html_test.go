package site_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// parsePage parses an HTML file of the built site, given its path
// relative to the output folder.
func parsePage(t *testing.T, rel string) *html.Node {
	t.Helper()
	f, err := os.Open(filepath.Join(publicDir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatalf("page %s: %v", rel, err)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		t.Fatalf("page %s: %v", rel, err)
	}
	return doc
}

// findAll returns the elements under n, n included, that match.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			found = append(found, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return found
}

// findFirst returns the first element under n that matches, or nil.
func findFirst(n *html.Node, match func(*html.Node) bool) *html.Node {
	if found := findAll(n, match); len(found) > 0 {
		return found[0]
	}
	return nil
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func attrOrEmpty(n *html.Node, key string) string {
	v, _ := attr(n, key)
	return v
}

func tag(name string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == name }
}

func hasClass(class string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		return strings.Contains(" "+attrOrEmpty(n, "class")+" ", " "+class+" ")
	}
}

func hasAttr(key string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		_, ok := attr(n, key)
		return ok
	}
}

// textContent returns the text under n with runs of whitespace as one space.
func textContent(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// pageLang returns the lang attribute of a page's <html> element.
func pageLang(doc *html.Node) string {
	if n := findFirst(doc, tag("html")); n != nil {
		return attrOrEmpty(n, "lang")
	}
	return ""
}

// mainAttr returns an attribute of a page's <main> element.
func mainAttr(doc *html.Node, key string) string {
	if n := findFirst(doc, tag("main")); n != nil {
		return attrOrEmpty(n, key)
	}
	return ""
}

// resolve returns the output-relative path that href, found in the page
// at rel, points to, without its fragment.
func resolve(rel, href string) string {
	href, _, _ = strings.Cut(href, "#")
	return filepath.ToSlash(filepath.Join(filepath.Dir(filepath.FromSlash(rel)), filepath.FromSlash(href)))
}
