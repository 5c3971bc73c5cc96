package workbook

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/panduan/panduan/internal/directory"
)

// Content is the data that Write puts into a workbook.
type Content struct {
	// Directory is the data; nil writes an empty template. Empty Types
	// mean StandardTypes.
	Directory *directory.Directory
	// Internal holds the internal columns of each service, by service
	// ID. The model never holds them, so they come separately.
	Internal map[string]Internal
	// Created, when set, is stored as the workbook's creation and
	// modification time, so that the same content makes the same file.
	Created time.Time
}

// Internal is the content of a service's internal columns.
type Internal struct {
	Notes   string
	Contact string
}

// Rows with dropdowns: data validations cover rows 2 to validationRows
// of each data sheet, and dropdowns that list the rows of another sheet
// (countries, areas, organisation and service IDs) read its rows 2 to
// sourceRows.
const (
	validationRows = 2000
	sourceRows     = 1000
)

// WriteTemplate writes an empty workbook in lang to w: the Instructions
// sheet, every data sheet with localised headers, header comments and
// dropdowns, and the standard types of assistance.
func WriteTemplate(w io.Writer, lang string) error {
	return Write(w, lang, &Content{})
}

// Write writes a workbook in lang with the content's data to w. Labels,
// dropdown values and sheet names are in lang; the reader accepts them
// in any language.
func Write(w io.Writer, lang string, c *Content) error {
	if !isSiteLanguage(lang) {
		return fmt.Errorf("unknown language %q; use one of %s", lang, strings.Join(directory.Languages, ", "))
	}
	wr, err := newWriter(lang, c)
	if err != nil {
		return err
	}
	defer wr.f.Close()
	if err := wr.build(); err != nil {
		return err
	}
	_, err = wr.f.WriteTo(w)
	return err
}

func isSiteLanguage(lang string) bool {
	for _, l := range directory.Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// writer builds one workbook.
type writer struct {
	f        *excelize.File
	lang     string
	content  *Content
	dir      *directory.Directory
	sheets   []Sheet
	styles   styles
	dropdown map[string]string // list key to the formula of its source range
}

func newWriter(lang string, c *Content) (*writer, error) {
	dir := c.Directory
	if dir == nil {
		dir = &directory.Directory{}
	}
	types := dir.Types
	if len(types) == 0 {
		types = StandardTypes
	}
	withTypes := *dir
	withTypes.Types = types
	wr := &writer{f: excelize.NewFile(), lang: lang, content: c, dir: &withTypes, dropdown: map[string]string{}}
	wr.sheets = Sheets(types)
	var err error
	wr.styles, err = newStyles(wr.f)
	return wr, err
}

// build lays out every sheet and fills in the data.
func (wr *writer) build() error {
	steps := []func() error{
		wr.createSheets,
		wr.writeLists,
		wr.writeInstructions,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	for i := range wr.sheets {
		if err := wr.layoutSheet(&wr.sheets[i]); err != nil {
			return fmt.Errorf("failed to lay out sheet %s: %w", wr.sheets[i].Key, err)
		}
	}
	if err := wr.writeData(); err != nil {
		return err
	}
	return wr.setProperties()
}

// name returns the name of a sheet in the workbook's language.
func (wr *writer) name(key string) string { return SheetName(key, wr.lang) }

// createSheets creates the sheets in order, the Instructions sheet
// first and the hidden Lists sheet last.
func (wr *writer) createSheets() error {
	if err := wr.f.SetSheetName("Sheet1", wr.name(SheetInstructions)); err != nil {
		return err
	}
	for _, s := range wr.sheets {
		if _, err := wr.f.NewSheet(wr.name(s.Key)); err != nil {
			return err
		}
	}
	if _, err := wr.f.NewSheet(wr.name(SheetLists)); err != nil {
		return err
	}
	wr.f.SetActiveSheet(0)
	return nil
}

func (wr *writer) setProperties() error {
	title, _ := instructionTitle.In(wr.lang)
	props := &excelize.DocProperties{Creator: "panduan", Title: title, Language: wr.lang}
	if !wr.content.Created.IsZero() {
		props.Created = wr.content.Created.UTC().Format(time.RFC3339)
		props.Modified = props.Created
	}
	return wr.f.SetDocProps(props)
}

// quoteSheet returns a sheet name quoted for a formula.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}
