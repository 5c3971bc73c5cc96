package hsds_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/panduan/panduan/internal/api/apitest"
	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/hsds"
	"github.com/panduan/panduan/internal/hsds/validate"
)

func writeFixture(t *testing.T, d *directory.Directory) string {
	t.Helper()
	dir := t.TempDir()
	if err := hsds.Write(dir, d, directory.Languages); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return dir
}

func packageDir(dir, lang string) string {
	return filepath.Join(dir, "api", "hsds", lang)
}

// readRows returns the rows of one CSV by column name.
func readRows(t *testing.T, dir, lang, file string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(packageDir(dir, lang), file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s/%s: %v", lang, file, err)
	}
	var rows []map[string]string
	for _, record := range records[1:] {
		r := map[string]string{}
		for i, name := range records[0] {
			r[name] = record[i]
		}
		rows = append(rows, r)
	}
	return rows
}

// rowsWhere returns the rows whose column equals value.
func rowsWhere(rows []map[string]string, column, value string) []map[string]string {
	var out []map[string]string
	for _, r := range rows {
		if r[column] == value {
			out = append(out, r)
		}
	}
	return out
}

// serviceUUID returns the UUID that the export gives a workbook service
// ID, which the test pins so that a change of namespace or naming fails.
func serviceUUID(t *testing.T, dir, lang, id string) string {
	t.Helper()
	d := apitest.Directory()
	for _, s := range d.Services {
		if s.ID != id {
			continue
		}
		name, _ := s.Name.In(lang)
		rows := rowsWhere(readRows(t, dir, lang, "services.csv"), "name", name)
		if len(rows) != 1 {
			t.Fatalf("%d rows named %q in %s/services.csv, want 1", len(rows), name, lang)
		}
		return rows[0]["id"]
	}
	t.Fatalf("no service %s in the fixture", id)
	return ""
}

func TestWriteMatchesOfficialDescriptor(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	spec, err := validate.ParseSpec(hsds.OfficialDescriptor())
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range directory.Languages {
		problems, err := validate.Package(packageDir(dir, lang), spec)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		for _, p := range problems {
			t.Errorf("%s: %s", lang, p)
		}
	}
}

func TestWriteDescriptorDeclaresLanguage(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	for _, lang := range directory.Languages {
		data, err := os.ReadFile(filepath.Join(packageDir(dir, lang), "datapackage.json"))
		if err != nil {
			t.Fatal(err)
		}
		var pkg struct {
			Language  string `json:"language"`
			Version   string `json:"version"`
			Resources []struct {
				Name   string `json:"name"`
				Schema struct {
					ForeignKeys []struct {
						Reference struct {
							Resource string `json:"resource"`
						} `json:"reference"`
					} `json:"foreignKeys"`
				} `json:"schema"`
			} `json:"resources"`
		}
		if err := json.Unmarshal(data, &pkg); err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if pkg.Language != lang {
			t.Errorf("%s: language = %q", lang, pkg.Language)
		}
		if pkg.Version != "3.0.0" {
			t.Errorf("%s: version = %q, want the HSDS version 3.0.0", lang, pkg.Version)
		}

		var names []string
		for _, r := range pkg.Resources {
			names = append(names, r.Name)
		}
		if got, want := slices.Sorted(slices.Values(names)), slices.Sorted(slices.Values(hsds.Resources)); !slices.Equal(got, want) {
			t.Errorf("%s: resources = %q, want %q", lang, got, want)
		}
		for _, r := range pkg.Resources {
			for _, fk := range r.Schema.ForeignKeys {
				if !slices.Contains(names, fk.Reference.Resource) {
					t.Errorf("%s: %s has a foreign key to %s, which the package does not contain", lang, r.Name, fk.Reference.Resource)
				}
			}
		}

		metas := readRows(t, dir, lang, "meta_table_descriptions.csv")
		if len(metas) != len(hsds.Resources) {
			t.Errorf("%s: %d table descriptions, want %d", lang, len(metas), len(hsds.Resources))
		}
		for _, m := range metas {
			if m["language"] != lang {
				t.Errorf("%s: table %s declares language %q", lang, m["name"], m["language"])
			}
		}
	}
}

func TestWriteIDsAreUUIDv5OfWorkbookIDs(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	// The namespace and the "service/<ID>" name are part of the export's
	// contract: consumers store these IDs.
	namespace := uuid.MustParse("5a489edd-69cf-465b-8228-2b9ecfb0f57c")
	want := uuid.NewSHA1(namespace, []byte("service/ID-001")).String()
	if want != "e42bd318-cbc9-5fff-a8b9-df7d697d36d1" {
		t.Fatalf("uuid v5 of service/ID-001 = %s", want)
	}
	if got := serviceUUID(t, dir, "en", "ID-001"); got != want {
		t.Errorf("ID-001 = %s, want %s", got, want)
	}
}

func TestWriteIDsSameInEveryLanguage(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	files, err := filepath.Glob(filepath.Join(packageDir(dir, "en"), "*.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		file := filepath.Base(path)
		var want []string
		for _, r := range readRows(t, dir, "en", file) {
			want = append(want, r["id"])
		}
		for _, lang := range directory.Languages[1:] {
			var got []string
			for _, r := range readRows(t, dir, lang, file) {
				got = append(got, r["id"])
			}
			if lang == "vi" && file == "required_documents.csv" {
				// VN-001's documents are written in Vietnamese only, so only
				// the vi package has that row.
				if len(got) != len(want)+1 {
					t.Errorf("vi/required_documents.csv has %d rows, want en's %d and VN-001's", len(got), len(want))
				}
				got = slices.DeleteFunc(got, func(id string) bool { return !slices.Contains(want, id) })
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s/%s ids = %q, want en's %q", lang, file, got, want)
			}
		}
	}
}

func TestWriteIndependentOfRowOrder(t *testing.T) {
	first := writeFixture(t, apitest.Directory())

	shuffled := apitest.Directory()
	rng := rand.New(rand.NewPCG(3, 4))
	rng.Shuffle(len(shuffled.Services), func(i, j int) {
		shuffled.Services[i], shuffled.Services[j] = shuffled.Services[j], shuffled.Services[i]
	})
	rng.Shuffle(len(shuffled.Organisations), func(i, j int) {
		shuffled.Organisations[i], shuffled.Organisations[j] = shuffled.Organisations[j], shuffled.Organisations[i]
	})
	rng.Shuffle(len(shuffled.Areas), func(i, j int) { shuffled.Areas[i], shuffled.Areas[j] = shuffled.Areas[j], shuffled.Areas[i] })
	for i := range shuffled.Services {
		hours := shuffled.Services[i].Hours
		rng.Shuffle(len(hours), func(a, b int) { hours[a], hours[b] = hours[b], hours[a] })
	}
	second := writeFixture(t, shuffled)

	for _, lang := range directory.Languages {
		entries, err := os.ReadDir(packageDir(first, lang))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			a, err := os.ReadFile(filepath.Join(packageDir(first, lang), e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(filepath.Join(packageDir(second, lang), e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Errorf("%s/%s changed when the workbook rows were shuffled", lang, e.Name())
			}
		}
	}
}

func TestWriteNeutralisesFormulas(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())

	services := readRows(t, dir, "en", "services.csv")
	id002 := rowsWhere(services, "id", serviceUUID(t, dir, "en", "ID-002"))[0]
	if got := id002["application_process"]; got != "'"+apitest.FormulaHowToEN {
		t.Errorf("ID-002 application_process = %q, want the formula behind a single quote", got)
	}
	th001 := rowsWhere(services, "id", serviceUUID(t, dir, "en", "TH-001"))[0]
	if got := th001["application_process"]; got != "'+ Bring a friend if you like." {
		t.Errorf("TH-001 application_process = %q, want it behind a single quote", got)
	}

	docs := readRows(t, dir, "en", "required_documents.csv")
	if len(rowsWhere(docs, "document", "'"+apitest.FormulaDocumentsEN)) != 1 {
		t.Errorf("required_documents = %v, want %q behind a single quote", docs, apitest.FormulaDocumentsEN)
	}
	orgs := readRows(t, dir, "id", "organizations.csv")
	if len(rowsWhere(orgs, "description", "'@pelita_example mengelola rumah aman dan bantuan hukum di Jawa.")) != 1 {
		t.Errorf("organizations = %v, want the description that starts with @ behind a single quote", orgs)
	}
}

func TestWriteKeepsNumbersAndPhonesIntact(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	id001 := serviceUUID(t, dir, "en", "ID-001")

	phones := rowsWhere(readRows(t, dir, "en", "phones.csv"), "service_id", id001)
	var numbers []string
	for _, p := range phones {
		numbers = append(numbers, p["number"])
	}
	if want := []string{"+622150000000", "+6281200000000"}; !slices.Equal(numbers, want) {
		t.Errorf("ID-001 phone numbers = %q, want %q", numbers, want)
	}
	if phones[1]["type"] != "text" || phones[1]["description"] != "WhatsApp" {
		t.Errorf("WhatsApp phone = %v, want type text and description WhatsApp", phones[1])
	}

	locations := readRows(t, dir, "en", "locations.csv")
	if len(rowsWhere(locations, "latitude", "-6.21942135")) != 1 {
		t.Errorf("no location with latitude -6.21942135 written intact: %v", locations)
	}
}

func TestWriteConfidentialService(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	id := serviceUUID(t, dir, "id", apitest.ConfidentialID)

	if rows := rowsWhere(readRows(t, dir, "id", "service_at_location.csv"), "service_id", id); len(rows) != 0 {
		t.Errorf("the confidential service has locations: %v", rows)
	}
	areas := rowsWhere(readRows(t, dir, "id", "service_areas.csv"), "service_id", id)
	if len(areas) != 1 || areas[0]["name"] != "DKI Jakarta, Indonesia" {
		t.Errorf("service areas = %v, want DKI Jakarta, Indonesia", areas)
	}
	if phones := rowsWhere(readRows(t, dir, "id", "phones.csv"), "service_id", id); len(phones) != 1 {
		t.Errorf("phones = %v, want the hotline", phones)
	}

	terms := readRows(t, dir, "id", "taxonomy_terms.csv")
	confidential := rowsWhere(terms, "code", "feature:confidential_address")
	if len(confidential) != 1 || confidential[0]["name"] != "Alamat dirahasiakan" {
		t.Fatalf("confidential address term = %v, want one named Alamat dirahasiakan", confidential)
	}
	attributes := rowsWhere(readRows(t, dir, "id", "attributes.csv"), "link_id", id)
	if len(rowsWhere(attributes, "taxonomy_term_id", confidential[0]["id"])) != 1 {
		t.Errorf("the confidential service has no confidential address attribute: %v", attributes)
	}
}

func TestWriteIncompleteAddress(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	id := serviceUUID(t, dir, "en", "ID-002")

	links := rowsWhere(readRows(t, dir, "en", "service_at_location.csv"), "service_id", id)
	if len(links) != 1 {
		t.Fatalf("ID-002 has %d locations, want 1", len(links))
	}
	locations := rowsWhere(readRows(t, dir, "en", "locations.csv"), "id", links[0]["location_id"])
	if len(locations) != 1 || locations[0]["description"] != "Jl. Contoh Pemuda No. 5, Semarang" {
		t.Errorf("location = %v, want the address parts in description", locations)
	}
	if rows := rowsWhere(readRows(t, dir, "en", "addresses.csv"), "location_id", links[0]["location_id"]); len(rows) != 0 {
		t.Errorf("addresses = %v, want none without a postal code", rows)
	}
}

func TestWriteLeavesOutClosedService(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	for _, lang := range directory.Languages {
		for _, r := range readRows(t, dir, lang, "services.csv") {
			if strings.Contains(r["name"], apitest.ClosedCanary) {
				t.Errorf("%s/services.csv contains the closed service", lang)
			}
		}
	}
	if n := len(readRows(t, dir, "en", "services.csv")); n != 8 {
		t.Errorf("en/services.csv has %d services, want the 8 published ones", n)
	}
}

func TestWriteLeavesOutOrganisationWithoutServices(t *testing.T) {
	d := apitest.Directory()
	for i := range d.Services {
		if d.Services[i].OrganisationID == "ORG-VN-01" {
			d.Services[i].Status = directory.StatusClosed
		}
	}
	dir := writeFixture(t, d)
	orgs := readRows(t, dir, "vi", "organizations.csv")
	if rows := rowsWhere(orgs, "name", "Trung tâm Ví dụ Bình An"); len(rows) != 0 {
		t.Errorf("organizations = %v, want none for an organisation whose services are all closed", rows)
	}
	if len(orgs) != 3 {
		t.Errorf("vi/organizations.csv has %d rows, want 3", len(orgs))
	}
}

func TestWriteTemporarilyClosedService(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	id := serviceUUID(t, dir, "ms", apitest.TemporarilyClosed)
	s := rowsWhere(readRows(t, dir, "ms", "services.csv"), "id", id)[0]
	if s["status"] != "temporarily closed" || s["alert"] != "Ditutup sementara" {
		t.Errorf("status = %q, alert = %q, want temporarily closed and Ditutup sementara", s["status"], s["alert"])
	}
}

func TestWriteSchedules(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	schedules := readRows(t, dir, "en", "schedules.csv")

	my001 := rowsWhere(schedules, "service_id", serviceUUID(t, dir, "en", "MY-001"))
	if len(my001) != 1 {
		t.Fatalf("MY-001 has %d schedules, want 1 for every day", len(my001))
	}
	want := map[string]string{
		"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU", "timezone": "8",
		"opens_at": "00:00:00", "closes_at": "23:59:59", "description": "Every day, 24 hours",
	}
	for column, value := range want {
		if my001[0][column] != value {
			t.Errorf("MY-001 %s = %q, want %q", column, my001[0][column], value)
		}
	}

	th002 := rowsWhere(schedules, "service_id", serviceUUID(t, dir, "en", "TH-002"))
	var periods []string
	for _, s := range th002 {
		periods = append(periods, s["byday"]+" "+s["opens_at"]+"-"+s["closes_at"])
	}
	if want := []string{"TU,TH 09:00:00-12:00:00", "TU,TH 13:00:00-16:00:00"}; !slices.Equal(periods, want) {
		t.Errorf("TH-002 schedules = %q, want %q", periods, want)
	}

	if rows := rowsWhere(schedules, "service_id", serviceUUID(t, dir, "en", "VN-001")); len(rows) != 0 {
		t.Errorf("VN-001 has schedules %v, but only free-text hours", rows)
	}
}

func TestWriteSchedulesNeedKnownOffset(t *testing.T) {
	d := apitest.Directory()
	d.Countries = append(d.Countries, directory.Country{Code: "AU", Name: directory.Text{"en": "Australia"}})
	d.Areas = append(d.Areas, directory.Area{Code: "AU-NSW", Country: "AU", Name: directory.Text{"en": "New South Wales"}})
	for i := range d.Services {
		if d.Services[i].ID == "TH-002" {
			d.Services[i].Country, d.Services[i].Area = "AU", "AU-NSW"
		}
	}
	dir := writeFixture(t, d)
	schedules := readRows(t, dir, "en", "schedules.csv")

	if rows := rowsWhere(schedules, "service_id", serviceUUID(t, dir, "en", "TH-002")); len(rows) != 0 {
		t.Errorf("a service in a country without a known UTC offset has schedules %v", rows)
	}
	jakarta := rowsWhere(schedules, "service_id", serviceUUID(t, dir, "en", "ID-001"))
	if len(jakarta) == 0 || jakarta[0]["timezone"] != "7" {
		t.Errorf("ID-001 schedules = %v, want timezone 7 for Jakarta", jakarta)
	}
}

func TestWriteFallsBackToEnglish(t *testing.T) {
	dir := writeFixture(t, apitest.Directory())
	id := serviceUUID(t, dir, "vi", "TH-002")
	s := rowsWhere(readRows(t, dir, "vi", "services.csv"), "id", id)[0]
	if s["name"] != "Saeng Tian Migrant Health Post" {
		t.Errorf("vi name = %q, want the English name", s["name"])
	}
	if s["fees_description"] != "Chi phí thấp" {
		t.Errorf("vi fees_description = %q, want Chi phí thấp", s["fees_description"])
	}
}

func TestWriteRejectsUnknownOrganisation(t *testing.T) {
	d := apitest.Directory()
	d.Services[0].OrganisationID = "ORG-XX"
	err := hsds.Write(t.TempDir(), d, directory.Languages)
	if err == nil || !strings.Contains(err.Error(), `"ORG-XX"`) {
		t.Errorf("err = %v, want one that names ORG-XX", err)
	}
}

func TestWriteRejectsUnknownCode(t *testing.T) {
	d := apitest.Directory()
	d.Services[0].Eligibility = append(d.Services[0].Eligibility, "everyone")
	err := hsds.Write(t.TempDir(), d, directory.Languages)
	if err == nil || !strings.Contains(err.Error(), `eligibility "everyone"`) {
		t.Errorf("err = %v, want one that names the eligibility code", err)
	}
}

func TestWriteRejectsInvalidLanguage(t *testing.T) {
	for _, lang := range []string{"", "../en", "EN"} {
		if err := hsds.Write(t.TempDir(), apitest.Directory(), []string{lang}); err == nil {
			t.Errorf("Write accepted the language %q", lang)
		}
	}
}
