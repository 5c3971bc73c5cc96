// Package directory defines the Directory of Services as the pipeline
// holds it after reading and validating the workbook: countries, areas,
// types of assistance, organisations, services and national hotlines.
//
// The model holds only publishable data. Columns that the workbook marks
// internal are never read into it, so no writer can publish them by
// mistake. A confidential address is still held, because validation
// needs it; writers must publish a service through Service.Public.
package directory

import "time"

// Languages lists the site's languages, the source language first.
var Languages = []string{"en", "id", "ms", "vi", "th"}

// SourceLanguage is the language every text is written in first; it is
// the fallback when a translation is missing.
const SourceLanguage = "en"

// Text is a free text in several languages, keyed by language code.
type Text map[string]string

// In returns the text in lang, or the source-language text and
// fallback=true when the translation is missing.
func (t Text) In(lang string) (text string, fallback bool) {
	if s := t[lang]; s != "" {
		return s, false
	}
	return t[SourceLanguage], lang != SourceLanguage && t[SourceLanguage] != ""
}

// Directory is the whole workbook after validation.
type Directory struct {
	SchemaVersion string
	Countries     []Country
	Areas         []Area
	Types         []Type
	Organisations []Organisation
	Services      []Service
	Hotlines      []Hotline
}

// Country is a country the directory covers, by ISO 3166-1 alpha-2 code.
type Country struct {
	Code string
	Name Text
}

// Area is a province or state, by ISO 3166-2 code such as "ID-JB".
type Area struct {
	Code    string
	Country string
	Name    Text
}

// Type is a type of assistance, such as shelter or legal aid.
type Type struct {
	Code        string
	Label       Text
	Explanation Text
}

// Organisation runs one or more services.
type Organisation struct {
	ID          string
	Name        Text
	Description Text
	Website     string
}

// Hotline is a national hotline of a country.
type Hotline struct {
	Country   string
	Name      Text
	Phone     Phone
	Hours     Text
	Languages []string
}

// Phone kinds.
const (
	PhoneHotline  = "hotline"
	PhoneMain     = "main"
	PhoneSMS      = "sms"
	PhoneWhatsApp = "whatsapp"
)

// Phone is a validated phone number.
type Phone struct {
	Kind string
	// E164 is the number in E.164 form ("+6621234567"), or the digits
	// alone for a short code that is dialled as it is ("1300").
	E164 string
	// National is the number as people in its country write it.
	National string
	// International is the number in international format.
	International string
}

// Service statuses.
const (
	StatusActive            = "active"
	StatusTemporarilyClosed = "temporarily_closed"
	StatusClosed            = "closed"
)

// OpeningHours is one day's opening time in 24-hour "HH:MM" form; Closes
// may be "24:00".
type OpeningHours struct {
	Day    string // one of Days
	Opens  string
	Closes string
}

// Service is one row of the services sheet with its phones and hours.
type Service struct {
	ID                  string
	OrganisationID      string
	Name                Text
	Types               []string
	TraffickingSpecific bool
	Country             string
	Area                string
	City                string
	StreetAddress       string
	PostalCode          string
	ConfidentialAddress bool
	Latitude            *float64
	Longitude           *float64
	Email               string
	Website             string
	Phones              []Phone
	HoursText           Text
	Hours               []OpeningHours
	Languages           []string
	Interpretation      bool
	Eligibility         []string
	AgeMin              *int
	AgeMax              *int
	Cost                string
	Access              []string
	Documents           Text
	Description         Text
	HowToAccess         Text
	LastVerified        time.Time
	Status              string
}

// Published reports whether the service appears in any output.
func (s Service) Published() bool { return s.Status != StatusClosed }

// Public returns the service as it may be published: a confidential
// address loses its city, street, postal code and coordinates, keeping
// only its area and the ways to make contact.
func (s Service) Public() Service {
	if s.ConfidentialAddress {
		s.City = ""
		s.StreetAddress = ""
		s.PostalCode = ""
		s.Latitude = nil
		s.Longitude = nil
	}
	return s
}

// Index looks up the countries, areas, types and organisations of one
// directory by code or ID.
type Index struct {
	Countries     map[string]Country
	Areas         map[string]Area
	Types         map[string]Type
	Organisations map[string]Organisation
}

// NewIndex indexes d.
func NewIndex(d *Directory) Index {
	x := Index{
		Countries:     make(map[string]Country, len(d.Countries)),
		Areas:         make(map[string]Area, len(d.Areas)),
		Types:         make(map[string]Type, len(d.Types)),
		Organisations: make(map[string]Organisation, len(d.Organisations)),
	}
	for _, c := range d.Countries {
		x.Countries[c.Code] = c
	}
	for _, a := range d.Areas {
		x.Areas[a.Code] = a
	}
	for _, t := range d.Types {
		x.Types[t.Code] = t
	}
	for _, o := range d.Organisations {
		x.Organisations[o.ID] = o
	}
	return x
}
