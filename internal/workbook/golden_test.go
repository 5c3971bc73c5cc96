package workbook_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenDiagnostics reads a workbook with many planted mistakes and
// compares the whole printed output with testdata/planted.golden. Run
// "go test ./internal/workbook -run Golden -update" after an intended
// change of a message.
func TestGoldenDiagnostics(t *testing.T) {
	path := writeBase(t, "en")
	edit(t, path, plantMistakes(t))
	_, diags := read(t, path)
	got := strings.ReplaceAll(printed(diags), path, "data/directory.xlsx")

	golden := filepath.Join("testdata", "planted.golden")
	if *update {
		must(t, os.MkdirAll("testdata", 0o755))
		must(t, os.WriteFile(golden, []byte(got), 0o644))
	}
	want, err := os.ReadFile(golden)
	must(t, err)
	if got != string(want) {
		t.Errorf("diagnostics differ from %s; rerun with -update if the change is intended.\ngot:\n%s", golden, got)
	}
}

// plantMistakes returns a change that plants one mistake of most kinds
// across the sheets of the base workbook.
func plantMistakes(t *testing.T) func(f *excelize.File) {
	return func(f *excelize.File) {
		cells := []struct {
			sheet, cell string
			value       any
		}{
			{"Countries", "A4", "VM"}, // not a country code
			{"Countries", "B4", "Viet Minor"},
			{"Areas", "C2", "Bangkok\u200b"},                      // zero width space
			{"Organisations", "L2", "javascript:alert(1)"},        // unsafe link
			{"Organisations", "D3", nil},                          // missing translation
			{"Services", "B2", "ORG-7"},                           // unknown organisation
			{"Services", "T2", "Bangkok Noi"},                     // unknown area
			{"Services", "Y2", 13.7563},                           // latitude only:
			{"Services", "Z2", nil},                               // longitude missing
			{"Services", "AA2", "shelter(at)harbour.example.org"}, // invalid email
			{"Services", "AH2", "Thaii"},                          // unknown language
			{"Services", "AR2", 65},                               // minimum age above maximum
			{"Services", "BN2", "31/02/2026"},                     // invalid date
			{"Services", "BO2", "Open"},                           // unknown status
			{"Services", "A3", "S-001"},                           // duplicate service ID
			{"Services", "BR1", "Notes"},                          // unknown column
			{"Phones", "C2", 6625550000},                          // phone stored as a number
			{"Phones", "C3", "+66 81 555"},                        // invalid phone
			{"Hours", "D2", "07:00"},                              // closes before it opens
			{"Hours", "C3", "8h"},                                 // invalid time
			{"Hotlines", "A3", "Vietnam"},                         // country by its Indonesian name: fine
			{"Hotlines", "G3", "12"},                              // too short for a short code
		}
		for _, c := range cells {
			must(t, f.SetCellValue(c.sheet, c.cell, c.value))
		}
		must(t, f.MergeCell("Services", "V2", "W2"))
		must(t, f.SetCellFormula("Services", "V3", "A1&\"x\"")) // formula without a value
	}
}
