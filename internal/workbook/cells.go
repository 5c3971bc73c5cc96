package workbook

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// readCell normalises one raw cell value: surrounding spaces trimmed,
// Unicode NFC, invisible control characters removed. It reports a
// formula without a value, an error value, an invisible character and
// a text over the column's length limit. ok is false for an empty cell.
func (t *table) readCell(col *Column, cellRef, raw string) (c cell, ok bool) {
	if raw == "" {
		return t.checkFormula(cellRef)
	}
	if strings.HasPrefix(raw, "#") && t.cellType(cellRef) == excelize.CellTypeError {
		t.r.rep.add(t.pos(cellRef), CodeFormula, "correct the formula, or replace it with a value",
			"the formula's result is the error %s", raw)
		return cell{Reported: true}, true
	}

	numeric := false
	if storesNumbers(col.Kind) {
		numeric = isNumberType(t.cellType(cellRef)) && isNumber(raw)
	}

	v := norm.NFC.String(strings.TrimSpace(raw))
	v, clean := t.removeInvisible(v, cellRef)
	if v == "" {
		return cell{Reported: !clean}, !clean
	}
	t.checkLength(col, cellRef, v)
	return cell{Value: v, Numeric: numeric, Reported: !clean}, true
}

// checkFormula reports an empty cell that holds a formula: the stream
// reader returns "" for a formula without a cached value, which happens
// when a program other than a spreadsheet wrote the formula and nothing
// calculated it since.
func (t *table) checkFormula(cellRef string) (cell, bool) {
	formula, err := t.r.f.GetCellFormula(t.name, cellRef)
	if err != nil || formula == "" {
		return cell{}, false
	}
	// NOTE: a formula whose calculated value is the empty string, such
	// as =IF(A2="","",A2), is reported here as well, because excelize
	// returns "" for both.
	t.r.rep.add(t.pos(cellRef), CodeFormula,
		"open and save the workbook in Excel or LibreOffice so that it calculates the formula, or type the value instead",
		"the formula =%s has no calculated value", formula)
	return cell{Reported: true}, true
}

// storesNumbers reports whether a column's kind reads a number cell
// differently from a text cell.
func storesNumbers(k Kind) bool {
	switch k {
	case KindPhone, KindDate, KindTime, KindNumber, KindInteger:
		return true
	}
	return false
}

// NOTE: GetCellType and GetCellFormula decode the whole worksheet into
// memory on their first call for a sheet, and that dominates reading a
// large sheet. 10,000 services take about 12 s on a 2-core machine, of
// which the stream reader takes about 4 s (BenchmarkReadWorkbook10k in
// internal/sample, measured with a CPU profile).
func (t *table) cellType(cellRef string) excelize.CellType {
	typ, err := t.r.f.GetCellType(t.name, cellRef)
	if err != nil {
		return excelize.CellTypeUnset
	}
	return typ
}

// isNumberType reports whether a cell of this type holds a number: a
// cell without a type attribute is a number in OOXML.
func isNumberType(typ excelize.CellType) bool {
	return typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// invisibleNames names the zero-width and bidirectional control
// characters that the reader rejects. They are invisible in a
// spreadsheet, break searching and matching, and the bidirectional ones
// can make a text display differently from what it contains.
var invisibleNames = map[rune]string{
	0x061C: "ARABIC LETTER MARK",
	0x180E: "MONGOLIAN VOWEL SEPARATOR",
	0x200B: "ZERO WIDTH SPACE",
	0x200C: "ZERO WIDTH NON-JOINER",
	0x200D: "ZERO WIDTH JOINER",
	0x200E: "LEFT-TO-RIGHT MARK",
	0x200F: "RIGHT-TO-LEFT MARK",
	0x202A: "LEFT-TO-RIGHT EMBEDDING",
	0x202B: "RIGHT-TO-LEFT EMBEDDING",
	0x202C: "POP DIRECTIONAL FORMATTING",
	0x202D: "LEFT-TO-RIGHT OVERRIDE",
	0x202E: "RIGHT-TO-LEFT OVERRIDE",
	0x2060: "WORD JOINER",
	0x2066: "LEFT-TO-RIGHT ISOLATE",
	0x2067: "RIGHT-TO-LEFT ISOLATE",
	0x2068: "FIRST STRONG ISOLATE",
	0x2069: "POP DIRECTIONAL ISOLATE",
	0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
}

// invisibleName returns the name of a rejected character: one of
// invisibleNames or a control character other than tab and line break.
func invisibleName(r rune) (string, bool) {
	if name, ok := invisibleNames[r]; ok {
		return name, true
	}
	if r == '\t' || r == '\n' || r == '\r' {
		return "", false
	}
	if r < 0x20 || (r >= 0x7F && r < 0xA0) {
		return "CONTROL CHARACTER", true
	}
	return "", false
}

// removeInvisible reports the first invisible character of v and
// returns v without any of them; clean is false when there was one.
func (t *table) removeInvisible(v, cellRef string) (out string, clean bool) {
	pos := 0
	for i, r := range []rune(v) {
		if _, bad := invisibleName(r); bad {
			pos = i + 1
			break
		}
	}
	if pos == 0 {
		return v, true
	}
	r := []rune(v)[pos-1]
	name, _ := invisibleName(r)
	t.r.rep.add(t.pos(cellRef), CodeInvisibleChar,
		fmt.Sprintf("retype the text, or delete the invisible character after %q", prefixBefore(v, pos-1)),
		"the text contains the invisible character U+%04X %s at character %d", r, name, pos)
	var b strings.Builder
	for _, r := range v {
		if _, bad := invisibleName(r); !bad {
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String()), false
}

// prefixBefore returns up to ten characters of v before the character
// at index n, so that the practitioner can find the spot.
func prefixBefore(v string, n int) string {
	runes := []rune(v)[:n]
	if len(runes) > 10 {
		runes = runes[len(runes)-10:]
	}
	return string(runes)
}

// checkLength reports a text longer than the column's limit.
func (t *table) checkLength(col *Column, cellRef, v string) {
	n := utf8.RuneCountInString(v)
	if col.MaxLen == 0 || n <= col.MaxLen {
		return
	}
	header, _ := col.Header.In("en")
	t.r.rep.add(t.pos(cellRef), CodeTooLong, fmt.Sprintf("shorten it to at most %d characters", col.MaxLen),
		"the text has %d characters, more than the limit of %d for %s", n, col.MaxLen, header)
}

// cellRange is a merged range of cells, with 1-based columns and rows.
type cellRange struct {
	col1, row1, col2, row2 int
}

// readMerged reports each merged range of the sheet and keeps it, so
// that the empty cells it covers are not also reported as missing.
func (t *table) readMerged() {
	merged, err := t.r.f.GetMergeCells(t.name, true)
	if err != nil {
		return
	}
	for _, m := range merged {
		start, end := m.GetStartAxis(), m.GetEndAxis()
		c1, r1, err1 := excelize.CellNameToCoordinates(start)
		c2, r2, err2 := excelize.CellNameToCoordinates(end)
		if err1 != nil || err2 != nil {
			continue
		}
		t.merged = append(t.merged, cellRange{c1, r1, c2, r2})
		t.r.rep.add(t.pos(start), CodeMergedCells, "unmerge "+start+":"+end+" and fill in each cell",
			"cells %s:%s are merged", start, end)
	}
}

// inMerged reports whether a merged range covers the cell other than as
// its top-left cell, which holds the range's value.
func (t *table) inMerged(cellRef string) bool {
	col, row, err := excelize.CellNameToCoordinates(cellRef)
	if err != nil {
		return false
	}
	for _, m := range t.merged {
		inside := col >= m.col1 && col <= m.col2 && row >= m.row1 && row <= m.row2
		if inside && (col != m.col1 || row != m.row1) {
			return true
		}
	}
	return false
}
