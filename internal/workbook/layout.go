package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/panduan/panduan/internal/directory"
)

// styles are the cell styles of the template.
type styles struct {
	header         int // a header cell
	internalHeader int // the header of an internal column: grey
	text           int // a column formatted as Text, which keeps leading zeros and +
	date           int // a date column, shown as YYYY-MM-DD
	title          int // the title of the Instructions sheet
	wrap           int // a paragraph of the Instructions sheet
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	top := &excelize.Alignment{WrapText: true, Vertical: "top"}
	bottomBorder := []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
	defs := []struct {
		id    *int
		style *excelize.Style
	}{
		{&s.header, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top, Border: bottomBorder,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}},
		{&s.internalHeader, &excelize.Style{Font: &excelize.Font{Bold: true, Italic: true, Color: "595959"}, Alignment: top,
			Border: bottomBorder, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}}}},
		{&s.text, &excelize.Style{NumFmt: 49}},
		{&s.date, &excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd")}},
		{&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&s.wrap, &excelize.Style{Alignment: top}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(d.style)
		if err != nil {
			return s, err
		}
		*d.id = id
	}
	return s, nil
}

func ptr[T any](v T) *T { return &v }

// layoutSheet writes a data sheet's header row with its comments, sets
// column widths and formats, freezes the header row and adds the
// dropdowns.
func (wr *writer) layoutSheet(s *Sheet) error {
	name := wr.name(s.Key)
	for i, col := range s.Columns {
		if err := wr.layoutColumn(name, i+1, &col); err != nil {
			return err
		}
	}
	if err := wr.f.SetRowHeight(name, 1, 60); err != nil {
		return err
	}
	return wr.f.SetPanes(name, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
}

func (wr *writer) layoutColumn(sheet string, colNum int, col *Column) error {
	letters, err := excelize.ColumnNumberToName(colNum)
	if err != nil {
		return err
	}
	if err := wr.f.SetColWidth(sheet, letters, letters, col.Width); err != nil {
		return err
	}
	if style, ok := wr.columnStyle(col); ok {
		if err := wr.f.SetColStyle(sheet, letters, style); err != nil {
			return err
		}
	}

	header := wr.text(col.Header)
	if col.Required {
		header += " *"
	}
	cellRef := letters + "1"
	if err := wr.f.SetCellStr(sheet, cellRef, header); err != nil {
		return err
	}
	headerStyle := wr.styles.header
	if col.Internal {
		headerStyle = wr.styles.internalHeader
	}
	if err := wr.f.SetCellStyle(sheet, cellRef, cellRef, headerStyle); err != nil {
		return err
	}
	if err := wr.f.AddComment(sheet, excelize.Comment{
		Cell: cellRef, Author: "panduan", Width: 300, Height: 120,
		Paragraph: []excelize.RichTextRun{{Text: wr.text(col.Comment)}},
	}); err != nil {
		return err
	}
	return wr.addDropdown(sheet, letters, col)
}

// columnStyle returns the number format of a column's data cells.
func (wr *writer) columnStyle(col *Column) (int, bool) {
	switch {
	case col.Kind == KindDate:
		return wr.styles.date, true
	case col.Kind == KindPhone, col.Kind == KindID, col.Kind == KindTime,
		col.Kind == KindReference && (col.Ref == SheetServices || col.Ref == SheetOrganisations),
		col.Key == "postal_code":
		return wr.styles.text, true
	}
	return 0, false
}

// text returns a text in the workbook's language, or in English.
func (wr *writer) text(t directory.Text) string {
	s, _ := t.In(wr.lang)
	return s
}

// addDropdown adds the data validation list of a column, if it has one.
// The list is a range on another sheet: a literal list is limited to 255
// characters, which the Thai labels of the spoken languages exceed.
// Its error alert is a warning, not a stop, because the reader also
// accepts codes and labels in other languages.
func (wr *writer) addDropdown(sheet, letters string, col *Column) error {
	source := wr.dropdownSource(col)
	if source == "" {
		return nil
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("%s2:%s%d", letters, letters, validationRows)
	dv.SetSqrefDropList(xmlEscaper.Replace(source))
	dv.SetError(excelize.DataValidationErrorStyleWarning, wr.text(notInListTitle), wr.text(notInListMessage))
	return wr.f.AddDataValidation(sheet, dv)
}

// xmlEscaper escapes a formula for excelize, which writes a data
// validation's formula into the XML as it is.
var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

var (
	notInListTitle   = tx("Not in the list", "Tidak ada di daftar", "Tiada dalam senarai", "Không có trong danh sách", "ไม่มีในรายการ")
	notInListMessage = tx("Choose a value from the list.", "Pilih nilai dari daftar.", "Pilih nilai daripada senarai.",
		"Hãy chọn một giá trị trong danh sách.", "โปรดเลือกค่าจากรายการ")
)

// dropdownSource returns the formula of the range that a column's
// dropdown lists, or "" for a column without one.
func (wr *writer) dropdownSource(col *Column) string {
	switch col.Kind {
	case KindYesNo:
		return wr.dropdown[listKey(directory.YesNo)]
	case KindEnum:
		return wr.dropdown[listKey(col.Vocabulary)]
	case KindReference:
		return wr.referenceSource(col.Ref)
	}
	return ""
}

// referenceSource returns the range of the names or IDs on the sheet
// that a reference column refers to.
func (wr *writer) referenceSource(ref string) string {
	key := "name_" + wr.lang
	switch ref {
	case SheetOrganisations:
		key = "organisation_id"
	case SheetServices:
		key = "service_id"
	}
	for _, s := range wr.sheets {
		if s.Key != ref {
			continue
		}
		for i, col := range s.Columns {
			if col.Key == key {
				letters, _ := excelize.ColumnNumberToName(i + 1)
				return fmt.Sprintf("%s!$%s$2:$%s$%d", quoteSheet(wr.name(ref)), letters, letters, sourceRows)
			}
		}
	}
	return ""
}

// lists are the vocabularies that the hidden Lists sheet holds, one per
// column, for the dropdowns.
var lists = []struct {
	key        string
	vocabulary directory.Vocabulary
}{
	{"yes_no", directory.YesNo},
	{"status", directory.Statuses},
	{"cost", directory.Cost},
	{"phone_kind", directory.PhoneKinds},
	{"day", directory.Days},
	{"language", directory.SpokenLanguages},
}

// listKey returns the key of a vocabulary's column on the Lists sheet.
func listKey(v directory.Vocabulary) string {
	for _, l := range lists {
		if len(l.vocabulary) > 0 && len(v) > 0 && &l.vocabulary[0] == &v[0] {
			return l.key
		}
	}
	return ""
}

// writeLists fills the hidden Lists sheet with the labels of every
// vocabulary in the workbook's language and records their ranges.
func (wr *writer) writeLists() error {
	name := wr.name(SheetLists)
	for i, l := range lists {
		letters, _ := excelize.ColumnNumberToName(i + 1)
		if err := wr.f.SetCellStr(name, letters+"1", l.key); err != nil {
			return err
		}
		labels := l.vocabulary.Labels(wr.lang)
		for j, label := range labels {
			if err := wr.f.SetCellStr(name, fmt.Sprintf("%s%d", letters, j+2), label); err != nil {
				return err
			}
		}
		wr.dropdown[l.key] = fmt.Sprintf("%s!$%s$2:$%s$%d", quoteSheet(name), letters, letters, len(labels)+1)
	}
	return wr.f.SetSheetVisible(name, false)
}
