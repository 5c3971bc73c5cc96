package hsds

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// row is one CSV row by column name. Columns that a row leaves out are
// written empty.
type row map[string]string

// e164Pattern matches a phone number in E.164 form or a short code, the
// two forms directory.Phone.E164 takes.
var e164Pattern = regexp.MustCompile(`^\+?[0-9]+$`)

// formulaPrefixes are the first characters that make a spreadsheet read a
// cell as a formula: = + - @, and tab, carriage return and NUL, which
// OWASP ASVS 5.0 (requirement 1.2.10) and similar guidance list as well.
const formulaPrefixes = "=+-@\t\r\x00"

// neutraliseFormula prefixes a free-text cell that a spreadsheet would
// read as a formula with a single quote, which spreadsheets show as text.
func neutraliseFormula(value string) string {
	if value != "" && strings.ContainsRune(formulaPrefixes, rune(value[0])) {
		return "'" + value
	}
	return value
}

// cell returns the value of column f as it is written. Only free text is
// neutralised against formula injection: numbers, dates, times, UUIDs and
// E.164 phone numbers are written intact, because a leading "-" or "+" is
// part of their value.
func cell(r *resource, f field, value string) string {
	switch {
	case f.Type != "string":
		return value
	case f.Format == "uuid":
		return value
	case r.Name == "phone" && f.Name == "number" && e164Pattern.MatchString(value):
		return value
	}
	return neutraliseFormula(value)
}

// writeCSV writes the rows of r to path with every column of the official
// schema as the header, in the schema's order. It returns an error for a
// column that the schema does not define, so a misspelt column name
// cannot silently drop data.
func writeCSV(path string, r *resource, rows []row) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)

	header := make([]string, len(r.fields))
	for i, f := range r.fields {
		header[i] = f.Name
	}
	if err := w.Write(header); err != nil {
		return err
	}

	record := make([]string, len(r.fields))
	for _, rw := range rows {
		for name := range rw {
			if _, ok := r.field(name); !ok {
				return fmt.Errorf("HSDS resource %s has no column %q", r.Name, name)
			}
		}
		for i, f := range r.fields {
			record[i] = cell(r, f, rw[f.Name])
		}
		if err := w.Write(record); err != nil {
			return err
		}
	}

	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("failed to encode %s: %w", path, err)
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
