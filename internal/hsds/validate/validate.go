// Package validate checks an HSDS tabular data package, a folder with a
// datapackage.json and CSV files, against the official HSDS descriptor.
// It reads the table schemas from the official descriptor rather than
// from the package, so a package cannot loosen its own rules.
//
// It reports:
//   - tables and columns that the specification does not define;
//   - missing required columns and values;
//   - values that do not match their type (string, number, integer,
//     boolean, date, time, datetime) or format (uuid, email, uri);
//   - values outside an enum constraint;
//   - duplicate primary keys and duplicates in unique columns;
//   - foreign keys that do not resolve.
//
// Typical use, with the copy of the descriptor that package hsds embeds:
//
//	spec, err := validate.ParseSpec(hsds.OfficialDescriptor())
//	problems, err := validate.Package(dir, spec)
package validate

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Spec is the set of table schemas of an official descriptor.
type Spec struct {
	resources map[string]*Resource
}

// Resource is one table of the specification.
type Resource struct {
	Name        string
	Path        string
	Fields      []Field
	PrimaryKey  []string
	ForeignKeys []ForeignKey
}

// Field is one column of a table.
type Field struct {
	Name     string
	Type     string
	Format   string
	Required bool
	Unique   bool
	Enum     []string
}

// ForeignKey requires the values of Fields to appear in RefFields of the
// resource RefResource.
type ForeignKey struct {
	Fields      []string
	RefResource string
	RefFields   []string
}

// supportedTypes are the Table Schema field types that the validator
// checks. ParseSpec rejects a descriptor that uses another type, so no
// column goes unchecked.
var supportedTypes = []string{"string", "number", "integer", "boolean", "date", "time", "datetime"}

// ParseSpec reads an official tabular data package descriptor.
func ParseSpec(data []byte) (*Spec, error) {
	var raw struct {
		Resources []struct {
			Name   string `json:"name"`
			Path   string `json:"path"`
			Schema struct {
				PrimaryKey json.RawMessage `json:"primaryKey"`
				Fields     []struct {
					Name        string `json:"name"`
					Type        string `json:"type"`
					Format      string `json:"format"`
					Constraints struct {
						Required bool     `json:"required"`
						Unique   bool     `json:"unique"`
						Enum     []string `json:"enum"`
					} `json:"constraints"`
				} `json:"fields"`
				ForeignKeys []struct {
					Fields    json.RawMessage `json:"fields"`
					Reference struct {
						Resource string          `json:"resource"`
						Fields   json.RawMessage `json:"fields"`
					} `json:"reference"`
				} `json:"foreignKeys"`
			} `json:"schema"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("invalid descriptor: %w", err)
	}

	spec := &Spec{resources: map[string]*Resource{}}
	for _, rr := range raw.Resources {
		r := &Resource{Name: rr.Name, Path: rr.Path}
		for _, f := range rr.Schema.Fields {
			if !slices.Contains(supportedTypes, f.Type) {
				return nil, fmt.Errorf("resource %s, field %s: type %q is not supported by the validator", rr.Name, f.Name, f.Type)
			}
			r.Fields = append(r.Fields, Field{
				Name:     f.Name,
				Type:     f.Type,
				Format:   f.Format,
				Required: f.Constraints.Required,
				Unique:   f.Constraints.Unique,
				Enum:     f.Constraints.Enum,
			})
		}
		var err error
		if r.PrimaryKey, err = stringOrList(rr.Schema.PrimaryKey); err != nil {
			return nil, fmt.Errorf("resource %s: invalid primaryKey: %w", rr.Name, err)
		}
		for _, fk := range rr.Schema.ForeignKeys {
			key := ForeignKey{RefResource: fk.Reference.Resource}
			if key.Fields, err = stringOrList(fk.Fields); err != nil {
				return nil, fmt.Errorf("resource %s: invalid foreign key: %w", rr.Name, err)
			}
			if key.RefFields, err = stringOrList(fk.Reference.Fields); err != nil {
				return nil, fmt.Errorf("resource %s: invalid foreign key: %w", rr.Name, err)
			}
			if len(key.Fields) != len(key.RefFields) {
				return nil, fmt.Errorf("resource %s: foreign key %v has %d reference fields", rr.Name, key.Fields, len(key.RefFields))
			}
			r.ForeignKeys = append(r.ForeignKeys, key)
		}
		spec.resources[r.Name] = r
	}
	return spec, nil
}

// stringOrList decodes a Table Schema key, which is a field name or a list
// of field names.
func stringOrList(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 {
		return nil, nil
	}
	var single string
	if err := json.Unmarshal(raw, &single); err == nil {
		return []string{single}, nil
	}
	var many []string
	if err := json.Unmarshal(raw, &many); err != nil {
		return nil, err
	}
	return many, nil
}

// Resource returns the resource with the given name, or nil.
func (s *Spec) Resource(name string) *Resource {
	return s.resources[name]
}

func (r *Resource) field(name string) (Field, bool) {
	for _, f := range r.Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

// Problem is one violation of the specification.
type Problem struct {
	File    string // file name within the package folder
	Line    int    // line in File, or 0 for the whole file
	Field   string // column, or "" when the problem is not about one
	Message string
}

func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	if p.Field != "" {
		b.WriteString(": " + p.Field)
	}
	b.WriteString(": " + p.Message)
	return b.String()
}

// table is one CSV file as read.
type table struct {
	resource *Resource
	file     string
	header   []string
	records  [][]string
	lines    []int // line of each record
}

// column returns the index of a column in the header, or -1.
func (t *table) column(name string) int {
	return slices.Index(t.header, name)
}

// Package validates the data package in dir against spec. It returns the
// problems found, sorted by file and line; an error means that the
// package could not be read at all.
func Package(dir string, spec *Spec) ([]Problem, error) {
	var problems []Problem
	report := func(p Problem) { problems = append(problems, p) }

	data, err := os.ReadFile(filepath.Join(dir, "datapackage.json"))
	if err != nil {
		return nil, err
	}
	var pkg struct {
		Resources []struct {
			Name   string `json:"name"`
			Path   string `json:"path"`
			Schema struct {
				Fields []struct {
					Name string `json:"name"`
				} `json:"fields"`
			} `json:"schema"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(data, &pkg); err != nil {
		return nil, fmt.Errorf("invalid datapackage.json in %s: %w", dir, err)
	}

	tables := map[string]*table{}
	listed := map[string]bool{}
	for _, pr := range pkg.Resources {
		listed[pr.Path] = true
		r := spec.Resource(pr.Name)
		if r == nil {
			report(Problem{File: "datapackage.json", Message: fmt.Sprintf("resource %q is not defined by the specification", pr.Name)})
			continue
		}
		if pr.Path != r.Path {
			report(Problem{File: "datapackage.json", Message: fmt.Sprintf("resource %s has path %q, want %q", pr.Name, pr.Path, r.Path)})
		}
		var names []string
		for _, f := range pr.Schema.Fields {
			names = append(names, f.Name)
		}
		var want []string
		for _, f := range r.Fields {
			want = append(want, f.Name)
		}
		if !slices.Equal(names, want) {
			report(Problem{File: "datapackage.json", Message: fmt.Sprintf("resource %s lists the fields %v, want the specification's %v", pr.Name, names, want)})
		}

		t, err := readTable(filepath.Join(dir, filepath.FromSlash(pr.Path)), r)
		if err != nil {
			report(Problem{File: pr.Path, Message: err.Error()})
			continue
		}
		t.file = pr.Path
		tables[r.Name] = t
	}

	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".csv") && !listed[e.Name()] {
			report(Problem{File: e.Name(), Message: "the file is not listed in datapackage.json"})
		}
	}

	for _, t := range tables {
		checkHeader(t, report)
		checkValues(t, report)
		checkUnique(t, report)
		checkForeignKeys(t, tables, report)
	}

	slices.SortStableFunc(problems, func(a, b Problem) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return problems, nil
}

func readTable(path string, r *Resource) (*table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	cr := csv.NewReader(f)
	t := &table{resource: r}
	t.header, err = cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("the file is empty; it needs at least a header row")
	}
	if err != nil {
		return nil, err
	}
	for {
		record, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		t.records = append(t.records, record)
		t.lines = append(t.lines, line)
	}
	return t, nil
}

func checkHeader(t *table, report func(Problem)) {
	seen := map[string]bool{}
	for _, name := range t.header {
		if _, ok := t.resource.field(name); !ok {
			report(Problem{File: t.file, Line: 1, Field: name, Message: "unknown column: the specification does not define it for " + t.resource.Name})
		}
		if seen[name] {
			report(Problem{File: t.file, Line: 1, Field: name, Message: "duplicate column"})
		}
		seen[name] = true
	}
	for _, f := range t.resource.Fields {
		if (f.Required || slices.Contains(t.resource.PrimaryKey, f.Name)) && !seen[f.Name] {
			report(Problem{File: t.file, Line: 1, Field: f.Name, Message: "missing required column"})
		}
	}
}

func checkValues(t *table, report func(Problem)) {
	for i, record := range t.records {
		for c, name := range t.header {
			f, ok := t.resource.field(name)
			if !ok {
				continue
			}
			value := record[c]
			if value == "" {
				if f.Required || slices.Contains(t.resource.PrimaryKey, f.Name) {
					report(Problem{File: t.file, Line: t.lines[i], Field: name, Message: "missing required value"})
				}
				continue
			}
			if msg := checkValue(f, value); msg != "" {
				report(Problem{File: t.file, Line: t.lines[i], Field: name, Message: msg})
			}
		}
	}
}

var (
	numberPattern  = regexp.MustCompile(`^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$`)
	integerPattern = regexp.MustCompile(`^[+-]?\d+$`)
	timePattern    = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$`)
	uuidPattern    = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
)

// checkValue returns what is wrong with a non-empty value, or "". Types
// follow the default formats of Table Schema v1, which the descriptor's
// fields use: numbers without grouping characters (NaN, INF and -INF
// allowed), dates YYYY-MM-DD, times HH:MM:SS and date-times
// YYYY-MM-DDTHH:MM:SSZ in UTC. Some tools accept more, such as fractions
// of a second or UTC offsets; the tableschema library for JavaScript
// (version 1.12) accepts exactly these forms.
func checkValue(f Field, value string) string {
	switch f.Type {
	case "number":
		if !numberPattern.MatchString(value) && value != "NaN" && value != "INF" && value != "-INF" {
			return fmt.Sprintf("%q is not a number", value)
		}
	case "integer":
		if !integerPattern.MatchString(value) {
			return fmt.Sprintf("%q is not an integer", value)
		}
	case "boolean":
		if !slices.Contains([]string{"true", "True", "TRUE", "1", "false", "False", "FALSE", "0"}, value) {
			return fmt.Sprintf("%q is not a boolean", value)
		}
	case "date":
		if _, err := time.Parse(time.DateOnly, value); err != nil {
			return fmt.Sprintf("%q is not a date in the form YYYY-MM-DD", value)
		}
	case "time":
		if !timePattern.MatchString(value) {
			return fmt.Sprintf("%q is not a time in the form HH:MM:SS", value)
		}
	case "datetime":
		if _, err := time.Parse("2006-01-02T15:04:05Z", value); err != nil {
			return fmt.Sprintf("%q is not a date and time in the form YYYY-MM-DDTHH:MM:SSZ", value)
		}
	}

	switch f.Format {
	case "uuid":
		if !uuidPattern.MatchString(value) {
			return fmt.Sprintf("%q is not a UUID", value)
		}
	case "email":
		if a, err := mail.ParseAddress(value); err != nil || a.Address != value {
			return fmt.Sprintf("%q is not an email address", value)
		}
	case "uri":
		if u, err := url.Parse(value); err != nil || u.Scheme == "" || (u.Host == "" && u.Opaque == "") {
			return fmt.Sprintf("%q is not an absolute URI", value)
		}
	}

	if len(f.Enum) > 0 && !slices.Contains(f.Enum, value) {
		return fmt.Sprintf("%q is not one of the allowed values %s", value, strings.Join(f.Enum, ", "))
	}
	return ""
}

// checkUnique reports repeated primary keys and repeated values in
// columns with a unique constraint. Empty values are not compared.
func checkUnique(t *table, report func(Problem)) {
	keys := [][]string{}
	if len(t.resource.PrimaryKey) > 0 {
		keys = append(keys, t.resource.PrimaryKey)
	}
	for _, f := range t.resource.Fields {
		if f.Unique && !slices.Equal(t.resource.PrimaryKey, []string{f.Name}) {
			keys = append(keys, []string{f.Name})
		}
	}

	for _, key := range keys {
		cols := make([]int, len(key))
		missing := false
		for i, name := range key {
			cols[i] = t.column(name)
			missing = missing || cols[i] < 0
		}
		if missing {
			continue
		}
		firstLine := map[string]int{}
		for i, record := range t.records {
			value, empty := keyValue(record, cols)
			if empty {
				continue
			}
			if first, dup := firstLine[value]; dup {
				report(Problem{File: t.file, Line: t.lines[i], Field: strings.Join(key, "+"),
					Message: fmt.Sprintf("duplicate value %q, first on line %d", value, first)})
				continue
			}
			firstLine[value] = t.lines[i]
		}
	}
}

// keyValue joins the values of a key's columns, and reports whether any
// of them is empty.
func keyValue(record []string, cols []int) (string, bool) {
	parts := make([]string, len(cols))
	for i, c := range cols {
		if record[c] == "" {
			return "", true
		}
		parts[i] = record[c]
	}
	return strings.Join(parts, "\x00"), false
}

// checkForeignKeys reports values that do not appear in the referenced
// table, including references to a table that the package does not have.
func checkForeignKeys(t *table, tables map[string]*table, report func(Problem)) {
	for _, fk := range t.resource.ForeignKeys {
		cols := make([]int, len(fk.Fields))
		missing := false
		for i, name := range fk.Fields {
			cols[i] = t.column(name)
			missing = missing || cols[i] < 0
		}
		if missing {
			continue
		}

		target := tables[fk.RefResource]
		var known map[string]bool
		if target != nil {
			known = map[string]bool{}
			refCols := make([]int, len(fk.RefFields))
			for i, name := range fk.RefFields {
				refCols[i] = target.column(name)
			}
			if slices.Contains(refCols, -1) {
				target = nil
			} else {
				for _, record := range target.records {
					if value, empty := keyValue(record, refCols); !empty {
						known[value] = true
					}
				}
			}
		}

		field := strings.Join(fk.Fields, "+")
		for i, record := range t.records {
			value, empty := keyValue(record, cols)
			if empty {
				continue
			}
			switch {
			case target == nil:
				report(Problem{File: t.file, Line: t.lines[i], Field: field,
					Message: fmt.Sprintf("%q refers to the %s table, which the package does not contain", value, fk.RefResource)})
			case !known[value]:
				report(Problem{File: t.file, Line: t.lines[i], Field: field,
					Message: fmt.Sprintf("%q does not match any %s.%s", value, fk.RefResource, strings.Join(fk.RefFields, "+"))})
			}
		}
	}
}
