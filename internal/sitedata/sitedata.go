// Package sitedata turns a validated directory into the data files that
// the Hugo site renders, one JSON file per language. In each file every
// text is resolved to the language or to English, marked as a fallback.
// Labels are translated, lists are sorted by the language's collation
// and confidential addresses are removed, so templates only lay the
// data out.
package sitedata

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/panduan/panduan/internal/directory"
)

// Text is a text with the language it is written in, which differs from
// the page's language when the translation is missing.
type Text struct {
	Text string `json:"text"`
	Lang string `json:"lang"`
}

// Data is the content of one language's file.
type Data struct {
	Lang             string     `json:"lang"`
	Generated        string     `json:"generated"`
	GeneratedDisplay string     `json:"generated_display"`
	Countries        []*Country `json:"countries"`
	Types            []*Type    `json:"types"`
	Services         []*Service `json:"services"`
}

// Country is a country with its hotlines and areas.
type Country struct {
	Code     string     `json:"code"`
	Slug     string     `json:"slug"`
	Name     Text       `json:"name"`
	Hotlines []*Hotline `json:"hotlines"`
	Areas    []*Area    `json:"areas"`
}

// Hotline is a national hotline.
type Hotline struct {
	Name      Text     `json:"name"`
	Hours     Text     `json:"hours"`
	Languages []string `json:"languages"`
	Phone     Phone    `json:"phone"`
}

// Area is a province or state with the slugs of its services, sorted.
type Area struct {
	Code     string   `json:"code"`
	Slug     string   `json:"slug"`
	Name     Text     `json:"name"`
	Services []string `json:"services"`
}

// Type is a type of assistance with the slugs of its services, sorted.
type Type struct {
	Code        string   `json:"code"`
	Slug        string   `json:"slug"`
	Label       Text     `json:"label"`
	Explanation Text     `json:"explanation"`
	Services    []string `json:"services"`
}

// Phone is a phone number ready to link.
type Phone struct {
	Kind      string `json:"kind"`
	KindLabel string `json:"kind_label"`
	Display   string `json:"display"`
	E164      string `json:"e164"`
	Href      string `json:"href"`
}

// Service is a published service.
type Service struct {
	ID                  string        `json:"id"`
	Slug                string        `json:"slug"`
	CountrySlug         string        `json:"country_slug"`
	AreaSlug            string        `json:"area_slug"`
	Name                Text          `json:"name"`
	Organisation        *Organisation `json:"organisation"`
	Types               []TypeRef     `json:"types"`
	TraffickingSpecific bool          `json:"trafficking_specific"`
	Country             CodeName      `json:"country"`
	Area                CodeName      `json:"area"`
	Confidential        bool          `json:"confidential"`
	Address             *Address      `json:"address"`
	Geo                 *Geo          `json:"geo"`
	Email               string        `json:"email"`
	Website             string        `json:"website"`
	Phones              []Phone       `json:"phones"`
	HoursText           Text          `json:"hours_text"`
	Hours               []Hours       `json:"hours"`
	Languages           []string      `json:"languages"`
	Interpretation      bool          `json:"interpretation"`
	Eligibility         []string      `json:"eligibility"`
	AgeMin              *int          `json:"age_min"`
	AgeMax              *int          `json:"age_max"`
	Cost                string        `json:"cost"`
	Access              []string      `json:"access"`
	Documents           Text          `json:"documents"`
	Description         Text          `json:"description"`
	HowToAccess         Text          `json:"how_to_access"`
	LastVerified        string        `json:"last_verified"`
	LastVerifiedDisplay string        `json:"last_verified_display"`
	Status              string        `json:"status"`
	StatusLabel         string        `json:"status_label"`
	TemporarilyClosed   bool          `json:"temporarily_closed"`
}

// Organisation is the organisation that runs a service.
type Organisation struct {
	Name        Text   `json:"name"`
	Description Text   `json:"description"`
	Website     string `json:"website"`
}

// TypeRef names a type of assistance on a service.
type TypeRef struct {
	Code  string `json:"code"`
	Slug  string `json:"slug"`
	Label Text   `json:"label"`
}

// CodeName is a country or area on a service.
type CodeName struct {
	Code string `json:"code"`
	Name Text   `json:"name"`
}

// Address is a published street address.
type Address struct {
	City       string `json:"city"`
	Street     string `json:"street"`
	PostalCode string `json:"postal_code"`
}

// Geo is a published location with links that open a map application.
type Geo struct {
	Lat    float64 `json:"lat"`
	Lon    float64 `json:"lon"`
	GeoURI string  `json:"geo_uri"`
	OSMURL string  `json:"osm_url"`
}

// Hours is one day's opening hours.
type Hours struct {
	Day    string `json:"day"`
	Opens  string `json:"opens"`
	Closes string `json:"closes"`
}

// Dir is the folder, below the generated folder, that Hugo mounts as
// its data folder; the files land in Dir/panduan/<lang>.json.
const Dir = "data"

// Write writes one data file per language into generatedDir/data/panduan.
func Write(generatedDir string, d *directory.Directory, langs []string, now time.Time) error {
	dir := filepath.Join(generatedDir, Dir, "panduan")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, lang := range langs {
		data, err := json.Marshal(Build(d, lang, now))
		if err != nil {
			return fmt.Errorf("failed to encode the %s data: %w", lang, err)
		}
		if err := os.WriteFile(filepath.Join(dir, lang+".json"), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Build returns the data of one language. Closed services are left out
// and every service passes through directory.Service.Public.
func Build(d *directory.Directory, lang string, now time.Time) *Data {
	b := newBuilder(d, lang)
	out := &Data{
		Lang:             lang,
		Generated:        now.Format(time.DateOnly),
		GeneratedDisplay: FormatDate(now, lang),
		Services:         []*Service{},
	}

	for _, s := range d.Services {
		if s.Published() {
			out.Services = append(out.Services, b.service(s.Public()))
		}
	}
	sortByText(b.collator, out.Services, func(s *Service) string { return s.Name.Text })

	out.Countries = b.countryList(out.Services)
	out.Types = b.typeList(out.Services)
	return out
}

// builder resolves codes of one directory into one language.
type builder struct {
	d        *directory.Directory
	lang     string
	collator *collator
	idx      directory.Index
	slugs    map[string]string // country code → slug
}

func newBuilder(d *directory.Directory, lang string) *builder {
	return &builder{
		d:        d,
		lang:     lang,
		collator: newCollator(lang),
		idx:      directory.NewIndex(d),
		slugs:    countrySlugs(d.Countries),
	}
}

func (b *builder) text(t directory.Text) Text {
	s, fallback := t.In(b.lang)
	if fallback {
		return Text{Text: s, Lang: directory.SourceLanguage}
	}
	return Text{Text: s, Lang: b.lang}
}

func (b *builder) labels(v directory.Vocabulary, codes []string) []string {
	labels := []string{}
	for _, code := range codes {
		if t, ok := v.Term(code); ok {
			labels = append(labels, b.text(t.Label).Text)
		}
	}
	return labels
}

func (b *builder) label(v directory.Vocabulary, code string) string {
	t, ok := v.Term(code)
	if !ok {
		return ""
	}
	return b.text(t.Label).Text
}

func (b *builder) phone(p directory.Phone) Phone {
	out := Phone{
		Kind:      p.Kind,
		KindLabel: b.label(directory.PhoneKinds, p.Kind),
		Display:   p.National,
		E164:      p.E164,
	}
	if out.Display == "" {
		out.Display = p.E164
	}
	switch p.Kind {
	case directory.PhoneSMS:
		out.Href = "sms:" + p.E164
	case directory.PhoneWhatsApp:
		out.Href = "https://wa.me/" + strings.TrimPrefix(p.E164, "+")
	default:
		out.Href = "tel:" + p.E164
	}
	return out
}

func (b *builder) service(s directory.Service) *Service {
	country := b.idx.Countries[s.Country]
	area := b.idx.Areas[s.Area]
	out := &Service{
		ID:                  s.ID,
		Slug:                Slug(s.ID),
		CountrySlug:         b.slugs[s.Country],
		AreaSlug:            Slug(s.Area),
		Name:                b.text(s.Name),
		TraffickingSpecific: s.TraffickingSpecific,
		Country:             CodeName{Code: s.Country, Name: b.text(country.Name)},
		Area:                CodeName{Code: s.Area, Name: b.text(area.Name)},
		Confidential:        s.ConfidentialAddress,
		Email:               s.Email,
		Website:             s.Website,
		Phones:              []Phone{},
		HoursText:           b.text(s.HoursText),
		Hours:               []Hours{},
		Languages:           b.labels(directory.SpokenLanguages, s.Languages),
		Interpretation:      s.Interpretation,
		Eligibility:         b.labels(directory.Eligibility, s.Eligibility),
		AgeMin:              s.AgeMin,
		AgeMax:              s.AgeMax,
		Cost:                b.label(directory.Cost, s.Cost),
		Access:              b.labels(directory.Access, s.Access),
		Documents:           b.text(s.Documents),
		Description:         b.text(s.Description),
		HowToAccess:         b.text(s.HowToAccess),
		Status:              s.Status,
		StatusLabel:         b.label(directory.Statuses, s.Status),
		TemporarilyClosed:   s.Status == directory.StatusTemporarilyClosed,
	}
	if !s.LastVerified.IsZero() {
		out.LastVerified = s.LastVerified.Format(time.DateOnly)
		out.LastVerifiedDisplay = FormatDate(s.LastVerified, b.lang)
	}
	if o, ok := b.idx.Organisations[s.OrganisationID]; ok {
		out.Organisation = &Organisation{Name: b.text(o.Name), Description: b.text(o.Description), Website: o.Website}
	}
	for _, code := range s.Types {
		t := b.idx.Types[code]
		out.Types = append(out.Types, TypeRef{Code: code, Slug: Slug(code), Label: b.text(t.Label)})
	}
	if s.City != "" || s.StreetAddress != "" || s.PostalCode != "" {
		out.Address = &Address{City: s.City, Street: s.StreetAddress, PostalCode: s.PostalCode}
	}
	if s.Latitude != nil && s.Longitude != nil {
		out.Geo = newGeo(*s.Latitude, *s.Longitude)
	}
	for _, p := range s.Phones {
		out.Phones = append(out.Phones, b.phone(p))
	}
	for _, h := range s.Hours {
		out.Hours = append(out.Hours, Hours{Day: b.label(directory.Days, h.Day), Opens: h.Opens, Closes: h.Closes})
	}
	return out
}

func newGeo(lat, lon float64) *Geo {
	la := strconv.FormatFloat(lat, 'f', -1, 64)
	lo := strconv.FormatFloat(lon, 'f', -1, 64)
	return &Geo{
		Lat:    lat,
		Lon:    lon,
		GeoURI: "geo:" + la + "," + lo,
		OSMURL: "https://www.openstreetmap.org/?mlat=" + la + "&mlon=" + lo + "#map=17/" + la + "/" + lo,
	}
}

// countryList returns the countries sorted by name, each with its areas
// sorted by name and each area's services in the order of services.
func (b *builder) countryList(services []*Service) []*Country {
	byArea := map[string][]string{}
	for _, s := range services {
		byArea[s.Area.Code] = append(byArea[s.Area.Code], s.Slug)
	}

	out := []*Country{}
	for _, c := range b.d.Countries {
		country := &Country{Code: c.Code, Slug: b.slugs[c.Code], Name: b.text(c.Name), Hotlines: []*Hotline{}, Areas: []*Area{}}
		for _, h := range b.d.Hotlines {
			if h.Country == c.Code {
				country.Hotlines = append(country.Hotlines, &Hotline{
					Name:      b.text(h.Name),
					Hours:     b.text(h.Hours),
					Languages: b.labels(directory.SpokenLanguages, h.Languages),
					Phone:     b.phone(h.Phone),
				})
			}
		}
		for _, a := range b.d.Areas {
			if a.Country == c.Code {
				slugs := byArea[a.Code]
				if slugs == nil {
					slugs = []string{}
				}
				country.Areas = append(country.Areas, &Area{Code: a.Code, Slug: Slug(a.Code), Name: b.text(a.Name), Services: slugs})
			}
		}
		sortByText(b.collator, country.Areas, func(a *Area) string { return a.Name.Text })
		out = append(out, country)
	}
	sortByText(b.collator, out, func(c *Country) string { return c.Name.Text })
	return out
}

// typeList returns the types of assistance sorted by label, each with its
// services in the order of services.
func (b *builder) typeList(services []*Service) []*Type {
	byType := map[string][]string{}
	for _, s := range services {
		for _, t := range s.Types {
			byType[t.Code] = append(byType[t.Code], s.Slug)
		}
	}

	out := []*Type{}
	for _, t := range b.d.Types {
		slugs := byType[t.Code]
		if slugs == nil {
			slugs = []string{}
		}
		out = append(out, &Type{Code: t.Code, Slug: Slug(t.Code), Label: b.text(t.Label), Explanation: b.text(t.Explanation), Services: slugs})
	}
	sortByText(b.collator, out, func(t *Type) string { return t.Label.Text })
	return out
}

// Slug returns the URL path segment for a code: lower case, with every
// character other than a letter or a digit turned into a hyphen.
func Slug(code string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(code) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

// countrySlugs names each country's folder after its English name
// ("viet-nam"), or after its code when two names give the same slug.
func countrySlugs(countries []directory.Country) map[string]string {
	slugs := map[string]string{}
	seen := map[string]bool{}
	for _, c := range countries {
		s := Slug(c.Name[directory.SourceLanguage])
		s = strings.Trim(s, "-")
		if s == "" || seen[s] || s == "types" {
			s = Slug(c.Code)
		}
		seen[s] = true
		slugs[c.Code] = s
	}
	return slugs
}
