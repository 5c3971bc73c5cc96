// Package sample holds the bundled sample directory as JSON, one file
// per pair of countries in data/, and writes it as a workbook through
// the template writer, so that data/directory.xlsx follows the template
// exactly.
//
// Every organisation, person, address and phone number in the sample is
// fictional; the phone numbers follow a visible pattern ending in 0000.
package sample

//go:generate go run ./mksample -out ../../data/directory.xlsx

import (
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"time"

	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/workbook"
)

//go:embed data/*.json
var files embed.FS

// Sample is the merged content of the JSON files.
type Sample struct {
	Content workbook.Content
	// Truncated lists, for each service or hotline that names more
	// spoken languages than the workbook has columns for, the languages
	// that are left out of the workbook.
	Truncated map[string][]string
}

// Load reads and merges the embedded JSON files in the order of their
// names.
func Load() (*Sample, error) {
	return LoadFS(files, "data")
}

// LoadFS reads and merges the *.json files of dir in fsys.
func LoadFS(fsys fs.FS, dir string) (*Sample, error) {
	names, err := fs.Glob(fsys, dir+"/*.json")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no sample files in %s", dir)
	}
	sort.Strings(names)
	m := newMerger()
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var f file
		if err := json.Unmarshal(data, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if err := m.add(name, &f); err != nil {
			return nil, err
		}
	}
	return m.sample(), nil
}

// Write writes the sample as a workbook in lang.
func (s *Sample) Write(w io.Writer, lang string) error {
	return workbook.Write(w, lang, &s.Content)
}

// Services returns the number of services in the sample.
func (s *Sample) Services() int { return len(s.Content.Directory.Services) }

// created returns the date stored as the workbook's creation time: the
// latest last_verified date, so that the file changes only when the
// data does.
func created(services []directory.Service) time.Time {
	var latest time.Time
	for _, s := range services {
		if s.LastVerified.After(latest) {
			latest = s.LastVerified
		}
	}
	return latest
}
