package api_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/panduan/panduan/internal/api"
	"github.com/panduan/panduan/internal/api/apitest"
	"github.com/panduan/panduan/internal/directory"
)

var generatedAt = time.Date(2026, time.August, 15, 10, 30, 0, 0, time.UTC)

// schemaDir holds the JSON Schemas that the API publishes.
var schemaDir = filepath.Join("..", "..", "docs", "api")

// compileSchema compiles docs/api/<name>.schema.json with format
// assertions on, so "date", "email" and "uri" are checked too.
func compileSchema(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	path, err := filepath.Abs(filepath.Join(schemaDir, name+".schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile(path)
	if err != nil {
		t.Fatalf("compile %s: %v", path, err)
	}
	return sch
}

func writeFixture(t *testing.T, d *directory.Directory) string {
	t.Helper()
	dir := t.TempDir()
	if err := api.Write(dir, d, directory.Languages, generatedAt); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return dir
}

func readInstance(t *testing.T, path string) any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	inst, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return inst
}

func readServices(t *testing.T, dir, lang string) api.ServicesFile {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "api", "v1", lang, "services.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f api.ServicesFile
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatalf("%s/services.json: %v", lang, err)
	}
	return f
}

func serviceByID(t *testing.T, f api.ServicesFile, id string) api.Service {
	t.Helper()
	for _, s := range f.Services {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("service %s not in %s/services.json", id, f.Lang)
	return api.Service{}
}

func TestWriteMatchesSchemas(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	root := filepath.Join(dir, "api", "v1")

	index := compileSchema(t, "index")
	if err := index.Validate(readInstance(t, filepath.Join(root, "index.json"))); err != nil {
		t.Errorf("index.json: %v", err)
	}

	for _, name := range api.Files {
		sch := compileSchema(t, name)
		for _, lang := range directory.Languages {
			path := filepath.Join(root, lang, name+".json")
			if err := sch.Validate(readInstance(t, path)); err != nil {
				t.Errorf("%s/%s.json: %v", lang, name, err)
			}
		}
	}
}

func TestIndexListsEveryFile(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	root := filepath.Join(dir, "api", "v1")
	raw, err := os.ReadFile(filepath.Join(root, "index.json"))
	if err != nil {
		t.Fatal(err)
	}
	var index api.Index
	if err := json.Unmarshal(raw, &index); err != nil {
		t.Fatal(err)
	}

	var langs []string
	for _, l := range index.Languages {
		langs = append(langs, l.Lang)
		for _, name := range api.Files {
			rel, ok := l.Files[name]
			if !ok {
				t.Errorf("index has no %s file for %s", name, l.Lang)
				continue
			}
			if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(rel))); err != nil {
				t.Errorf("index lists %s, which was not written: %v", rel, err)
			}
		}
	}
	if !slices.Equal(langs, directory.Languages) {
		t.Errorf("index languages = %q, want %q", langs, directory.Languages)
	}
	if index.Generated != "2026-08-15T10:30:00Z" {
		t.Errorf("generated = %q, want 2026-08-15T10:30:00Z", index.Generated)
	}
}

// validServices returns a minimal services.json document that the schema
// accepts, for the tests that break one part of it.
func validServices() map[string]any {
	return map[string]any{
		"api_version": "v1",
		"lang":        "id",
		"generated":   "2026-08-15T10:30:00Z",
		"services": []any{map[string]any{
			"id":                   "ID-001",
			"slug":                 "id-001",
			"name":                 map[string]any{"text": "Rumah Aman Pelita"},
			"status":               map[string]any{"code": "active", "label": map[string]any{"text": "Aktif"}},
			"types":                []any{},
			"trafficking_specific": true,
			"country":              map[string]any{"code": "ID", "name": map[string]any{"text": "Indonesia"}},
			"area":                 map[string]any{"code": "ID-JK", "name": map[string]any{"text": "DKI Jakarta"}},
			"confidential_address": false,
			"address":              map[string]any{"street": "Jl. Contoh Raya No. 10"},
			"phones": []any{map[string]any{
				"kind": "main", "kind_label": map[string]any{"text": "Telepon"},
				"e164": "+622150000000", "national": "(021) 5000 0000",
			}},
			"hours":          []any{},
			"languages":      []any{},
			"interpretation": false,
			"eligibility":    []any{},
			"access":         []any{},
		}},
	}
}

func TestServicesSchemaRejectsInvalid(t *testing.T) {
	sch := compileSchema(t, "services")
	if err := sch.Validate(validServices()); err != nil {
		t.Fatalf("the valid document was rejected: %v", err)
	}

	service := func(doc map[string]any) map[string]any {
		return doc["services"].([]any)[0].(map[string]any)
	}
	tests := []struct {
		name     string
		breakDoc func(doc map[string]any)
	}{
		{"missing id", func(doc map[string]any) { delete(service(doc), "id") }},
		{"internal field", func(doc map[string]any) { service(doc)["notes_internal"] = "call the director first" }},
		{"confidential with address", func(doc map[string]any) { service(doc)["confidential_address"] = true }},
		{"confidential with geo", func(doc map[string]any) {
			s := service(doc)
			delete(s, "address")
			s["confidential_address"] = true
			s["geo"] = map[string]any{"lat": -6.2, "lon": 106.8}
		}},
		{"closed status", func(doc map[string]any) {
			service(doc)["status"] = map[string]any{"code": "closed", "label": map[string]any{"text": "Tutup"}}
		}},
		{"fallback to other language", func(doc map[string]any) {
			service(doc)["name"] = map[string]any{"text": "Nhà tạm lánh", "lang": "vi"}
		}},
		{"empty text", func(doc map[string]any) { service(doc)["name"] = map[string]any{"text": ""} }},
		{"bad e164", func(doc map[string]any) {
			service(doc)["phones"].([]any)[0].(map[string]any)["e164"] = "021 5000 0000"
		}},
		{"unknown eligibility", func(doc map[string]any) {
			service(doc)["eligibility"] = []any{map[string]any{"code": "everyone", "label": map[string]any{"text": "Semua"}}}
		}},
		{"bad date", func(doc map[string]any) { service(doc)["last_verified"] = "02/03/2026" }},
		{"bad area code", func(doc map[string]any) {
			service(doc)["area"] = map[string]any{"code": "Jakarta", "name": map[string]any{"text": "Jakarta"}}
		}},
		{"wrong api version", func(doc map[string]any) { doc["api_version"] = "v2" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := validServices()
			tt.breakDoc(doc)
			if err := sch.Validate(doc); err == nil {
				t.Error("the schema accepted the invalid document")
			}
		})
	}
}

func TestServicesSchemaRejectsPlantedFile(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	path := filepath.Join(dir, "api", "v1", "en", "services.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	planted := bytes.Replace(raw, []byte(`"confidential_address":true`), []byte(`"confidential_address":true,"address":{"street":"12 Hidden Lane"}`), 1)
	if bytes.Equal(planted, raw) {
		t.Fatal("the fixture has no confidential service to plant an address on")
	}
	if err := os.WriteFile(path, planted, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := compileSchema(t, "services").Validate(readInstance(t, path)); err == nil {
		t.Error("the schema accepted a confidential service with an address")
	}
}

// schemaEnum returns the enum of the "code" property that a $defs entry
// narrows with allOf, such as services.schema.json's cost.
func schemaEnum(t *testing.T, allOf []any) []string {
	t.Helper()
	for _, part := range allOf {
		props, _ := part.(map[string]any)["properties"].(map[string]any)
		code, _ := props["code"].(map[string]any)
		if enum, ok := code["enum"].([]any); ok {
			var out []string
			for _, v := range enum {
				out = append(out, v.(string))
			}
			return out
		}
	}
	t.Fatal("no enum on code")
	return nil
}

func TestServicesSchemaEnumsMatchVocabularies(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(schemaDir, "services.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	props := schema["$defs"].(map[string]any)["service"].(map[string]any)["properties"].(map[string]any)
	hours := schema["$defs"].(map[string]any)["hours"].(map[string]any)["properties"].(map[string]any)

	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"eligibility", schemaEnum(t, props["eligibility"].(map[string]any)["items"].(map[string]any)["allOf"].([]any)), directory.Eligibility.Codes()},
		{"access", schemaEnum(t, props["access"].(map[string]any)["items"].(map[string]any)["allOf"].([]any)), directory.Access.Codes()},
		{"cost", schemaEnum(t, props["cost"].(map[string]any)["allOf"].([]any)), directory.Cost.Codes()},
		{"day", schemaEnum(t, hours["day"].(map[string]any)["allOf"].([]any)), directory.Days.Codes()},
		{"status", schemaEnum(t, props["status"].(map[string]any)["allOf"].([]any)),
			slices.DeleteFunc(directory.Statuses.Codes(), func(c string) bool { return c == directory.StatusClosed })},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s enum = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestWriteLeavesOutClosedService(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	for _, lang := range directory.Languages {
		for _, s := range readServices(t, dir, lang).Services {
			if s.ID == apitest.ClosedID {
				t.Errorf("%s/services.json contains the closed service", lang)
			}
		}
	}
	raw, err := os.ReadFile(filepath.Join(dir, "api", "v1", "en", "areas.json"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), apitest.ClosedID) {
		t.Error("en/areas.json lists the closed service")
	}
}

func TestWriteTemporarilyClosedService(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	s := serviceByID(t, readServices(t, dir, "ms"), apitest.TemporarilyClosed)
	want := api.Term{Code: directory.StatusTemporarilyClosed, Label: api.Text{Text: "Ditutup sementara"}}
	if s.Status != want {
		t.Errorf("status = %+v, want %+v", s.Status, want)
	}
}

func TestWriteConfidentialService(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	s := serviceByID(t, readServices(t, dir, "id"), apitest.ConfidentialID)
	if !s.ConfidentialAddress {
		t.Error("confidential_address = false, want true")
	}
	if s.Address != nil {
		t.Errorf("address = %+v, want none", s.Address)
	}
	if s.Geo != nil {
		t.Errorf("geo = %+v, want none", s.Geo)
	}
	if s.Area.Code != "ID-JK" || s.Area.Name.Text != "DKI Jakarta" {
		t.Errorf("area = %+v, want ID-JK DKI Jakarta", s.Area)
	}
	if len(s.Phones) != 1 || s.Phones[0].E164 != "+6281300000000" {
		t.Errorf("phones = %+v, want the hotline +6281300000000", s.Phones)
	}
}

func TestWriteMarksFallbackText(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())

	th := serviceByID(t, readServices(t, dir, "th"), "MY-001")
	if th.Name != (api.Text{Text: "Teduh Helpline and Counselling", Lang: "en"}) {
		t.Errorf("th name = %+v, want the English name marked en", th.Name)
	}
	if th.Status.Label != (api.Text{Text: "เปิดให้บริการ"}) {
		t.Errorf("th status label = %+v, want the Thai label without lang", th.Status.Label)
	}

	ms := serviceByID(t, readServices(t, dir, "ms"), "MY-001")
	if ms.Name != (api.Text{Text: "Talian Bantuan dan Kaunseling Teduh"}) {
		t.Errorf("ms name = %+v, want the Malay name without lang", ms.Name)
	}

	en := serviceByID(t, readServices(t, dir, "en"), "MY-001")
	if en.Name.Lang != "" {
		t.Errorf("en name lang = %q, want none", en.Name.Lang)
	}
	if en.Documents != nil {
		t.Errorf("en documents = %+v, want none for an empty text", en.Documents)
	}
}

func TestWritePhones(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	s := serviceByID(t, readServices(t, dir, "vi"), "VN-001")
	want := []api.Phone{
		{Kind: "main", KindLabel: api.Text{Text: "Điện thoại"}, E164: "+842439000000", National: "024 3900 0000", International: "+84 24 3900 0000"},
		{Kind: "hotline", KindLabel: api.Text{Text: "Đường dây nóng"}, E164: "+84912000000", National: "0912 000 000", International: "+84 912 000 000"},
	}
	if !slices.Equal(s.Phones, want) {
		t.Errorf("phones = %+v, want %+v", s.Phones, want)
	}
}

func TestWriteAreasAndTypes(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	root := filepath.Join(dir, "api", "v1", "en")

	var areas api.AreasFile
	raw, err := os.ReadFile(filepath.Join(root, "areas.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &areas); err != nil {
		t.Fatal(err)
	}
	for _, a := range areas.Areas {
		if a.Code == "ID-JK" && !slices.Equal(a.Services, []string{"ID-001", apitest.ConfidentialID}) {
			t.Errorf("ID-JK services = %q, want ID-001 and %s", a.Services, apitest.ConfidentialID)
		}
		if a.Code == "VN-SG" && len(a.Services) != 0 {
			t.Errorf("VN-SG services = %q, want none because its only service is closed", a.Services)
		}
	}

	var types api.TypesFile
	raw, err = os.ReadFile(filepath.Join(root, "types.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &types); err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, ty := range types.Types {
		codes = append(codes, ty.Code)
		if ty.Code == "repatriation" && !slices.Equal(ty.Services, []string{"TH-001", "VN-001"}) {
			t.Errorf("repatriation services = %q, want TH-001 and VN-001", ty.Services)
		}
	}
	if want := []string{"shelter", "legal_aid", "counselling", "health", "repatriation"}; !slices.Equal(codes, want) {
		t.Errorf("type order = %q, want the workbook's order %q", codes, want)
	}
}

func TestWriteIsIndependentOfRowOrder(t *testing.T) {
	first := writeFixture(t, apitest.Directory())

	shuffled := apitest.Directory()
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(shuffled.Services), func(i, j int) {
		shuffled.Services[i], shuffled.Services[j] = shuffled.Services[j], shuffled.Services[i]
	})
	rng.Shuffle(len(shuffled.Areas), func(i, j int) { shuffled.Areas[i], shuffled.Areas[j] = shuffled.Areas[j], shuffled.Areas[i] })
	rng.Shuffle(len(shuffled.Countries), func(i, j int) {
		shuffled.Countries[i], shuffled.Countries[j] = shuffled.Countries[j], shuffled.Countries[i]
	})
	rng.Shuffle(len(shuffled.Organisations), func(i, j int) {
		shuffled.Organisations[i], shuffled.Organisations[j] = shuffled.Organisations[j], shuffled.Organisations[i]
	})
	second := writeFixture(t, shuffled)

	for _, lang := range directory.Languages {
		for _, name := range api.Files {
			a, err := os.ReadFile(filepath.Join(first, "api", "v1", lang, name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(filepath.Join(second, "api", "v1", lang, name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Errorf("%s/%s.json changed when the workbook rows were shuffled", lang, name)
			}
		}
	}
}

func TestWriteRejectsInvalidLanguage(t *testing.T) {
	for _, lang := range []string{"", "../en", "EN", "en-GB"} {
		err := api.Write(t.TempDir(), apitest.Directory(), []string{lang}, generatedAt)
		if err == nil {
			t.Errorf("Write accepted the language %q", lang)
		}
	}
}

func TestWriteRejectsUnknownArea(t *testing.T) {
	d := apitest.Directory()
	d.Services[0].Area = "ID-XX"
	err := api.Write(t.TempDir(), d, directory.Languages, generatedAt)
	if err == nil || !strings.Contains(err.Error(), "area ID-XX") {
		t.Errorf("err = %v, want one that names area ID-XX", err)
	}
}

func TestWriteRemovesStaleLanguage(t *testing.T) {
	dir := t.TempDir()
	if err := api.Write(dir, apitest.Directory(), []string{"en", "vi"}, generatedAt); err != nil {
		t.Fatal(err)
	}
	if err := api.Write(dir, apitest.Directory(), []string{"en"}, generatedAt); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "api", "v1", "vi")); !os.IsNotExist(err) {
		t.Errorf("api/v1/vi still exists after a build without vi (stat: %v)", err)
	}
}
