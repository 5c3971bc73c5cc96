// Package workbook defines the directory workbook as data, writes its
// localised template and reads a filled workbook into the validated
// model, reporting every problem at its sheet and cell.
//
// The schema is the single source of the layout: the template writer,
// the reader and docs/workbook.md all follow the sheets and columns
// that Sheets returns.
package workbook

import (
	"strings"

	"github.com/panduan/panduan/internal/directory"
)

// SchemaVersion is the version of the workbook layout that this package
// writes and reads. The template stores it in versionCell of the
// Instructions sheet; the reader rejects any other version.
const SchemaVersion = "1"

// versionCell is the cell of the Instructions sheet that holds the
// schema version; the cell to its left holds its label.
const versionCell = "B2"

// Sheet keys. A key is also accepted as a sheet name when reading.
const (
	SheetInstructions  = "instructions"
	SheetServices      = "services"
	SheetPhones        = "phones"
	SheetHours         = "hours"
	SheetOrganisations = "organisations"
	SheetHotlines      = "hotlines"
	SheetCountries     = "countries"
	SheetAreas         = "areas"
	SheetTypes         = "types"
	SheetLists         = "lists"
)

// Kind is the kind of value a column holds. It decides how a cell is
// parsed, how the template formats the column and which dropdown it
// offers.
type Kind int

const (
	KindText      Kind = iota // free text
	KindID                    // an identifier defined on this sheet
	KindReference             // an ID, code or name defined on the sheet named by Column.Ref
	KindYesNo                 // yes or no; a blank cell is no
	KindDate                  // a date: a date cell, YYYY-MM-DD or DD/MM/YYYY
	KindNumber                // a decimal number
	KindInteger               // a whole number
	KindEmail                 // an email address
	KindURL                   // an http or https address
	KindPhone                 // a phone number, with the country code or national
	KindEnum                  // a term of Column.Vocabulary, by code or label
	KindTime                  // a time of day as HH:MM, up to 24:00
)

var kindNames = map[Kind]string{
	KindText: "text", KindID: "ID", KindReference: "reference", KindYesNo: "yes/no",
	KindDate: "date", KindNumber: "number", KindInteger: "whole number", KindEmail: "email",
	KindURL: "URL", KindPhone: "phone", KindEnum: "dropdown", KindTime: "time",
}

func (k Kind) String() string { return kindNames[k] }

// Column is one column of a sheet.
type Column struct {
	// Key is the stable code of the column, such as "name_th" or
	// "type:shelter". The reader accepts it as a header in place of a
	// label.
	Key string
	// Field is the key shared by the per-language columns of one text
	// ("name" for name_en … name_th); it equals Key for other columns.
	Field string
	// Lang is the site language of a per-language column, else "".
	Lang string
	// Term is the code of the type of assistance, eligibility term or
	// access term that a yes/no flag column stands for, else "".
	Term string

	Header  directory.Text // header label in each site language
	Comment directory.Text // header comment: what to enter

	Kind       Kind
	Vocabulary directory.Vocabulary // terms of a KindEnum column
	Ref        string               // sheet key that a KindReference column refers to

	Required bool
	// Internal marks a column for the practitioners' own use. The
	// template greys its header, and the reader never reads its cells.
	Internal bool
	Width    float64 // column width in Excel character units
	MaxLen   int     // maximum length of a text in characters; 0 for none
}

// Sheet is one sheet of the workbook.
type Sheet struct {
	Key     string
	Name    directory.Text // sheet name in each site language
	Columns []Column
	// Optional marks a sheet whose absence is not an error.
	Optional bool
}

// Column returns the column with the given key.
func (s *Sheet) Column(key string) (*Column, bool) {
	for i := range s.Columns {
		if s.Columns[i].Key == key {
			return &s.Columns[i], true
		}
	}
	return nil, false
}

// Sheets returns the data sheets in the order the template writes them.
// The Services sheet has one yes/no column for each of types, in order.
// The Instructions and Lists sheets are not data sheets and are not
// part of the result.
func Sheets(types []directory.Type) []Sheet {
	return []Sheet{
		servicesSheet(types),
		phonesSheet(),
		hoursSheet(),
		organisationsSheet(),
		hotlinesSheet(),
		countriesSheet(),
		areasSheet(),
		typesSheet(),
	}
}

// sheetNames holds the name of every sheet in each site language.
var sheetNames = map[string]directory.Text{
	SheetInstructions:  tx("Instructions", "Petunjuk", "Arahan", "Hướng dẫn", "คำแนะนำ"),
	SheetServices:      tx("Services", "Layanan", "Perkhidmatan", "Dịch vụ", "บริการ"),
	SheetPhones:        tx("Phones", "Telepon", "Telefon", "Điện thoại", "โทรศัพท์"),
	SheetHours:         tx("Hours", "Jam buka", "Waktu operasi", "Giờ mở cửa", "เวลาทำการ"),
	SheetOrganisations: tx("Organisations", "Organisasi", "Organisasi", "Tổ chức", "องค์กร"),
	SheetHotlines:      tx("Hotlines", "Hotline", "Talian hotline", "Đường dây nóng", "สายด่วน"),
	SheetCountries:     tx("Countries", "Negara", "Negara", "Quốc gia", "ประเทศ"),
	SheetAreas:         tx("Areas", "Wilayah", "Kawasan", "Tỉnh thành", "พื้นที่"),
	SheetTypes:         tx("Types", "Jenis layanan", "Jenis perkhidmatan", "Loại hỗ trợ", "ประเภทความช่วยเหลือ"),
	SheetLists:         tx("Lists", "Lists", "Lists", "Lists", "Lists"),
}

// SheetName returns the name of the sheet with the given key in lang.
func SheetName(key, lang string) string {
	name, _ := sheetNames[key].In(lang)
	return name
}

// sheetKeyOf returns the key of the sheet whose name, in any language,
// or key equals name, ignoring case and surrounding spaces.
func sheetKeyOf(name string) (string, bool) {
	name = strings.TrimSpace(name)
	for key, names := range sheetNames {
		if strings.EqualFold(key, name) {
			return key, true
		}
		for _, n := range names {
			if strings.EqualFold(n, name) {
				return key, true
			}
		}
	}
	return "", false
}

// tx returns a text in the five site languages, in the order of
// directory.Languages.
func tx(en, id, ms, vi, th string) directory.Text {
	return directory.Text{"en": en, "id": id, "ms": ms, "vi": vi, "th": th}
}
