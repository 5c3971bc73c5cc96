package workbook

import (
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"github.com/panduan/panduan/internal/directory"
)

// mapHeaders matches the header row to the sheet's columns and returns
// the column key of each cell, "" for a cell that matches none. It
// reports unknown, duplicate and missing columns.
func (t *table) mapHeaders(headers []string) []string {
	index := newHeaderIndex(t.sheet)
	keys := make([]string, len(headers))
	for i, h := range headers {
		if strings.TrimSpace(h) == "" {
			continue
		}
		colRef := ref(i+1, 1)
		key, ok := index.lookup(h)
		switch {
		case !ok:
			fix := ""
			if s, ok := suggest(normalizeHeader(h), headerCandidates(t.sheet)); ok {
				fix = `did you mean "` + s + `"?`
			}
			t.r.rep.add(t.pos(colRef), CodeUnknownColumn, fix,
				"column %q is not part of the %s sheet and is ignored", h, SheetName(t.sheet.Key, "en"))
		case t.columns[key] > 0:
			t.r.rep.add(t.pos(colRef), CodeDuplicateColumn, "",
				"column %q repeats column %s; only the first is read", h, colName(t.columns[key]))
		default:
			t.columns[key] = i + 1
			keys[i] = key
		}
	}
	t.reportMissingColumns()
	return keys
}

// reportMissingColumns reports each required column without a header.
func (t *table) reportMissingColumns() {
	for _, col := range t.sheet.Columns {
		if !col.Required || t.has(col.Key) {
			continue
		}
		header, _ := col.Header.In("en")
		t.r.rep.add(t.pos(""), CodeMissingColumn, `add a column with the header "`+header+`"`,
			"the required column %q (%s) is missing", header, col.Key)
	}
}

// headerIndex holds the headers that the columns of a sheet accept: a
// column's key, exactly as written, and its label in any language,
// ignoring case. A type of assistance's column also accepts the type's
// code. Keys are matched before labels and codes, so the header
// "interpretation" is the yes/no column of that key, while the label
// "Interpretation" is the type's column.
type headerIndex struct {
	keys, labels, typeCodes map[string]string
}

func newHeaderIndex(s *Sheet) headerIndex {
	index := headerIndex{keys: map[string]string{}, labels: map[string]string{}, typeCodes: map[string]string{}}
	for _, col := range s.Columns {
		index.keys[col.Key] = col.Key
		for _, lang := range directory.Languages {
			if h := normalizeHeader(col.Header[lang]); h != "" {
				if _, seen := index.labels[h]; !seen {
					index.labels[h] = col.Key
				}
			}
		}
		if strings.HasPrefix(col.Key, typeKeyPrefix) {
			index.typeCodes[col.Term] = col.Key
		}
	}
	return index
}

func (index headerIndex) lookup(header string) (string, bool) {
	exact := strings.TrimSpace(norm.NFC.String(header))
	if key, ok := index.keys[exact]; ok {
		return key, true
	}
	if key, ok := index.labels[normalizeHeader(header)]; ok {
		return key, true
	}
	key, ok := index.typeCodes[exact]
	return key, ok
}

// headerCandidates returns the English labels and the keys of a sheet's
// columns, for suggestions.
func headerCandidates(s *Sheet) []string {
	var cs []string
	for _, col := range s.Columns {
		cs = append(cs, col.Header["en"], col.Key)
	}
	return cs
}

// normalizeHeader returns a header as it is compared: NFC, lower case,
// with runs of spaces and line breaks collapsed, and without the "*"
// that the template appends to required headers.
func normalizeHeader(h string) string {
	h = norm.NFC.String(h)
	h = strings.Join(strings.Fields(h), " ")
	h = strings.TrimSpace(strings.TrimSuffix(h, "*"))
	return strings.ToLower(h)
}

// noteUnheaded reports, once for each column, values in a column that
// has no header. A column with an unknown header was reported with its
// header.
func (t *table) noteUnheaded(colNum, row int, raw string) {
	if strings.TrimSpace(raw) == "" {
		return
	}
	if t.unheaded == nil {
		t.unheaded = map[int]bool{}
	}
	if t.unheaded[colNum] {
		return
	}
	t.unheaded[colNum] = true
	if header, _ := t.r.f.GetCellValue(t.name, ref(colNum, 1)); strings.TrimSpace(header) != "" {
		return
	}
	t.r.rep.add(t.pos(ref(colNum, row)), CodeUnknownColumn, "add the header from the template, or delete the values",
		"column %s has values but no header, so they are ignored", colName(colNum))
}

// colName returns the letters of a 1-based column number.
func colName(n int) string {
	name, _ := excelize.ColumnNumberToName(n)
	return name
}
