package workbook

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/panduan/panduan/internal/diag"
	"github.com/panduan/panduan/internal/directory"
)

// Options are the settings of ReadWith.
type Options struct {
	// Today is the date that the age of last_verified is measured from.
	// The zero value means the current date.
	Today time.Time
}

// Read reads and validates the workbook at path. The error is only for
// a file that cannot be read; every problem with its content is a
// diagnostic, positioned with path as given. The directory is never
// nil when the error is nil, but it is complete only when the list has
// no errors.
func Read(path string) (*directory.Directory, diag.List, error) {
	return ReadWith(path, Options{})
}

// ReadWith is Read with options.
func ReadWith(path string, opts Options) (*directory.Directory, diag.List, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	today := opts.Today
	if today.IsZero() {
		today = time.Now()
	}
	r := &reader{rep: &reporter{file: path}, today: dateOnly(today)}

	f, ok := r.open(data)
	if !ok {
		r.rep.list.Sort()
		return &directory.Directory{}, r.rep.list, nil
	}
	defer f.Close()

	dir := r.read(f)
	r.rep.list.Sort()
	return dir, r.rep.list, nil
}

// reader holds the state of one Read.
type reader struct {
	rep      *reporter
	today    time.Time
	f        *excelize.File
	date1904 bool
	sheets   map[string]string // sheet key to the sheet's name in the workbook
}

// File signatures: a ZIP archive (.xlsx) and an OLE compound file, which
// is either an Excel 97-2003 workbook or an encrypted .xlsx.
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// open checks the file's format and opens it, reporting a file that is
// encrypted, in the old .xls format or not a workbook at all.
func (r *reader) open(data []byte) (*excelize.File, bool) {
	pos := diag.Position{File: r.rep.file}
	if bytes.HasPrefix(data, oleMagic) {
		// An encrypted .xlsx is an OLE file with a stream named
		// "EncryptionInfo". The directory of an OLE file stores stream
		// names in UTF-16LE, so the name's bytes appear as they are.
		if bytes.Contains(data, utf16LE("EncryptionInfo")) {
			r.rep.add(pos, CodeEncrypted, "", "the workbook is encrypted with a password, so it cannot be read")
		} else {
			r.rep.add(pos, CodeLegacyFormat, "", "the file is an Excel 97-2003 workbook (.xls), which panduan does not read")
		}
		return nil, false
	}
	if !bytes.HasPrefix(data, zipMagic) {
		r.rep.add(pos, CodeNotWorkbook, "", "the file is not an Excel workbook (.xlsx)")
		return nil, false
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		r.rep.add(pos, CodeNotWorkbook, "", "the file is not a readable Excel workbook: %v", err)
		return nil, false
	}
	return f, true
}

func utf16LE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// read reads every sheet of an open workbook into a directory.
func (r *reader) read(f *excelize.File) *directory.Directory {
	r.f = f
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		r.date1904 = *props.Date1904
	}
	r.mapSheets()
	dir := &directory.Directory{SchemaVersion: SchemaVersion}
	if !r.checkVersion() {
		return dir
	}

	m := newModel(r)
	m.readCountries(r.table(countriesSheet()))
	m.readAreas(r.table(areasSheet()))
	m.readTypes(r.table(typesSheet()))
	m.readOrganisations(r.table(organisationsSheet()))
	m.readServices(r.table(servicesSheet(m.dir.Types)))
	m.readPhones(r.table(phonesSheet()))
	m.readHours(r.table(hoursSheet()))
	m.readHotlines(r.table(hotlinesSheet()))
	m.checkServices()
	return m.finish()
}

// mapSheets finds the sheet of each key by its name in any language.
func (r *reader) mapSheets() {
	r.sheets = map[string]string{}
	for _, name := range r.f.GetSheetList() {
		key, ok := sheetKeyOf(name)
		pos := diag.Position{File: r.rep.file, Sheet: name}
		switch {
		case !ok:
			r.rep.add(pos, CodeUnknownSheet, "", "sheet %q is not part of the workbook's schema and is ignored", name)
		case r.sheets[key] != "":
			r.rep.add(pos, CodeDuplicateSheet, "",
				"sheet %q holds the same table as sheet %q, which is read instead", name, r.sheets[key])
		default:
			r.sheets[key] = name
		}
	}
}

// checkVersion reads the schema version and reports whether the
// workbook can be read.
func (r *reader) checkVersion() bool {
	name := r.sheets[SheetInstructions]
	if name == "" {
		r.rep.add(diag.Position{File: r.rep.file}, CodeNoVersion, "",
			"the workbook has no Instructions sheet with its schema version; it is read as version %s", SchemaVersion)
		return true
	}
	pos := diag.Position{File: r.rep.file, Sheet: name, Cell: versionCell}
	version, err := r.f.GetCellValue(name, versionCell, excelize.Options{RawCellValue: true})
	version = strings.TrimSpace(version)
	if err != nil || version == "" {
		r.rep.add(pos, CodeNoVersion, "", "the schema version is missing; the workbook is read as version %s", SchemaVersion)
		return true
	}
	if version != SchemaVersion {
		r.rep.add(pos, CodeUnknownVersion, "",
			"the workbook has schema version %q, but this panduan reads version %s only", version, SchemaVersion)
		return false
	}
	return true
}

// reporter collects the diagnostics of one Read.
type reporter struct {
	file string
	list diag.List
}

// add reports a problem of the given code. An empty fix means the
// code's default fix.
func (rep *reporter) add(pos diag.Position, c Code, fix, format string, args ...any) {
	if fix == "" {
		fix = c.Fix
	}
	rep.list = append(rep.list, diag.Diagnostic{
		Pos: pos, Severity: c.Severity, Code: c.ID, Message: fmt.Sprintf(format, args...), Fix: fix,
	})
}

func dateOnly(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
