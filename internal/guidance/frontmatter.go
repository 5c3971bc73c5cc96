package guidance

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// frontMatter holds the front matter fields this package reads. Hugo
// reads the others (description, weight) itself.
type frontMatter struct {
	Title  string `yaml:"title"`
	Source Source `yaml:"source"`
	Parity struct {
		// Ignore lists reviewed parity exceptions, e.g. ["+66 2 555 0000"].
		Ignore []string `yaml:"ignore"`
	} `yaml:"parity"`
}

// Source is the front matter entry of a translated page that records the
// English page it was translated from:
//
//	source:
//	  digest: "sha256:0123456789abcdef"
//	  commit: "<full Git commit of the English text, optional>"
//	  paragraphs: "<fingerprint of each English paragraph, optional>"
type Source struct {
	// Digest is the English page's digest (sourceText.Digest) at
	// translation time.
	Digest string `yaml:"digest"`
	// Commit is the Git commit whose English page has that digest.
	Commit string `yaml:"commit,omitempty"`
	// Paragraphs holds space-separated fingerprints of the English
	// paragraphs, so that a copy without Git history can still show
	// which English paragraphs changed.
	Paragraphs string `yaml:"paragraphs,omitempty"`
}

// frontMatterSpan locates the YAML front matter in a file.
type frontMatterSpan struct {
	present bool
	// start and end delimit the YAML text between the two "---" lines.
	start, end int
	// body is the offset of the first byte after the closing line.
	body int
	// newline is the line ending of the opening line.
	newline string
}

// frontMatterError is a front matter problem at a byte offset.
type frontMatterError struct {
	offset   int
	msg, fix string
}

const bom = "\uFEFF"

// splitFrontMatter finds the front matter of src. A file without front
// matter is valid and has an empty span whose body starts at 0.
func splitFrontMatter(src []byte) (frontMatterSpan, *frontMatterError) {
	start := 0
	if bytes.HasPrefix(src, []byte(bom)) {
		start = len(bom)
	}
	first, next := lineAt(src, start)

	switch string(bytes.TrimRight(first, " \t\r")) {
	case "---":
	case "+++":
		return frontMatterSpan{}, &frontMatterError{start, "TOML front matter (+++) is not supported",
			"write the front matter in YAML between two --- lines"}
	default:
		if bytes.HasPrefix(first, []byte("{")) {
			return frontMatterSpan{}, &frontMatterError{start, "JSON front matter is not supported",
				"write the front matter in YAML between two --- lines"}
		}
		return frontMatterSpan{body: 0}, nil
	}

	span := frontMatterSpan{present: true, start: next, newline: "\n"}
	if bytes.HasSuffix(first, []byte("\r")) {
		span.newline = "\r\n"
	}
	for off := next; off < len(src); {
		line, after := lineAt(src, off)
		if string(bytes.TrimRight(line, " \t\r")) == "---" {
			span.end = off
			span.body = after
			return span, nil
		}
		off = after
	}
	return frontMatterSpan{}, &frontMatterError{start, "front matter has no closing --- line",
		"end the front matter with a line that contains only ---"}
}

// lineAt returns the line that starts at off without its "\n", and the
// offset of the next line.
func lineAt(src []byte, off int) (line []byte, next int) {
	i := bytes.IndexByte(src[off:], '\n')
	if i < 0 {
		return src[off:], len(src)
	}
	return src[off : off+i], off + i + 1
}

// yamlLine matches the line number in go.yaml.in/yaml/v3 error messages
// ("yaml: line 3: did not find expected key").
var yamlLine = regexp.MustCompile(`line (\d+)`)

// readFrontMatter decodes the front matter into p.meta and reports YAML
// errors at their line.
func (p *page) readFrontMatter() {
	if !p.span.present {
		return
	}
	text := p.src[p.span.start:p.span.end]
	node, err := decodeFrontMatter(text, &p.meta)
	var typeErr *yaml.TypeError
	switch {
	case errors.As(err, &typeErr):
		// A value of the wrong type, one message per value.
		for _, msg := range typeErr.Errors {
			p.addError(p.yamlErrorOffset(msg), CodeFrontMatter,
				`give the value the type the field takes, e.g. parity: {ignore: ["+66 2 555 0000"]}`,
				"front matter: %s", msg)
		}
	case err != nil:
		p.addError(p.yamlErrorOffset(err.Error()), CodeFrontMatter,
			"fix the YAML; a value that contains a colon needs quotes",
			"front matter: %v", err)
	default:
		p.metaNode = node
	}
}

// yamlErrorOffset returns the file offset of the line that a YAML error
// message names, or the start of the front matter.
func (p *page) yamlErrorOffset(msg string) int {
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil {
			return p.yamlOffset(n, 1)
		}
	}
	return p.span.start
}

// decodeFrontMatter parses YAML front matter into meta and returns its
// top-level mapping node, or nil for empty front matter.
func decodeFrontMatter(text []byte, meta *frontMatter) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(text, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, errors.New("front matter must be a mapping of keys to values")
	}
	if err := root.Decode(meta); err != nil {
		return nil, err
	}
	return root, nil
}

// yamlOffset converts a 1-based line and column of the front matter
// text, as go.yaml.in/yaml/v3 reports them, into a file offset. The
// column counts characters, not bytes.
func (p *page) yamlOffset(line, column int) int {
	text := p.src[p.span.start:p.span.end]
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(text[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
	for c := 1; c < column && off < len(text) && text[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(text[off:])
		off += size
	}
	return p.span.start + off
}

// mappingValue returns the value node of key in a mapping node, or nil.
func mappingValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// ignoreEntries returns the parity.ignore entries with their offsets.
func (p *page) ignoreEntries() []exception {
	var out []exception
	seq := mappingValue(mappingValue(p.metaNode, "parity"), "ignore")
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil
	}
	for _, item := range seq.Content {
		out = append(out, exception{text: item.Value, offset: p.yamlOffset(item.Line, item.Column)})
	}
	return out
}

// renderSource formats a source entry as block YAML lines ending in nl.
func renderSource(s Source, nl string) string {
	out := "source:" + nl
	out += "  digest: " + strconv.Quote(s.Digest) + nl
	if s.Commit != "" {
		out += "  commit: " + strconv.Quote(s.Commit) + nl
	}
	if s.Paragraphs != "" {
		out += "  paragraphs: " + strconv.Quote(s.Paragraphs) + nl
	}
	return out
}

// replaceSource returns src with the top-level source entry of its front
// matter replaced by s, or added at the end of the front matter. Every
// other byte of the file is kept.
func replaceSource(src []byte, s Source) ([]byte, error) {
	span, ferr := splitFrontMatter(src)
	if ferr != nil {
		return nil, errors.New(ferr.msg)
	}
	if !span.present {
		nl := "\n"
		if bytes.Contains(src, []byte("\r\n")) {
			nl = "\r\n"
		}
		head := "---" + nl + renderSource(s, nl) + "---" + nl
		out := append([]byte(head), src...)
		return out, nil
	}

	text := src[span.start:span.end]
	var meta frontMatter
	root, err := decodeFrontMatter(text, &meta)
	if err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	starts := lineStarts(text)
	lineOffset := func(line int) int { // 1-based line; one past the end gives len(text)
		if line-1 < len(starts) {
			return starts[line-1]
		}
		return len(text)
	}

	from, to := len(text), len(text)
	if root != nil {
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value != "source" {
				continue
			}
			first := root.Content[i].Line
			last := len(starts) + 1 // the line after the front matter
			if len(text) > 0 && text[len(text)-1] == '\n' {
				last = len(starts)
			}
			if i+2 < len(root.Content) {
				last = root.Content[i+2].Line
			}
			// Blank and comment lines just before the next key belong to it.
			for last-1 > first && isBlankOrComment(text[lineOffset(last-1):lineOffset(last)]) {
				last--
			}
			from, to = lineOffset(first), lineOffset(last)
			break
		}
	}

	entry := renderSource(s, span.newline)
	if from == len(text) && len(text) > 0 && text[len(text)-1] != '\n' {
		entry = span.newline + entry
	}
	var out bytes.Buffer
	out.Write(src[:span.start+from])
	out.WriteString(entry)
	out.Write(src[span.start+to:])
	return out.Bytes(), nil
}

func isBlankOrComment(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) == 0 || t[0] == '#'
}
