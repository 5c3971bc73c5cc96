package workbook_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/workbook"
)

// allSheetKeys are the keys of every sheet, data or not.
var allSheetKeys = []string{
	workbook.SheetInstructions, workbook.SheetServices, workbook.SheetPhones, workbook.SheetHours,
	workbook.SheetOrganisations, workbook.SheetHotlines, workbook.SheetCountries, workbook.SheetAreas,
	workbook.SheetTypes, workbook.SheetLists,
}

func TestSheetNamesAreValidInEveryLanguage(t *testing.T) {
	for _, lang := range directory.Languages {
		seen := map[string]string{}
		for _, key := range allSheetKeys {
			name := workbook.SheetName(key, lang)
			if name == "" {
				t.Errorf("sheet %s has no name in %s", key, lang)
			}
			// Excel limits a sheet name to 31 characters without : \ / ? * [ ].
			if utf8.RuneCountInString(name) > 31 || strings.ContainsAny(name, `:\/?*[]`) {
				t.Errorf("sheet name %q (%s) is not valid in Excel", name, lang)
			}
			if prev, ok := seen[strings.ToLower(name)]; ok {
				t.Errorf("sheets %s and %s have the same name %q in %s", prev, key, name, lang)
			}
			seen[strings.ToLower(name)] = key
		}
	}
}

func TestColumnsHaveTextsInEveryLanguage(t *testing.T) {
	for _, s := range workbook.Sheets(workbook.StandardTypes) {
		for _, col := range s.Columns {
			for _, lang := range directory.Languages {
				if strings.TrimSpace(col.Header[lang]) == "" {
					t.Errorf("%s.%s has no header in %s", s.Key, col.Key, lang)
				}
				if strings.TrimSpace(col.Comment[lang]) == "" {
					t.Errorf("%s.%s has no comment in %s", s.Key, col.Key, lang)
				}
			}
			if col.Width <= 0 {
				t.Errorf("%s.%s has no width", s.Key, col.Key)
			}
			if col.Kind == workbook.KindEnum && len(col.Vocabulary) == 0 {
				t.Errorf("%s.%s is a dropdown without a vocabulary", s.Key, col.Key)
			}
			if col.Kind == workbook.KindReference && col.Ref == "" {
				t.Errorf("%s.%s is a reference without a sheet", s.Key, col.Key)
			}
		}
	}
}

// TestHeadersAreUnambiguous checks that no header label, in any
// language, names two columns of a sheet, since the reader accepts every
// language's labels.
func TestHeadersAreUnambiguous(t *testing.T) {
	for _, s := range workbook.Sheets(workbook.StandardTypes) {
		owner := map[string]string{}
		for _, col := range s.Columns {
			for _, lang := range directory.Languages {
				h := strings.ToLower(col.Header[lang])
				if prev, ok := owner[h]; ok && prev != col.Key {
					t.Errorf("%s: header %q names both %s and %s", s.Key, col.Header[lang], prev, col.Key)
				}
				owner[h] = col.Key
			}
		}
	}
}

func TestStandardTypesHaveTextsInEveryLanguage(t *testing.T) {
	want := []string{"shelter", "health", "legal_aid", "psychosocial", "return_reintegration",
		"interpretation", "child_protection", "hotline", "employment_training", "consular"}
	if len(workbook.StandardTypes) != len(want) {
		t.Fatalf("%d standard types, want %d", len(workbook.StandardTypes), len(want))
	}
	for i, typ := range workbook.StandardTypes {
		if typ.Code != want[i] {
			t.Errorf("standard type %d = %s, want %s", i, typ.Code, want[i])
		}
		for _, lang := range directory.Languages {
			if typ.Label[lang] == "" || typ.Explanation[lang] == "" {
				t.Errorf("type %s lacks its label or explanation in %s", typ.Code, lang)
			}
		}
	}
}

// TestDocsListEveryCodeAndColumn checks that docs/workbook.md names
// every diagnostic code and every column key.
func TestDocsListEveryCodeAndColumn(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "workbook.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	for _, c := range workbook.Codes {
		if !strings.Contains(doc, "| "+c.ID+" |") {
			t.Errorf("docs/workbook.md has no row for %s", c.ID)
		}
	}
	for _, s := range workbook.Sheets(workbook.StandardTypes) {
		for _, col := range s.Columns {
			key := col.Key
			if col.Lang != "" {
				key = col.Field + "_LANG"
			}
			if !strings.Contains(doc, "`"+key+"`") && !strings.Contains(doc, "`"+col.Field+"_N`") {
				t.Errorf("docs/workbook.md does not mention %s.%s", s.Key, key)
			}
		}
	}
}

func TestCodesAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range workbook.Codes {
		if seen[c.ID] {
			t.Errorf("code %s is listed twice", c.ID)
		}
		seen[c.ID] = true
		if c.Meaning == "" || c.Fix == "" {
			t.Errorf("code %s lacks its meaning or fix", c.ID)
		}
	}
}
