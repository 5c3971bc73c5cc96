package workbook_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/panduan/panduan/internal/diag"
	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/workbook"
)

// today is the date the tests read workbooks on.
var today = time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)

func tx(en, id, ms, vi, th string) directory.Text {
	return directory.Text{"en": en, "id": id, "ms": ms, "vi": vi, "th": th}
}

func float(v float64) *float64 { return &v }
func integer(v int) *int       { return &v }

// baseDirectory returns a small directory that reads back without any
// diagnostic: two countries, two areas, two organisations, two services
// with phones and hours, and two hotlines. Its layout on the Services
// sheet (in every language) is:
//
//	A service_id, B organisation_id, C–G name_en…name_th,
//	H–Q the ten standard types, R trafficking_specific, S country,
//	T area, U city, V street_address, W postal_code,
//	X confidential_address, Y latitude, Z longitude, AA email,
//	AB website, AC–AG hours_*, AH–AK language_1…4, AL interpretation,
//	AM–AQ for_*, AR age_min, AS age_max, AT cost, AU–AX access_*,
//	AY–BC documents_*, BD–BH description_*, BI–BM how_to_access_*,
//	BN last_verified, BO status, BP internal_notes, BQ internal_contact.
//
// Service S-001 is on row 2 and S-002 on row 3. The Phones sheet has
// S-001's two numbers on rows 2 and 3 and S-002's on row 4; the Hours
// sheet has S-001's Monday on row 2.
func baseDirectory() *directory.Directory {
	return &directory.Directory{
		Countries: []directory.Country{
			{Code: "TH", Name: tx("Thailand", "Thailand", "Thailand", "Thái Lan", "ไทย")},
			{Code: "VN", Name: tx("Viet Nam", "Vietnam", "Vietnam", "Việt Nam", "เวียดนาม")},
		},
		Areas: []directory.Area{
			{Code: "TH-10", Country: "TH", Name: tx("Bangkok", "Bangkok", "Bangkok", "Băng Cốc", "กรุงเทพมหานคร")},
			{Code: "VN-HN", Country: "VN", Name: tx("Ha Noi", "Hanoi", "Hanoi", "Hà Nội", "ฮานอย")},
		},
		Types: workbook.StandardTypes,
		Organisations: []directory.Organisation{
			{ID: "ORG-1", Name: tx("Harbour Foundation", "Yayasan Pelabuhan", "Yayasan Pelabuhan", "Quỹ Bến Cảng", "มูลนิธิท่าเรือ"),
				Description: tx("Runs shelters.", "Mengelola rumah aman.", "Mengendalikan rumah perlindungan.", "Quản lý nhà tạm lánh.", "ดูแลบ้านพักปลอดภัย"),
				Website:     "https://harbour.example.org/"},
			{ID: "ORG-2", Name: tx("Lantern Legal", "Lentera Hukum", "Tanglung Guaman", "Đèn Lồng Pháp Lý", "ตะเกียงกฎหมาย"),
				Description: tx("Gives legal aid.", "Memberi bantuan hukum.", "Memberi bantuan guaman.", "Trợ giúp pháp lý.", "ให้ความช่วยเหลือทางกฎหมาย"),
				Website:     "https://lantern.example.org/"},
		},
		Services: []directory.Service{
			{
				ID: "S-001", OrganisationID: "ORG-1",
				Name:                tx("Harbour Shelter", "Rumah Aman Pelabuhan", "Rumah Perlindungan Pelabuhan", "Nhà tạm lánh Bến Cảng", "บ้านพักท่าเรือ"),
				Types:               []string{"shelter", "psychosocial"},
				TraffickingSpecific: true,
				Country:             "TH", Area: "TH-10", City: "Bangkok", StreetAddress: "12 Harbour Road", PostalCode: "10200",
				ConfidentialAddress: true,
				Latitude:            float(13.7563), Longitude: float(100.5018),
				Email: "shelter@harbour.example.org", Website: "https://harbour.example.org/shelter",
				Phones: []directory.Phone{
					{Kind: directory.PhoneMain, International: "+66 2 555 0000"},
					{Kind: directory.PhoneWhatsApp, International: "+66 81 555 0000"},
				},
				HoursText: tx("Every day, 24 hours", "Setiap hari, 24 jam", "Setiap hari, 24 jam", "Hằng ngày, 24 giờ", "ทุกวัน ตลอด 24 ชั่วโมง"),
				Hours: []directory.OpeningHours{
					{Day: "mon", Opens: "08:00", Closes: "16:30"},
					{Day: "tue", Opens: "08:00", Closes: "24:00"},
				},
				Languages:      []string{"th", "en", "my"},
				Interpretation: true,
				Eligibility:    []string{"women", "children"},
				AgeMin:         integer(12), AgeMax: integer(60),
				Cost:         "free",
				Access:       []string{"referral", "call_first"},
				Documents:    tx("No documents needed.", "Tidak perlu dokumen.", "Tiada dokumen diperlukan.", "Không cần giấy tờ.", "ไม่ต้องใช้เอกสาร"),
				Description:  tx("A safe place to stay.", "Tempat tinggal yang aman.", "Tempat tinggal yang selamat.", "Nơi ở an toàn.", "ที่พักที่ปลอดภัย"),
				HowToAccess:  tx("Call first.", "Telepon dulu.", "Telefon dahulu.", "Gọi trước.", "โทรก่อน"),
				LastVerified: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
				Status:       directory.StatusActive,
			},
			{
				ID: "S-002", OrganisationID: "ORG-2",
				Name:    tx("Lantern Legal Clinic", "Klinik Hukum Lentera", "Klinik Guaman Tanglung", "Phòng khám pháp lý Đèn Lồng", "คลินิกกฎหมายตะเกียง"),
				Types:   []string{"legal_aid"},
				Country: "VN", Area: "VN-HN", City: "Ha Noi",
				Email:        "clinic@lantern.example.org",
				Phones:       []directory.Phone{{Kind: directory.PhoneHotline, International: "+84 24 5550 0000"}},
				Languages:    []string{"vi"},
				Cost:         "low_cost",
				Access:       []string{"walk_in"},
				Description:  tx("Free legal advice.", "Konsultasi hukum gratis.", "Nasihat guaman percuma.", "Tư vấn pháp lý miễn phí.", "ให้คำปรึกษากฎหมายฟรี"),
				LastVerified: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC),
				Status:       directory.StatusTemporarilyClosed,
			},
		},
		Hotlines: []directory.Hotline{
			{Country: "TH", Name: tx("Help Line", "Saluran Bantuan", "Talian Bantuan", "Đường dây trợ giúp", "สายช่วยเหลือ"),
				Phone: directory.Phone{Kind: directory.PhoneHotline, E164: "10000"}, Languages: []string{"th", "en"}},
			{Country: "VN", Name: tx("Hotline", "Hotline", "Talian hotline", "Đường dây nóng", "สายด่วน"),
				Phone: directory.Phone{Kind: directory.PhoneHotline, International: "+84 24 5550 0000"}, Languages: []string{"vi"}},
		},
	}
}

// writeBase writes the base directory as a workbook in lang into a
// temporary folder and returns its path.
func writeBase(t *testing.T, lang string) string {
	t.Helper()
	var buf bytes.Buffer
	content := &workbook.Content{Directory: baseDirectory(), Internal: map[string]workbook.Internal{
		"S-001": {Notes: "Ask for the night manager.", Contact: "A. Example, coordinator"},
	}}
	if err := workbook.Write(&buf, lang, content); err != nil {
		t.Fatalf("Write(%s): %v", lang, err)
	}
	path := filepath.Join(t.TempDir(), "directory.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// edit opens the workbook at path, applies change and saves it.
func edit(t *testing.T, path string, change func(f *excelize.File)) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	change(f)
	if err := f.Save(); err != nil {
		t.Fatalf("save %s: %v", path, err)
	}
}

// read reads a workbook on today.
func read(t *testing.T, path string) (*directory.Directory, diag.List) {
	t.Helper()
	dir, diags, err := workbook.ReadWith(path, workbook.Options{Today: today})
	if err != nil {
		t.Fatalf("Read(%s): %v", path, err)
	}
	return dir, diags
}

// must fails the test on an error of an excelize call.
func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// printed returns the diagnostics as the command prints them.
func printed(diags diag.List) string {
	var b strings.Builder
	diags.Print(&b)
	return b.String()
}

// readErr reads a workbook and returns Read's error as well.
func readErr(path string) (*directory.Directory, diag.List, error) {
	return workbook.ReadWith(path, workbook.Options{Today: today})
}
