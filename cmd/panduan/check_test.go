package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/panduan/panduan/internal/sitebuild"
)

// TestCheckPlantedMistakes plants four mistakes in a copy of the sample
// workbook: an unknown area, a javascript: website, a duplicate service
// ID and a phone number stored as a number. panduan check must print one
// diagnostic for each at its sheet and cell, and fail.
func TestCheckPlantedMistakes(t *testing.T) {
	dir := t.TempDir()
	if err := sitebuild.CopyInputs(filepath.Join("..", ".."), dir); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "data", "directory.xlsx")
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Services")
	if err != nil {
		t.Fatal(err)
	}
	duplicate := fmt.Sprintf("A%d", len(rows)+1)
	number, err := f.GetCellValue("Phones", "C7")
	if err != nil || !strings.HasPrefix(number, "+") {
		t.Fatalf("Phones!C7 = %q (%v), want a number with its country code", number, err)
	}
	var digits int64
	if _, err := fmt.Sscan(strings.NewReplacer("+", "", " ", "", "-", "").Replace(number), &digits); err != nil {
		t.Fatal(err)
	}
	for _, step := range []error{
		f.SetCellValue("Services", "T5", "Jawa Barar"),
		f.SetCellValue("Services", "AB6", "javascript:alert(1)"),
		f.DuplicateRowTo("Services", 2, len(rows)+1),
		f.SetCellValue("Phones", "C7", digits),
		f.Save(),
	} {
		if step != nil {
			t.Fatal(step)
		}
	}
	f.Close()

	var stdout, stderr bytes.Buffer
	err = runCheck(context.Background(), []string{"--source", dir}, &stdout, &stderr)
	if !errors.Is(err, errSilent) {
		t.Fatalf("check returned %v, want a failure after its diagnostics", err)
	}
	want := []string{
		`Services!T5: error W203: unknown area "Jawa Barar"; .*"Jawa Barat"`,
		`Services!AB6: error W213: "javascript:alert\(1\)"`,
		`Services!` + duplicate + `: error W207: `,
		`Phones!C7: warning W223: phone number [0-9]+ is stored as a number`,
	}
	for _, pattern := range want {
		re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(path) + `: ` + pattern)
		if n := len(re.FindAllString(stderr.String(), -1)); n != 1 {
			t.Errorf("%d lines match %q, want 1; output:\n%s", n, pattern, stderr.String())
		}
	}
	if got := stdout.String(); !strings.HasPrefix(got, "3 errors, ") {
		t.Errorf("summary = %q, want 3 errors", got)
	}
}
