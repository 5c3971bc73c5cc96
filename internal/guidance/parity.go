package guidance

import (
	"fmt"
	"strings"

	"github.com/panduan/panduan/internal/diag"
)

// exception is one entry of the translation's parity.ignore list.
type exception struct {
	text   string
	offset int
	used   bool
}

// headingsException is the parity.ignore entry that accepts a different
// number of headings.
const headingsException = "headings"

const parityFix = "copy the value from the English page exactly; if the difference is reviewed and right, list the value under parity.ignore in the front matter"

// compare checks that the translation tr carries the same phone numbers,
// email addresses, URLs, internal links, shortcodes, numbers and
// headings as its English page en. Tokens are compared as sets: a value
// that the English page repeats need appear only once.
func compare(en, tr *page) diag.List {
	var list diag.List
	if tr.broken {
		return nil // its own errors are reported already
	}
	if en.broken {
		list.Add(tr.position(0), diag.Warning, CodeParityUnreadable, "fix the errors of the English page first",
			"English page %s could not be read, so this translation was not compared with it", en.file)
		return list
	}

	region := phoneRegions[tr.lang]
	exceptions := tr.ignoreEntries()
	enTokens := byKind(en.allTokens(region))
	trTokens := byKind(tr.allTokens(region))
	sameSections := len(en.headings) == len(tr.headings)

	for _, kind := range []tokenKind{kindPhone, kindEmail, kindURL, kindLink, kindShortcode, kindNumber} {
		missing := unmatched(enTokens[kind], trTokens[kind])
		extra := unmatched(trTokens[kind], enTokens[kind])
		missing = silence(missing, exceptions, tr.lang, region)
		extra = silence(extra, exceptions, tr.lang, region)
		list = append(list, report(en, tr, kind, missing, extra, sameSections)...)
	}

	if !sameSections && !useException(exceptions, headingsException) {
		list.Add(tr.position(0), diag.Error, CodeParityHeadings,
			`translate every heading of the English page as a heading ("## …"); if the difference is reviewed and right, list "headings" under parity.ignore in the front matter`,
			"page has %s, the English page %s has %d", plural(len(tr.headings), "heading"), en.file, len(en.headings))
	}

	for _, ex := range exceptions {
		if !ex.used {
			list.Add(tr.position(ex.offset), diag.Warning, CodeUnusedException, "delete the entry",
				"parity.ignore entry %q matches no difference from the English page", ex.text)
		}
	}
	return list
}

// allTokens returns every parity token of the page.
func (p *page) allTokens(region string) []token {
	return append(append([]token(nil), p.tokens...), p.textTokens(region)...)
}

// byKind groups tokens by kind, keeping the first token of each key.
func byKind(tokens []token) map[tokenKind][]token {
	out := map[tokenKind][]token{}
	seen := map[tokenKind]map[string]bool{}
	for _, t := range tokens {
		if seen[t.kind] == nil {
			seen[t.kind] = map[string]bool{}
		}
		if seen[t.kind][t.key] {
			continue
		}
		seen[t.kind][t.key] = true
		out[t.kind] = append(out[t.kind], t)
	}
	return out
}

// unmatched returns the tokens of a that match no token of b.
func unmatched(a, b []token) []token {
	var out []token
	for _, x := range a {
		found := false
		for _, y := range b {
			if tokensMatch(x, y) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

func tokensMatch(x, y token) bool {
	return x.key == y.key || (x.alt != "" && x.alt == y.key) || (y.alt != "" && y.alt == x.key)
}

// silence drops the tokens that a parity.ignore entry matches and marks
// those entries used.
func silence(tokens []token, exceptions []exception, lang, region string) []token {
	var out []token
	for _, t := range tokens {
		ignored := false
		for i := range exceptions {
			if exceptionMatches(exceptions[i].text, t, lang, region) {
				exceptions[i].used = true
				ignored = true
			}
		}
		if !ignored {
			out = append(out, t)
		}
	}
	return out
}

func useException(exceptions []exception, text string) bool {
	for i := range exceptions {
		if strings.EqualFold(strings.TrimSpace(exceptions[i].text), text) {
			exceptions[i].used = true
			return true
		}
	}
	return false
}

// exceptionMatches reports whether a parity.ignore entry names token t:
// it is written the same, or it normalises to the same key the way t's
// kind is normalised ("+66 2 555 0000" matches "+66-2-555-0000").
func exceptionMatches(entry string, t token, lang, region string) bool {
	entry = strings.TrimSpace(entry)
	if entry == t.text {
		return true
	}
	for _, key := range exceptionKeys(entry, t.kind, lang, region) {
		if key == t.key || (t.alt != "" && key == t.alt) {
			return true
		}
	}
	return false
}

// exceptionKeys normalises a parity.ignore entry as a value of kind.
func exceptionKeys(entry string, kind tokenKind, lang, region string) []string {
	var keys []string
	switch kind {
	case kindPhone:
		for _, m := range findPhones([]byte(entry), region) {
			keys = append(keys, m.key)
		}
		if strings.HasPrefix(strings.ToLower(entry), "tel:") {
			keys = append(keys, telKey(entry[len("tel:"):]))
		}
	case kindEmail:
		keys = append(keys, strings.ToLower(strings.TrimPrefix(entry, "mailto:")))
	case kindURL:
		keys = append(keys, urlKey(entry))
	case kindLink:
		keys = append(keys, linkKey(entry))
	case kindShortcode:
		keys = append(keys, shortcodeKeyOf(entry))
	case kindNumber:
		for _, l := range []string{lang, SourceLanguage} {
			for _, n := range findNumbers([]byte(entry), l, nil) {
				keys = append(keys, n.key)
			}
		}
	}
	return keys
}

// shortcodeKeyOf normalises an entry written as a shortcode tag
// ({{< hotline "TH" >}}) or as its name and arguments (hotline "TH").
func shortcodeKeyOf(entry string) string {
	if !strings.HasPrefix(entry, "{{") {
		entry = "{{< " + entry + " >}}"
	}
	if len(entry) < 3 {
		return ""
	}
	_, code, msg := parseShortcode([]byte(entry), 0)
	if msg != "" || code == nil {
		return ""
	}
	return code.key()
}

// report turns the unmatched tokens of one kind into diagnostics. When
// both pages have the same headings, a missing and an extra value in the
// same section are reported together as one changed value.
func report(en, tr *page, kind tokenKind, missing, extra []token, sameSections bool) diag.List {
	var list diag.List
	name, code := kindNames[kind], kindCodes[kind]

	paired := map[int]bool{} // index into extra
	for _, m := range missing {
		section := en.sectionOf(m.offset)
		partner := -1
		for j, x := range extra {
			if paired[j] {
				continue
			}
			if (sameSections && tr.sectionOf(x.offset) == section) || (!sameSections && len(missing) == 1 && len(extra) == 1) {
				partner = j
				break
			}
		}
		if partner >= 0 {
			paired[partner] = true
			x := extra[partner]
			list.Add(tr.position(x.offset), diag.Error, code, parityFix,
				"%s %q differs from the English page, which has %q at %s", name, x.text, m.text, en.position(m.offset))
			continue
		}
		off := 0
		if sameSections && section > 0 {
			off = tr.headings[section-1]
		}
		list.Add(tr.position(off), diag.Error, code, parityFix,
			"%s %q is missing; the English page has it at %s%s", name, m.text, en.position(m.offset), sectionHint(en, section))
	}
	for j, x := range extra {
		if paired[j] {
			continue
		}
		list.Add(tr.position(x.offset), diag.Error, code, parityFix,
			"%s %q is not on the English page %s", name, x.text, en.file)
	}
	return list
}

// sectionHint names the English heading above a missing value.
func sectionHint(en *page, section int) string {
	if section == 0 {
		return ""
	}
	line, _ := lineAt(en.src, en.headings[section-1])
	title := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(string(line)), "#"))
	return fmt.Sprintf(", under %q", title)
}

// plural formats a count and a noun: "1 heading", "2 headings".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
