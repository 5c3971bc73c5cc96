package hsds

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
)

// officialDescriptor is the HSDS 3.0.0 tabular data package descriptor as
// Open Referral publishes it (CC-BY-SA-4.0). The writer and the tests read
// this one copy, which lives in testdata beside its licence and source.
//
//go:embed testdata/hsds-3.0/datapackage.json
var officialDescriptor []byte

// OfficialDescriptor returns a copy of the official HSDS 3.0.0
// datapackage.json, for validating an export with package validate.
func OfficialDescriptor() []byte {
	return slices.Clone(officialDescriptor)
}

// descriptor is the part of a data package descriptor that the writer
// reads. Fields and foreign keys stay raw, so the derived descriptor
// repeats them exactly as the specification states them.
type descriptor struct {
	Name        string     `json:"name"`
	Title       string     `json:"title"`
	Description string     `json:"description"`
	Profile     string     `json:"profile"`
	Version     string     `json:"version"`
	Homepage    string     `json:"homepage"`
	Resources   []resource `json:"resources"`
}

type resource struct {
	Name        string `json:"name"`
	Path        string `json:"path"`
	Description string `json:"description"`
	Format      string `json:"format"`
	Mediatype   string `json:"mediatype"`
	Encoding    string `json:"encoding,omitempty"`
	Profile     string `json:"profile"`
	Schema      schema `json:"schema"`

	fields []field // parsed from Schema.Fields, in order
}

type schema struct {
	PrimaryKey  json.RawMessage   `json:"primaryKey"`
	Fields      []json.RawMessage `json:"fields"`
	ForeignKeys []json.RawMessage `json:"foreignKeys,omitempty"`
}

type field struct {
	Name   string `json:"name"`
	Type   string `json:"type"`
	Format string `json:"format"`
}

type foreignKey struct {
	Reference struct {
		Resource string `json:"resource"`
	} `json:"reference"`
}

// source credits the specification in the derived descriptor.
type source struct {
	Title string `json:"title"`
	Path  string `json:"path"`
}

// packageDescriptor is the datapackage.json of one language's export.
type packageDescriptor struct {
	Name        string     `json:"name"`
	Title       string     `json:"title"`
	Description string     `json:"description"`
	Profile     string     `json:"profile"`
	Version     string     `json:"version"`
	Homepage    string     `json:"homepage"`
	Language    string     `json:"language"`
	Sources     []source   `json:"sources"`
	Resources   []resource `json:"resources"`
}

func parseDescriptor(data []byte) (*descriptor, error) {
	var d descriptor
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("invalid HSDS descriptor: %w", err)
	}
	for i := range d.Resources {
		r := &d.Resources[i]
		for _, raw := range r.Schema.Fields {
			var f field
			if err := json.Unmarshal(raw, &f); err != nil {
				return nil, fmt.Errorf("invalid field in HSDS resource %s: %w", r.Name, err)
			}
			r.fields = append(r.fields, f)
		}
	}
	return &d, nil
}

func (d *descriptor) resource(name string) *resource {
	for i := range d.Resources {
		if d.Resources[i].Name == name {
			return &d.Resources[i]
		}
	}
	return nil
}

func (r *resource) field(name string) (field, bool) {
	for _, f := range r.fields {
		if f.Name == name {
			return f, true
		}
	}
	return field{}, false
}

// derive returns the descriptor of one language's export: the official
// descriptor with only the resources in names, in the official order, and
// only the foreign keys whose target is among them. The columns of a
// dropped foreign key stay in the schema and are always empty.
func (d *descriptor) derive(lang string, names []string) (*packageDescriptor, error) {
	out := &packageDescriptor{
		Name:  d.Name,
		Title: "panduan Directory of Services (" + lang + ")",
		Description: "Services for people affected by human trafficking, exported from the panduan directory " +
			"in the Human Services Data Specification (HSDS) 3.0.0 tabular format. Texts are in the language " +
			"given by the language property, or in English where a translation is missing. Confidential addresses, " +
			"closed services and internal fields are never exported.",
		Profile:  d.Profile,
		Version:  d.Version,
		Homepage: d.Homepage,
		Language: lang,
		Sources: []source{{
			Title: "Human Services Data Specification " + d.Version + " by Open Referral: table and field " +
				"definitions, licensed under CC-BY-SA-4.0 (https://creativecommons.org/licenses/by-sa/4.0/)",
			Path: d.Homepage,
		}},
	}

	for _, r := range d.Resources {
		if !slices.Contains(names, r.Name) {
			continue
		}
		r.Encoding = "utf-8"
		var keys []json.RawMessage
		for _, raw := range r.Schema.ForeignKeys {
			var fk foreignKey
			if err := json.Unmarshal(raw, &fk); err != nil {
				return nil, fmt.Errorf("invalid foreign key in HSDS resource %s: %w", r.Name, err)
			}
			if slices.Contains(names, fk.Reference.Resource) {
				keys = append(keys, raw)
			}
		}
		r.Schema.ForeignKeys = keys
		out.Resources = append(out.Resources, r)
	}
	for _, name := range names {
		if d.resource(name) == nil {
			return nil, fmt.Errorf("the HSDS descriptor has no resource %q", name)
		}
	}
	return out, nil
}
