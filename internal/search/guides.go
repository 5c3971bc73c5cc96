package search

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"
)

// Guide is a guidance page as the index needs it.
type Guide struct {
	// URL is the page's path relative to the language's folder, such as
	// "guide/get-help.html".
	URL         string
	Title       string
	Description string
	// Text is the visible text of the Markdown body, without markup and
	// shortcodes.
	Text string
}

// guideFrontMatter holds the front matter fields that decide whether
// and where Hugo publishes a page.
type guideFrontMatter struct {
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	Draft       bool   `yaml:"draft"`
	Slug        string `yaml:"slug"`
	URL         string `yaml:"url"`
}

// ReadGuides reads every Markdown page under contentDir/lang, the
// folder that hugo.toml mounts as the language's content. A page with
// draft: true is left out, as Hugo leaves it out of a build.
//
// NOTE: the URL follows Hugo's rules for uglyURLs and lower-case paths
// (guide/_index.md is guide/index.html, guide/a.md or a leaf bundle
// guide/a/index.md is guide/a.html, slug replaces the file name). A
// page that sets url, or a file name that Hugo would rewrite (spaces,
// other punctuation), returns an error instead of a wrong link.
func ReadGuides(contentDir, lang string) ([]Guide, error) {
	root := filepath.Join(contentDir, lang)
	var guides []Guide
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || filepath.Ext(p) != ".md" {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		g, publish, err := parseGuide(filepath.ToSlash(rel), src)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if publish {
			guides = append(guides, g)
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return guides, err
}

// parseGuide reads one page whose path inside the language's content
// folder is rel. publish is false for a draft.
func parseGuide(rel string, src []byte) (g Guide, publish bool, err error) {
	yamlText, body, err := splitFrontMatter(src)
	if err != nil {
		return Guide{}, false, err
	}
	var fm guideFrontMatter
	if err := yaml.Unmarshal(yamlText, &fm); err != nil {
		return Guide{}, false, fmt.Errorf("invalid front matter: %w", err)
	}
	if fm.Draft {
		return Guide{}, false, nil
	}
	if fm.URL != "" {
		return Guide{}, false, fmt.Errorf("front matter sets url %q, which the search index does not support: remove it and name the file after the page", fm.URL)
	}
	url, err := guideURL(rel, fm.Slug)
	if err != nil {
		return Guide{}, false, err
	}
	return Guide{
		URL:         url,
		Title:       strings.TrimSpace(fm.Title),
		Description: strings.TrimSpace(fm.Description),
		Text:        markdownText(body),
	}, true, nil
}

// pathSegment matches a file or folder name that Hugo publishes as it is.
var pathSegment = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)

// guideURL returns the published path of the page at rel, a path with
// forward slashes such as "guide/get-help.md".
func guideURL(rel, slug string) (string, error) {
	dir, file := path.Split(strings.ToLower(rel))
	dir = strings.TrimSuffix(dir, "/")
	name := strings.TrimSuffix(file, ".md")

	var url string
	switch {
	case name == "_index":
		url = path.Join(dir, "index.html")
	case name == "index" && dir != "":
		// A leaf bundle is published under its folder's name.
		parent, folder := path.Split(dir)
		if slug != "" {
			folder = slug
		}
		url = path.Join(parent, folder+".html")
	default:
		if slug != "" {
			name = slug
		}
		url = path.Join(dir, name+".html")
	}
	for _, seg := range strings.Split(url, "/") {
		if !pathSegment.MatchString(seg) {
			return "", fmt.Errorf("the published path %q has a name other than lower-case letters, digits, '.', '_' and '-', which the search index cannot link to: rename the file or change its slug", url)
		}
	}
	return url, nil
}

// splitFrontMatter returns the YAML between the opening and closing
// "---" lines, and the body after them. A file without front matter has
// an empty YAML text.
func splitFrontMatter(src []byte) (yamlText, body []byte, err error) {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	first, rest, _ := bytes.Cut(src, []byte("\n"))
	if string(bytes.TrimRight(first, " \t\r")) != "---" {
		return nil, src, nil
	}
	for off := 0; off < len(rest); {
		line, _, _ := bytes.Cut(rest[off:], []byte("\n"))
		next := off + len(line) + 1
		if string(bytes.TrimRight(line, " \t\r")) == "---" {
			return rest[:off], rest[min(next, len(rest)):], nil
		}
		off = next
	}
	return nil, nil, errors.New("front matter has no closing --- line")
}

// markdown parses like Hugo's default goldmark configuration: GFM,
// definition lists and footnotes.
var markdown = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList, extension.Footnote))

// shortcode matches a Hugo shortcode call such as {{< hotline "TH" >}}.
// The index leaves out what a shortcode prints.
var shortcode = regexp.MustCompile(`(?s)\{\{[<%].*?[%>]\}\}`)

// markdownText returns the visible text of a Markdown body, with one
// space between blocks and between lines. Link destinations, images and
// raw HTML, which Hugo drops from guidance pages, are left out. Inline
// markup adds no space, so "**in**formation" stays one word.
func markdownText(body []byte) string {
	body = shortcode.ReplaceAll(body, []byte(" "))
	doc := markdown.Parser().Parse(text.NewReader(body))
	var b strings.Builder
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Image, *ast.RawHTML, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if entering {
				b.Write(n.Segment.Value(body))
				if n.SoftLineBreak() || n.HardLineBreak() {
					b.WriteByte(' ')
				}
			}
		case *ast.String:
			if entering {
				b.Write(n.Value)
			}
		case *ast.AutoLink:
			if entering {
				b.Write(n.Label(body))
			}
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			if entering {
				lines := n.Lines()
				for i := 0; i < lines.Len(); i++ {
					seg := lines.At(i)
					b.Write(seg.Value(body))
				}
			}
		}
		if !entering && n.Type() == ast.TypeBlock && b.Len() > 0 {
			b.WriteByte('\n')
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}
