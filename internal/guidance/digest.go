package guidance

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// DigestPrefix starts every source digest; the rest is the first 16 hex
// digits (64 bits) of a SHA-256.
const DigestPrefix = "sha256:"

// paragraph is one blank-line-separated block of a page body after
// normalisation, with the file line it starts on.
type paragraph struct {
	line int
	text string
}

// sourceText is the part of an English page that a translation tracks:
// its title and its paragraphs.
type sourceText struct {
	file       string
	title      string
	paragraphs []paragraph
}

// readSourceText reads an English page for digests and change listings.
func readSourceText(root, file string) (*sourceText, error) {
	src, err := readFile(root, file)
	if err != nil {
		return nil, err
	}
	span, ferr := splitFrontMatter(src)
	if ferr != nil {
		return nil, fmt.Errorf("%s: %s", file, ferr.msg)
	}
	var meta frontMatter
	if span.present {
		if _, err := decodeFrontMatter(src[span.start:span.end], &meta); err != nil {
			return nil, fmt.Errorf("%s: front matter: %w", file, err)
		}
	}
	firstLine := bytes.Count(src[:span.body], []byte("\n")) + 1
	return &sourceText{
		file:       file,
		title:      norm.NFC.String(strings.TrimSpace(meta.Title)),
		paragraphs: splitParagraphs(src[span.body:], firstLine),
	}, nil
}

// splitParagraphs normalises a page body and splits it at blank lines.
// Normalising makes the digest ignore what an editor may change without
// changing the text: Unicode normalisation (NFC), CRLF line endings,
// trailing spaces and the number of blank lines between paragraphs.
func splitParagraphs(body []byte, firstLine int) []paragraph {
	var out []paragraph
	var cur []string
	start := 0
	flush := func() {
		if len(cur) > 0 {
			out = append(out, paragraph{line: start, text: strings.Join(cur, "\n")})
			cur = nil
		}
	}
	for i, line := range strings.Split(string(body), "\n") {
		line = strings.TrimRight(norm.NFC.String(line), " \t\r")
		if line == "" {
			flush()
			continue
		}
		if len(cur) == 0 {
			start = firstLine + i
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// Digest returns the source digest of the page: SHA-256 over the NFC
// title, a NUL byte and the normalised paragraphs joined by blank lines.
func (s *sourceText) Digest() string {
	h := sha256.New()
	h.Write([]byte(s.title))
	h.Write([]byte{0})
	for i, p := range s.paragraphs {
		if i > 0 {
			h.Write([]byte("\n\n"))
		}
		h.Write([]byte(p.text))
	}
	return DigestPrefix + hex.EncodeToString(h.Sum(nil))[:16]
}

// Fingerprints returns a short fingerprint of the title and of each
// paragraph, space-separated, for Source.Paragraphs.
func (s *sourceText) Fingerprints() string {
	parts := []string{fingerprint("title: " + s.title)}
	for _, p := range s.paragraphs {
		parts = append(parts, fingerprint(p.text))
	}
	return strings.Join(parts, " ")
}

// fingerprint returns 6 hex digits (24 bits) of a SHA-256. A change
// listing misses a changed paragraph only when its new fingerprint
// equals one of the n recorded ones, with a probability of about n/2²⁴.
func fingerprint(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:3])
}
