package search

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the form that the index and the query compare:
// canonically decomposed (NFD), in lower case, without the combining
// diacritical marks U+0300 to U+036F, with đ as d and final sigma ς as
// σ. Vietnamese "Đồng Hành" folds to "dong hanh". Thai vowel and tone
// marks lie outside U+0300 to U+036F and are kept.
//
// assets/js/search.js repeats these steps; see Tokens.
func Fold(s string) string {
	s = strings.ToLower(norm.NFD.String(s))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 0x0300 && r <= 0x036F:
			continue
		case r == 'đ':
			r = 'd'
		case r == 'ς':
			// JavaScript lowercases a word-final capital sigma to ς,
			// Go always to σ.
			r = 'σ'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// class is the role of a folded character in tokenising.
type class int

const (
	separator class = iota
	wordChar
	thaiChar
)

// separatorRanges are the code points from U+00C0 up that end a word:
// multiplication and division signs, general punctuation, symbols and
// arrows, CJK punctuation, variation selectors, the byte order mark,
// specials, and surrogates. Every code point above U+FFFF (emoji among
// them) is a separator too, because a JavaScript string stores such a
// character as two surrogates, which are separators there.
var separatorRanges = [][2]rune{
	{0x00D7, 0x00D7},
	{0x00F7, 0x00F7},
	{0x2000, 0x2BFF},
	{0x3000, 0x303F},
	{0xD800, 0xDFFF},
	{0xFE00, 0xFE0F},
	{0xFEFF, 0xFEFF},
	{0xFFF0, 0xFFFF},
}

// classOf returns the class of a folded character. Letters and digits
// of ASCII are word characters and the rest of ASCII and Latin-1 below
// U+00C0 are separators. In the Thai block, consonants, vowels and
// marks are Thai characters, Thai digits are word characters, and ฯ, ๆ,
// ฿ and the other signs are separators. Every other code point up to
// U+FFFF that separatorRanges does not list is a word character.
func classOf(r rune) class {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return wordChar
	case r < 0x00C0, r > 0xFFFF:
		return separator
	case r >= 0x0E00 && r <= 0x0E7F:
		return thaiClass(r)
	}
	for _, sr := range separatorRanges {
		if r >= sr[0] && r <= sr[1] {
			return separator
		}
	}
	return wordChar
}

func thaiClass(r rune) class {
	switch {
	case r >= 0x0E01 && r <= 0x0E2E, // consonants
		r >= 0x0E30 && r <= 0x0E3A, // vowels and phinthu, without ฯ (U+0E2F)
		r >= 0x0E40 && r <= 0x0E45, // leading vowels and lakkhangyao
		r >= 0x0E47 && r <= 0x0E4E: // tone marks and other marks, without ๆ (U+0E46)
		return thaiChar
	case r >= 0x0E50 && r <= 0x0E59: // Thai digits
		return wordChar
	}
	return separator
}

// Tokens returns the search terms of s, each once, in the order of
// their first appearance. s is folded first. A run of word characters
// is one term, so Latin-script languages match whole words. Thai puts
// no spaces between words, so a run of Thai characters gives its
// overlapping pairs of characters (bigrams), or the one character
// when the run is a single character.
//
// The index and the query must split text the same way. The tokens()
// function of assets/js/search.js repeats this rule for the query, and
// a test runs both on testdata/tokens.json.
func Tokens(s string) []string {
	folded := []rune(Fold(s))
	var out []string
	seen := map[string]bool{}
	add := func(term string) {
		if !seen[term] {
			seen[term] = true
			out = append(out, term)
		}
	}

	for start := 0; start < len(folded); {
		c := classOf(folded[start])
		end := start + 1
		for end < len(folded) && classOf(folded[end]) == c {
			end++
		}
		switch {
		case c == wordChar:
			add(string(folded[start:end]))
		case c == thaiChar && end-start == 1:
			add(string(folded[start]))
		case c == thaiChar:
			for i := start; i+1 < end; i++ {
				add(string(folded[i : i+2]))
			}
		}
		start = end
	}
	return out
}
