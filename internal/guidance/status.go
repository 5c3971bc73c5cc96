package guidance

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// PageState is the state of a translated page relative to its English
// page.
type PageState string

const (
	// Current: the recorded source digest equals the English page's.
	Current PageState = "current"
	// Outdated: the English page changed since the recorded digest.
	Outdated PageState = "outdated"
	// Untracked: the translation records no source digest.
	Untracked PageState = "untracked"
	// Missing: the English page has no translation.
	Missing PageState = "missing"
	// Invalid: the translation's front matter cannot be read.
	Invalid PageState = "invalid"
	// Extra: the translation has no English page.
	Extra PageState = "extra"
)

// PageStatus is the state of one translated page.
type PageStatus struct {
	// Path is the page inside content/<lang>, e.g. "guide/get-help.md".
	Path string
	// File is the translation, relative to the site root.
	File string
	// SourceFile is the English page, relative to the site root.
	SourceFile string
	State      PageState
	// Digest is the English page's current source digest; empty for an
	// extra page.
	Digest string
	// Recorded is the translation's source entry.
	Recorded Source
	// Problem explains an invalid page.
	Problem string
}

// StringStatus counts the UI strings of one language.
type StringStatus struct {
	// File is the language's strings file, relative to the site root.
	File string
	// Total is the number of strings in the English file.
	Total int
	// Translated counts the English keys that have a non-empty
	// translation.
	Translated int
	// Missing lists the English keys without a translation.
	Missing []string
	// Extra lists keys that the English file does not have.
	Extra []string
}

// DirectoryStatus counts the translatable fields of the Directory of
// Services in one language. Status leaves it empty; the caller that has
// read the workbook fills Report.Directory.
type DirectoryStatus struct {
	Fields       int
	Untranslated []DirectoryField
}

// DirectoryField is a directory field that has no translation.
type DirectoryField struct {
	// Entry names the row, e.g. "service svc-0012".
	Entry string
	// Field names the column, e.g. "description".
	Field string
	// Location is the workbook cell, e.g. "Services!F14".
	Location string
}

// LanguageStatus is the translation status of one language.
type LanguageStatus struct {
	Lang    string
	Pages   []PageStatus // sorted by Path
	Strings StringStatus
}

// Count returns the number of pages in state.
func (l *LanguageStatus) Count(state PageState) int {
	n := 0
	for _, p := range l.Pages {
		if p.State == state {
			n++
		}
	}
	return n
}

// Report is the translation status of a site.
type Report struct {
	// Source is the language translations are made from.
	Source    string
	Languages []LanguageStatus
	// Directory holds the directory's untranslated fields per language
	// code. Status does not fill it.
	Directory map[string]*DirectoryStatus
}

// Completion returns the percentage, rounded down, of a language's work
// that is done. It is the mean of the done share of each kind of work
// the site has: guidance pages that are current, UI strings that are
// translated and, when Directory is filled, directory fields that are
// translated. Each kind weighs the same, so that fifty translated UI
// strings cannot hide six untranslated pages.
func (r *Report) Completion(lang string) int {
	for i := range r.Languages {
		l := &r.Languages[i]
		if l.Lang != lang {
			continue
		}
		var shares []float64
		if pages := len(l.Pages) - l.Count(Extra); pages > 0 {
			shares = append(shares, float64(l.Count(Current))/float64(pages))
		}
		if l.Strings.Total > 0 {
			shares = append(shares, float64(l.Strings.Translated)/float64(l.Strings.Total))
		}
		if d := r.Directory[lang]; d != nil && d.Fields > 0 {
			shares = append(shares, float64(d.Fields-len(d.Untranslated))/float64(d.Fields))
		}
		if len(shares) == 0 {
			return 100
		}
		sum := 0.0
		for _, s := range shares {
			sum += s
		}
		return int(math.Floor(100*sum/float64(len(shares)) + 1e-9))
	}
	return 0
}

// I18nDir is the folder of Hugo's UI string files, one TOML file per
// language ("i18n/th.toml").
const I18nDir = "i18n"

// Status reports, for each language of langs other than the source
// language, which guidance pages are missing, outdated or current and
// which UI strings are missing. It needs no Git history: a page is
// current when the digest its front matter records equals the English
// page's digest.
func Status(root string, langs []string) (*Report, error) {
	rels, err := listPages(root, SourceLanguage)
	if err != nil {
		return nil, err
	}
	if len(rels) == 0 {
		return nil, fmt.Errorf("no guidance pages in %s", filepath.Join(root, ContentDir, SourceLanguage))
	}
	digests := map[string]string{}
	for _, rel := range rels {
		text, err := readSourceText(root, sourceFile(rel))
		if err != nil {
			return nil, err
		}
		digests[rel] = text.Digest()
	}
	english, err := readStrings(root, SourceLanguage)
	if err != nil {
		return nil, err
	}

	r := &Report{Source: SourceLanguage, Directory: map[string]*DirectoryStatus{}}
	for _, lang := range langs {
		if lang == SourceLanguage {
			continue
		}
		l := LanguageStatus{Lang: lang}
		l.Pages, err = pageStates(root, lang, rels, digests)
		if err != nil {
			return nil, err
		}
		l.Strings, err = stringStatus(root, lang, english)
		if err != nil {
			return nil, err
		}
		r.Languages = append(r.Languages, l)
	}
	return r, nil
}

// pageStates compares the pages of one language with the English pages.
func pageStates(root, lang string, rels []string, digests map[string]string) ([]PageStatus, error) {
	translated, err := listPages(root, lang)
	if err != nil {
		return nil, err
	}
	var out []PageStatus
	for _, rel := range rels {
		st := PageStatus{Path: rel, File: pageFile(lang, rel), SourceFile: sourceFile(rel), Digest: digests[rel]}
		recorded, exists, err := readRecordedSource(root, st.File)
		switch {
		case !exists:
			st.State = Missing
		case err != nil:
			st.State, st.Problem = Invalid, strings.Join(strings.Fields(err.Error()), " ")
		case recorded.Digest == "":
			st.State = Untracked
		case recorded.Digest == st.Digest:
			st.State = Current
		default:
			st.State = Outdated
		}
		st.Recorded = recorded
		out = append(out, st)
	}
	for _, rel := range translated {
		if _, ok := digests[rel]; !ok {
			out = append(out, PageStatus{Path: rel, File: pageFile(lang, rel), State: Extra})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// readRecordedSource reads the source entry of a translation. exists is
// false when the file does not exist; err reports a front matter that
// cannot be read.
func readRecordedSource(root, file string) (s Source, exists bool, err error) {
	src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(file)))
	if errors.Is(err, fs.ErrNotExist) {
		return Source{}, false, nil
	}
	if err != nil {
		return Source{}, false, err
	}
	span, ferr := splitFrontMatter(src)
	if ferr != nil {
		return Source{}, true, errors.New(ferr.msg)
	}
	if !span.present {
		return Source{}, true, nil
	}
	var meta frontMatter
	if _, err := decodeFrontMatter(src[span.start:span.end], &meta); err != nil {
		return Source{}, true, fmt.Errorf("front matter: %w", err)
	}
	return meta.Source, true, nil
}

// PageSource returns the source entry recorded in a translated page.
// file is relative to root or absolute, as for MarkCurrent.
func PageSource(root, file string) (Source, error) {
	rel, err := translationPath(root, file)
	if err != nil {
		return Source{}, err
	}
	s, exists, err := readRecordedSource(root, rel)
	if err == nil && !exists {
		err = fmt.Errorf("%s: %w", rel, fs.ErrNotExist)
	}
	return s, err
}

// pluralForms are the CLDR plural categories that go-i18n, and so Hugo,
// reads from a table-form string ([key] other = "…").
var pluralForms = []string{"zero", "one", "two", "few", "many", "other"}

// readStrings reads i18n/<lang>.toml and reports for each key whether it
// has a non-empty translation. A missing file has no keys.
func readStrings(root, lang string) (map[string]bool, error) {
	file := path.Join(I18nDir, lang+".toml")
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(file)))
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]bool{}, nil
	}
	if err != nil {
		return nil, err
	}
	var raw map[string]any
	if err := toml.Unmarshal(data, &raw); err != nil {
		var derr *toml.DecodeError
		if errors.As(err, &derr) {
			row, col := derr.Position()
			return nil, fmt.Errorf("%s:%d:%d: %s", file, row, col, derr.Error())
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}

	out := make(map[string]bool, len(raw))
	for key, value := range raw {
		switch v := value.(type) {
		case string:
			out[key] = strings.TrimSpace(v) != ""
		case map[string]any:
			for _, form := range pluralForms {
				if s, ok := v[form].(string); ok && strings.TrimSpace(s) != "" {
					out[key] = true
				}
			}
			if !out[key] {
				out[key] = false
			}
		default:
			out[key] = false
		}
	}
	return out, nil
}

// stringStatus compares a language's UI strings with the English ones.
func stringStatus(root, lang string, english map[string]bool) (StringStatus, error) {
	st := StringStatus{File: path.Join(I18nDir, lang+".toml"), Missing: []string{}, Extra: []string{}}
	strs, err := readStrings(root, lang)
	if err != nil {
		return st, err
	}
	for key := range english {
		st.Total++
		if strs[key] {
			st.Translated++
		} else {
			st.Missing = append(st.Missing, key)
		}
	}
	for key := range strs {
		if _, ok := english[key]; !ok {
			st.Extra = append(st.Extra, key)
		}
	}
	sort.Strings(st.Missing)
	sort.Strings(st.Extra)
	return st, nil
}
