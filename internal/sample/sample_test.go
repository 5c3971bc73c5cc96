package sample_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/xuri/excelize/v2"

	"github.com/panduan/panduan/internal/diag"
	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/sample"
	"github.com/panduan/panduan/internal/workbook"
)

// today is the date of the sample's last_verified dates.
var today = time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)

// writeSample writes the sample workbook into a temporary folder.
func writeSample(t *testing.T) (*sample.Sample, string) {
	t.Helper()
	s, err := sample.Load()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Write(&buf, "en"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "directory.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return s, path
}

func read(t *testing.T, path string) (*directory.Directory, diag.List) {
	t.Helper()
	dir, diags, err := workbook.ReadWith(path, workbook.Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	return dir, diags
}

// jsonServices counts the services of the JSON files directly.
func jsonServices(t *testing.T) int {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("data", "*.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no sample files: %v", err)
	}
	n := 0
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var f struct{ Services []json.RawMessage }
		if err := json.Unmarshal(data, &f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		n += len(f.Services)
	}
	return n
}

func TestSampleReadsBackWithoutErrors(t *testing.T) {
	s, path := writeSample(t)
	got, diags := read(t, path)
	if diags.Errors() != 0 {
		var b strings.Builder
		diags.Print(&b)
		t.Fatalf("%d errors:\n%s", diags.Errors(), b.String())
	}
	if want := jsonServices(t); len(got.Services) != want {
		t.Errorf("services read = %d, want %d as in the JSON files", len(got.Services), want)
	}

	want := *s.Content.Directory
	want.SchemaVersion = workbook.SchemaVersion
	if len(want.Types) == 0 {
		want.Types = workbook.StandardTypes
	}
	normalize(got)
	normalize(&want)
	if diff := cmp.Diff(&want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("read back (-sample +read):\n%s", diff)
	}
}

// normalize sorts the lists whose order the workbook does not keep,
// because it has one column for each term, and keeps only the kind and
// E.164 form of each number.
func normalize(d *directory.Directory) {
	for i := range d.Services {
		s := &d.Services[i]
		s.Types = slices.Sorted(slices.Values(s.Types))
		s.Eligibility = slices.Sorted(slices.Values(s.Eligibility))
		s.Access = slices.Sorted(slices.Values(s.Access))
	}
	e164 := func(p directory.Phone) string {
		if p.E164 != "" {
			return p.E164
		}
		return strings.NewReplacer(" ", "", "-", "").Replace(p.International)
	}
	for i := range d.Services {
		for j, p := range d.Services[i].Phones {
			d.Services[i].Phones[j] = directory.Phone{Kind: p.Kind, E164: e164(p)}
		}
	}
	for i, h := range d.Hotlines {
		d.Hotlines[i].Phone = directory.Phone{Kind: h.Phone.Kind, E164: e164(h.Phone)}
	}
}

func TestSampleIsDeterministic(t *testing.T) {
	s, err := sample.Load()
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := s.Write(&a, "en"); err != nil {
		t.Fatal(err)
	}
	if err := s.Write(&b, "en"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the sample differ")
	}
}

// TestCommittedSampleIsCurrent checks that data/directory.xlsx is the
// workbook that the JSON files make.
func TestCommittedSampleIsCurrent(t *testing.T) {
	committed, err := os.ReadFile(filepath.Join("..", "..", "data", "directory.xlsx"))
	if err != nil {
		t.Fatalf("%v; run go run ./internal/sample/mksample from the repository root", err)
	}
	s, err := sample.Load()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Write(&buf, "en"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, buf.Bytes()) {
		t.Error("data/directory.xlsx is out of date; run go run ./internal/sample/mksample from the repository root")
	}
}

// TestPlantedMistakesInSample plants four mistakes in a copy of the
// sample and expects exactly one new diagnostic for each, at its cell.
// Services!T is the area column, AB the website, Phones!C the number.
func TestPlantedMistakesInSample(t *testing.T) {
	s, path := writeSample(t)
	_, before := read(t, path)

	duplicateRow := s.Services() + 2
	var plantedNumber string
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	must(t, f.SetCellValue("Services", "T5", "Jawa Barar"))
	must(t, f.SetCellValue("Services", "AB6", "javascript:alert(document.cookie)"))
	must(t, f.DuplicateRowTo("Services", 2, duplicateRow))
	number, err := f.GetCellValue("Phones", "C7")
	must(t, err)
	if !strings.HasPrefix(number, "+") {
		t.Fatalf("Phones!C7 = %q, want a number with its country code", number)
	}
	plantedNumber = strings.NewReplacer("+", "", " ", "", "-", "").Replace(number)
	var digits int64
	if _, err := fmt.Sscan(plantedNumber, &digits); err != nil {
		t.Fatalf("Phones!C7 = %q: %v", number, err)
	}
	must(t, f.SetCellValue("Phones", "C7", digits))
	must(t, f.Save())
	f.Close()

	_, after := read(t, path)
	added := newDiagnostics(before, after)
	want := []struct{ code, sheet, cell string }{
		{"W203", "Services", "T5"},
		{"W213", "Services", "AB6"},
		{"W207", "Services", fmt.Sprintf("A%d", duplicateRow)},
		{"W223", "Phones", "C7"},
	}
	if len(added) != len(want) {
		t.Fatalf("%d new diagnostics, want %d:\n%s", len(added), len(want), strings.Join(added.strings(), "\n"))
	}
	for _, w := range want {
		if !added.has(w.code, w.sheet, w.cell) {
			t.Errorf("no %s at %s!%s; new diagnostics:\n%s", w.code, w.sheet, w.cell, strings.Join(added.strings(), "\n"))
		}
	}
}

type diagnostics []diag.Diagnostic

// newDiagnostics returns the diagnostics of after that before does not
// have.
func newDiagnostics(before, after diag.List) diagnostics {
	seen := map[string]int{}
	for _, d := range before {
		seen[d.String()]++
	}
	var added diagnostics
	for _, d := range after {
		if seen[d.String()] > 0 {
			seen[d.String()]--
			continue
		}
		added = append(added, d)
	}
	return added
}

func (ds diagnostics) has(code, sheet, cell string) bool {
	for _, d := range ds {
		if d.Code == code && d.Pos.Sheet == sheet && d.Pos.Cell == cell {
			return true
		}
	}
	return false
}

func (ds diagnostics) strings() []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestLoadRejectsConflictingDefinitions(t *testing.T) {
	dir := t.TempDir()
	a := `{"countries": [{"code": "TH", "name_en": "Thailand"}]}`
	b := `{"countries": [{"code": "TH", "name_en": "Siam"}]}`
	must(t, os.WriteFile(filepath.Join(dir, "a.json"), []byte(a), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "b.json"), []byte(b), 0o644))
	_, err := sample.LoadFS(os.DirFS(dir), ".")
	if err == nil || !strings.Contains(err.Error(), "country TH differs") {
		t.Errorf("err = %v, want a conflict on country TH", err)
	}
}
