package api

import (
	"cmp"
	"slices"
	"time"

	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/sitedata"
)

// builder resolves one directory into one language.
type builder struct {
	d    *directory.Directory
	lang string
	idx  directory.Index
}

func newBuilder(d *directory.Directory, lang string) *builder {
	return &builder{d: d, lang: lang, idx: directory.NewIndex(d)}
}

// text resolves t to the builder's language. Lang is set only when the
// text fell back to English.
func (b *builder) text(t directory.Text) Text {
	s, fallback := t.In(b.lang)
	if fallback {
		return Text{Text: s, Lang: directory.SourceLanguage}
	}
	return Text{Text: s}
}

// optionalText resolves t, or returns nil when it is empty in both the
// builder's language and English.
func (b *builder) optionalText(t directory.Text) *Text {
	out := b.text(t)
	if out.Text == "" {
		return nil
	}
	return &out
}

// term returns the vocabulary term with its label resolved. An unknown
// code gets an empty label, which the schema rejects. Workbook validation
// accepts only known codes.
func (b *builder) term(v directory.Vocabulary, code string) Term {
	t, _ := v.Term(code)
	return Term{Code: code, Label: b.text(t.Label)}
}

func (b *builder) terms(v directory.Vocabulary, codes []string) []Term {
	out := []Term{}
	for _, code := range codes {
		out = append(out, b.term(v, code))
	}
	return out
}

func (b *builder) phone(p directory.Phone) Phone {
	out := Phone{
		Kind:          p.Kind,
		KindLabel:     b.term(directory.PhoneKinds, p.Kind).Label,
		E164:          p.E164,
		National:      p.National,
		International: p.International,
	}
	if out.National == "" {
		out.National = p.E164
	}
	return out
}

// service converts a service that has already passed through
// directory.Service.Public.
func (b *builder) service(s directory.Service) Service {
	out := Service{
		ID:                  s.ID,
		Slug:                sitedata.Slug(s.ID),
		Name:                b.text(s.Name),
		Status:              b.term(directory.Statuses, s.Status),
		Types:               []Term{},
		TraffickingSpecific: s.TraffickingSpecific,
		Country:             Place{Code: s.Country, Name: b.text(b.idx.Countries[s.Country].Name)},
		Area:                Place{Code: s.Area, Name: b.text(b.idx.Areas[s.Area].Name)},
		ConfidentialAddress: s.ConfidentialAddress,
		Email:               s.Email,
		Website:             s.Website,
		Phones:              []Phone{},
		HoursText:           b.optionalText(s.HoursText),
		Hours:               []Hours{},
		Languages:           b.terms(directory.SpokenLanguages, s.Languages),
		Interpretation:      s.Interpretation,
		Eligibility:         b.terms(directory.Eligibility, s.Eligibility),
		AgeMin:              s.AgeMin,
		AgeMax:              s.AgeMax,
		Access:              b.terms(directory.Access, s.Access),
		Documents:           b.optionalText(s.Documents),
		Description:         b.optionalText(s.Description),
		HowToAccess:         b.optionalText(s.HowToAccess),
	}
	if o, ok := b.idx.Organisations[s.OrganisationID]; ok {
		out.Organisation = &Organisation{
			ID:          o.ID,
			Name:        b.text(o.Name),
			Description: b.optionalText(o.Description),
			Website:     o.Website,
		}
	}
	for _, code := range s.Types {
		out.Types = append(out.Types, Term{Code: code, Label: b.text(b.idx.Types[code].Label)})
	}
	if s.Cost != "" {
		cost := b.term(directory.Cost, s.Cost)
		out.Cost = &cost
	}
	if s.StreetAddress != "" || s.City != "" || s.PostalCode != "" {
		out.Address = &Address{Street: s.StreetAddress, City: s.City, PostalCode: s.PostalCode}
	}
	if s.Latitude != nil && s.Longitude != nil {
		out.Geo = &Geo{Lat: *s.Latitude, Lon: *s.Longitude}
	}
	for _, p := range s.Phones {
		out.Phones = append(out.Phones, b.phone(p))
	}
	for _, h := range s.Hours {
		out.Hours = append(out.Hours, Hours{Day: b.term(directory.Days, h.Day), Opens: h.Opens, Closes: h.Closes})
	}
	if !s.LastVerified.IsZero() {
		out.LastVerified = s.LastVerified.Format(time.DateOnly)
	}
	return out
}

// countries returns the countries sorted by code.
func (b *builder) countries() []Country {
	out := []Country{}
	for _, c := range b.d.Countries {
		out = append(out, Country{Code: c.Code, Name: b.text(c.Name)})
	}
	slices.SortFunc(out, func(x, y Country) int { return cmp.Compare(x.Code, y.Code) })
	return out
}

// areas returns the areas sorted by code, each with the IDs of its
// published services in the order of services.
func (b *builder) areas(services []Service) []Area {
	byArea := map[string][]string{}
	for _, s := range services {
		byArea[s.Area.Code] = append(byArea[s.Area.Code], s.ID)
	}
	out := []Area{}
	for _, a := range b.d.Areas {
		ids := byArea[a.Code]
		if ids == nil {
			ids = []string{}
		}
		out = append(out, Area{Code: a.Code, Slug: sitedata.Slug(a.Code), Country: a.Country, Name: b.text(a.Name), Services: ids})
	}
	slices.SortFunc(out, func(x, y Area) int { return cmp.Compare(x.Code, y.Code) })
	return out
}

// types returns the types of assistance in the workbook's order, each
// with the IDs of its published services in the order of services.
func (b *builder) types(services []Service) []Type {
	byType := map[string][]string{}
	for _, s := range services {
		for _, t := range s.Types {
			byType[t.Code] = append(byType[t.Code], s.ID)
		}
	}
	out := []Type{}
	for _, t := range b.d.Types {
		ids := byType[t.Code]
		if ids == nil {
			ids = []string{}
		}
		out = append(out, Type{
			Code:        t.Code,
			Slug:        sitedata.Slug(t.Code),
			Label:       b.text(t.Label),
			Explanation: b.optionalText(t.Explanation),
			Services:    ids,
		})
	}
	return out
}

// hotlines returns the hotlines sorted by country code, in the workbook's
// order within a country.
func (b *builder) hotlines() []Hotline {
	out := []Hotline{}
	for _, h := range b.d.Hotlines {
		out = append(out, Hotline{
			Country:   h.Country,
			Name:      b.text(h.Name),
			Phone:     b.phone(h.Phone),
			Hours:     b.optionalText(h.Hours),
			Languages: b.terms(directory.SpokenLanguages, h.Languages),
		})
	}
	slices.SortStableFunc(out, func(x, y Hotline) int { return cmp.Compare(x.Country, y.Country) })
	return out
}
