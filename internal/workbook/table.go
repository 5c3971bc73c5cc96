package workbook

import (
	"github.com/xuri/excelize/v2"

	"github.com/panduan/panduan/internal/diag"
)

// table is one data sheet as read: its header mapping and its non-empty
// rows. A table of a missing sheet has no columns and no records.
type table struct {
	r       *reader
	sheet   *Sheet
	name    string         // the sheet's name in the workbook
	columns map[string]int // column key to its 1-based column number
	merged  []cellRange
	records []record
	// unheaded marks the column numbers whose values without a header
	// have been reported.
	unheaded map[int]bool
}

// record is one non-empty data row.
type record struct {
	t     *table
	row   int
	cells map[string]cell // by column key; empty cells are absent
	// skipWarnings turns off the warnings about a record that is never
	// published: a closed service.
	skipWarnings bool
}

// cell is one cell's value after normalisation.
type cell struct {
	Value string
	// Numeric reports a cell stored as a number (also a date or a time
	// stored as a serial number), so Value holds the raw number.
	Numeric bool
	// Reported marks a cell whose value was unusable and has already
	// been reported, so that it is not also reported as missing.
	Reported bool
}

// table reads the sheet of s, reporting a missing required sheet.
func (r *reader) table(s Sheet) *table {
	t := &table{r: r, sheet: &s, columns: map[string]int{}}
	t.name = r.sheets[s.Key]
	if t.name == "" {
		if !s.Optional {
			r.rep.add(diag.Position{File: r.rep.file}, CodeMissingSheet, "",
				"the workbook has no %s sheet", SheetName(s.Key, "en"))
		}
		return t
	}
	rows, err := t.streamRows()
	if err != nil {
		r.rep.add(t.pos(""), CodeNotWorkbook, "", "the sheet cannot be read: %v", err)
		return t
	}
	t.readMerged()
	if len(rows) == 0 || rows[0].num != 1 {
		t.mapHeaders(nil)
		return t
	}
	colKeys := t.mapHeaders(rows[0].values)
	for _, row := range rows[1:] {
		if rec, ok := t.readRow(row, colKeys); ok {
			t.records = append(t.records, rec)
		}
	}
	return t
}

// rawRow is a row as excelize's stream reader returns it: raw values,
// "" for a gap or for a formula cell without a cached value.
type rawRow struct {
	num    int
	values []string
}

// streamRows reads the sheet with excelize's streaming reader, keeping
// only rows that have at least one cell. Blank rows, even thousands of
// formatted but empty ones after the data, cost no memory.
func (t *table) streamRows() ([]rawRow, error) {
	rows, err := t.r.f.Rows(t.name)
	if err != nil {
		return nil, err
	}
	var out []rawRow
	num := 0
	for rows.Next() {
		num++
		values, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			rows.Close()
			return nil, err
		}
		if len(values) > 0 {
			out = append(out, rawRow{num: num, values: values})
		}
	}
	if err := rows.Error(); err != nil {
		rows.Close()
		return nil, err
	}
	return out, rows.Close()
}

// readRow turns a data row into a record; it reports false for a row
// without any value.
func (t *table) readRow(row rawRow, colKeys []string) (record, bool) {
	rec := record{t: t, row: row.num, cells: map[string]cell{}}
	for i, raw := range row.values {
		colNum := i + 1
		key := ""
		if i < len(colKeys) {
			key = colKeys[i]
		}
		if key == "" {
			t.noteUnheaded(colNum, row.num, raw)
			continue
		}
		col, _ := t.sheet.Column(key)
		if col.Internal {
			continue
		}
		c, ok := t.readCell(col, ref(colNum, row.num), raw)
		if ok {
			rec.cells[key] = c
		}
	}
	return rec, len(rec.cells) > 0
}

// pos returns the position of a cell of the sheet; an empty cell
// reference is the sheet as a whole.
func (t *table) pos(cellRef string) diag.Position {
	return diag.Position{File: t.r.rep.file, Sheet: t.name, Cell: cellRef}
}

// ref returns the cell reference of a column and row, such as "F14".
func ref(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// has reports whether the sheet has a column with the key.
func (t *table) has(key string) bool { return t.columns[key] > 0 }

// cellRef returns the reference of the record's cell in the column, or
// "" when the sheet has no such column.
func (rec record) cellRef(key string) string {
	col := rec.t.columns[key]
	if col == 0 {
		return ""
	}
	return ref(col, rec.row)
}

// pos returns the position of the record's cell in the column.
func (rec record) pos(key string) diag.Position {
	return rec.t.pos(rec.cellRef(key))
}

// value returns the value of the record's cell in the column, or "".
func (rec record) value(key string) string { return rec.cells[key].Value }

// required returns the value of a required cell, reporting it when it
// is empty. A cell that was already reported, that a merged range
// covers, or whose column is missing is not reported again.
func (rec record) required(key string) (string, bool) {
	c := rec.cells[key]
	if c.Value != "" {
		return c.Value, true
	}
	cellRef := rec.cellRef(key)
	if c.Reported || cellRef == "" || rec.t.inMerged(cellRef) {
		return "", false
	}
	col, _ := rec.t.sheet.Column(key)
	header, _ := col.Header.In("en")
	rec.t.r.rep.add(rec.t.pos(cellRef), CodeMissingValue, "", "%s is missing", header)
	return "", false
}
