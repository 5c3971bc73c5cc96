package browsertest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/panduan/panduan/internal/config"
)

// Kind is the kind of a page of the site, named after the template
// that renders it.
type Kind string

// The page kinds that Pages returns.
const (
	KindChooser             Kind = "language chooser"
	KindHome                Kind = "home"
	KindGuideList           Kind = "guidance list"
	KindGuide               Kind = "guidance page"
	KindDirectory           Kind = "directory home"
	KindCountry             Kind = "country"
	KindArea                Kind = "area"
	KindTypeList            Kind = "type list"
	KindType                Kind = "type"
	KindService             Kind = "service"
	KindServiceConfidential Kind = "confidential service"
	KindServiceClosed       Kind = "temporarily closed service"
	KindPrint               Kind = "printable directory"
)

// Page is one page of a built site.
type Page struct {
	Kind Kind
	// Lang is the language code, empty for the language chooser.
	Lang string
	// Path is the file's path relative to the site root, with forward
	// slashes, for example "en/directory/index.html".
	Path string
}

func (p Page) String() string {
	if p.Lang == "" {
		return fmt.Sprintf("%s (%s)", p.Path, p.Kind)
	}
	return fmt.Sprintf("%s (%s, %s)", p.Path, p.Kind, p.Lang)
}

// siteData is the part of generated/data/panduan/<lang>.json that Pages
// reads to find the directory's pages.
type siteData struct {
	Services []struct {
		ID                string `json:"id"`
		Slug              string `json:"slug"`
		CountrySlug       string `json:"country_slug"`
		AreaSlug          string `json:"area_slug"`
		Confidential      bool   `json:"confidential"`
		TemporarilyClosed bool   `json:"temporarily_closed"`
		Geo               *struct {
			GeoURI string `json:"geo_uri"`
		} `json:"geo"`
		Types []struct {
			Slug string `json:"slug"`
		} `json:"types"`
	} `json:"services"`
}

// Pages returns one page of every kind in every language of the site
// that was built from the site root src into out. The language chooser
// comes first. Then for each language come its home, guidance list,
// first guidance page, directory home, and the country, area and type
// of a normal service. The type list follows, then three services: a
// normal one (with a public address and a map link), a confidential one
// and a temporarily closed one. A printable directory page (a path under
// a print/ folder) comes last when the site has one.
//
// The directory pages come from the data that the build wrote for Hugo
// into the generated folder, so that the choice does not depend on the
// templates' markup. Pages fails when a kind is missing or its file does
// not exist, so that a test cannot pass by checking fewer pages.
func Pages(src, out string) ([]Page, error) {
	cfg, err := config.Load(src)
	if err != nil {
		return nil, err
	}
	pages := []Page{{Kind: KindChooser, Path: "index.html"}}
	for _, lang := range cfg.Languages {
		more, err := languagePages(cfg, out, lang)
		if err != nil {
			return nil, err
		}
		pages = append(pages, more...)
	}
	for _, p := range pages {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(p.Path))); err != nil {
			return nil, fmt.Errorf("page %s: %w", p, err)
		}
	}
	return pages, nil
}

func languagePages(cfg *config.Config, out, lang string) ([]Page, error) {
	dataPath := filepath.Join(cfg.Path(cfg.GeneratedDir), "data", "panduan", lang+".json")
	raw, err := os.ReadFile(dataPath)
	if err != nil {
		return nil, fmt.Errorf("failed to read the site data: %w", err)
	}
	var data siteData
	if err := json.Unmarshal(raw, &data); err != nil {
		return nil, fmt.Errorf("%s: %w", dataPath, err)
	}
	services := data.Services
	sort.Slice(services, func(i, j int) bool { return services[i].ID < services[j].ID })

	normal, confidential, closed := -1, -1, -1
	for i, s := range services {
		switch {
		case s.TemporarilyClosed:
			if closed < 0 {
				closed = i
			}
		case s.Confidential:
			if confidential < 0 {
				confidential = i
			}
		case s.Geo != nil && len(s.Types) > 0:
			if normal < 0 {
				normal = i
			}
		}
	}
	if normal < 0 || confidential < 0 || closed < 0 {
		return nil, fmt.Errorf("%s: the sample needs a normal service with a map link, a confidential one and a temporarily closed one", dataPath)
	}
	servicePath := func(i int) string {
		s := services[i]
		return path.Join(lang, "directory", s.CountrySlug, s.AreaSlug, s.Slug+".html")
	}
	n := services[normal]

	guide, err := firstPage(out, path.Join(lang, "guide"))
	if err != nil {
		return nil, err
	}
	pages := []Page{
		{KindHome, lang, path.Join(lang, "index.html")},
		{KindGuideList, lang, path.Join(lang, "guide", "index.html")},
		{KindGuide, lang, guide},
		{KindDirectory, lang, path.Join(lang, "directory", "index.html")},
		{KindCountry, lang, path.Join(lang, "directory", n.CountrySlug, "index.html")},
		{KindArea, lang, path.Join(lang, "directory", n.CountrySlug, n.AreaSlug, "index.html")},
		{KindTypeList, lang, path.Join(lang, "directory", "types", "index.html")},
		{KindType, lang, path.Join(lang, "directory", "types", n.Types[0].Slug+".html")},
		{KindService, lang, servicePath(normal)},
		{KindServiceConfidential, lang, servicePath(confidential)},
		{KindServiceClosed, lang, servicePath(closed)},
	}
	if p, ok, err := printPage(out, lang); err != nil {
		return nil, err
	} else if ok {
		pages = append(pages, Page{KindPrint, lang, p})
	}
	return pages, nil
}

// firstPage returns the first HTML file of dir, in name order, other
// than index.html.
func firstPage(out, dir string) (string, error) {
	entries, err := os.ReadDir(filepath.Join(out, filepath.FromSlash(dir)))
	if err != nil {
		return "", err
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".html") && e.Name() != "index.html" {
			return path.Join(dir, e.Name()), nil
		}
	}
	return "", fmt.Errorf("%s has no page other than index.html", dir)
}

// printPage returns the first HTML file, in walk order, under a print/
// folder of the language's directory.
func printPage(out, lang string) (string, bool, error) {
	root := filepath.Join(out, lang)
	var found string
	errFound := errors.New("found")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".html") {
			return nil
		}
		rel, err := filepath.Rel(out, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if strings.Contains("/"+rel, "/print/") {
			found = rel
			return errFound
		}
		return nil
	})
	if errors.Is(err, errFound) {
		return found, true, nil
	}
	return "", false, err
}
