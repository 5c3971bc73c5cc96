// Package guidance checks the guidance pages that translators edit in
// content/<lang>/**/*.md and tracks which translations are out of date.
//
// Check rejects raw HTML, unknown shortcodes and invisible control
// characters. It also rejects a translation whose phone numbers, email
// addresses, URLs, internal links, shortcodes, long numbers or heading
// count differ from the English page with the same path. Status compares
// the source digest that each translation records with the current
// English page, and counts missing UI strings. The package parses
// Markdown with goldmark configured like Hugo's defaults and does not
// import Hugo.
package guidance

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/panduan/panduan/internal/diag"
	"github.com/panduan/panduan/internal/directory"
)

// SourceLanguage is the language every translation is compared with.
const SourceLanguage = directory.SourceLanguage

// ContentDir is the folder under the site root that holds one folder of
// Markdown pages per language.
const ContentDir = "content"

// Diagnostic codes. They are stable: translators and the documentation
// refer to them.
const (
	CodeRawHTML          = "G101" // raw HTML, block or inline
	CodeShortcode        = "G102" // shortcode not on the allow-list
	CodeShortcodeSyntax  = "G103" // unterminated shortcode or wrong arguments
	CodeInvisible        = "G104" // zero-width or bidirectional control character
	CodeNotNFC           = "G105" // text not in Unicode normalisation form C (warning)
	CodeInvalidUTF8      = "G106" // bytes that are not UTF-8
	CodeFrontMatter      = "G107" // front matter missing its delimiter or not valid YAML
	CodeUnusedException  = "G108" // parity.ignore entry that matches nothing (warning)
	CodeUnsafeLink       = "G109" // link with a scheme other than http, https, mailto, tel or sms
	CodeParityPhone      = "G201" // phone number differs from the English page
	CodeParityEmail      = "G202" // email address differs
	CodeParityURL        = "G203" // URL differs
	CodeParityLink       = "G204" // internal link target differs
	CodeParityShortcode  = "G205" // shortcode or its arguments differ
	CodeParityNumber     = "G206" // number of three or more digits differs
	CodeParityHeadings   = "G207" // number of headings differs
	CodeNoSourcePage     = "G208" // translation without an English page (warning)
	CodeParityUnreadable = "G209" // English page too broken to compare with (warning)
	CodeMissingPage      = "G210" // English page with no translation (warning)
)

// ShortcodeSpec describes a shortcode that guidance pages may use.
type ShortcodeSpec struct {
	// Args is the number of positional arguments.
	Args int
	// Arg, when set, must match every argument.
	Arg *regexp.Regexp
	// ArgHint describes a valid argument for error messages.
	ArgHint string
	// Example is a valid use, shown in error messages.
	Example string
}

// Shortcodes is the allow-list of Hugo shortcodes in guidance pages.
// Any other shortcode is an error, because a translator cannot preview
// what it renders and an unknown one fails the Hugo build.
var Shortcodes = map[string]ShortcodeSpec{
	// hotline renders the national hotline of a country from the
	// directory, e.g. {{< hotline "TH" >}}.
	"hotline": {
		Args:    1,
		Arg:     regexp.MustCompile(`^[A-Z]{2}$`),
		ArgHint: `an ISO 3166-1 country code in capitals, e.g. "TH"`,
		Example: `{{< hotline "TH" >}}`,
	},
}

// Check reads every content/<lang>/**/*.md under root for the languages
// in langs and returns the problems found. The English page is read for
// parity even when langs leaves English out. The error is non-nil only
// when a folder or file cannot be read.
func Check(root string, langs []string) (diag.List, error) {
	var list diag.List

	source, err := loadPages(root, SourceLanguage)
	if err != nil {
		return nil, err
	}
	if len(source) == 0 {
		return nil, fmt.Errorf("no guidance pages in %s", filepath.Join(root, ContentDir, SourceLanguage))
	}

	for _, lang := range langs {
		pages := source
		if lang != SourceLanguage {
			pages, err = loadPages(root, lang)
			if err != nil {
				return nil, err
			}
		}
		for _, rel := range sortedKeys(pages) {
			p := pages[rel]
			list = append(list, p.diags...)
			if lang == SourceLanguage {
				continue
			}
			en, ok := source[rel]
			if !ok {
				list.Add(p.position(0), diag.Warning, CodeNoSourcePage,
					"rename the file to match an English page, or delete it if the English page was removed",
					"no English page %s to compare with", sourceFile(rel))
				continue
			}
			list = append(list, compare(en, p)...)
		}
		if lang != SourceLanguage {
			for _, rel := range sortedKeys(source) {
				if _, ok := pages[rel]; !ok {
					pos := diag.Position{File: filepath.ToSlash(filepath.Join(ContentDir, lang, rel))}
					list.Add(pos, diag.Warning, CodeMissingPage,
						"translate "+sourceFile(rel)+" into this file; until then the site links to the English page",
						"no %s translation of %s", lang, sourceFile(rel))
				}
			}
		}
	}

	list.Sort()
	return list, nil
}

// loadPages parses every Markdown page of one language, keyed by its path
// inside content/<lang> with slashes ("guide/get-help.md"). A missing
// language folder gives no pages.
func loadPages(root, lang string) (map[string]*page, error) {
	rels, err := listPages(root, lang)
	if err != nil {
		return nil, err
	}
	pages := make(map[string]*page, len(rels))
	for _, rel := range rels {
		p, err := readPage(root, lang, rel)
		if err != nil {
			return nil, err
		}
		pages[rel] = p
	}
	return pages, nil
}

// listPages returns the paths of the Markdown pages in content/<lang>,
// relative to that folder, slash-separated and sorted.
func listPages(root, lang string) ([]string, error) {
	dir := filepath.Join(root, ContentDir, lang)
	var rels []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			return err
		}
		if d.IsDir() || !strings.EqualFold(filepath.Ext(p), ".md") {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rels = append(rels, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(rels)
	return rels, nil
}

// pageFile returns the root-relative, slash-separated file name of a page.
func pageFile(lang, rel string) string {
	return path.Join(ContentDir, lang, rel)
}

// sourceFile returns the root-relative file name of an English page.
func sourceFile(rel string) string {
	return pageFile(SourceLanguage, rel)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// readFile reads a page, naming it relative to root in errors.
func readFile(root, file string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(file)))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", file, err)
	}
	return data, nil
}
