package guidance

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// markdown parses like Hugo's default goldmark configuration (Hugo
// v0.165): GFM with linkify, definition lists, footnotes and heading
// attributes. Rendering options do not matter here.
var markdown = goldmark.New(
	goldmark.WithExtensions(extension.GFM, extension.DefinitionList, extension.Footnote),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

// textRun is the visible text of one block with the file offset of each
// of its bytes, so that a match in the text maps back to line:column.
type textRun struct {
	text []byte
	offs []int
}

func (r *textRun) append(b []byte, off int) {
	for i := range b {
		r.text = append(r.text, b[i])
		r.offs = append(r.offs, off+i)
	}
}

// separate ends a word, so that text on either side of a link or an
// HTML tag never joins into one number.
func (r *textRun) separate(off int) {
	r.text = append(r.text, '\n')
	r.offs = append(r.offs, off)
}

// mdWalker collects headings, links, raw HTML and text runs.
type mdWalker struct {
	p    *page
	body []byte
	base int // offset of body in the file
	run  textRun
}

// parseMarkdown parses the masked body and collects what the checks
// need. Raw HTML is reported here.
func (p *page) parseMarkdown(body []byte) {
	doc := markdown.Parser().Parse(text.NewReader(body))
	w := &mdWalker{p: p, body: body, base: p.span.body}
	_ = ast.Walk(doc, w.visit) // visit returns no errors
	w.flush()
}

func (w *mdWalker) flush() {
	if len(w.run.text) > 0 {
		w.p.runs = append(w.p.runs, w.run)
	}
	w.run = textRun{}
}

func (w *mdWalker) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	switch n := n.(type) {
	case *ast.HTMLBlock:
		if entering {
			w.flush()
			var snippet []byte
			if n.Lines().Len() > 0 {
				seg := n.Lines().At(0)
				snippet = seg.Value(w.body)
			}
			w.rawHTML(w.nodeOffset(n), snippet)
		}
		return ast.WalkSkipChildren, nil

	case *ast.RawHTML:
		if entering {
			var snippet []byte
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				snippet = append(snippet, seg.Value(w.body)...)
			}
			w.run.separate(w.nodeOffset(n))
			w.rawHTML(w.nodeOffset(n), snippet)
		}
		return ast.WalkSkipChildren, nil

	case *ast.Heading:
		w.flush()
		if entering {
			w.p.headings = append(w.p.headings, w.nodeOffset(n))
		}

	case *ast.CodeBlock, *ast.FencedCodeBlock:
		if entering {
			w.flush()
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				w.run.append(seg.Value(w.body), w.base+seg.Start)
			}
			w.flush()
		}
		return ast.WalkSkipChildren, nil

	case *ast.Text:
		if entering {
			w.run.append(n.Segment.Value(w.body), w.base+n.Segment.Start)
			if n.SoftLineBreak() || n.HardLineBreak() {
				w.run.separate(w.base + n.Segment.Stop)
			}
		}

	case *ast.AutoLink:
		if entering {
			// goldmark's position of a linkify autolink is the character
			// that triggered it; point at the address itself.
			off := w.nodeOffset(n)
			if i := bytes.Index(w.body[off-w.base:], n.Label(w.body)); i >= 0 {
				off += i
			}
			w.run.separate(off)
			url := string(n.URL(w.body))
			if n.AutoLinkType == ast.AutoLinkEmail {
				w.p.addEmail(strings.TrimPrefix(url, "mailto:"), off)
			} else {
				w.p.addDestination(url, off)
			}
		}
		return ast.WalkSkipChildren, nil

	case *ast.Link:
		if entering {
			w.run.separate(w.nodeOffset(n))
			w.p.addDestination(string(n.Destination), w.nodeOffset(n))
		} else {
			w.run.separate(w.nodeOffset(n))
		}

	case *ast.Image:
		if entering {
			w.run.separate(w.nodeOffset(n))
			w.p.addDestination(string(n.Destination), w.nodeOffset(n))
		} else {
			w.run.separate(w.nodeOffset(n))
		}

	default:
		if n.Type() == ast.TypeBlock {
			w.flush()
		}
	}
	return ast.WalkContinue, nil
}

// nodeOffset returns the file offset of a node: its goldmark position,
// else the start of its first line or text, else the body start.
func (w *mdWalker) nodeOffset(n ast.Node) int {
	if pos := n.Pos(); pos >= 0 {
		return w.base + pos
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return w.base + n.Lines().At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			return w.base + t.Segment.Start
		}
	}
	return w.base
}

// rawHTML reports raw HTML. The site's Hugo configuration (unsafe =
// false) drops it from the page, and allowing it would let a page run
// scripts or hide text.
func (w *mdWalker) rawHTML(off int, snippet []byte) {
	s := strings.TrimSpace(string(snippet))
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	what := "raw HTML"
	if strings.HasPrefix(s, "<!--") {
		what = "HTML comment"
	}
	w.p.addError(off, CodeRawHTML,
		"write it in Markdown (a blank line between paragraphs, **bold**, [text](/guide/page) for a link); Hugo leaves raw HTML out of the page",
		"%s is not allowed: %s", what, s)
}
