package sample

import (
	"fmt"
	"reflect"

	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/workbook"
)

// merger merges sample files. Countries, areas and types may appear in
// several files if they are identical; organisation, service and
// hotline entries are appended.
type merger struct {
	dir       directory.Directory
	internal  map[string]workbook.Internal
	truncated map[string][]string
	origin    map[string]string // "kind:code" to the file that defined it
}

func newMerger() *merger {
	return &merger{
		internal:  map[string]workbook.Internal{},
		truncated: map[string][]string{},
		origin:    map[string]string{},
	}
}

func (m *merger) add(name string, f *file) error {
	steps := []func(string, *file) error{
		m.addCountries, m.addAreas, m.addTypes, m.addOrganisations, m.addHotlines, m.addServices,
	}
	for _, step := range steps {
		if err := step(name, f); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// appendUnique appends v to list unless an entry with the same code is
// there already, which must then equal v.
func appendUnique[T any](m *merger, name, kind string, list *[]T, v T, code func(T) string) error {
	for _, prev := range *list {
		if code(prev) != code(v) {
			continue
		}
		if !reflect.DeepEqual(prev, v) {
			return fmt.Errorf("%s %s differs from its definition in %s", kind, code(v), m.origin[kind+":"+code(v)])
		}
		return nil
	}
	m.origin[kind+":"+code(v)] = name
	*list = append(*list, v)
	return nil
}

func (m *merger) addCountries(name string, f *file) error {
	for _, o := range f.Countries {
		c, err := readCountry(o)
		if err != nil {
			return err
		}
		if err := appendUnique(m, name, "country", &m.dir.Countries, c, func(c directory.Country) string { return c.Code }); err != nil {
			return err
		}
	}
	return nil
}

func (m *merger) addAreas(name string, f *file) error {
	for _, o := range f.Areas {
		a, err := readArea(o)
		if err != nil {
			return err
		}
		if err := appendUnique(m, name, "area", &m.dir.Areas, a, func(a directory.Area) string { return a.Code }); err != nil {
			return err
		}
	}
	return nil
}

func (m *merger) addTypes(name string, f *file) error {
	for _, o := range f.Types {
		t, err := readType(o)
		if err != nil {
			return err
		}
		if err := appendUnique(m, name, "type", &m.dir.Types, t, func(t directory.Type) string { return t.Code }); err != nil {
			return err
		}
	}
	return nil
}

func (m *merger) addOrganisations(name string, f *file) error {
	for _, o := range f.Organisations {
		org, err := readOrganisation(o)
		if err != nil {
			return err
		}
		m.dir.Organisations = append(m.dir.Organisations, org)
	}
	return nil
}

func (m *merger) addHotlines(name string, f *file) error {
	for _, o := range f.Hotlines {
		h, err := readHotline(o)
		if err != nil {
			return err
		}
		h.Languages = m.fit("hotline "+h.Country, h.Languages, workbook.HotlineLanguageColumns)
		m.dir.Hotlines = append(m.dir.Hotlines, h)
	}
	return nil
}

func (m *merger) addServices(name string, f *file) error {
	for _, o := range f.Services {
		s, in, err := readService(o)
		if err != nil {
			return err
		}
		s.Languages = m.fit("service "+s.ID, s.Languages, workbook.ServiceLanguageColumns)
		m.dir.Services = append(m.dir.Services, s)
		if in != (workbook.Internal{}) {
			m.internal[s.ID] = in
		}
	}
	return nil
}

// fit returns the first n languages, recording the rest as truncated.
func (m *merger) fit(owner string, langs []string, n int) []string {
	if len(langs) <= n {
		return langs
	}
	m.truncated[owner] = langs[n:]
	return langs[:n]
}

func (m *merger) sample() *Sample {
	dir := m.dir
	return &Sample{
		Content: workbook.Content{
			Directory: &dir,
			Internal:  m.internal,
			Created:   created(dir.Services),
		},
		Truncated: m.truncated,
	}
}
