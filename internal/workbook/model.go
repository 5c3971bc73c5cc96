package workbook

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/panduan/panduan/internal/directory"
)

// model builds the directory from the tables, checking each value and
// every reference between sheets.
type model struct {
	r   *reader
	dir *directory.Directory
	// Row of the first record with each ID or code, per sheet key, for
	// reporting duplicates.
	seen map[string]map[string]int
	// services maps a service ID to its index in dir.Services, and
	// serviceRecs holds the record of each service, in the same order.
	services    map[string]int
	serviceRecs []record
}

func newModel(r *reader) *model {
	return &model{
		r:        r,
		dir:      &directory.Directory{SchemaVersion: SchemaVersion},
		seen:     map[string]map[string]int{},
		services: map[string]int{},
	}
}

func (m *model) finish() *directory.Directory { return m.dir }

// firstUse records the ID of a record. It reports an ID that an earlier
// row of the same sheet has and returns false, and the caller then
// skips the row.
func (m *model) firstUse(rec record, key, id string) bool {
	sheet := rec.t.sheet.Key
	if m.seen[sheet] == nil {
		m.seen[sheet] = map[string]int{}
	}
	if row, dup := m.seen[sheet][strings.ToUpper(id)]; dup {
		rec.report(key, CodeDuplicateID, "", "%q is already used on row %d", id, row)
		return false
	}
	m.seen[sheet][strings.ToUpper(id)] = rec.row
	return true
}

// country returns the code of the country that a cell names by code or
// by name in any language. A missing or unknown country is reported.
func (m *model) country(rec record, key string) string {
	v, ok := rec.required(key)
	if !ok {
		return ""
	}
	var candidates []string
	for _, c := range m.dir.Countries {
		if strings.EqualFold(c.Code, v) || textHas(c.Name, v) {
			return c.Code
		}
		candidates = append(candidates, textValues(c.Name)...)
	}
	rec.report(key, CodeUnknownCountry, suggestFix(v, candidates, ""), "unknown country %q", v)
	return ""
}

// area returns the ISO 3166-2 code of the area that a cell names by
// code or by name in any language. The area must belong to country,
// unless country is "" because it was unknown and reported already.
func (m *model) area(rec record, key, country string) string {
	v, ok := rec.required(key)
	if !ok {
		return ""
	}
	var elsewhere *directory.Area
	var candidates []string
	for i, a := range m.dir.Areas {
		if strings.EqualFold(a.Code, v) || textHas(a.Name, v) {
			if country == "" || a.Country == country {
				return a.Code
			}
			if elsewhere == nil {
				elsewhere = &m.dir.Areas[i]
			}
		}
		if country == "" || a.Country == country {
			candidates = append(candidates, textValues(a.Name)...)
		}
	}
	if elsewhere != nil {
		rec.report(key, CodeAreaCountry, "choose an area of "+country+", or correct the country",
			"area %q is in %s, not in %s", v, elsewhere.Country, country)
		return ""
	}
	rec.report(key, CodeUnknownArea, suggestFix(v, candidates, ""), "unknown area %q", v)
	return ""
}

// suggestFix returns a "did you mean" fix when a candidate is close to
// value, or else fallback ("" for the code's default fix).
func suggestFix(value string, candidates []string, fallback string) string {
	if s, ok := suggest(value, candidates); ok {
		return fmt.Sprintf("did you mean %q?", s)
	}
	return fallback
}

// textHas reports whether any language of t equals v, ignoring case.
func textHas(t directory.Text, v string) bool {
	for _, s := range t {
		if strings.EqualFold(s, v) {
			return true
		}
	}
	return false
}

// textValues returns the texts of t in the order of the site languages.
func textValues(t directory.Text) []string {
	var vs []string
	for _, lang := range directory.Languages {
		if t[lang] != "" {
			vs = append(vs, t[lang])
		}
	}
	return vs
}

// requiredText returns a per-language text whose English cell is
// required, and warns about each missing translation.
func (m *model) requiredText(rec record, fieldKey string) directory.Text {
	rec.required(fieldKey + "_" + directory.SourceLanguage)
	return m.optionalText(rec, fieldKey)
}

// optionalText returns a per-language text and warns about each missing
// translation of a text that has its English cell.
func (m *model) optionalText(rec record, fieldKey string) directory.Text {
	t := rec.text(fieldKey)
	m.checkTranslations(rec, fieldKey, t)
	return t
}

// checkTranslations warns about each empty translation of a text whose
// English cell is filled in. A sheet without the language's column is
// not warned about: leaving out a language is a choice.
func (m *model) checkTranslations(rec record, fieldKey string, t directory.Text) {
	if t[directory.SourceLanguage] == "" || rec.skipWarnings {
		return
	}
	for _, lang := range directory.Languages[1:] {
		key := fieldKey + "_" + lang
		if t[lang] != "" || !rec.t.has(key) || rec.cells[key].Reported {
			continue
		}
		rec.report(key, CodeNoTranslation, "",
			"no %s translation of %s; the site shows the English text", languageName(lang, "en"), fieldLabel(rec.t.sheet, fieldKey))
	}
}

// fieldLabel returns the English header of a per-language text without
// its language, such as "Description".
func fieldLabel(s *Sheet, fieldKey string) string {
	col, ok := s.Column(fieldKey + "_" + directory.SourceLanguage)
	if !ok {
		return fieldKey
	}
	return strings.TrimSuffix(col.Header["en"], " ("+languageName(directory.SourceLanguage, "en")+")")
}

var (
	countryCodePattern = regexp.MustCompile(`^[A-Z]{2}$`)
	areaCodePattern    = regexp.MustCompile(`^[A-Z]{2}-[A-Z0-9]{1,3}$`)
	typeCodePattern    = regexp.MustCompile(`^[a-z0-9_]+$`)
)

func (m *model) readCountries(t *table) {
	for _, rec := range t.records {
		code, ok := rec.required("code")
		if !ok {
			continue
		}
		code = strings.ToUpper(code)
		if !countryCodePattern.MatchString(code) || !knownRegion(code) {
			rec.report("code", CodeInvalidID, "use the two-letter ISO 3166-1 code, such as TH",
				"%q is not an ISO 3166-1 alpha-2 country code", rec.value("code"))
			continue
		}
		if !m.firstUse(rec, "code", code) {
			continue
		}
		m.dir.Countries = append(m.dir.Countries, directory.Country{Code: code, Name: m.requiredText(rec, "name")})
	}
}

func (m *model) readAreas(t *table) {
	for _, rec := range t.records {
		country := m.country(rec, "country")
		code, ok := rec.required("code")
		if !ok {
			continue
		}
		code = strings.ToUpper(code)
		if !areaCodePattern.MatchString(code) {
			rec.report("code", CodeInvalidID, "use the ISO 3166-2 code, such as TH-10",
				"%q is not an ISO 3166-2 area code", rec.value("code"))
			continue
		}
		if country != "" && !strings.HasPrefix(code, country+"-") {
			rec.report("code", CodeAreaCountry, "the ISO 3166-2 codes of "+country+" start with "+country+"-",
				"area code %q does not belong to country %s", code, country)
			continue
		}
		if !m.firstUse(rec, "code", code) {
			continue
		}
		m.dir.Areas = append(m.dir.Areas, directory.Area{Code: code, Country: code[:2], Name: m.requiredText(rec, "name")})
	}
}

func (m *model) readTypes(t *table) {
	if t.name == "" {
		// The missing sheet is reported; the standard types let the
		// Services sheet be read all the same.
		m.dir.Types = append(m.dir.Types, StandardTypes...)
		return
	}
	for _, rec := range t.records {
		code, ok := rec.required("code")
		if !ok {
			continue
		}
		code = strings.ToLower(code)
		if !typeCodePattern.MatchString(code) {
			rec.report("code", CodeInvalidID, "use lower-case letters, digits and underscores, such as legal_aid",
				"%q is not a valid type code", rec.value("code"))
			continue
		}
		if !m.firstUse(rec, "code", code) {
			continue
		}
		m.dir.Types = append(m.dir.Types, directory.Type{
			Code:        code,
			Label:       m.requiredText(rec, "label"),
			Explanation: m.optionalText(rec, "explanation"),
		})
	}
	if len(m.dir.Types) == 0 {
		m.r.rep.add(t.pos(""), CodeNoTypes, "", "the %s sheet lists no types of assistance", t.name)
	}
}

func (m *model) readOrganisations(t *table) {
	for _, rec := range t.records {
		id, ok := rec.id("organisation_id")
		if !ok || !m.firstUse(rec, "organisation_id", id) {
			continue
		}
		m.dir.Organisations = append(m.dir.Organisations, directory.Organisation{
			ID:          id,
			Name:        m.requiredText(rec, "name"),
			Description: m.optionalText(rec, "description"),
			Website:     rec.link("website"),
		})
	}
}

func (m *model) readHotlines(t *table) {
	for _, rec := range t.records {
		country := m.country(rec, "country")
		h := directory.Hotline{
			Country:   country,
			Name:      m.requiredText(rec, "name"),
			Hours:     m.optionalText(rec, "hours"),
			Languages: rec.languages(HotlineLanguageColumns),
		}
		if _, ok := rec.required("number"); ok {
			h.Phone, ok = rec.phone("number", country, true)
			h.Phone.Kind = directory.PhoneHotline
			if ok && country != "" {
				m.dir.Hotlines = append(m.dir.Hotlines, h)
			}
		}
	}
}

// languages returns the spoken languages of the columns language_1 to
// language_n, without repeats.
func (rec record) languages(n int) []string {
	var langs []string
	for i := 1; i <= n; i++ {
		code := rec.enum(fmt.Sprintf("language_%d", i), directory.SpokenLanguages)
		if code != "" && !contains(langs, code) {
			langs = append(langs, code)
		}
	}
	return langs
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
