// Package config reads panduan's settings from the site's Hugo
// configuration file, so that the product and Hugo share one file: the
// product's own settings live under [params.panduan].
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/pelletier/go-toml/v2"
)

// FileName is the configuration file at the site root.
const FileName = "hugo.toml"

// Config holds the settings the preprocessor needs. Paths are relative
// to Root unless they are absolute.
type Config struct {
	// Root is the site root, the folder that holds FileName.
	Root string
	// Workbook is the Directory of Services workbook.
	Workbook string
	// GeneratedDir receives every file the build generates for Hugo.
	GeneratedDir string
	// QuickExitURL is the destination of the quick-exit button.
	QuickExitURL string
	// SampleNotice shows the "sample data, not real services" notice.
	SampleNotice bool
	// ReportMistake is the mailto: or https: link for corrections.
	ReportMistake string
	// Inputs are doublestar glob patterns of the files a build reads.
	Inputs []string
	// Languages are the site's language codes, the default first, then
	// by weight.
	Languages []string
	// Titles is the site title per language.
	Titles map[string]string
}

type file struct {
	DefaultContentLanguage string `toml:"defaultContentLanguage"`
	Title                  string `toml:"title"`
	Languages              map[string]struct {
		Title  string `toml:"title"`
		Weight int    `toml:"weight"`
	} `toml:"languages"`
	Params struct {
		Panduan struct {
			Workbook      string   `toml:"workbook"`
			GeneratedDir  string   `toml:"generatedDir"`
			QuickExitURL  string   `toml:"quickExitURL"`
			SampleNotice  bool     `toml:"sampleNotice"`
			ReportMistake string   `toml:"reportMistake"`
			Inputs        []string `toml:"inputs"`
		} `toml:"panduan"`
	} `toml:"params"`
}

// Load reads FileName in root.
func Load(root string) (*Config, error) {
	path := filepath.Join(root, FileName)
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no %s in %s: --source must name the site root", FileName, root)
		}
		return nil, err
	}

	var f file
	if err := toml.Unmarshal(data, &f); err != nil {
		var derr *toml.DecodeError
		if errors.As(err, &derr) {
			row, col := derr.Position()
			return nil, fmt.Errorf("%s:%d:%d: %s", path, row, col, derr.Error())
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}

	p := f.Params.Panduan
	c := &Config{
		Root:          root,
		Workbook:      p.Workbook,
		GeneratedDir:  p.GeneratedDir,
		QuickExitURL:  p.QuickExitURL,
		SampleNotice:  p.SampleNotice,
		ReportMistake: p.ReportMistake,
		Inputs:        p.Inputs,
		Titles:        map[string]string{},
	}
	if c.Workbook == "" {
		return nil, fmt.Errorf("%s: params.panduan.workbook is missing; set it to the workbook's path, e.g. \"data/directory.xlsx\"", path)
	}
	if c.GeneratedDir == "" {
		c.GeneratedDir = "generated"
	}

	for code, l := range f.Languages {
		c.Languages = append(c.Languages, code)
		c.Titles[code] = l.Title
		if c.Titles[code] == "" {
			c.Titles[code] = f.Title
		}
	}
	def := f.DefaultContentLanguage
	if def == "" {
		def = "en"
	}
	sort.SliceStable(c.Languages, func(i, j int) bool {
		a, b := c.Languages[i], c.Languages[j]
		if (a == def) != (b == def) {
			return a == def
		}
		wa, wb := f.Languages[a].Weight, f.Languages[b].Weight
		if wa != wb {
			return wa < wb
		}
		return a < b
	})
	if len(c.Languages) == 0 {
		return nil, fmt.Errorf("%s: no [languages] defined", path)
	}
	if !slices.Contains(c.Languages, def) {
		return nil, fmt.Errorf("%s: defaultContentLanguage %q is not among [languages]", path, def)
	}
	return c, nil
}

// Path returns p resolved against the site root.
func (c *Config) Path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.Root, p)
}
