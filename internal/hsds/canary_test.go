package hsds_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/panduan/panduan/internal/api"
	"github.com/panduan/panduan/internal/api/apitest"
	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/hsds"
)

// TestExportsNeverPublishConfidentialData writes the JSON API and the HSDS
// export of the fixture and searches every written file for canary
// strings. The confidential service carries them in its street, postal
// code, city and coordinates, and the closed service in its texts.
func TestExportsNeverPublishConfidentialData(t *testing.T) {
	dir := t.TempDir()
	d := apitest.Directory()
	if err := api.Write(dir, d, directory.Languages, time.Date(2026, time.August, 15, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if err := hsds.Write(dir, d, directory.Languages); err != nil {
		t.Fatal(err)
	}

	contents := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		contents[filepath.ToSlash(rel)] = string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// found returns the written files under prefix that contain s.
	found := func(prefix, s string) []string {
		var files []string
		for name, content := range contents {
			if strings.HasPrefix(name, prefix) && strings.Contains(content, s) {
				files = append(files, name)
			}
		}
		slices.Sort(files)
		return files
	}

	exports := []string{"api/v1/", "api/hsds/"}
	for _, prefix := range exports {
		n := len(found(prefix, ""))
		if n == 0 {
			t.Fatalf("no files written under %s", prefix)
		}
		t.Logf("searched %d files under %s", n, prefix)
	}

	forbidden := map[string]string{
		"confidential street":      apitest.CanaryStreet,
		"confidential postal code": apitest.CanaryPostalCode,
		"confidential city":        apitest.CanaryCity,
		"confidential latitude":    apitest.CanaryLatDigits,
		"confidential longitude":   apitest.CanaryLonDigits,
		"closed service":           apitest.ClosedCanary,
	}
	for field, canary := range forbidden {
		if files := found("", canary); len(files) > 0 {
			t.Errorf("the %s (%s) was published in %q", field, canary, files)
		}
	}

	// Positive controls: the same kind of strings in public fields must be
	// found, or the search above proves nothing.
	public := map[string]string{
		"public description": apitest.PublicCanary,
		"public latitude":    apitest.PublicLatDigits,
		"public longitude":   apitest.PublicLonDigits,
	}
	for field, canary := range public {
		for _, prefix := range exports {
			if len(found(prefix, canary)) == 0 {
				t.Errorf("the %s (%s) is missing from every file under %s", field, canary, prefix)
			}
		}
	}
}
