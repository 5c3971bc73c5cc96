package budget

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageInfo is the part of a page that Check inspects.
type pageInfo struct {
	// csp and referrer are the content attributes of the matching meta
	// elements in <head>.
	csp      []string
	referrer []string
	// stylesheets are the href attributes of <link rel=stylesheet>.
	stylesheets []string
	// resources are the URLs that the page loads by itself.
	resources []resource
}

// resource is a URL that an element or a CSS rule loads.
type resource struct {
	element string
	url     string
	foreign bool
}

// resourceLinkTypes are the link types whose href the browser fetches
// (or connects to) when it loads the page.
var resourceLinkTypes = map[string]bool{
	"stylesheet": true, "icon": true, "apple-touch-icon": true, "mask-icon": true,
	"preload": true, "modulepreload": true, "prefetch": true, "prerender": true,
	"manifest": true, "preconnect": true, "dns-prefetch": true,
}

// resourceAttrs are, per element, the attributes that name a resource
// the browser loads. srcset attributes are split into their URLs.
var resourceAttrs = map[atom.Atom][]string{
	atom.Script: {"src"},
	atom.Img:    {"src", "srcset"},
	atom.Source: {"src", "srcset"},
	atom.Video:  {"src", "poster"},
	atom.Audio:  {"src"},
	atom.Track:  {"src"},
	atom.Iframe: {"src"},
	atom.Embed:  {"src"},
	atom.Object: {"data"},
	atom.Input:  {"src"},
	atom.Image:  {"href", "xlink:href"},
}

func parsePage(data []byte) (*pageInfo, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("invalid HTML: %w", err)
	}
	info := &pageInfo{}
	var walk func(n *html.Node, inHead bool)
	walk = func(n *html.Node, inHead bool) {
		if n.Type == html.ElementNode {
			info.element(n, inHead)
			inHead = inHead || n.DataAtom == atom.Head
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead)
		}
	}
	walk(root, false)
	return info, nil
}

func (info *pageInfo) element(n *html.Node, inHead bool) {
	attrs := map[string]string{}
	for _, a := range n.Attr {
		key := a.Key
		if a.Namespace != "" {
			key = a.Namespace + ":" + a.Key
		}
		attrs[key] = a.Val
	}
	name := n.Data

	switch n.DataAtom {
	case atom.Meta:
		if !inHead {
			return
		}
		if strings.EqualFold(attrs["http-equiv"], "Content-Security-Policy") {
			info.csp = append(info.csp, attrs["content"])
		}
		if strings.EqualFold(attrs["name"], "referrer") {
			info.referrer = append(info.referrer, attrs["content"])
		}
	case atom.Link:
		for _, rel := range strings.Fields(strings.ToLower(attrs["rel"])) {
			if rel == "stylesheet" {
				info.stylesheets = append(info.stylesheets, attrs["href"])
			}
			if resourceLinkTypes[rel] {
				info.add(fmt.Sprintf("<link rel=%s>", rel), attrs["href"])
				break
			}
		}
	case atom.Style:
		var css strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			css.WriteString(c.Data)
		}
		for _, u := range cssURLs([]byte(css.String())) {
			info.add("<style>", u)
		}
	}
	if n.DataAtom == atom.Input && !strings.EqualFold(attrs["type"], "image") {
		return
	}
	for _, attr := range resourceAttrs[n.DataAtom] {
		v, ok := attrs[attr]
		if !ok {
			continue
		}
		label := fmt.Sprintf("<%s %s>", name, attr)
		if attr == "srcset" {
			for _, u := range srcsetURLs(v) {
				info.add(label, u)
			}
			continue
		}
		info.add(label, v)
	}
	if style, ok := attrs["style"]; ok {
		for _, u := range cssURLs([]byte(style)) {
			info.add(fmt.Sprintf("<%s style>", name), u)
		}
	}
}

func (info *pageInfo) add(element, u string) {
	u = strings.TrimSpace(u)
	if u == "" {
		return
	}
	info.resources = append(info.resources, resource{element: element, url: u, foreign: isForeign(u)})
}

// isForeign reports whether u names a host or a scheme, and so may load
// from another origin. data: URLs are inline and never foreign.
func isForeign(u string) bool {
	u = strings.TrimSpace(u)
	if strings.HasPrefix(u, "//") || strings.HasPrefix(u, `\\`) {
		return true
	}
	parsed, err := url.Parse(u)
	if err != nil {
		// A URL that does not parse is reported as foreign rather than
		// passed unchecked.
		return true
	}
	return parsed.Scheme != "" && !strings.EqualFold(parsed.Scheme, "data") || parsed.Host != ""
}

func srcsetURLs(srcset string) []string {
	var urls []string
	for _, candidate := range strings.Split(srcset, ",") {
		if fields := strings.Fields(candidate); len(fields) > 0 {
			urls = append(urls, fields[0])
		}
	}
	return urls
}

var (
	cssURL    = regexp.MustCompile(`(?i)url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)`)
	cssImport = regexp.MustCompile(`(?i)@import\s+(?:"([^"]*)"|'([^']*)')`)
)

// cssURLs returns the url() and @import "…" references of a stylesheet.
func cssURLs(css []byte) []string {
	var urls []string
	for _, re := range []*regexp.Regexp{cssURL, cssImport} {
		for _, m := range re.FindAllSubmatch(css, -1) {
			for _, g := range m[1:] {
				if len(g) > 0 {
					urls = append(urls, string(g))
					break
				}
			}
		}
	}
	return urls
}
