package search

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/panduan/panduan/internal/directory"
)

func testDirectory() *directory.Directory {
	return &directory.Directory{
		Countries: []directory.Country{
			{Code: "VN", Name: directory.Text{"en": "Viet Nam", "vi": "Việt Nam"}},
			{Code: "TH", Name: directory.Text{"en": "Thailand", "th": "ประเทศไทย"}},
		},
		Areas: []directory.Area{
			{Code: "VN-HN", Country: "VN", Name: directory.Text{"en": "Hanoi", "vi": "Hà Nội"}},
			{Code: "TH-50", Country: "TH", Name: directory.Text{"en": "Chiang Mai", "th": "เชียงใหม่"}},
		},
		Types: []directory.Type{{Code: "shelter", Label: directory.Text{"en": "Shelter", "vi": "Nhà tạm lánh", "th": "บ้านพักพิง"}}},
		Organisations: []directory.Organisation{
			{ID: "ORG-1", Name: directory.Text{"en": "Lotus Foundation", "vi": "Quỹ Hoa Sen"}},
		},
		Services: []directory.Service{
			{ID: "VN-001", OrganisationID: "ORG-1", Country: "VN", Area: "VN-HN", Types: []string{"shelter"},
				Status: directory.StatusActive, City: "Long Bien",
				Name:        directory.Text{"en": "Dong Hanh Safe House", "vi": "Nhà Tạm lánh Đồng Hành"},
				Description: directory.Text{"en": "Safe housing for women.", "vi": "Chỗ ở an toàn cho phụ nữ."}},
			{ID: "VN-002", Country: "VN", Area: "VN-HN", Status: directory.StatusClosed,
				Name: directory.Text{"en": "Closed Office"}},
			{ID: "TH-005", Country: "TH", Area: "TH-50", Status: directory.StatusTemporarilyClosed,
				Name:                directory.Text{"en": "Weaving Centre", "th": "ศูนย์ฝึกอาชีพ"},
				Description:         directory.Text{"en": "Hand-woven cloth.", "th": "ผ้าทอมือจากกลุ่มทอผ้า"},
				ConfidentialAddress: true, City: "Sanpatong", StreetAddress: "9 Hidden Lane", PostalCode: "50120"},
		},
	}
}

func entryByTitle(t *testing.T, idx *Index, title string) (int, Entry) {
	t.Helper()
	for i, e := range idx.Entries {
		if e.Title == title {
			return i, e
		}
	}
	t.Fatalf("no entry titled %q in the %s index", title, idx.Lang)
	return 0, Entry{}
}

// lookup returns the positions of the entries that contain every term
// of query, as search.js finds them.
func lookup(idx *Index, query string) []int {
	var found []int
	for i, term := range Tokens(query) {
		positions := idx.Terms[term]
		if i == 0 {
			found = slices.Clone(positions)
			continue
		}
		found = slices.DeleteFunc(found, func(p int) bool { return !slices.Contains(positions, p) })
	}
	return found
}

func TestBuildServiceEntries(t *testing.T) {
	idx := Build(testDirectory(), nil, "vi")

	if len(idx.Entries) != 2 {
		t.Fatalf("got %d entries, want the 2 published services: %+v", len(idx.Entries), idx.Entries)
	}
	pos, e := entryByTitle(t, idx, "Nhà Tạm lánh Đồng Hành")
	if e.Kind != KindService {
		t.Errorf("kind = %q, want %q", e.Kind, KindService)
	}
	if want := "directory/viet-nam/vn-hn/vn-001.html"; e.URL != want {
		t.Errorf("URL = %q, want %q", e.URL, want)
	}
	if want := "Hà Nội, Việt Nam"; e.Text != want {
		t.Errorf("text = %q, want %q", e.Text, want)
	}
	for _, query := range []string{"dong hanh", "Đồng Hành", "quy hoa sen", "nha tam lanh", "phu nu", "long bien", "ha noi"} {
		if got := lookup(idx, query); !slices.Equal(got, []int{pos}) {
			t.Errorf("query %q finds %v, want [%d]", query, got, pos)
		}
	}
}

func TestBuildLeavesOutClosedServices(t *testing.T) {
	idx := Build(testDirectory(), nil, "en")
	for _, e := range idx.Entries {
		if e.Title == "Closed Office" {
			t.Errorf("closed service in the index: %+v", e)
		}
	}
	if got := lookup(idx, "office"); len(got) != 0 {
		t.Errorf("query office finds %v, want nothing: the only office is closed", got)
	}
}

func TestBuildKeepsConfidentialAddressOut(t *testing.T) {
	for _, lang := range directory.Languages {
		idx := Build(testDirectory(), nil, lang)
		for _, term := range []string{"sanpatong", "hidden", "lane", "50120"} {
			if _, ok := idx.Terms[term]; ok {
				t.Errorf("%s: term %q of a confidential address is in the index", lang, term)
			}
		}
		script, err := Script(idx)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(script), "Sanpatong") || strings.Contains(string(script), "Hidden Lane") {
			t.Errorf("%s: the index script contains the confidential address", lang)
		}
	}
}

func TestBuildThaiDescription(t *testing.T) {
	idx := Build(testDirectory(), nil, "th")
	pos, e := entryByTitle(t, idx, "ศูนย์ฝึกอาชีพ")
	prefix := "เชียงใหม่, ประเทศไทย · "
	if !strings.HasPrefix(e.Text, prefix) || len(e.Text) == len(prefix) {
		t.Errorf("text = %q, want %q and the status of a temporarily closed service", e.Text, prefix)
	}
	if got := lookup(idx, "ผ้าทอมือ"); !slices.Equal(got, []int{pos}) {
		t.Errorf("query ผ้าทอมือ finds %v, want [%d]", got, pos)
	}
	if got := lookup(idx, "ผ้าไหม"); len(got) != 0 {
		t.Errorf("query ผ้าไหม finds %v, want nothing", got)
	}
}

func TestBuildGuides(t *testing.T) {
	guides := []Guide{
		{URL: "guide/your-rights.html", Title: "Your rights", Description: "What the law says.", Text: "You can get a visa."},
		{URL: "guide/get-help.html", Title: "Get help", Description: "Who to call.", Text: "Call a hotline."},
	}
	idx := Build(testDirectory(), guides, "en")

	if n := len(idx.Entries); n != 4 {
		t.Fatalf("got %d entries, want 2 services and 2 guides", n)
	}
	last := idx.Entries[2:]
	if last[0].URL != "guide/get-help.html" || last[1].URL != "guide/your-rights.html" {
		t.Errorf("guides are %+v, want them after the services, sorted by URL", last)
	}
	pos, e := entryByTitle(t, idx, "Your rights")
	if e.Kind != KindGuide || e.Text != "What the law says." {
		t.Errorf("entry = %+v, want a guide with its description as text", e)
	}
	for _, query := range []string{"visa", "law", "rights"} {
		if got := lookup(idx, query); !slices.Equal(got, []int{pos}) {
			t.Errorf("query %q finds %v, want [%d]", query, got, pos)
		}
	}
}

func TestBuildTermsAreSortedAndDistinct(t *testing.T) {
	guides := []Guide{{URL: "a.html", Title: "Shelter shelter", Text: "shelter"}}
	idx := Build(testDirectory(), guides, "en")
	for term, positions := range idx.Terms {
		if !slices.IsSorted(positions) || len(slices.Compact(slices.Clone(positions))) != len(positions) {
			t.Errorf("term %q: positions %v are not increasing", term, positions)
		}
	}
}

func TestScript(t *testing.T) {
	idx := &Index{Lang: "en", Entries: []Entry{{Kind: KindGuide, Title: "A\u2028B <&>", URL: "a.html"}}, Terms: map[string][]int{"a": {0}}}
	script, err := Script(idx)
	if err != nil {
		t.Fatal(err)
	}
	s := string(script)
	prefix := "// Search index of the en site, written by panduan build.\nwindow.panduanSearch = "
	if !strings.HasPrefix(s, prefix) || !strings.HasSuffix(s, ";\n") {
		t.Fatalf("script = %q, want %q…;\\n", s, prefix)
	}
	if strings.Contains(s, "\u2028") {
		t.Errorf("script contains a raw U+2028, which older JavaScript rejects in a string: %q", s)
	}
	if !strings.Contains(s, "<&>") {
		t.Errorf("script escapes HTML characters, want them as they are: %q", s)
	}
	var back Index
	if err := json.Unmarshal([]byte(strings.TrimSuffix(strings.TrimPrefix(s, prefix), ";\n")), &back); err != nil {
		t.Fatalf("the script's value is not JSON: %v", err)
	}
	if back.Entries[0].Title != idx.Entries[0].Title {
		t.Errorf("title after decoding = %q, want %q", back.Entries[0].Title, idx.Entries[0].Title)
	}
}

func TestWrite(t *testing.T) {
	content := t.TempDir()
	page := "---\ntitle: \"Hak Anda\"\ndescription: \"Apa kata hukum.\"\n---\n\nAnda berhak atas bantuan hukum.\n"
	if err := os.MkdirAll(filepath.Join(content, "id", "guide"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(content, "id", "guide", "your-rights.md"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	static := t.TempDir()
	stale := filepath.Join(static, "id", "search", "old.js")
	if err := os.MkdirAll(filepath.Dir(stale), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stale, []byte("//"), 0o644); err != nil {
		t.Fatal(err)
	}

	if err := Write(static, content, testDirectory(), []string{"en", "id"}); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "id"} {
		if _, err := os.Stat(filepath.Join(static, lang, "search", "index.js")); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("the file of an earlier build is still there: %v", err)
	}
	script, err := os.ReadFile(filepath.Join(static, "id", "search", "index.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(script), `"url":"guide/your-rights.html"`) {
		t.Errorf("the id index has no entry for guide/your-rights.html:\n%s", script)
	}
}

func TestWriteRejectsInvalidLanguage(t *testing.T) {
	err := Write(t.TempDir(), t.TempDir(), testDirectory(), []string{"en", "../x"})
	if err == nil || !strings.Contains(err.Error(), `invalid language code "../x"`) {
		t.Errorf("error = %v, want one naming the invalid language code", err)
	}
}
