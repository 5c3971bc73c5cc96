package guidance

import (
	"strings"

	"github.com/panduan/panduan/internal/diag"
)

// Codes of the hotline check, which compares the guidance with the
// directory.
const (
	CodeHotlineCountry = "G301" // hotline shortcode names a country the directory lacks
	CodeHotlineMissing = "G302" // the country has no national hotline
)

// CheckHotlines reports every hotline shortcode of the guidance whose
// country is not in countries or has no entry in hotlines. Both maps
// take an ISO 3166-1 code. Hugo would otherwise stop the build on such
// a shortcode with a template error that names no fix.
func CheckHotlines(root string, langs []string, countries, hotlines map[string]bool) (diag.List, error) {
	var list diag.List
	for _, lang := range langs {
		pages, err := loadPages(root, lang)
		if err != nil {
			return nil, err
		}
		for _, rel := range sortedKeys(pages) {
			p := pages[rel]
			for _, t := range p.tokens {
				name, arg, _ := strings.Cut(t.key, "\x1f")
				if t.kind != kindShortcode || name != "hotline" {
					continue
				}
				switch {
				case !countries[arg]:
					list.Add(p.position(t.offset), diag.Error, CodeHotlineCountry,
						"correct the country code, or add the country to the Countries sheet of the workbook",
						"hotline shortcode: the directory has no country %q", arg)
				case !hotlines[arg]:
					list.Add(p.position(t.offset), diag.Error, CodeHotlineMissing,
						"add a row for "+arg+" to the Hotlines sheet of the workbook",
						"hotline shortcode: the directory has no national hotline for %s", arg)
				}
			}
		}
	}
	return list, nil
}
