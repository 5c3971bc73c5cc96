package validate_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/panduan/panduan/internal/hsds"
	"github.com/panduan/panduan/internal/hsds/validate"
)

const (
	orgID      = "0b6e1c52-3d1f-4a51-9f0e-1f2a3b4c5d6e"
	serviceID  = "7d1f2e3a-4b5c-4d6e-8f70-8192a3b4c5d6"
	phoneID    = "c3d4e5f6-a7b8-4c9d-8e0f-112233445566"
	scheduleID = "e5f60718-293a-4b4c-9d5e-6f7081920a1b"
	unknownID  = "99999999-9999-4999-8999-999999999999"
)

func officialSpec(t *testing.T) *validate.Spec {
	t.Helper()
	spec, err := validate.ParseSpec(hsds.OfficialDescriptor())
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

// validFiles returns a small package that the specification accepts: an
// organisation, a service, its phone and its schedule.
func validFiles() map[string]string {
	return map[string]string{
		"organizations.csv": "id,name,description\n" +
			orgID + ",Example Org,Runs services\n",
		"services.csv": "id,organization_id,name,status,assured_date,minimum_age,last_modified\n" +
			serviceID + "," + orgID + ",Example Shelter,active,2026-03-02,18,2026-03-02T03:00:00Z\n",
		"phones.csv": "id,service_id,number,type\n" +
			phoneID + "," + serviceID + ",+622150000000,voice\n",
		"schedules.csv": "id,service_id,freq,byday,opens_at,closes_at,timezone\n" +
			scheduleID + "," + serviceID + ",WEEKLY,\"MO,TU\",08:00:00,16:00:00,7\n",
	}
}

// writePackage writes files and a datapackage.json that lists the
// resources by name, with the specification's fields.
func writePackage(t *testing.T, spec *validate.Spec, files map[string]string, resources []string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	type field struct {
		Name string `json:"name"`
	}
	type resource struct {
		Name   string `json:"name"`
		Path   string `json:"path"`
		Schema struct {
			Fields []field `json:"fields"`
		} `json:"schema"`
	}
	var pkg struct {
		Resources []resource `json:"resources"`
	}
	for _, name := range resources {
		r := resource{Name: name, Path: name + ".csv"}
		if sr := spec.Resource(name); sr != nil {
			r.Path = sr.Path
			for _, f := range sr.Fields {
				r.Schema.Fields = append(r.Schema.Fields, field{Name: f.Name})
			}
		}
		pkg.Resources = append(pkg.Resources, r)
	}
	data, err := json.Marshal(pkg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "datapackage.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

var validResources = []string{"organization", "service", "phone", "schedule"}

func TestPackageAcceptsValidFixture(t *testing.T) {
	spec := officialSpec(t)
	dir := writePackage(t, spec, validFiles(), validResources)
	problems, err := validate.Package(dir, spec)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("unexpected problem: %s", p)
	}
}

func TestPackageRejectsBrokenFixtures(t *testing.T) {
	spec := officialSpec(t)
	tests := []struct {
		name      string
		file      string
		content   string
		resources []string
		want      string
	}{
		{
			name: "unknown column",
			file: "organizations.csv",
			content: "id,name,description,internal_notes\n" +
				orgID + ",Example Org,Runs services,ask for the director\n",
			want: "organizations.csv:1: internal_notes: unknown column",
		},
		{
			name: "missing required value",
			file: "services.csv",
			content: "id,organization_id,name,status\n" +
				serviceID + "," + orgID + ",,active\n",
			want: "services.csv:2: name: missing required value",
		},
		{
			name: "missing required column",
			file: "services.csv",
			content: "id,organization_id,name\n" +
				serviceID + "," + orgID + ",Example Shelter\n",
			want: "services.csv:1: status: missing required column",
		},
		{
			name: "bad uuid",
			file: "phones.csv",
			content: "id,service_id,number\n" +
				"phone-1," + serviceID + ",+622150000000\n",
			want: `phones.csv:2: id: "phone-1" is not a UUID`,
		},
		{
			name: "bad enum",
			file: "services.csv",
			content: "id,organization_id,name,status\n" +
				serviceID + "," + orgID + ",Example Shelter,open\n",
			want: `services.csv:2: status: "open" is not one of the allowed values`,
		},
		{
			name: "dangling foreign key",
			file: "phones.csv",
			content: "id,service_id,number\n" +
				phoneID + "," + unknownID + ",+622150000000\n",
			want: "phones.csv:2: service_id: \"" + unknownID + "\" does not match any service.id",
		},
		{
			name: "foreign key to absent table",
			file: "phones.csv",
			content: "id,service_id,contact_id,number\n" +
				phoneID + "," + serviceID + "," + unknownID + ",+622150000000\n",
			want: "phones.csv:2: contact_id: \"" + unknownID + "\" refers to the contact table, which the package does not contain",
		},
		{
			name: "duplicate primary key",
			file: "services.csv",
			content: "id,organization_id,name,status\n" +
				serviceID + "," + orgID + ",Example Shelter,active\n" +
				serviceID + "," + orgID + ",Example Clinic,active\n",
			want: `services.csv:3: id: duplicate value "` + serviceID + `", first on line 2`,
		},
		{
			name: "bad date",
			file: "services.csv",
			content: "id,organization_id,name,status,assured_date\n" +
				serviceID + "," + orgID + ",Example Shelter,active,02/03/2026\n",
			want: `services.csv:2: assured_date: "02/03/2026" is not a date`,
		},
		{
			name: "bad number",
			file: "services.csv",
			content: "id,organization_id,name,status,minimum_age\n" +
				serviceID + "," + orgID + ",Example Shelter,active,eighteen\n",
			want: `services.csv:2: minimum_age: "eighteen" is not a number`,
		},
		{
			name: "bad time",
			file: "schedules.csv",
			content: "id,service_id,opens_at\n" +
				scheduleID + "," + serviceID + ",8am\n",
			want: `schedules.csv:2: opens_at: "8am" is not a time`,
		},
		{
			name: "time with offset",
			file: "schedules.csv",
			content: "id,service_id,opens_at\n" +
				scheduleID + "," + serviceID + ",08:00:00+07:00\n",
			want: `schedules.csv:2: opens_at: "08:00:00+07:00" is not a time`,
		},
		{
			name: "datetime with offset",
			file: "services.csv",
			content: "id,organization_id,name,status,last_modified\n" +
				serviceID + "," + orgID + ",Example Shelter,active,2026-03-02T10:00:00+07:00\n",
			want: `services.csv:2: last_modified: "2026-03-02T10:00:00+07:00" is not a date and time`,
		},
		{
			name: "hour 24",
			file: "schedules.csv",
			content: "id,service_id,closes_at\n" +
				scheduleID + "," + serviceID + ",24:00:00\n",
			want: `schedules.csv:2: closes_at: "24:00:00" is not a time`,
		},
		{
			name: "bad email",
			file: "services.csv",
			content: "id,organization_id,name,status,email\n" +
				serviceID + "," + orgID + ",Example Shelter,active,help at example.org\n",
			want: `services.csv:2: email: "help at example.org" is not an email address`,
		},
		{
			name: "bad uri",
			file: "services.csv",
			content: "id,organization_id,name,status,url\n" +
				serviceID + "," + orgID + ",Example Shelter,active,www.example.org\n",
			want: `services.csv:2: url: "www.example.org" is not an absolute URI`,
		},
		{
			name:    "unlisted file",
			file:    "notes.csv",
			content: "id\n1\n",
			want:    "notes.csv: the file is not listed in datapackage.json",
		},
		{
			name:      "unknown resource",
			resources: append([]string{"volunteer"}, validResources...),
			want:      `datapackage.json: resource "volunteer" is not defined by the specification`,
		},
		{
			name:      "listed file missing",
			resources: append([]string{"language"}, validResources...),
			want:      "languages.csv: open",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := validFiles()
			if tt.file != "" {
				files[tt.file] = tt.content
			}
			resources := tt.resources
			if resources == nil {
				resources = validResources
			}
			dir := writePackage(t, spec, files, resources)

			problems, err := validate.Package(dir, spec)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			found := false
			for _, p := range problems {
				got = append(got, p.String())
				found = found || strings.HasPrefix(p.String(), tt.want)
			}
			if !found {
				t.Errorf("no problem starting with %q; got %q", tt.want, got)
			}
		})
	}
}

func TestPackageRejectsChangedSchema(t *testing.T) {
	spec := officialSpec(t)
	dir := writePackage(t, spec, validFiles(), validResources)
	path := filepath.Join(dir, "datapackage.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(data), `{"name":"tax_status"},`, "", 1)
	if changed == string(data) {
		t.Fatal("the fixture descriptor has no tax_status field to remove")
	}
	if err := os.WriteFile(path, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}

	problems, err := validate.Package(dir, spec)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].String(), "resource organization lists the fields") {
		t.Errorf("problems = %v, want one about organization's fields", problems)
	}
}

func TestParseSpecRejectsUnsupportedType(t *testing.T) {
	descriptor := `{"resources":[{"name":"place","path":"places.csv","schema":{"fields":[{"name":"where","type":"geopoint"}]}}]}`
	if _, err := validate.ParseSpec([]byte(descriptor)); err == nil {
		t.Error("ParseSpec accepted a geopoint field, which the validator cannot check")
	}
}
