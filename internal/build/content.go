package build

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/text/unicode/norm"

	"github.com/panduan/panduan/internal/config"
	"github.com/panduan/panduan/internal/guidance"
)

// contentDir is the folder, below the generated folder, that Hugo mounts
// as content: one folder per language, as content/ has.
const contentDir = "content"

// writeContent copies every guidance page of content/<lang> into the
// generated folder, normalised to Unicode NFC, so that text an editor
// saved decomposed renders the same as precomposed text. A translation
// whose English page changed since it was translated gets the front
// matter parameter "outdated: true", which the layouts show as a notice.
func writeContent(cfg *config.Config) error {
	report, err := guidance.Status(cfg.Root, cfg.Languages)
	if err != nil {
		return fmt.Errorf("failed to read the translation status: %w", err)
	}
	outdated := map[string]bool{}
	for _, l := range report.Languages {
		for _, p := range l.Pages {
			if p.State == guidance.Outdated {
				outdated[filepath.FromSlash(p.File)] = true
			}
		}
	}

	dst := filepath.Join(cfg.Path(cfg.GeneratedDir), contentDir)
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	for _, lang := range cfg.Languages {
		src := cfg.Path(filepath.Join("content", lang))
		err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, err := filepath.Rel(cfg.Root, path)
			if err != nil {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			data = norm.NFC.Bytes(data)
			if outdated[rel] {
				data = addFrontMatterLine(data, "outdated: true")
			}
			inLang, err := filepath.Rel(src, path)
			if err != nil {
				return err
			}
			target := filepath.Join(dst, lang, inLang)
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			return os.WriteFile(target, data, 0o644)
		})
		if err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	return nil
}

// addFrontMatterLine inserts line as the first entry of a page's YAML
// front matter. A page without front matter is returned unchanged.
func addFrontMatterLine(page []byte, line string) []byte {
	for _, open := range []string{"---\n", "---\r\n"} {
		if bytes.HasPrefix(page, []byte(open)) {
			var b bytes.Buffer
			b.WriteString(open)
			b.WriteString(line + "\n")
			b.Write(page[len(open):])
			return b.Bytes()
		}
	}
	return page
}
