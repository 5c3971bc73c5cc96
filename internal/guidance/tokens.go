package guidance

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
)

// tokenKind is a kind of value that a translation must copy from the
// English page unchanged.
type tokenKind int

const (
	kindPhone tokenKind = iota
	kindEmail
	kindURL
	kindLink
	kindShortcode
	kindNumber
)

var kindNames = map[tokenKind]string{
	kindPhone:     "phone number",
	kindEmail:     "email address",
	kindURL:       "URL",
	kindLink:      "internal link",
	kindShortcode: "shortcode",
	kindNumber:    "number",
}

var kindCodes = map[tokenKind]string{
	kindPhone:     CodeParityPhone,
	kindEmail:     CodeParityEmail,
	kindURL:       CodeParityURL,
	kindLink:      CodeParityLink,
	kindShortcode: CodeParityShortcode,
	kindNumber:    CodeParityNumber,
}

// token is one value compared between a page and its translation.
type token struct {
	kind tokenKind
	// key is the normalised value: E.164 for a phone number, the number
	// with its separators removed, a lower-case email address.
	key string
	// alt is a second key that also matches: the Common Era year of a
	// Thai number that may be a Buddhist Era year.
	alt string
	// text is the value as written.
	text   string
	offset int
}

// phoneRegions maps a language to the country whose national phone
// number format its pages use. Pages in other languages, English among
// them, are read with the region of the translation they are compared
// with, so "02 555 0000" means the same number on both sides.
var phoneRegions = map[string]string{
	"id": "ID",
	"ms": "MY",
	"th": "TH",
	"vi": "VN",
}

// numberFormats gives each language's thousands and decimal separators.
// Every language also accepts a space, a no-break space or a thin space
// between groups of three digits ("1 000").
var numberFormats = map[string]struct{ group, decimal rune }{
	"en": {',', '.'},
	"ms": {',', '.'},
	"th": {',', '.'},
	"id": {'.', ','},
	"vi": {'.', ','},
}

// addDestination records a link or image destination as a URL, an email
// address (mailto:), a phone number (tel:) or an internal link.
func (p *page) addDestination(dest string, off int) {
	dest = strings.TrimSpace(dest)
	lower := strings.ToLower(dest)
	switch {
	case dest == "" || strings.HasPrefix(dest, "#"):
		// An anchor on the same page; heading IDs differ per language.
	case strings.HasPrefix(lower, "mailto:"):
		addr, _, _ := strings.Cut(dest[len("mailto:"):], "?")
		p.addEmail(addr, off)
	case strings.HasPrefix(lower, "tel:"):
		p.tokens = append(p.tokens, token{kind: kindPhone, key: telKey(dest[len("tel:"):]), text: dest, offset: off})
	case hasScheme(dest) && !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "sms:"):
		// javascript:, data: and the like would run or embed code; Hugo's
		// templates would turn them into a dead "#ZgotmplZ" link.
		p.addError(off, CodeUnsafeLink, "link to a web address starting with https://, or to mailto:, tel: or sms:",
			"link %q uses a scheme that is not allowed", dest)
	case hasScheme(dest) || strings.HasPrefix(dest, "//"):
		p.tokens = append(p.tokens, token{kind: kindURL, key: urlKey(dest), text: dest, offset: off})
	default:
		p.tokens = append(p.tokens, token{kind: kindLink, key: linkKey(dest), text: dest, offset: off})
	}
}

func (p *page) addEmail(addr string, off int) {
	p.tokens = append(p.tokens, token{kind: kindEmail, key: strings.ToLower(addr), text: addr, offset: off})
}

var scheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

func hasScheme(dest string) bool {
	return scheme.MatchString(dest)
}

// urlKey lower-cases the scheme and host and drops an empty path, so
// "HTTPS://Example.org/" equals "https://example.org".
func urlKey(dest string) string {
	u, err := url.Parse(dest)
	if err != nil {
		return dest
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if u.Path == "/" && u.RawQuery == "" && u.Fragment == "" {
		u.Path = ""
	}
	return u.String()
}

// linkKey drops the fragment, the query and a trailing slash of an
// internal link: "/guide/your-rights/#work" is "/guide/your-rights".
// Fragments are heading IDs, which differ per language.
func linkKey(dest string) string {
	dest, _, _ = strings.Cut(dest, "#")
	dest, _, _ = strings.Cut(dest, "?")
	if len(dest) > 1 {
		dest = strings.TrimSuffix(dest, "/")
	}
	return dest
}

// telKey returns the E.164 form of a tel: URI's number, or its digits
// when it does not parse.
func telKey(number string) string {
	if n, err := phonenumbers.Parse(number, "ZZ"); err == nil {
		return phonenumbers.Format(n, phonenumbers.E164)
	}
	return "+" + phonenumbers.NormalizeDigitsOnly(number)
}

var emailPattern = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)

// textTokens returns the phone numbers, email addresses and numbers in
// the page's text, reading national phone numbers as numbers of region.
func (p *page) textTokens(region string) []token {
	var out []token
	for _, run := range p.runs {
		phones := findPhones(run.text, region)
		for _, m := range phones {
			out = append(out, token{kind: kindPhone, key: m.key, text: string(run.text[m.start:m.end]), offset: run.offs[m.start]})
		}
		for _, loc := range emailPattern.FindAllIndex(run.text, -1) {
			addr := string(run.text[loc[0]:loc[1]])
			out = append(out, token{kind: kindEmail, key: strings.ToLower(addr), text: addr, offset: run.offs[loc[0]]})
		}
		for _, n := range findNumbers(run.text, p.lang, phones) {
			n.offset = run.offs[n.offset]
			out = append(out, n)
		}
	}
	return out
}

// phoneMatch is a phone number at text[start:end].
type phoneMatch struct {
	start, end int
	key        string
}

// digitGroup is a run of digits in a phone number candidate. start
// includes a "+" or "(" directly before the digits.
type digitGroup struct {
	start, end int
	digits     string // ASCII digits
	plus       bool
}

// findPhones finds phone numbers in text. A number in international
// format ("+66 2 555 0000") is always found; one in national format
// ("02 555 0000") only when region is set and the number is valid
// there. Only numbers that start with "+" or the trunk prefix 0 count,
// because the four countries' national numbers all start with 0, and a
// year range such as "2008-2010" is otherwise a valid Thai number. A
// "+" number that is not valid for any country is still returned, keyed
// by its digits, so that a mistyped number is reported as different.
// The scan is this package's own because github.com/nyaruka/phonenumbers
// v1.8.1 has no FindNumbers: its PhoneNumberMatcher is an empty stub.
func findPhones(text []byte, region string) []phoneMatch {
	var out []phoneMatch
	for i := 0; i < len(text); {
		groups, next := phoneCandidate(text, i)
		if len(groups) == 0 {
			i = next
			continue
		}
		out = append(out, matchGroups(text, groups, region)...)
		i = next
	}
	return out
}

// phoneCandidate reads the digits and separators that start at text[i]
// and splits them into digit groups. It returns no groups when text[i]
// does not start a candidate, and the offset to continue from.
func phoneCandidate(text []byte, i int) ([]digitGroup, int) {
	r, size := utf8.DecodeRune(text[i:])
	if !(r == '+' || r == '(' || isDigit(r)) || (i > 0 && isWordRune(lastRune(text[:i]))) {
		return nil, i + size
	}

	var groups []digitGroup
	seps := 0
	prefix := -1 // offset of a "+" or "(" that belongs to the next group
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRune(text[j:])
		switch {
		case isDigit(r):
			g := digitGroup{start: j, plus: prefix >= 0 && text[prefix] == '+'}
			if prefix >= 0 {
				g.start = prefix
			}
			var digits strings.Builder
			j = readDigits(text, j, &digits)
			g.end, g.digits = j, digits.String()
			groups = append(groups, g)
			seps, prefix = 0, -1
			continue
		case r == '+' && j == i:
			prefix = j
		case r == '(' || isPhoneSeparator(r):
			if r == '(' && prefix < 0 {
				prefix = j
			}
			seps++
			if seps > 2 {
				return groups, j
			}
		default:
			if len(groups) > 0 && groups[len(groups)-1].end == j && isWordRune(r) {
				// The last group runs into a word ("0000baht"): drop it.
				groups = groups[:len(groups)-1]
			}
			return groups, max(j, i+size)
		}
		j += size
	}
	return groups, max(j, i+size)
}

// isPhoneSeparator reports whether r may separate the digit groups of a
// phone number.
func isPhoneSeparator(r rune) bool {
	switch r {
	case ')', ' ', '-', '.', '\u00A0', '\u202F', '\u2009', '\u2010', '\u2011':
		return true
	}
	return false
}

// candidateText prepares a phone number candidate for phonenumbers.Parse:
// Thai digits become ASCII and Unicode spaces and hyphens become ASCII.
func candidateText(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u00A0', '\u202F', '\u2009':
			return ' '
		case '\u2010', '\u2011':
			return '-'
		}
		return asciiDigit(r)
	}, s)
}

// matchGroups finds phone numbers among consecutive digit groups,
// longest first from the left.
func matchGroups(text []byte, groups []digitGroup, region string) []phoneMatch {
	var out []phoneMatch
	for a := 0; a < len(groups); a++ {
		g := groups[a]
		if !g.plus && !strings.HasPrefix(g.digits, "0") {
			continue
		}
		matched := false
		for b := len(groups) - 1; b >= a; b-- {
			digits := joinDigits(groups[a : b+1])
			if len(digits) < 7 || len(digits) > 17 {
				continue
			}
			candidate := candidateText(string(text[g.start:groups[b].end]))
			if key, ok := parsePhone(candidate, g.plus, region); ok {
				out = append(out, phoneMatch{start: g.start, end: groups[b].end, key: key})
				a, matched = b, true
				break
			}
		}
		if matched || !g.plus {
			continue
		}
		// An invalid international number: take the longest run of
		// groups that E.164 allows (15 digits).
		b := a
		for b+1 < len(groups) && len(joinDigits(groups[a:b+2])) <= 15 {
			b++
		}
		if digits := joinDigits(groups[a : b+1]); len(digits) >= 7 {
			out = append(out, phoneMatch{start: g.start, end: groups[b].end, key: "+" + digits})
			a = b
		}
	}
	return out
}

// parsePhone returns the E.164 form of a valid phone number.
func parsePhone(candidate string, plus bool, region string) (string, bool) {
	if !plus && region == "" {
		return "", false
	}
	if plus {
		region = "ZZ"
	}
	n, err := phonenumbers.Parse(candidate, region)
	if err != nil || !phonenumbers.IsValidNumber(n) {
		return "", false
	}
	return phonenumbers.Format(n, phonenumbers.E164), true
}

func joinDigits(groups []digitGroup) string {
	var b strings.Builder
	for _, g := range groups {
		b.WriteString(g.digits)
	}
	return b.String()
}

// findNumbers finds the numbers of three or more digits in text that are
// not part of a phone number, in the number format of lang. The token
// offsets are indexes into text. In Thai, a year after "พ.ศ." is keyed
// as the Common Era year it names (BE = CE + 543), and a bare four-digit
// number from 2443 to 2643 (CE 1900 to 2100) also matches its CE year.
func findNumbers(text []byte, lang string, phones []phoneMatch) []token {
	format, ok := numberFormats[lang]
	if !ok {
		format = numberFormats["en"]
	}
	inPhone := func(i int) bool {
		for _, m := range phones {
			if i >= m.start && i < m.end {
				return true
			}
		}
		return false
	}

	var out []token
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if !isDigit(r) || inPhone(i) || (i > 0 && isDigit(lastRune(text[:i]))) {
			i += size
			continue
		}
		intPart, frac, end := readNumber(text, i, format.group, format.decimal)
		if len(intPart)+len(frac) < 3 {
			i = end
			continue
		}
		t := token{kind: kindNumber, key: numberKey(intPart, frac), text: string(text[i:end]), offset: i}
		if lang == "th" && frac == "" && len(intPart) == 4 && utf8.RuneCountInString(t.text) == 4 {
			year, _ := strconv.Atoi(intPart)
			switch {
			case thaiEraBefore(text[:i]):
				t.key = strconv.Itoa(year - 543)
			case year >= 2443 && year <= 2643:
				t.alt = strconv.Itoa(year - 543)
			}
		}
		out = append(out, t)
		i = end
	}
	return out
}

// readNumber reads the number at text[i]: digits, then groups of exactly
// three digits after a group separator, then a decimal part.
func readNumber(text []byte, i int, group, decimal rune) (intPart, frac string, end int) {
	var b strings.Builder
	j := readDigits(text, i, &b)
	first := b.Len()
	for {
		r, size := utf8.DecodeRune(text[j:])
		isGroup := r == group || r == ' ' || r == '\u00A0' || r == '\u202F' || r == '\u2009'
		if !isGroup || first > 3 || j+size >= len(text) {
			break
		}
		var g strings.Builder
		k := readDigits(text, j+size, &g)
		if g.Len() != 3 {
			break
		}
		b.WriteString(g.String())
		j = k
	}
	intPart = b.String()

	if r, size := utf8.DecodeRune(text[j:]); r == decimal && j+size < len(text) && isDigit(firstRune(text[j+size:])) {
		var f strings.Builder
		j = readDigits(text, j+size, &f)
		frac = f.String()
	}
	return intPart, frac, j
}

// readDigits appends the ASCII form of the digits at text[i] to b and
// returns the offset after them.
func readDigits(text []byte, i int, b *strings.Builder) int {
	for i < len(text) {
		r, size := utf8.DecodeRune(text[i:])
		if !isDigit(r) {
			break
		}
		b.WriteRune(asciiDigit(r))
		i += size
	}
	return i
}

// numberKey formats a number without separators, with a decimal point
// and without trailing zeros in the decimal part: "1.500,50" is "1500.5".
func numberKey(intPart, frac string) string {
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		return intPart
	}
	return intPart + "." + frac
}

// thaiEraBefore reports whether text ends with the Buddhist Era marker
// "พ.ศ." (or "พ.ศ"), possibly followed by spaces.
func thaiEraBefore(text []byte) bool {
	s := strings.TrimRight(string(text), " \u00A0\n")
	return strings.HasSuffix(s, "พ.ศ.") || strings.HasSuffix(s, "พ.ศ")
}

// isDigit reports whether r is an ASCII or a Thai digit.
func isDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '๐' && r <= '๙')
}

// asciiDigit converts a Thai digit to ASCII.
func asciiDigit(r rune) rune {
	if r >= '๐' && r <= '๙' {
		return '0' + (r - '๐')
	}
	return r
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || isDigit(r) || unicode.Is(unicode.Mn, r)
}

func lastRune(b []byte) rune {
	r, _ := utf8.DecodeLastRune(b)
	return r
}

func firstRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}
