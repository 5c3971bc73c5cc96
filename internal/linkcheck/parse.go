package linkcheck

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// reference is one URL found in a file.
type reference struct {
	url  string
	line int
	// css is set for url() and @import references, where a fragment-only
	// URL points into an SVG document and is not checked.
	css bool
}

// parsedHTML holds the references and fragment targets of one HTML file.
type parsedHTML struct {
	refs []reference
	ids  map[string]bool
}

// parseHTML collects the references and fragment targets of an HTML
// document. It uses the tokenizer rather than the tree parser, because
// only the tokenizer gives the raw text from which to count lines.
func parseHTML(data []byte) parsedHTML {
	page := parsedHTML{ids: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	line := 1
	inStyle := false

	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			// The end of the input: a bytes.Reader returns no other error.
			return page
		}
		start := line
		line += bytes.Count(z.Raw(), []byte("\n"))

		switch tt {
		case html.TextToken:
			if inStyle {
				page.refs = append(page.refs, cssReferences(string(z.Text()), start)...)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if string(name) == "style" {
				inStyle = false
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			token := z.Token()
			if token.Data == "style" && tt == html.StartTagToken {
				inStyle = true
			}
			page.addTag(token, start)
		}
	}
}

// addTag records the references and fragment targets of one tag.
func (p *parsedHTML) addTag(token html.Token, line int) {
	var httpEquiv, content string
	for _, attr := range token.Attr {
		switch attr.Key {
		case "id":
			p.ids[attr.Val] = true
		case "name":
			if token.Data == "a" {
				p.ids[attr.Val] = true
			}
		case "href", "src", "poster":
			p.refs = append(p.refs, reference{url: attr.Val, line: line})
		case "srcset", "imagesrcset":
			for _, u := range srcsetURLs(attr.Val) {
				p.refs = append(p.refs, reference{url: u, line: line})
			}
		case "style":
			p.refs = append(p.refs, cssReferences(attr.Val, line)...)
		case "http-equiv":
			httpEquiv = attr.Val
		case "content":
			content = attr.Val
		}
	}

	if token.Data == "meta" && strings.EqualFold(httpEquiv, "refresh") {
		if u, ok := refreshURL(content); ok {
			p.refs = append(p.refs, reference{url: u, line: line})
		}
	}
}

// refreshURL returns the URL of a <meta http-equiv="refresh"> content
// value such as "0; url=en/index.html".
func refreshURL(content string) (string, bool) {
	_, after, ok := strings.Cut(content, ";")
	if !ok {
		_, after, ok = strings.Cut(content, ",")
	}
	if !ok {
		return "", false
	}
	after = strings.TrimSpace(after)
	if len(after) < 4 || !strings.EqualFold(after[:3], "url") {
		return "", false
	}
	after = strings.TrimSpace(after[3:])
	after, ok = strings.CutPrefix(after, "=")
	if !ok {
		return "", false
	}
	return strings.Trim(strings.TrimSpace(after), `"'`), true
}

const asciiSpace = " \t\n\r\f"

// srcsetURLs returns the URLs of a srcset value such as
// "a.png 1x, b.png 2x", following the candidate parsing of the HTML
// standard: a URL runs to the next whitespace, and a comma that ends a
// URL or follows its descriptors separates candidates.
func srcsetURLs(srcset string) []string {
	var urls []string
	s := srcset
	for {
		s = strings.TrimLeft(s, asciiSpace+",")
		if s == "" {
			return urls
		}
		end := strings.IndexAny(s, asciiSpace)
		if end < 0 {
			end = len(s)
		}
		u := s[:end]
		s = s[end:]
		if trimmed := strings.TrimRight(u, ","); trimmed != u {
			urls = append(urls, trimmed)
			continue
		}
		urls = append(urls, u)

		// Skip the descriptors, which may contain commas inside parentheses.
		depth := 0
		i := 0
		for ; i < len(s); i++ {
			switch s[i] {
			case '(':
				depth++
			case ')':
				if depth > 0 {
					depth--
				}
			}
			if s[i] == ',' && depth == 0 {
				break
			}
		}
		s = s[i:]
	}
}

var (
	cssComment = regexp.MustCompile(`(?s)/\*.*?\*/`)
	cssURL     = regexp.MustCompile(`(?i)\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)`)
	cssImport  = regexp.MustCompile(`(?i)@import\s+(?:"([^"]*)"|'([^']*)')`)
)

// cssReferences returns the url() and @import references of a style
// sheet, a <style> element or a style attribute whose text starts on
// line firstLine.
func cssReferences(css string, firstLine int) []reference {
	// Blank out comments but keep their line breaks, so that lines stay right.
	css = cssComment.ReplaceAllStringFunc(css, func(comment string) string {
		return strings.Repeat("\n", strings.Count(comment, "\n"))
	})

	var refs []reference
	for _, re := range []*regexp.Regexp{cssURL, cssImport} {
		for _, m := range re.FindAllStringSubmatchIndex(css, -1) {
			u := ""
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					u = css[m[g]:m[g+1]]
					break
				}
			}
			line := firstLine + strings.Count(css[:m[0]], "\n")
			refs = append(refs, reference{url: u, line: line, css: true})
		}
	}
	return refs
}
