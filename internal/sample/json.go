package sample

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/workbook"
)

// file is one sample JSON file. Its objects use flat keys with a
// language suffix for texts, such as name_en and name_th, so each is
// read as a map.
type file struct {
	Countries     []object `json:"countries"`
	Areas         []object `json:"areas"`
	Types         []object `json:"types"`
	Organisations []object `json:"organisations"`
	Hotlines      []object `json:"hotlines"`
	Services      []object `json:"services"`
}

type object map[string]json.RawMessage

// decode decodes the value of key into v; a missing key or null leaves
// v unchanged.
func (o object) decode(key string, v any) error {
	raw, ok := o[key]
	if !ok || string(raw) == "null" {
		return nil
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	return nil
}

// reader decodes the keys of one object and keeps the first error.
type reader struct {
	o   object
	err error
}

func (r *reader) str(key string) string {
	var s string
	r.keep(r.o.decode(key, &s))
	return s
}

func (r *reader) text(field string) directory.Text {
	t := directory.Text{}
	for _, lang := range directory.Languages {
		if s := r.str(field + "_" + lang); s != "" {
			t[lang] = s
		}
	}
	return t
}

func (r *reader) boolean(key string) bool {
	var b bool
	r.keep(r.o.decode(key, &b))
	return b
}

func (r *reader) strings(key string) []string {
	var s []string
	r.keep(r.o.decode(key, &s))
	return s
}

func (r *reader) float(key string) *float64 {
	var f *float64
	r.keep(r.o.decode(key, &f))
	return f
}

func (r *reader) integer(key string) *int {
	var n *int
	r.keep(r.o.decode(key, &n))
	return n
}

func (r *reader) date(key string) time.Time {
	s := r.str(key)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	r.keep(err)
	return t
}

func (r *reader) keep(err error) {
	if r.err == nil && err != nil {
		r.err = err
	}
}

func readCountry(o object) (directory.Country, error) {
	r := &reader{o: o}
	c := directory.Country{Code: r.str("code"), Name: r.text("name")}
	return c, r.err
}

func readArea(o object) (directory.Area, error) {
	r := &reader{o: o}
	a := directory.Area{Code: r.str("code"), Country: r.str("country"), Name: r.text("name")}
	return a, r.err
}

func readType(o object) (directory.Type, error) {
	r := &reader{o: o}
	t := directory.Type{Code: r.str("code"), Label: r.text("label"), Explanation: r.text("explanation")}
	return t, r.err
}

func readOrganisation(o object) (directory.Organisation, error) {
	r := &reader{o: o}
	org := directory.Organisation{
		ID:          r.str("organisation_id"),
		Name:        r.text("name"),
		Description: r.text("description"),
		Website:     r.str("website"),
	}
	return org, r.err
}

func readHotline(o object) (directory.Hotline, error) {
	r := &reader{o: o}
	h := directory.Hotline{
		Country:   r.str("country"),
		Name:      r.text("name"),
		Phone:     directory.Phone{Kind: directory.PhoneHotline, International: r.str("number")},
		Hours:     r.text("hours"),
		Languages: r.strings("languages"),
	}
	return h, r.err
}

// readService returns a service and its internal columns.
func readService(o object) (directory.Service, workbook.Internal, error) {
	r := &reader{o: o}
	s := directory.Service{
		ID:                  r.str("service_id"),
		OrganisationID:      r.str("organisation_id"),
		Name:                r.text("name"),
		Types:               r.strings("types"),
		TraffickingSpecific: r.boolean("trafficking_specific"),
		Country:             r.str("country"),
		Area:                r.str("area"),
		City:                r.str("city"),
		StreetAddress:       r.str("street_address"),
		PostalCode:          r.str("postal_code"),
		ConfidentialAddress: r.boolean("confidential_address"),
		Latitude:            r.float("latitude"),
		Longitude:           r.float("longitude"),
		Email:               r.str("email"),
		Website:             r.str("website"),
		HoursText:           r.text("hours"),
		Languages:           r.strings("languages"),
		Interpretation:      r.boolean("interpretation"),
		Eligibility:         r.strings("eligibility"),
		AgeMin:              r.integer("age_min"),
		AgeMax:              r.integer("age_max"),
		Cost:                r.str("cost"),
		Access:              r.strings("access"),
		Documents:           r.text("documents"),
		Description:         r.text("description"),
		HowToAccess:         r.text("how_to_access"),
		LastVerified:        r.date("last_verified"),
		Status:              r.str("status"),
	}
	s.Phones = readPhones(r)
	s.Hours = readHours(r)
	in := workbook.Internal{Notes: r.str("internal_notes"), Contact: r.str("internal_contact")}
	if r.err != nil {
		return s, in, fmt.Errorf("service %s: %w", s.ID, r.err)
	}
	return s, in, nil
}

func readPhones(r *reader) []directory.Phone {
	var phones []struct {
		Kind   string `json:"kind"`
		Number string `json:"number"`
	}
	r.keep(r.o.decode("phones", &phones))
	var out []directory.Phone
	for _, p := range phones {
		out = append(out, directory.Phone{Kind: p.Kind, International: p.Number})
	}
	return out
}

// readHours expands the structured hours, one entry for several days,
// into one OpeningHours for each day.
func readHours(r *reader) []directory.OpeningHours {
	var hours []struct {
		Days   []string `json:"days"`
		Opens  string   `json:"opens"`
		Closes string   `json:"closes"`
	}
	r.keep(r.o.decode("hours", &hours))
	var out []directory.OpeningHours
	for _, h := range hours {
		for _, day := range h.Days {
			out = append(out, directory.OpeningHours{Day: day, Opens: h.Opens, Closes: h.Closes})
		}
	}
	return out
}
