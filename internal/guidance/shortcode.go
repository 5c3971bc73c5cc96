package guidance

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// shortcode is one Hugo shortcode tag, {{< name args >}} or
// {{% name args %}}.
type shortcode struct {
	name    string
	args    []string // positional arguments, unquoted
	named   []string // named arguments as key=value, unquoted
	closing bool     // {{< /name >}}
	start   int      // file offset of "{{"
}

// key returns the comparison key of the shortcode: its name and
// arguments.
func (s shortcode) key() string {
	parts := append([]string{s.name}, s.args...)
	named := append([]string(nil), s.named...)
	sort.Strings(named)
	parts = append(parts, named...)
	return strings.Join(parts, "\x1f")
}

// String formats the shortcode as a translator writes it.
func (s shortcode) String() string {
	var b strings.Builder
	b.WriteString("{{< ")
	if s.closing {
		b.WriteString("/")
	}
	b.WriteString(s.name)
	for _, a := range s.args {
		b.WriteString(" " + strconv.Quote(a))
	}
	for _, kv := range s.named {
		k, v, _ := strings.Cut(kv, "=")
		b.WriteString(" " + k + "=" + strconv.Quote(v))
	}
	b.WriteString(" >}}")
	return b.String()
}

// shortcodeMask replaces shortcodes before goldmark parses the body, as
// Hugo replaces them with placeholders: a letter that is neither Markdown
// syntax nor a digit nor a phone extension mark ("x").
const shortcodeMask = 'Q'

// scanShortcodes finds the shortcodes of the body, reports those not on
// the allow-list or with wrong arguments, records the others as parity
// tokens, and returns a copy of the body with every shortcode masked.
// Hugo finds shortcodes everywhere in the body, code blocks included;
// the comment form {{</* name */>}} is text and stays.
func (p *page) scanShortcodes() []byte {
	body := append([]byte(nil), p.body()...)
	base := p.span.body

	for i := 0; ; {
		j := bytes.Index(body[i:], []byte("{{"))
		if j < 0 {
			break
		}
		start := i + j
		if start+2 >= len(body) || (body[start+2] != '<' && body[start+2] != '%') {
			i = start + 2
			continue
		}
		end, code, msg := parseShortcode(body, start)
		if msg != "" {
			p.addError(base+start, CodeShortcodeSyntax,
				"close the shortcode tag, e.g. {{< hotline \"TH\" >}}", "%s", msg)
			break
		}
		i = end
		if code == nil { // comment form
			continue
		}
		code.start = base + start
		for k := start; k < end; k++ {
			if body[k] != '\n' && body[k] != '\r' {
				body[k] = shortcodeMask
			}
		}
		p.checkShortcode(*code)
	}
	return body
}

// checkShortcode reports a shortcode that is not allowed or has wrong
// arguments, and records an allowed one as a parity token.
func (p *page) checkShortcode(s shortcode) {
	spec, ok := Shortcodes[s.name]
	if !ok {
		p.addError(s.start, CodeShortcode,
			fmt.Sprintf("guidance pages may use only %s", allowedShortcodes()),
			"shortcode %q is not allowed", s.name)
		return
	}
	if s.closing {
		p.addError(s.start, CodeShortcodeSyntax, "delete the closing tag",
			"shortcode %q takes no content, so it has no closing tag", s.name)
		return
	}
	if len(s.named) > 0 {
		p.addError(s.start, CodeShortcodeSyntax,
			fmt.Sprintf("write it as %s", spec.Example),
			"shortcode %q takes no named arguments, found %s", s.name, strings.Join(s.named, " "))
		return
	}
	if len(s.args) != spec.Args {
		p.addError(s.start, CodeShortcodeSyntax,
			fmt.Sprintf("write it as %s", spec.Example),
			"shortcode %q takes %s, found %d", s.name, plural(spec.Args, "argument"), len(s.args))
		return
	}
	for _, a := range s.args {
		if spec.Arg != nil && !spec.Arg.MatchString(a) {
			p.addError(s.start, CodeShortcodeSyntax,
				fmt.Sprintf("the argument must be %s", spec.ArgHint),
				"shortcode %q has an invalid argument %q", s.name, a)
			return
		}
	}
	p.tokens = append(p.tokens, token{kind: kindShortcode, key: s.key(), text: s.String(), offset: s.start})
}

// allowedShortcodes lists the allow-list for messages.
func allowedShortcodes() string {
	var names []string
	for _, name := range sortedKeys(Shortcodes) {
		names = append(names, Shortcodes[name].Example)
	}
	return strings.Join(names, ", ")
}

// parseShortcode parses the shortcode tag that starts at body[start]
// ("{{<" or "{{%"). It returns the offset after the tag and the tag, or
// a nil tag for the comment form {{</* … */>}}. A non-empty message
// means the tag is malformed.
func parseShortcode(body []byte, start int) (end int, code *shortcode, msg string) {
	delim := body[start+2] // '<' or '%'
	closer := ">}}"
	if delim == '%' {
		closer = "%}}"
	}
	inner := start + 3

	rest := bytes.TrimLeft(body[inner:], " \t")
	if bytes.HasPrefix(rest, []byte("/*")) {
		k := bytes.Index(body[inner:], []byte("*/"))
		if k < 0 {
			return 0, nil, "shortcode comment {{" + string(delim) + "/* has no closing */" + closer
		}
		after := inner + k + 2
		trimmed := bytes.TrimLeft(body[after:], " \t")
		if !bytes.HasPrefix(trimmed, []byte(closer)) {
			return 0, nil, "shortcode comment has no closing " + closer
		}
		return len(body) - len(trimmed) + len(closer), nil, ""
	}

	words, stop, ok := shortcodeWords(body, inner, closer)
	if !ok {
		return 0, nil, "shortcode has no closing " + closer
	}
	if len(words) == 0 || words[0].quoted {
		return 0, nil, "shortcode has no name"
	}

	s := &shortcode{name: words[0].text}
	if strings.HasPrefix(s.name, "/") {
		s.closing = true
		s.name = strings.TrimSpace(strings.TrimPrefix(s.name, "/"))
		if s.name == "" && len(words) > 1 {
			s.name = words[1].text
			words = words[1:]
		}
	}
	for _, w := range words[1:] {
		if w.text == "/" && !w.quoted { // self-closing {{< name />}}
			continue
		}
		if !w.quoted && strings.Contains(w.text, "=") {
			s.named = append(s.named, w.text)
			continue
		}
		s.args = append(s.args, w.text)
	}
	return stop, s, ""
}

type shortcodeWord struct {
	text   string
	quoted bool
}

// shortcodeWords splits the inside of a shortcode tag into words: bare
// words, "double-quoted" strings with backslash escapes and `raw`
// strings, and key="value" pairs. It returns the offset after closer.
func shortcodeWords(body []byte, i int, closer string) ([]shortcodeWord, int, bool) {
	var words []shortcodeWord
	for i < len(body) {
		switch c := body[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case bytes.HasPrefix(body[i:], []byte(closer)):
			return words, i + len(closer), true
		case c == '"' || c == '`':
			text, next, ok := quoted(body, i)
			if !ok {
				return nil, 0, false
			}
			words = append(words, shortcodeWord{text: text, quoted: true})
			i = next
		default:
			w, next, ok := bareWord(body, i, closer)
			if !ok {
				return nil, 0, false
			}
			words = append(words, w)
			i = next
		}
	}
	return nil, 0, false
}

// bareWord reads an unquoted word, or a key="value" pair, at body[i].
func bareWord(body []byte, i int, closer string) (shortcodeWord, int, bool) {
	j := i
	for j < len(body) && !isShortcodeSpace(body[j]) && !bytes.HasPrefix(body[j:], []byte(closer)) {
		if body[j] == '=' && j+1 < len(body) && (body[j+1] == '"' || body[j+1] == '`') {
			value, next, ok := quoted(body, j+1)
			return shortcodeWord{text: string(body[i:j+1]) + value}, next, ok
		}
		j++
	}
	return shortcodeWord{text: string(body[i:j])}, j, true
}

func isShortcodeSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// quoted reads the quoted string that starts at body[i].
func quoted(body []byte, i int) (string, int, bool) {
	q := body[i]
	var b strings.Builder
	for j := i + 1; j < len(body); j++ {
		c := body[j]
		switch {
		case c == q:
			return b.String(), j + 1, true
		case c == '\\' && q == '"' && j+1 < len(body):
			j++
			b.WriteByte(body[j])
		case c == '\n':
			return "", 0, false
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, false
}
