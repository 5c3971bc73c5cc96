package sitedata

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/panduan/panduan/internal/directory"
)

func ptr[T any](v T) *T { return &v }

func testDirectory() *directory.Directory {
	return &directory.Directory{
		Countries: []directory.Country{
			{Code: "VN", Name: directory.Text{"en": "Viet Nam", "vi": "Việt Nam"}},
			{Code: "TH", Name: directory.Text{"en": "Thailand", "th": "ประเทศไทย"}},
		},
		Areas: []directory.Area{
			{Code: "VN-HN", Country: "VN", Name: directory.Text{"en": "Ha Noi", "vi": "Hà Nội"}},
			{Code: "TH-10", Country: "TH", Name: directory.Text{"en": "Bangkok", "th": "กรุงเทพมหานคร"}},
		},
		Types: []directory.Type{{Code: "shelter", Label: directory.Text{"en": "Shelter", "vi": "Nhà tạm lánh"}}},
		Services: []directory.Service{
			{ID: "VN-002", Country: "VN", Area: "VN-HN", Types: []string{"shelter"}, Status: directory.StatusActive,
				Name: directory.Text{"en": "Dong Hanh Centre", "vi": "Trung tâm Đồng Hành"}},
			{ID: "VN-001", Country: "VN", Area: "VN-HN", Status: directory.StatusActive,
				Name: directory.Text{"en": "Dong Tam House", "vi": "Nhà Dương"}},
			{ID: "VN-003", Country: "VN", Area: "VN-HN", Status: directory.StatusActive,
				Name: directory.Text{"en": "Safe House", "vi": "Nhà Dung"}},
			{ID: "VN-004", Country: "VN", Area: "VN-HN", Status: directory.StatusClosed,
				Name: directory.Text{"en": "Closed Office"}},
			{ID: "TH-001", Country: "TH", Area: "TH-10", Status: directory.StatusTemporarilyClosed,
				Name: directory.Text{"en": "Shelter"}, ConfidentialAddress: true,
				City: "Bangkok", StreetAddress: "12 Secret Road", PostalCode: "10200",
				Latitude: ptr(13.75), Longitude: ptr(100.5)},
		},
	}
}

func serviceByID(t *testing.T, d *Data, id string) *Service {
	t.Helper()
	for _, s := range d.Services {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("service %s not in data", id)
	return nil
}

func TestBuildVietnameseSortsDBeforeĐ(t *testing.T) {
	d := Build(testDirectory(), "vi", time.Now())
	var names []string
	for _, s := range d.Services {
		names = append(names, s.Name.Text)
	}
	// Vietnamese sorts by letter first: Dung < Dương, and Đ after every D.
	want := []string{"Nhà Dung", "Nhà Dương", "Shelter", "Trung tâm Đồng Hành"}
	if !slices.Equal(names, want) {
		t.Errorf("vi order = %q, want %q", names, want)
	}
}

func TestBuildLeavesOutClosedServices(t *testing.T) {
	d := Build(testDirectory(), "en", time.Now())
	for _, s := range d.Services {
		if s.ID == "VN-004" {
			t.Fatal("closed service VN-004 was published")
		}
	}
	for _, a := range d.Countries[1].Areas {
		if slices.Contains(a.Services, "vn-004") {
			t.Errorf("area %s lists the closed service", a.Code)
		}
	}
}

func TestBuildConfidentialAddress(t *testing.T) {
	d := Build(testDirectory(), "en", time.Now())
	s := serviceByID(t, d, "TH-001")
	if s.Address != nil {
		t.Errorf("address = %+v, want none", s.Address)
	}
	if s.Geo != nil {
		t.Errorf("geo = %+v, want none", s.Geo)
	}
	if !s.Confidential || !s.TemporarilyClosed {
		t.Errorf("confidential=%v temporarily_closed=%v, want both true", s.Confidential, s.TemporarilyClosed)
	}
}

func TestBuildMarksFallbackText(t *testing.T) {
	d := Build(testDirectory(), "th", time.Now())
	s := serviceByID(t, d, "VN-002")
	if s.Name.Lang != "en" || s.Name.Text != "Dong Hanh Centre" {
		t.Errorf("th name = %+v, want the English text marked en", s.Name)
	}
	for _, c := range d.Countries {
		if c.Code == "TH" && c.Name != (Text{Text: "ประเทศไทย", Lang: "th"}) {
			t.Errorf("TH name in th = %+v, want the Thai name", c.Name)
		}
	}
}

func TestFormatDate(t *testing.T) {
	day := time.Date(2026, time.August, 15, 0, 0, 0, 0, time.UTC)
	tests := map[string]string{
		"en": "15 August 2026",
		"id": "15 Agustus 2026",
		"ms": "15 Ogos 2026",
		"vi": "15 tháng 8 năm 2026",
		"th": "15 สิงหาคม 2569",
	}
	for lang, want := range tests {
		if got := FormatDate(day, lang); got != want {
			t.Errorf("FormatDate(%s) = %q, want %q", lang, got, want)
		}
	}
}

func TestWriteOneFilePerLanguage(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, testDirectory(), directory.Languages, time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, lang := range directory.Languages {
		raw, err := os.ReadFile(filepath.Join(dir, "data", "panduan", lang+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var d Data
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if d.Lang != lang {
			t.Errorf("%s.json lang = %q", lang, d.Lang)
		}
		if strings.Contains(string(raw), "Secret Road") {
			t.Errorf("%s.json contains a confidential address", lang)
		}
	}
}
