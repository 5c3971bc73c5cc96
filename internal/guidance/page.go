package guidance

import (
	"sort"
	"unicode/utf8"

	"github.com/panduan/panduan/internal/diag"
	"go.yaml.in/yaml/v3"
)

// page is one Markdown file after parsing. Offsets are byte offsets into
// src, the whole file; they become line:column only in diagnostics.
type page struct {
	lang string
	rel  string // path inside content/<lang>, e.g. "guide/get-help.md"
	file string // path relative to the site root, e.g. "content/th/guide/get-help.md"
	src  []byte

	lineStarts []int
	span       frontMatterSpan
	meta       frontMatter
	metaNode   *yaml.Node // top-level mapping of the front matter, or nil

	// broken is set when the file could not be parsed far enough for a
	// parity comparison to mean anything.
	broken bool

	diags diag.List
	// tokens are the parity tokens found without a phone region:
	// shortcodes, link destinations and autolinks.
	tokens []token
	// runs are the visible text blocks. Phone numbers and numbers are
	// found in them for each comparison, because a national phone
	// number is read as a number of the translation's country.
	runs     []textRun
	headings []int // offsets of the headings, in order
}

// readPage reads and checks one page.
func readPage(root, lang, rel string) (*page, error) {
	file := pageFile(lang, rel)
	src, err := readFile(root, file)
	if err != nil {
		return nil, err
	}
	p := parsePage(lang, rel, file, src)
	return p, nil
}

// parsePage runs every single-page check on src and collects the tokens
// that parity compares.
func parsePage(lang, rel, file string, src []byte) *page {
	p := &page{lang: lang, rel: rel, file: file, src: src, lineStarts: lineStarts(src)}

	if bad := invalidUTF8(src); bad >= 0 {
		p.addError(bad, CodeInvalidUTF8, "save the file as UTF-8",
			"invalid UTF-8 byte 0x%02X", src[bad])
		p.broken = true
		return p
	}
	p.checkCharacters()

	span, ferr := splitFrontMatter(src)
	if ferr != nil {
		p.addError(ferr.offset, CodeFrontMatter, ferr.fix, "%s", ferr.msg)
		p.broken = true
		return p
	}
	p.span = span
	p.readFrontMatter()

	body := p.scanShortcodes()
	p.parseMarkdown(body)
	return p
}

// lineStarts returns the offset of the first byte of every line.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// position converts a byte offset into a 1-based line and byte column.
func (p *page) position(off int) diag.Position {
	line := sort.Search(len(p.lineStarts), func(i int) bool { return p.lineStarts[i] > off }) - 1
	if line < 0 {
		line = 0
	}
	return diag.Position{File: p.file, Line: line + 1, Column: off - p.lineStarts[line] + 1}
}

// body returns the Markdown after the front matter.
func (p *page) body() []byte {
	return p.src[p.span.body:]
}

func (p *page) addError(off int, code, fix, format string, args ...any) {
	p.diags.Add(p.position(off), diag.Error, code, fix, format, args...)
}

func (p *page) addWarning(off int, code, fix, format string, args ...any) {
	p.diags.Add(p.position(off), diag.Warning, code, fix, format, args...)
}

// sectionOf returns how many headings come before off: 0 for the text
// before the first heading.
func (p *page) sectionOf(off int) int {
	return sort.SearchInts(p.headings, off+1)
}

// invalidUTF8 returns the offset of the first byte that is not part of a
// valid UTF-8 sequence, or -1.
func invalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}
