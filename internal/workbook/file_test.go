package workbook_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestReadRejectsFilesThatAreNotWorkbooks(t *testing.T) {
	oleHeader := []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	cases := []struct {
		name    string
		content []byte
		code    string
		message string
	}{
		{"text file", []byte("service_id,name\nS-001,Shelter\n"), "W001", "not an Excel workbook"},
		{"damaged zip", []byte("PK\x03\x04 truncated"), "W001", "not a readable Excel workbook"},
		{"Excel 97-2003 file", append(oleHeader, make([]byte, 504)...), "W003", "Excel 97-2003"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "directory.xlsx")
			if err := os.WriteFile(path, c.content, 0o644); err != nil {
				t.Fatal(err)
			}
			dir, diags := read(t, path)
			if dir == nil {
				t.Fatal("directory is nil")
			}
			if len(diags) != 1 || diags[0].Code != c.code || diags[0].Pos.File != path || diags[0].Pos.Sheet != "" {
				t.Fatalf("want one %s for the file; got:\n%s", c.code, printed(diags))
			}
			if !strings.Contains(diags[0].Message, c.message) {
				t.Errorf("message %q does not contain %q", diags[0].Message, c.message)
			}
		})
	}
}

func TestReadRejectsEncryptedWorkbook(t *testing.T) {
	path := writeBase(t, "en")
	f, err := excelize.OpenFile(path)
	must(t, err)
	encrypted := filepath.Join(t.TempDir(), "encrypted.xlsx")
	must(t, f.SaveAs(encrypted, excelize.Options{Password: "secret"}))
	f.Close()

	_, diags := read(t, encrypted)
	if len(diags) != 1 || diags[0].Code != "W002" {
		t.Fatalf("want one W002; got:\n%s", printed(diags))
	}
	if strings.Contains(printed(diags), "zip") {
		t.Errorf("the message mentions zip: %s", printed(diags))
	}
}

func TestReadMissingFileIsAnError(t *testing.T) {
	_, _, err := readErr(filepath.Join(t.TempDir(), "missing.xlsx"))
	if err == nil {
		t.Fatal("no error for a missing file")
	}
}

// TestReadFormulaCells reads formulas as a spreadsheet saves them: with
// the calculated value cached beside the formula.
func TestReadFormulaCells(t *testing.T) {
	cases := []struct {
		name, cell, code string
		city             string
	}{
		{"cached text value", `<c r="U2" t="str"><f>UPPER("bangkok")</f><v>BANGKOK</v></c>`, "", "BANGKOK"},
		{"error value", `<c r="U2" t="e"><f>NA()</f><v>#N/A</v></c>`, "W221", ""},
		{"no cached value", `<c r="U2"><f>UPPER("bangkok")</f></c>`, "W221", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeBase(t, "en")
			replaceCell(t, path, "Services", "U2", c.cell)
			dir, diags := read(t, path)
			if c.code == "" {
				if len(diags) != 0 {
					t.Fatalf("diagnostics:\n%s", printed(diags))
				}
				if got := dir.Services[0].City; got != c.city {
					t.Errorf("city = %q, want %q", got, c.city)
				}
				return
			}
			if len(diags) != 1 || diags[0].Code != c.code || diags[0].Pos.Cell != "U2" {
				t.Fatalf("want one %s at U2; got:\n%s", c.code, printed(diags))
			}
		})
	}
}

// replaceCell rewrites the XML of one cell of a sheet in the file at
// path, to plant cell forms that excelize does not write.
func replaceCell(t *testing.T, path, sheet, cellRef, cellXML string) {
	t.Helper()
	data, err := os.ReadFile(path)
	must(t, err)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	must(t, err)
	target := sheetPart(t, zr, sheet)
	cellPattern := regexp.MustCompile(`<c r="` + cellRef + `"[^>]*?(/>|>.*?</c>)`)

	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		content := readZipFile(t, zf)
		if zf.Name == target {
			if !cellPattern.Match(content) {
				t.Fatalf("cell %s not found in %s", cellRef, target)
			}
			content = cellPattern.ReplaceAll(content, []byte(cellXML))
		}
		w, err := zw.Create(zf.Name)
		must(t, err)
		_, err = w.Write(content)
		must(t, err)
	}
	must(t, zw.Close())
	must(t, os.WriteFile(path, out.Bytes(), 0o644))
}

// sheetPart returns the name of the zip entry that holds a sheet.
func sheetPart(t *testing.T, zr *zip.Reader, sheet string) string {
	t.Helper()
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	for _, zf := range zr.File {
		switch zf.Name {
		case "xl/workbook.xml":
			must(t, xml.Unmarshal(readZipFile(t, zf), &wb))
		case "xl/_rels/workbook.xml.rels":
			must(t, xml.Unmarshal(readZipFile(t, zf), &rels))
		}
	}
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID == s.RID {
				return "xl/" + strings.TrimPrefix(r.Target, "/xl/")
			}
		}
	}
	t.Fatalf("sheet %s not found", sheet)
	return ""
}

func readZipFile(t *testing.T, zf *zip.File) []byte {
	t.Helper()
	rc, err := zf.Open()
	must(t, err)
	defer rc.Close()
	data, err := io.ReadAll(rc)
	must(t, err)
	return data
}
