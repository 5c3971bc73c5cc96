package workbook_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/panduan/panduan/internal/diag"
)

func TestBaseWorkbookHasNoDiagnostics(t *testing.T) {
	_, diags := read(t, writeBase(t, "en"))
	if len(diags) != 0 {
		t.Fatalf("diagnostics of the base workbook:\n%s", printed(diags))
	}
}

// problem is one planted mistake: a change to the base workbook and the
// one diagnostic it must cause.
type problem struct {
	name   string
	change func(t *testing.T, f *excelize.File)
	code   string
	sheet  string
	cell   string // "" for a problem of a whole sheet or file
	// message, when set, must occur in the diagnostic's message or fix.
	message string
	// also lists the codes of further diagnostics that the change
	// causes as a consequence.
	also []string
}

func set(sheet, cell string, value any) func(*testing.T, *excelize.File) {
	return func(t *testing.T, f *excelize.File) {
		must(t, f.SetCellValue(sheet, cell, value))
	}
}

func clear(sheet string, cells ...string) func(*testing.T, *excelize.File) {
	return func(t *testing.T, f *excelize.File) {
		for _, c := range cells {
			must(t, f.SetCellValue(sheet, c, nil))
		}
	}
}

var problems = []problem{
	{name: "missing required value", change: clear("Services", "BD2"),
		code: "W201", sheet: "Services", cell: "BD2", message: "Description (English) is missing"},
	{name: "unknown country", change: set("Services", "S2", "Thailandd"),
		code: "W202", sheet: "Services", cell: "S2", message: `did you mean "Thailand"?`},
	{name: "unknown area", change: set("Services", "T2", "Bangkokk"),
		code: "W203", sheet: "Services", cell: "T2", message: `did you mean "Bangkok"?`},
	{name: "unknown status", change: set("Services", "BO2", "Activ"),
		code: "W204", sheet: "Services", cell: "BO2", message: `did you mean "Active"?`},
	{name: "unknown yes/no", change: set("Services", "H2", "maybe"),
		code: "W204", sheet: "Services", cell: "H2"},
	{name: "unknown phone kind", change: set("Phones", "B2", "Fax"),
		code: "W204", sheet: "Phones", cell: "B2"},
	{name: "unknown organisation", change: set("Services", "B2", "ORG-9"),
		code: "W205", sheet: "Services", cell: "B2"},
	{name: "unknown service", change: set("Phones", "A2", "S-009"),
		code: "W206", sheet: "Phones", cell: "A2", message: `did you mean "S-001"?`},
	{name: "duplicate organisation ID", change: set("Organisations", "A3", "ORG-1"),
		code: "W207", sheet: "Organisations", cell: "A3", message: "row 2", also: []string{"W205"}},
	{name: "invalid ID", change: set("Organisations", "A3", "ORG 2"),
		code: "W208", sheet: "Organisations", cell: "A3", also: []string{"W205"}},
	{name: "area in another country", change: set("Services", "T2", "Hà Nội"),
		code: "W209", sheet: "Services", cell: "T2", message: "is in VN, not in TH"},
	{name: "area code of another country", change: set("Areas", "B3", "TH-50"),
		code: "W209", sheet: "Areas", cell: "B3", also: []string{"W203"}},
	{name: "invalid phone number", change: set("Phones", "C2", "+66 2 555"),
		code: "W210", sheet: "Phones", cell: "C2"},
	{name: "invalid hotline short code", change: set("Hotlines", "G2", "10"),
		code: "W210", sheet: "Hotlines", cell: "G2"},
	{name: "invalid email", change: set("Services", "AA2", "shelter@"),
		code: "W211", sheet: "Services", cell: "AA2"},
	{name: "web address without scheme", change: set("Services", "AB2", "www.example.org"),
		code: "W212", sheet: "Services", cell: "AB2", message: "https://www.example.org"},
	{name: "javascript link", change: set("Services", "AB2", "javascript:alert(1)"),
		code: "W213", sheet: "Services", cell: "AB2"},
	{name: "file link on organisation", change: set("Organisations", "L2", "file:///etc/passwd"),
		code: "W213", sheet: "Organisations", cell: "L2"},
	{name: "invalid date", change: set("Services", "BN2", "2026-13-45"),
		code: "W214", sheet: "Services", cell: "BN2"},
	{name: "invalid number", change: set("Services", "Y2", "north"),
		code: "W215", sheet: "Services", cell: "Y2"},
	{name: "age with a fraction", change: set("Services", "AR2", 12.5),
		code: "W215", sheet: "Services", cell: "AR2"},
	{name: "latitude out of range", change: set("Services", "Y2", 95.5),
		code: "W216", sheet: "Services", cell: "Y2"},
	{name: "longitude without latitude", change: clear("Services", "Y2"),
		code: "W217", sheet: "Services", cell: "Y2"},
	{name: "minimum age above maximum", change: set("Services", "AR2", 70),
		code: "W218", sheet: "Services", cell: "AR2", message: "70 is greater than the maximum age 60"},
	{name: "invalid time", change: set("Hours", "C2", "25:00"),
		code: "W219", sheet: "Hours", cell: "C2"},
	{name: "closes before it opens", change: set("Hours", "D2", "07:30"),
		code: "W220", sheet: "Hours", cell: "D2"},
	{name: "formula without a value", change: func(t *testing.T, f *excelize.File) {
		must(t, f.SetCellValue("Services", "U2", nil))
		must(t, f.SetCellFormula("Services", "U2", `UPPER("bangkok")`))
	}, code: "W221", sheet: "Services", cell: "U2", message: `=UPPER("bangkok")`},
	{name: "zero width space", change: set("Services", "C2", "Harbour\u200b Shelter"),
		code: "W222", sheet: "Services", cell: "C2", message: "U+200B ZERO WIDTH SPACE at character 8"},
	{name: "right-to-left override", change: set("Organisations", "B2", "Harbour \u202eFoundation"),
		code: "W222", sheet: "Organisations", cell: "B2", message: "U+202E"},
	{name: "phone stored as a number", change: set("Phones", "C2", 6625550000),
		code: "W223", sheet: "Phones", cell: "C2", message: "read as +66 2 555 0000"},
	{name: "phone that lost its zero", change: set("Phones", "C3", 815550000),
		code: "W223", sheet: "Phones", cell: "C3", message: "read as +66 81 555 0000"},
	{name: "long phone stored as a number", change: set("Phones", "C4", 842455500000),
		code: "W223", sheet: "Phones", cell: "C4", message: "842455500000"},
	{name: "text over the limit", change: set("Services", "BD2", strings.Repeat("a", 1501)),
		code: "W224", sheet: "Services", cell: "BD2", message: "1501 characters"},
	{name: "missing translation", change: clear("Services", "G2"),
		code: "W225", sheet: "Services", cell: "G2", message: "no Thai translation of Name"},
	{name: "verified long ago", change: set("Services", "BN2", "2025-11-30"),
		code: "W226", sheet: "Services", cell: "BN2"},
	{name: "service without contact", change: func(t *testing.T, f *excelize.File) {
		must(t, f.RemoveRow("Phones", 4))
		must(t, f.SetCellValue("Services", "AA3", nil))
	}, code: "W227", sheet: "Services", cell: "A3"},
	{name: "verified in the future", change: set("Services", "BN2", "2027-01-05"),
		code: "W228", sheet: "Services", cell: "BN2"},
	{name: "service without a type", change: clear("Services", "H2", "K2"),
		code: "W229", sheet: "Services", cell: "A2"},
	{name: "merged cells", change: func(t *testing.T, f *excelize.File) {
		must(t, f.MergeCell("Services", "U3", "W3"))
	}, code: "W104", sheet: "Services", cell: "U3", message: "U3:W3"},
	{name: "unknown column", change: set("Services", "BR1", "Remarks"),
		code: "W102", sheet: "Services", cell: "BR1"},
	{name: "values without a header", change: set("Services", "BS3", "x"),
		code: "W102", sheet: "Services", cell: "BS3", message: "column BS"},
	{name: "duplicate column", change: set("Services", "BR1", "service_id"),
		code: "W103", sheet: "Services", cell: "BR1"},
	{name: "missing required column", change: func(t *testing.T, f *excelize.File) {
		must(t, f.RemoveCol("Phones", "B"))
	}, code: "W101", sheet: "Phones", message: `"Kind" (kind)`},
	{name: "missing sheet", change: func(t *testing.T, f *excelize.File) {
		must(t, f.DeleteSheet("Organisations"))
	}, code: "W006", message: "no Organisations sheet", also: []string{"W205", "W205"}},
	{name: "same table twice", change: func(t *testing.T, f *excelize.File) {
		_, err := f.NewSheet("Telepon")
		must(t, err)
	}, code: "W007", sheet: "Telepon"},
	{name: "unknown sheet", change: func(t *testing.T, f *excelize.File) {
		_, err := f.NewSheet("Notes")
		must(t, err)
	}, code: "W008", sheet: "Notes"},
	{name: "unknown schema version", change: set("Instructions", "B2", "2"),
		code: "W004", sheet: "Instructions", cell: "B2"},
	{name: "missing schema version", change: clear("Instructions", "B2"),
		code: "W005", sheet: "Instructions", cell: "B2"},
	{name: "no types", change: func(t *testing.T, f *excelize.File) {
		for row := 11; row >= 2; row-- {
			must(t, f.RemoveRow("Types", row))
		}
	}, code: "W105", sheet: "Types",
		also: append(repeat("W102", 10), "W229", "W229")},
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func TestReadReportsEachProblem(t *testing.T) {
	for _, p := range problems {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			path := writeBase(t, "en")
			edit(t, path, func(f *excelize.File) { p.change(t, f) })
			_, diags := read(t, path)

			found := false
			var rest []string
			for _, d := range diags {
				if !found && d.Code == p.code && d.Pos.Sheet == p.sheet && d.Pos.Cell == p.cell {
					found = true
					if text := d.Message + "; " + d.Fix; !strings.Contains(text, p.message) {
						t.Errorf("message %q does not contain %q", text, p.message)
					}
					if d.Pos.File != path {
						t.Errorf("file = %q, want the path as given, %q", d.Pos.File, path)
					}
					continue
				}
				rest = append(rest, d.Code)
			}
			if !found {
				t.Errorf("no %s at %s!%s; got:\n%s", p.code, p.sheet, p.cell, printed(diags))
			}
			want := append([]string{}, p.also...)
			sort.Strings(rest)
			sort.Strings(want)
			if fmt.Sprint(rest) != fmt.Sprint(want) {
				t.Errorf("further diagnostics %v, want %v; got:\n%s", rest, want, printed(diags))
			}
		})
	}
}

func TestReadErrorsBeforeWarnings(t *testing.T) {
	path := writeBase(t, "en")
	edit(t, path, func(f *excelize.File) {
		must(t, f.SetCellValue("Services", "G2", nil))            // warning W225
		must(t, f.SetCellValue("Services", "T3", "Nowhere"))      // error W203
		must(t, f.SetCellValue("Phones", "C2", 6625550000))       // warning W223
		must(t, f.SetCellValue("Organisations", "L3", "ftp://x")) // error W213
	})
	_, diags := read(t, path)
	var severities []diag.Severity
	for _, d := range diags {
		severities = append(severities, d.Severity)
	}
	want := []diag.Severity{diag.Error, diag.Error, diag.Warning, diag.Warning}
	if fmt.Sprint(severities) != fmt.Sprint(want) {
		t.Errorf("severities = %v, want %v:\n%s", severities, want, printed(diags))
	}
}

func TestReadDatesInEveryForm(t *testing.T) {
	want := time.Date(2026, 9, 15, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name   string
		value  any
		date64 bool
	}{
		{"ISO text", "2026-09-15", false},
		{"day first with slashes", "15/09/2026", false},
		{"day first without zeros", "15/9/2026", false},
		{"day first with dots", "15.09.2026", false},
		{"serial number", 46280.0, false},
		{"serial number with a time", 46280.75, false},
		{"serial number in the 1904 system", 46280.0 - 1462, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeBase(t, "en")
			edit(t, path, func(f *excelize.File) {
				if c.date64 {
					must(t, f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: ptr(true)}))
					// The other service's date is a serial number of the
					// 1900 system, so it is typed as text here.
					must(t, f.SetCellValue("Services", "BN3", "2026-06-30"))
				}
				must(t, f.SetCellValue("Services", "BN2", c.value))
			})
			dir, diags := read(t, path)
			if len(diags) != 0 {
				t.Fatalf("diagnostics:\n%s", printed(diags))
			}
			if got := dir.Services[0].LastVerified; !got.Equal(want) {
				t.Errorf("last verified = %s, want %s", got.Format("2006-01-02"), want.Format("2006-01-02"))
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestReadTimeOfDayForms(t *testing.T) {
	cases := []struct {
		value any
		want  string
	}{
		{"8:30", "08:30"},
		{"08.30", "08:30"},
		{"08:30:00", "08:30"},
		{8.5 / 24, "08:30"},
	}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.value), func(t *testing.T) {
			path := writeBase(t, "en")
			edit(t, path, func(f *excelize.File) { must(t, f.SetCellValue("Hours", "C2", c.value)) })
			dir, diags := read(t, path)
			if len(diags) != 0 {
				t.Fatalf("diagnostics:\n%s", printed(diags))
			}
			if got := dir.Services[0].Hours[0].Opens; got != c.want {
				t.Errorf("opens = %q, want %q", got, c.want)
			}
		})
	}
}

func TestReadTrimsAndNormalizes(t *testing.T) {
	path := writeBase(t, "en")
	decomposed := "Nha\u0300 ta\u0323m la\u0301nh" // "Nhà tạm lánh" with combining marks
	edit(t, path, func(f *excelize.File) {
		must(t, f.SetCellValue("Services", "F2", "  "+decomposed+"\u00a0"))
		must(t, f.SetCellValue("Services", "T2", " bangkok "))
		must(t, f.SetCellValue("Services", "BO2", "active"))
		must(t, f.SetCellValue("Services", "H2", "TRUE"))
	})
	dir, diags := read(t, path)
	if len(diags) != 0 {
		t.Fatalf("diagnostics:\n%s", printed(diags))
	}
	s := dir.Services[0]
	if got, want := s.Name["vi"], "Nhà tạm lánh"; got != want {
		t.Errorf("name_vi = %q, want NFC %q", got, want)
	}
	if s.Area != "TH-10" {
		t.Errorf("area = %q, want TH-10", s.Area)
	}
	if s.Status != "active" {
		t.Errorf("status = %q, want active", s.Status)
	}
}

func TestReadSkipsBlankAndTrailingRows(t *testing.T) {
	path := writeBase(t, "en")
	edit(t, path, func(f *excelize.File) {
		must(t, f.InsertRows("Services", 3, 2))
		style, err := f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFFF00"}}})
		must(t, err)
		must(t, f.SetCellStyle("Services", "A10", "J5000", style))
		must(t, f.SetCellValue("Services", "C5000", "   "))
	})
	dir, diags := read(t, path)
	if len(diags) != 0 {
		t.Fatalf("diagnostics:\n%s", printed(diags))
	}
	if len(dir.Services) != 2 {
		t.Errorf("services = %d, want 2", len(dir.Services))
	}
}

func TestReadHiddenSheetAndOtherLanguageHeaders(t *testing.T) {
	path := writeBase(t, "en")
	edit(t, path, func(f *excelize.File) {
		must(t, f.SetSheetVisible("Phones", false))
		must(t, f.SetSheetName("Phones", "Telepon"))
		must(t, f.SetCellValue("Telepon", "B1", "Jenis"))  // Indonesian label of kind
		must(t, f.SetCellValue("Telepon", "C1", "number")) // the column key
		must(t, f.SetCellValue("Services", "H1", "Rumah aman"))
		must(t, f.SetCellValue("Services", "K1", "psychosocial"))        // a type's code
		must(t, f.SetCellValue("Services", "M1", "type:interpretation")) // a type's column key
	})
	dir, diags := read(t, path)
	if len(diags) != 0 {
		t.Fatalf("diagnostics:\n%s", printed(diags))
	}
	if got := len(dir.Services[0].Phones); got != 2 {
		t.Errorf("phones of S-001 = %d, want 2", got)
	}
	if got := fmt.Sprint(dir.Services[0].Types); got != "[shelter psychosocial]" {
		t.Errorf("types = %s", got)
	}
}

func TestReadClosedServiceIsKeptWithoutWarnings(t *testing.T) {
	path := writeBase(t, "en")
	edit(t, path, func(f *excelize.File) {
		must(t, f.SetCellValue("Services", "BO2", "Closed"))
		must(t, f.SetCellValue("Services", "BN2", "2020-01-01"))
		must(t, f.SetCellValue("Services", "G2", nil))
	})
	dir, diags := read(t, path)
	if len(diags) != 0 {
		t.Fatalf("diagnostics:\n%s", printed(diags))
	}
	if s := dir.Services[0]; s.Status != "closed" || s.Published() {
		t.Errorf("status = %q, published = %v; want closed and unpublished", s.Status, s.Published())
	}
}

func TestReadProtectedWorkbook(t *testing.T) {
	path := writeBase(t, "en")
	edit(t, path, func(f *excelize.File) {
		must(t, f.ProtectWorkbook(&excelize.WorkbookProtectionOptions{Password: "secret", LockStructure: true}))
		must(t, f.ProtectSheet("Services", &excelize.SheetProtectionOptions{Password: "secret"}))
	})
	dir, diags := read(t, path)
	if len(diags) != 0 {
		t.Fatalf("diagnostics:\n%s", printed(diags))
	}
	if len(dir.Services) != 2 {
		t.Errorf("services = %d, want 2", len(dir.Services))
	}
}
