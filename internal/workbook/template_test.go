package workbook_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/xuri/excelize/v2"

	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/workbook"
)

// TestLocalisedWorkbookReadsBack fills a workbook in each language, with
// that language's sheet names, headers and dropdown labels, and reads it
// back into the same directory.
func TestLocalisedWorkbookReadsBack(t *testing.T) {
	for _, lang := range directory.Languages {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			path := writeBase(t, lang)
			got, diags := read(t, path)
			if len(diags) != 0 {
				t.Fatalf("diagnostics:\n%s", printed(diags))
			}
			want := baseDirectory()
			want.SchemaVersion = workbook.SchemaVersion
			normalizePhones(got)
			normalizePhones(want)
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("read back (-want +got):\n%s", diff)
			}

			f, err := excelize.OpenFile(path)
			must(t, err)
			defer f.Close()
			checkSheetNames(t, f, lang)
			for _, s := range workbook.Sheets(workbook.StandardTypes) {
				checkLayout(t, f, lang, s)
			}
		})
	}
}

// normalizePhones keeps only the kind and E.164 form of each number, so
// that a number written in international format compares equal to the
// number read back.
func normalizePhones(d *directory.Directory) {
	for i := range d.Services {
		for j, p := range d.Services[i].Phones {
			d.Services[i].Phones[j] = directory.Phone{Kind: p.Kind, E164: e164(p)}
		}
	}
	for i, h := range d.Hotlines {
		d.Hotlines[i].Phone = directory.Phone{Kind: h.Phone.Kind, E164: e164(h.Phone)}
	}
}

func e164(p directory.Phone) string {
	if p.E164 != "" {
		return p.E164
	}
	return strings.NewReplacer(" ", "", "-", "").Replace(p.International)
}

func checkSheetNames(t *testing.T, f *excelize.File, lang string) {
	t.Helper()
	var want []string
	want = append(want, workbook.SheetName(workbook.SheetInstructions, lang))
	for _, s := range workbook.Sheets(workbook.StandardTypes) {
		want = append(want, workbook.SheetName(s.Key, lang))
	}
	want = append(want, workbook.SheetName(workbook.SheetLists, lang))
	if got := f.GetSheetList(); !reflect.DeepEqual(got, want) {
		t.Errorf("sheets = %q, want %q", got, want)
	}
	lists := workbook.SheetName(workbook.SheetLists, lang)
	if visible, err := f.GetSheetVisible(lists); err != nil || visible {
		t.Errorf("sheet %s visible = %v, %v; want hidden", lists, visible, err)
	}
	instructions := workbook.SheetName(workbook.SheetInstructions, lang)
	if v, _ := f.GetCellValue(instructions, "B2"); v != workbook.SchemaVersion {
		t.Errorf("%s!B2 = %q, want schema version %q", instructions, v, workbook.SchemaVersion)
	}
}

// checkLayout checks one data sheet's headers, header comments, frozen
// header row and dropdowns.
func checkLayout(t *testing.T, f *excelize.File, lang string, s workbook.Sheet) {
	t.Helper()
	name := workbook.SheetName(s.Key, lang)

	panes, err := f.GetPanes(name)
	must(t, err)
	if !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("%s: panes = %+v, want the header row frozen", name, panes)
	}

	comments, err := f.GetComments(name)
	must(t, err)
	commentByCell := map[string]string{}
	for _, c := range comments {
		var text strings.Builder
		for _, run := range c.Paragraph {
			text.WriteString(run.Text)
		}
		commentByCell[c.Cell] = c.Text + text.String()
	}

	validations, err := f.GetDataValidations(name)
	must(t, err)
	dropdowns := map[string]string{}
	for _, dv := range validations {
		dropdowns[strings.SplitN(dv.Sqref, ":", 2)[0]] = dv.Formula1
	}

	for i, col := range s.Columns {
		letters, _ := excelize.ColumnNumberToName(i + 1)
		header, _ := f.GetCellValue(name, letters+"1")
		wantHeader := col.Header[lang]
		if col.Required {
			wantHeader += " *"
		}
		if header != wantHeader {
			t.Errorf("%s!%s1 = %q, want %q", name, letters, header, wantHeader)
		}
		if got := commentByCell[letters+"1"]; got != col.Comment[lang] {
			t.Errorf("%s!%s1 comment = %q, want %q", name, letters, got, col.Comment[lang])
		}
		checkDropdown(t, lang, name, letters, col, dropdowns[letters+"2"])
	}
}

// checkDropdown checks that a column has the dropdown of its kind, with
// its source on the right sheet.
func checkDropdown(t *testing.T, lang, sheet, letters string, col workbook.Column, formula string) {
	t.Helper()
	var source string
	switch {
	case col.Kind == workbook.KindYesNo, col.Kind == workbook.KindEnum:
		source = workbook.SheetName(workbook.SheetLists, lang)
	case col.Kind == workbook.KindReference:
		source = workbook.SheetName(col.Ref, lang)
	}
	if source == "" {
		if formula != "" {
			t.Errorf("%s!%s has dropdown %q, want none", sheet, letters, formula)
		}
		return
	}
	prefix := "'" + source + "'!$"
	if !strings.HasPrefix(formula, prefix) {
		t.Errorf("%s!%s dropdown = %q, want a range on %s", sheet, letters, formula, source)
	}
}

// TestDropdownListsHoldLabels checks the vocabulary columns of the
// hidden Lists sheet against the dropdown ranges that use them.
func TestDropdownListsHoldLabels(t *testing.T) {
	var buf bytes.Buffer
	must(t, workbook.WriteTemplate(&buf, "th"))
	f, err := excelize.OpenReader(&buf)
	must(t, err)
	defer f.Close()

	validations, err := f.GetDataValidations("บริการ")
	must(t, err)
	var statusRange string
	for _, dv := range validations {
		if strings.HasPrefix(dv.Sqref, "BO2:") {
			statusRange = dv.Formula1
		}
	}
	if statusRange != "'Lists'!$B$2:$B$4" {
		t.Fatalf("status dropdown = %q, want 'Lists'!$B$2:$B$4", statusRange)
	}
	var labels []string
	for row := 2; row <= 4; row++ {
		v, _ := f.GetCellValue("Lists", fmt.Sprintf("B%d", row))
		labels = append(labels, v)
	}
	if want := directory.Statuses.Labels("th"); !reflect.DeepEqual(labels, want) {
		t.Errorf("status labels = %q, want %q", labels, want)
	}
}

func TestEmptyTemplateReadsWithoutDiagnostics(t *testing.T) {
	for _, lang := range directory.Languages {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			must(t, workbook.WriteTemplate(&buf, lang))
			path := filepath.Join(t.TempDir(), "template.xlsx")
			must(t, os.WriteFile(path, buf.Bytes(), 0o644))
			dir, diags := read(t, path)
			if len(diags) != 0 {
				t.Fatalf("diagnostics:\n%s", printed(diags))
			}
			if got := len(dir.Types); got != len(workbook.StandardTypes) {
				t.Errorf("types = %d, want the %d standard types", got, len(workbook.StandardTypes))
			}
		})
	}
}

func TestWriteTemplateRejectsUnknownLanguage(t *testing.T) {
	err := workbook.WriteTemplate(&bytes.Buffer{}, "fr")
	if err == nil || !strings.Contains(err.Error(), `"fr"`) {
		t.Errorf("err = %v, want an error naming the language", err)
	}
}

func TestWriteIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	content := &workbook.Content{Directory: baseDirectory()}
	must(t, workbook.Write(&a, "vi", content))
	must(t, workbook.Write(&b, "vi", content))
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same content differ")
	}
}

func TestInternalColumnsAreWrittenButNotRead(t *testing.T) {
	path := writeBase(t, "en")
	f, err := excelize.OpenFile(path)
	must(t, err)
	notes, _ := f.GetCellValue("Services", "BP2")
	header, _ := f.GetCellValue("Services", "BP1")
	f.Close()
	if notes != "Ask for the night manager." {
		t.Errorf("Services!BP2 = %q, want the internal note", notes)
	}
	if !strings.Contains(header, "(internal)") {
		t.Errorf("Services!BP1 = %q, want it marked (internal)", header)
	}

	// An invisible character in an internal column is not reported,
	// because the column is never read.
	edit(t, path, func(f *excelize.File) {
		must(t, f.SetCellValue("Services", "BP2", "call\u200b first"))
	})
	_, diags := read(t, path)
	if len(diags) != 0 {
		t.Errorf("diagnostics:\n%s", printed(diags))
	}
}
