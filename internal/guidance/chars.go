package guidance

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// invisibleNames names the zero-width and bidirectional control
// characters that a page must not contain. They are invisible in most
// editors, can reorder or hide text (bidi controls), and break search
// and the parity checks.
var invisibleNames = map[rune]string{
	'\u200B': "ZERO WIDTH SPACE",
	'\u200C': "ZERO WIDTH NON-JOINER",
	'\u200D': "ZERO WIDTH JOINER",
	'\u2060': "WORD JOINER",
	'\u2061': "FUNCTION APPLICATION",
	'\u2062': "INVISIBLE TIMES",
	'\u2063': "INVISIBLE SEPARATOR",
	'\u2064': "INVISIBLE PLUS",
	'\uFEFF': "ZERO WIDTH NO-BREAK SPACE (byte order mark)",
	'\u200E': "LEFT-TO-RIGHT MARK",
	'\u200F': "RIGHT-TO-LEFT MARK",
	'\u061C': "ARABIC LETTER MARK",
	'\u202A': "LEFT-TO-RIGHT EMBEDDING",
	'\u202B': "RIGHT-TO-LEFT EMBEDDING",
	'\u202C': "POP DIRECTIONAL FORMATTING",
	'\u202D': "LEFT-TO-RIGHT OVERRIDE",
	'\u202E': "RIGHT-TO-LEFT OVERRIDE",
	'\u2066': "LEFT-TO-RIGHT ISOLATE",
	'\u2067': "RIGHT-TO-LEFT ISOLATE",
	'\u2068': "FIRST STRONG ISOLATE",
	'\u2069': "POP DIRECTIONAL ISOLATE",
}

// checkCharacters reports invisible control characters (errors) and lines
// that are not in Unicode NFC (one warning per line). src must be UTF-8.
func (p *page) checkCharacters() {
	src := p.src
	var prev rune
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if name, ok := invisibleNames[r]; ok {
			next, _ := utf8.DecodeRune(src[i+size:])
			if !(r == '\u200D' && isEmoji(prev) && isEmoji(next)) {
				p.addError(i, CodeInvisible, invisibleFix(r),
					"invisible character U+%04X %s", r, name)
			}
		}
		prev = r
		i += size
	}

	for line, start := range p.lineStarts {
		end := len(src)
		if line+1 < len(p.lineStarts) {
			end = p.lineStarts[line+1]
		}
		text := src[start:end]
		if norm.NFC.IsNormal(text) {
			continue
		}
		n := norm.NFC.QuickSpan(text)
		// QuickSpan stops at a boundary; the text up to the next
		// boundary is what NFC would change.
		rest := text[n:]
		_, size := utf8.DecodeRune(rest)
		seg := rest
		if b := norm.NFC.FirstBoundary(rest[size:]); b >= 0 {
			seg = rest[:size+b]
		}
		p.addWarning(start+n, CodeNotNFC,
			"save the file in NFC (precomposed characters); many editors have a Unicode normalisation command",
			"text is not in Unicode NFC: %q is written as %s", strings.TrimRight(string(seg), "\r\n"), codePoints(seg))
	}
}

// invisibleFix explains how to remove an invisible character.
func invisibleFix(r rune) string {
	switch r {
	case '\u200B':
		return "delete it; browsers break Thai lines at word boundaries without it"
	case '\uFEFF':
		return "delete it, or save the file as UTF-8 without a byte order mark"
	}
	return "delete it; it is invisible in most editors, so delete the character before and after it and retype them"
}

// isEmoji reports whether r is a pictographic character or the emoji
// variation selector, between which a ZERO WIDTH JOINER forms one emoji
// (as in 👩‍👧). The ranges cover the Unicode pictograph blocks, not the
// exact Extended_Pictographic property.
func isEmoji(r rune) bool {
	return r == '\uFE0F' || (r >= 0x1F000 && r <= 0x1FAFF) || (r >= 0x2600 && r <= 0x27BF)
}

// codePoints formats the code points of s as "U+0065 U+0301".
func codePoints(s []byte) string {
	var parts []string
	for _, r := range strings.TrimRight(string(s), "\r\n") {
		parts = append(parts, fmt.Sprintf("U+%04X", r))
	}
	return strings.Join(parts, " ")
}
