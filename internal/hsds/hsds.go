// Package hsds exports the directory in the tabular (CSV) format of the
// Open Referral Human Services Data Specification (HSDS) 3.0.0. It writes
// one data package per language, because HSDS has no per-field
// translations.
//
// Each package has a datapackage.json derived from the official
// descriptor and one CSV per table, with every column of the official
// schema. IDs are version 5 UUIDs of the workbook's stable IDs, so they
// are the same in every build and every language. Closed services are
// left out, and every service is exported through
// directory.Service.Public, so a confidential address never appears.
// docs/hsds.md describes the mapping.
package hsds

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"

	"github.com/panduan/panduan/internal/directory"
)

// Dir is the folder, below the output folder, that receives one folder
// per language.
const Dir = "api/hsds"

// Resources are the HSDS tables that every package contains, even when a
// table has no rows.
var Resources = []string{
	"organization",
	"service",
	"location",
	"service_at_location",
	"address",
	"phone",
	"schedule",
	"language",
	"service_area",
	"required_document",
	"taxonomy",
	"taxonomy_term",
	"attribute",
	"meta_table_description",
}

// langPattern accepts the language codes that may name a folder.
var langPattern = regexp.MustCompile(`^[a-z]{2,3}$`)

// Write writes one data package per language into dir/api/hsds/<lang>.
// It first removes dir/api/hsds, so a language or table that a build no
// longer writes does not linger.
func Write(dir string, d *directory.Directory, langs []string) error {
	for _, lang := range langs {
		if !langPattern.MatchString(lang) {
			return fmt.Errorf("invalid language code %q: expected two or three lower-case letters", lang)
		}
	}
	if err := checkReferences(d); err != nil {
		return err
	}
	spec, err := parseDescriptor(officialDescriptor)
	if err != nil {
		return err
	}

	root := filepath.Join(dir, filepath.FromSlash(Dir))
	if err := os.RemoveAll(root); err != nil {
		return err
	}
	for _, lang := range langs {
		if err := writePackage(filepath.Join(root, lang), spec, d, lang); err != nil {
			return fmt.Errorf("failed to write the %s HSDS package: %w", lang, err)
		}
	}
	return nil
}

func writePackage(dir string, spec *descriptor, d *directory.Directory, lang string) error {
	rows, err := newBuilder(d, lang).build()
	if err != nil {
		return err
	}
	for _, name := range Resources {
		rows["meta_table_description"] = append(rows["meta_table_description"], row{
			"id":            newID("meta_table_description", name),
			"name":          name,
			"language":      lang,
			"character_set": "UTF-8",
		})
	}

	pkg, err := spec.derive(lang, Resources)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := range pkg.Resources {
		r := &pkg.Resources[i]
		if err := writeCSV(filepath.Join(dir, r.Path), r, rows[r.Name]); err != nil {
			return err
		}
	}

	data, err := json.MarshalIndent(pkg, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "datapackage.json"), append(data, '\n'), 0o644)
}

// codeList is a list of codes on a service and the codes it may contain.
type codeList struct {
	name  string
	codes []string
	known []string
}

// checkReferences returns an error when a published service refers to a
// country, area or type that the directory does not define, or to a code
// that a fixed vocabulary does not contain. Validation of the workbook
// rejects such rows, so an error here means the directory was built
// without it; exporting it would leave dangling foreign keys.
func checkReferences(d *directory.Directory) error {
	countries := map[string]bool{}
	for _, c := range d.Countries {
		countries[c.Code] = true
	}
	areas := map[string]bool{}
	for _, a := range d.Areas {
		areas[a.Code] = true
	}
	var types []string
	for _, t := range d.Types {
		types = append(types, t.Code)
	}

	for _, s := range d.Services {
		if !s.Published() {
			continue
		}
		if !countries[s.Country] {
			return fmt.Errorf("service %s refers to country %q, which the directory does not define", s.ID, s.Country)
		}
		if !areas[s.Area] {
			return fmt.Errorf("service %s refers to area %q, which the directory does not define", s.ID, s.Area)
		}
		lists := []codeList{
			{"type of assistance", s.Types, types},
			{"eligibility", s.Eligibility, directory.Eligibility.Codes()},
			{"access", s.Access, directory.Access.Codes()},
			{"language", s.Languages, directory.SpokenLanguages.Codes()},
		}
		if s.Cost != "" {
			lists = append(lists, codeList{"cost", []string{s.Cost}, directory.Cost.Codes()})
		}
		for _, l := range lists {
			for _, code := range l.codes {
				if !slices.Contains(l.known, code) {
					return fmt.Errorf("service %s refers to %s %q, which is not defined", s.ID, l.name, code)
				}
			}
		}
	}
	return nil
}
