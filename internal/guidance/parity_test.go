package guidance

import (
	"fmt"
	"strings"
	"testing"

	"github.com/panduan/panduan/internal/diag"
)

const englishGetHelp = `---
title: "Get help"
---

## Emergency

Call +66 2 555 0000 or write to help@example.org.

See [the directory](/directory) and <https://www.example.org/report>.

{{< hotline "TH" >}}

The law of 2008 sets fines of up to 100,000 baht.

## Your rights

Read [your rights](/guide/your-rights).
`

const thaiGetHelp = `---
title: "ขอความช่วยเหลือ"
---

## เหตุฉุกเฉิน

โทร 02 555 0000 หรือเขียนถึง help@example.org

ดู[รายชื่อหน่วยบริการ](/directory) และ <https://www.example.org/report>

{{< hotline "TH" >}}

กฎหมายปี พ.ศ. ๒๕๕๑ กำหนดค่าปรับสูงสุด ๑๐๐,๐๐๐ บาท

## สิทธิของคุณ

อ่าน[สิทธิของคุณ](/guide/your-rights)
`

// wantDiag is an expected diagnostic. at is text whose first occurrence
// in the translation marks the expected position; empty means 1:1.
type wantDiag struct {
	code     string
	severity diag.Severity
	at       string
	contains []string
}

// positionOf returns the line:column of the first occurrence of marker
// in text, columns counted in bytes.
func positionOf(t *testing.T, text, marker string) string {
	t.Helper()
	if marker == "" {
		return "1:1"
	}
	i := strings.Index(text, marker)
	if i < 0 {
		t.Fatalf("marker %q is not in the translation", marker)
	}
	line := strings.Count(text[:i], "\n") + 1
	col := i - (strings.LastIndex(text[:i], "\n") + 1) + 1
	return fmt.Sprintf("%d:%d", line, col)
}

func TestParity(t *testing.T) {
	withIgnore := func(page string, entries ...string) string {
		quoted := make([]string, len(entries))
		for i, e := range entries {
			quoted[i] = fmt.Sprintf("%q", e)
		}
		return strings.Replace(page, "---\n\n", "parity:\n  ignore: ["+strings.Join(quoted, ", ")+"]\n---\n\n", 1)
	}
	edit := func(page string, oldNew ...string) string {
		for i := 0; i < len(oldNew); i += 2 {
			if !strings.Contains(page, oldNew[i]) {
				panic("edit: " + oldNew[i] + " not found")
			}
			page = strings.Replace(page, oldNew[i], oldNew[i+1], 1)
		}
		return page
	}

	tests := []struct {
		name        string
		translation string
		want        []wantDiag
	}{
		{name: "faithful translation", translation: thaiGetHelp},
		{
			name:        "phone in international format",
			translation: edit(thaiGetHelp, "02 555 0000", "+66 2 555 0000"),
		},
		{
			name:        "phone changed",
			translation: edit(thaiGetHelp, "02 555 0000", "02 555 0001"),
			want: []wantDiag{{code: CodeParityPhone, at: "02 555 0001",
				contains: []string{`"02 555 0001"`, `"+66 2 555 0000"`, "content/en/guide/get-help.md:7:6"}}},
		},
		{
			name:        "phone missing",
			translation: edit(thaiGetHelp, "โทร 02 555 0000 หรือ", "โทรหรือ"),
			want: []wantDiag{{code: CodeParityPhone, at: "## เหตุฉุกเฉิน",
				contains: []string{`"+66 2 555 0000" is missing`, `under "Emergency"`}}},
		},
		{
			name:        "email changed",
			translation: edit(thaiGetHelp, "help@example.org", "aid@example.org"),
			want:        []wantDiag{{code: CodeParityEmail, at: "aid@example.org", contains: []string{`"aid@example.org"`, `"help@example.org"`}}},
		},
		{
			name:        "email case ignored",
			translation: edit(thaiGetHelp, "help@example.org", "Help@Example.org"),
		},
		{
			name:        "URL changed",
			translation: edit(thaiGetHelp, "https://www.example.org/report", "https://www.example.org/th/report"),
			want:        []wantDiag{{code: CodeParityURL, at: "https://www.example.org/th/report", contains: []string{"https://www.example.org/th/report"}}},
		},
		{
			name:        "internal link target changed",
			translation: edit(thaiGetHelp, "(/directory)", "(/th/directory)"),
			want:        []wantDiag{{code: CodeParityLink, at: "[รายชื่อ", contains: []string{`"/th/directory"`, `"/directory"`}}},
		},
		{
			name:        "internal link fragment ignored",
			translation: edit(thaiGetHelp, "(/guide/your-rights)", "(/guide/your-rights/#สิทธิ)"),
		},
		{
			name:        "shortcode argument changed",
			translation: edit(thaiGetHelp, `{{< hotline "TH" >}}`, `{{< hotline "VN" >}}`),
			want:        []wantDiag{{code: CodeParityShortcode, at: "{{<", contains: []string{`{{< hotline \"VN\" >}}`, `{{< hotline \"TH\" >}}`}}},
		},
		{
			name:        "number changed",
			translation: edit(thaiGetHelp, "๑๐๐,๐๐๐", "๑๐,๐๐๐"),
			want:        []wantDiag{{code: CodeParityNumber, at: "๑๐,๐๐๐", contains: []string{`"๑๐,๐๐๐"`, `"100,000"`}}},
		},
		{
			name:        "Thai digits equal Arabic digits",
			translation: edit(thaiGetHelp, "๑๐๐,๐๐๐", "100,000"),
		},
		{
			name:        "Buddhist Era year without marker",
			translation: edit(thaiGetHelp, "พ.ศ. ๒๕๕๑", "๒๕๕๑"),
		},
		{
			name:        "Common Era year in Thai",
			translation: edit(thaiGetHelp, "พ.ศ. ๒๕๕๑", "ค.ศ. 2008"),
		},
		{
			name:        "wrong Buddhist Era year",
			translation: edit(thaiGetHelp, "พ.ศ. ๒๕๕๑", "พ.ศ. ๒๕๕๒"),
			want:        []wantDiag{{code: CodeParityNumber, at: "๒๕๕๒", contains: []string{`"๒๕๕๒"`, `"2008"`}}},
		},
		{
			name:        "heading removed",
			translation: edit(thaiGetHelp, "## สิทธิของคุณ\n\n", ""),
			want:        []wantDiag{{code: CodeParityHeadings, contains: []string{"page has 1 heading,", "has 2"}}},
		},
		{
			name:        "exception silences missing phone",
			translation: withIgnore(edit(thaiGetHelp, "โทร 02 555 0000 หรือ", "โทรหรือ"), "+66 2 555 0000"),
		},
		{
			name: "exception silences one token only",
			translation: withIgnore(edit(thaiGetHelp,
				"โทร 02 555 0000 หรือ", "โทรหรือ",
				"help@example.org", "aid@example.org"), "+66-2-555-0000"),
			want: []wantDiag{{code: CodeParityEmail, at: "aid@example.org"}},
		},
		{
			name:        "exception for extra number",
			translation: withIgnore(edit(thaiGetHelp, "บาท", "บาท (ประมาณ ๓,๐๐๐ ดอลลาร์)"), "3,000"),
		},
		{
			name:        "unused exception",
			translation: withIgnore(thaiGetHelp, "+66 2 555 9999"),
			want: []wantDiag{{code: CodeUnusedException, severity: diag.Warning, at: `"+66 2 555 9999"`,
				contains: []string{`"+66 2 555 9999" matches no difference`}}},
		},
		{
			name:        "headings exception",
			translation: withIgnore(edit(thaiGetHelp, "## สิทธิของคุณ\n\n", ""), "headings"),
		},
	}

	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := writeSite(t, map[string]string{
				"content/en/guide/get-help.md": englishGetHelp,
				"content/th/guide/get-help.md": tc.translation,
			})
			list := checkSite(t, root, "th")

			if len(list) != len(tc.want) {
				t.Fatalf("got %d diagnostics, want %d:%s", len(list), len(tc.want), dump(list))
			}
			for i, w := range tc.want {
				d := list[i]
				if d.Code != w.code {
					t.Errorf("diagnostic %d: code %s, want %s:%s", i, d.Code, w.code, dump(list))
				}
				if d.Severity != w.severity {
					t.Errorf("diagnostic %d: severity %s, want %s", i, d.Severity, w.severity)
				}
				wantPos := "content/th/guide/get-help.md:" + positionOf(t, tc.translation, w.at)
				if d.Pos.String() != wantPos {
					t.Errorf("diagnostic %d: position %s, want %s", i, d.Pos, wantPos)
				}
				for _, s := range w.contains {
					if !strings.Contains(d.Message, s) {
						t.Errorf("diagnostic %d: message %q does not contain %q", i, d.Message, s)
					}
				}
			}
		})
	}
}

func TestParityIndonesianNumbers(t *testing.T) {
	english := "---\ntitle: Fees\n---\n\nA fee of 1,500.50 ringgit, or 12,000 baht.\n"
	root := writeSite(t, map[string]string{
		"content/en/guide/fees.md": english,
		"content/id/guide/fees.md": "---\ntitle: Biaya\n---\n\nBiaya 1.500,50 ringgit, atau 12.000 baht.\n",
		"content/vi/guide/fees.md": "---\ntitle: Phí\n---\n\nPhí 1.500,50 ringgit, hoặc 12 000 baht.\n",
		"content/ms/guide/fees.md": "---\ntitle: Yuran\n---\n\nYuran 1,500.50 ringgit, atau 12,000 baht.\n",
	})
	if list := checkSite(t, root, "id", "vi", "ms"); len(list) != 0 {
		t.Errorf("want no diagnostics:%s", dump(list))
	}
}

func TestParityOrphanTranslation(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/en/guide/get-help.md": englishGetHelp,
		"content/th/guide/old-page.md": "---\ntitle: เก่า\n---\n\nข้อความ\n",
	})
	all := checkSite(t, root, "th")
	list := withCode(all, CodeNoSourcePage)
	if len(list) != 1 || list[0].Severity != diag.Warning {
		t.Fatalf("want one %s warning:%s", CodeNoSourcePage, dump(all))
	}
	if got := list[0].Pos.String(); got != "content/th/guide/old-page.md:1:1" {
		t.Errorf("position %s, want content/th/guide/old-page.md:1:1", got)
	}
	if n := len(all) - len(withCode(all, CodeMissingPage)) - len(list); n != 0 {
		t.Errorf("%d diagnostics besides %s and %s:%s", n, CodeNoSourcePage, CodeMissingPage, dump(all))
	}
}

func TestCheckWarnsOfMissingTranslation(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/en/guide/get-help.md": englishGetHelp,
	})
	list := checkSite(t, root, "vi")
	if len(list) != 1 || list[0].Code != CodeMissingPage || list[0].Severity != diag.Warning {
		t.Fatalf("want one %s warning:%s", CodeMissingPage, dump(list))
	}
	if got := list[0].Pos.String(); got != "content/vi/guide/get-help.md" {
		t.Errorf("position %s, want content/vi/guide/get-help.md", got)
	}
}

func TestFindNumbers(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // key, or key/alt
	}{
		{"en", "100,000 and 1,500.50", []string{"100000", "1500.5"}},
		{"en", "12 and 99", nil},
		{"en", "from 2008,2009", []string{"2008", "2009"}},
		{"id", "100.000 dan 1.500,50", []string{"100000", "1500.5"}},
		{"id", "pukul 10.30", nil},
		{"vi", "1 000 000 đồng", []string{"1000000"}},
		{"vi", "1\u00a0000 đồng", []string{"1000"}},
		{"ms", "RM1,000", []string{"1000"}},
		{"th", "๑๐๐,๐๐๐ บาท", []string{"100000"}},
		{"th", "พ.ศ. ๒๕๕๑", []string{"2008"}},
		{"th", "พ.ศ.2551", []string{"2008"}},
		{"th", "ปี 2551", []string{"2551/2008"}},
		{"th", "ค.ศ. 2008", []string{"2008"}},
		{"th", "3000 บาท", []string{"3000"}},
	}
	for _, tc := range tests {
		var got []string
		for _, n := range findNumbers([]byte(tc.text), tc.lang, nil) {
			k := n.key
			if n.alt != "" {
				k += "/" + n.alt
			}
			got = append(got, k)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("findNumbers(%q, %s) = %q, want %q", tc.text, tc.lang, got, tc.want)
		}
	}
}

func TestFindPhones(t *testing.T) {
	tests := []struct {
		region, text string
		want         []string
	}{
		{"TH", "โทร 02 555 0000", []string{"+6625550000"}},
		{"TH", "โทร ๐๒ ๕๕๕ ๐๐๐๐", []string{"+6625550000"}},
		{"", "Call +66 2 555 0000.", []string{"+6625550000"}},
		{"", "Call 02 555 0000.", nil},
		{"TH", "+66 (0)2 555 0000", []string{"+6625550000"}},
		{"TH", "from 2008-2010", nil},
		{"TH", "2008. 02 555 0000", []string{"+6625550000"}},
		{"", "+66 2 555 000", []string{"+662555000"}},
		{"TH", "02 555 0000 or 02 555 0001", []string{"+6625550000", "+6625550001"}},
		{"TH", "ref 0255500000baht", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range findPhones([]byte(tc.text), tc.region) {
			got = append(got, m.key)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("findPhones(%q, %q) = %q, want %q", tc.text, tc.region, got, tc.want)
		}
	}
}
