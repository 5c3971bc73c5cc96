// Package api writes the directory as a static, read-only JSON API: one
// folder per language with the published services, the areas, the types
// of assistance and the national hotlines, and an index of the files.
//
// Every text is resolved to the folder's language. A text that has no
// translation falls back to English and carries "lang": "en". Closed
// services are left out, and every service is published through
// directory.Service.Public, so a confidential address never appears.
// docs/api/README.md describes the files and docs/api holds their JSON
// Schemas.
package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/panduan/panduan/internal/directory"
)

// Version is the API version. It names the folder api/v1 and changes only
// when a change would break existing clients.
const Version = "v1"

// Files are the files written for each language, by the key that the
// index uses.
var Files = []string{"services", "areas", "types", "hotlines"}

// Text is a text in the file's language. Lang is set only when the text
// fell back to another language, which is always English.
type Text struct {
	Text string `json:"text"`
	Lang string `json:"lang,omitempty"`
}

// Term is a value of a fixed vocabulary or of the workbook's lists: a
// stable code and its label.
type Term struct {
	Code  string `json:"code"`
	Label Text   `json:"label"`
}

// Header is the part that every per-language file begins with.
type Header struct {
	APIVersion string `json:"api_version"`
	Lang       string `json:"lang"`
	Generated  string `json:"generated"`
}

// Index is the content of api/v1/index.json.
type Index struct {
	APIVersion     string          `json:"api_version"`
	Generated      string          `json:"generated"`
	SourceLanguage string          `json:"source_language"`
	Languages      []IndexLanguage `json:"languages"`
}

// IndexLanguage lists one language's files, as paths relative to the
// index.
type IndexLanguage struct {
	Lang  string            `json:"lang"`
	Files map[string]string `json:"files"`
}

// ServicesFile is the content of <lang>/services.json.
type ServicesFile struct {
	Header
	Services []Service `json:"services"`
}

// AreasFile is the content of <lang>/areas.json.
type AreasFile struct {
	Header
	Countries []Country `json:"countries"`
	Areas     []Area    `json:"areas"`
}

// TypesFile is the content of <lang>/types.json.
type TypesFile struct {
	Header
	Types []Type `json:"types"`
}

// HotlinesFile is the content of <lang>/hotlines.json.
type HotlinesFile struct {
	Header
	Hotlines []Hotline `json:"hotlines"`
}

// Service is a published service.
type Service struct {
	ID                  string        `json:"id"`
	Slug                string        `json:"slug"`
	Name                Text          `json:"name"`
	Organisation        *Organisation `json:"organisation,omitempty"`
	Status              Term          `json:"status"`
	Types               []Term        `json:"types"`
	TraffickingSpecific bool          `json:"trafficking_specific"`
	Country             Place         `json:"country"`
	Area                Place         `json:"area"`
	ConfidentialAddress bool          `json:"confidential_address"`
	Address             *Address      `json:"address,omitempty"`
	Geo                 *Geo          `json:"geo,omitempty"`
	Email               string        `json:"email,omitempty"`
	Website             string        `json:"website,omitempty"`
	Phones              []Phone       `json:"phones"`
	HoursText           *Text         `json:"hours_text,omitempty"`
	Hours               []Hours       `json:"hours"`
	Languages           []Term        `json:"languages"`
	Interpretation      bool          `json:"interpretation"`
	Eligibility         []Term        `json:"eligibility"`
	AgeMin              *int          `json:"age_min,omitempty"`
	AgeMax              *int          `json:"age_max,omitempty"`
	Cost                *Term         `json:"cost,omitempty"`
	Access              []Term        `json:"access"`
	Documents           *Text         `json:"documents,omitempty"`
	Description         *Text         `json:"description,omitempty"`
	HowToAccess         *Text         `json:"how_to_access,omitempty"`
	LastVerified        string        `json:"last_verified,omitempty"`
}

// Organisation is the organisation that runs a service.
type Organisation struct {
	ID          string `json:"id"`
	Name        Text   `json:"name"`
	Description *Text  `json:"description,omitempty"`
	Website     string `json:"website,omitempty"`
}

// Place is a country or an area named on a service.
type Place struct {
	Code string `json:"code"`
	Name Text   `json:"name"`
}

// Address is a published street address. A confidential address is never
// published.
type Address struct {
	Street     string `json:"street,omitempty"`
	City       string `json:"city,omitempty"`
	PostalCode string `json:"postal_code,omitempty"`
}

// Geo is a published position in WGS 84 decimal degrees.
type Geo struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// Phone is a phone number. E164 is the number in E.164 form, or the
// digits alone for a short code that is dialled as it is.
type Phone struct {
	Kind          string `json:"kind"`
	KindLabel     Text   `json:"kind_label"`
	E164          string `json:"e164"`
	National      string `json:"national"`
	International string `json:"international,omitempty"`
}

// Hours is one opening period on one day, in local time, 24-hour "HH:MM".
// Closes may be "24:00".
type Hours struct {
	Day    Term   `json:"day"`
	Opens  string `json:"opens"`
	Closes string `json:"closes"`
}

// Country is a country that the directory covers.
type Country struct {
	Code string `json:"code"`
	Name Text   `json:"name"`
}

// Area is a province or state with the IDs of its published services.
type Area struct {
	Code     string   `json:"code"`
	Slug     string   `json:"slug"`
	Country  string   `json:"country"`
	Name     Text     `json:"name"`
	Services []string `json:"services"`
}

// Type is a type of assistance with the IDs of its published services.
type Type struct {
	Code        string   `json:"code"`
	Slug        string   `json:"slug"`
	Label       Text     `json:"label"`
	Explanation *Text    `json:"explanation,omitempty"`
	Services    []string `json:"services"`
}

// Hotline is a national hotline.
type Hotline struct {
	Country   string `json:"country"`
	Name      Text   `json:"name"`
	Phone     Phone  `json:"phone"`
	Hours     *Text  `json:"hours,omitempty"`
	Languages []Term `json:"languages"`
}

// Dir is the folder, below the output folder, that receives the API.
const Dir = "api"

// langPattern accepts the language codes that may name a folder.
var langPattern = regexp.MustCompile(`^[a-z]{2,3}$`)

// Write writes dir/api/v1/index.json and, for each language,
// dir/api/v1/<lang>/services.json, areas.json, types.json and
// hotlines.json. It first removes dir/api/v1, so a language or file that
// a build no longer writes does not linger. now is the generation time
// stamped on every file.
func Write(dir string, d *directory.Directory, langs []string, now time.Time) error {
	for _, lang := range langs {
		if !langPattern.MatchString(lang) {
			return fmt.Errorf("invalid language code %q: expected two or three lower-case letters", lang)
		}
	}
	if err := checkReferences(d); err != nil {
		return err
	}

	root := filepath.Join(dir, Dir, Version)
	if err := os.RemoveAll(root); err != nil {
		return err
	}
	generated := now.UTC().Format(time.RFC3339)

	index := Index{APIVersion: Version, Generated: generated, SourceLanguage: directory.SourceLanguage}
	for _, lang := range langs {
		files := build(d, lang, generated)
		entry := IndexLanguage{Lang: lang, Files: map[string]string{}}
		for _, name := range Files {
			rel := lang + "/" + name + ".json"
			if err := writeJSON(filepath.Join(root, filepath.FromSlash(rel)), files[name]); err != nil {
				return err
			}
			entry.Files[name] = rel
		}
		index.Languages = append(index.Languages, entry)
	}
	return writeJSON(filepath.Join(root, "index.json"), index)
}

// build returns the content of one language's files by the keys of Files.
func build(d *directory.Directory, lang, generated string) map[string]any {
	b := newBuilder(d, lang)
	header := Header{APIVersion: Version, Lang: lang, Generated: generated}

	services := []Service{}
	for _, s := range d.Services {
		if s.Published() {
			services = append(services, b.service(s.Public()))
		}
	}
	slices.SortFunc(services, func(x, y Service) int { return strings.Compare(x.ID, y.ID) })

	return map[string]any{
		"services": ServicesFile{Header: header, Services: services},
		"areas":    AreasFile{Header: header, Countries: b.countries(), Areas: b.areas(services)},
		"types":    TypesFile{Header: header, Types: b.types(services)},
		"hotlines": HotlinesFile{Header: header, Hotlines: b.hotlines()},
	}
}

// writeJSON writes v as JSON without HTML escaping, because the files are
// served as application/json and "&" or "<" in a name should stay
// readable.
func writeJSON(path string, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("failed to encode %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// checkReferences returns an error when a published service names a
// country, area, type or organisation that the directory does not define.
// Validation of the workbook rejects such rows, so an error here means the
// directory was built without it.
func checkReferences(d *directory.Directory) error {
	known := map[string]bool{}
	for _, c := range d.Countries {
		known["country "+c.Code] = true
	}
	for _, a := range d.Areas {
		known["area "+a.Code] = true
	}
	for _, t := range d.Types {
		known["type "+t.Code] = true
	}
	for _, o := range d.Organisations {
		known["organisation "+o.ID] = true
	}
	for _, s := range d.Services {
		if !s.Published() {
			continue
		}
		refs := []string{"country " + s.Country, "area " + s.Area}
		for _, t := range s.Types {
			refs = append(refs, "type "+t)
		}
		if s.OrganisationID != "" {
			refs = append(refs, "organisation "+s.OrganisationID)
		}
		for _, ref := range refs {
			if !known[ref] {
				return fmt.Errorf("service %s refers to %s, which the directory does not define", s.ID, ref)
			}
		}
	}
	return nil
}
