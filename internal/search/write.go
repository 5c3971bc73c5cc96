package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/panduan/panduan/internal/directory"
)

// IndexFile is the index's path relative to a language's folder. It
// lies under a search/ folder because the site's script budget leaves
// out files there: they load only on the search page.
const IndexFile = "search/index.js"

// Variable is the global that an index file sets.
const Variable = "panduanSearch"

// langPattern accepts the language codes that may name a folder.
var langPattern = regexp.MustCompile(`^[a-z]{2,3}$`)

// Write writes dir/<lang>/search/index.js for each language, built from
// the published services of d and the guidance pages under
// contentDir/<lang>. dir is the folder that Hugo copies into the site
// as static files. Write first removes each language's dir/<lang>/search
// folder, so that no file of an earlier build lingers there.
func Write(dir, contentDir string, d *directory.Directory, langs []string) error {
	for _, lang := range langs {
		if !langPattern.MatchString(lang) {
			return fmt.Errorf("invalid language code %q: expected two or three lower-case letters", lang)
		}
	}
	for _, lang := range langs {
		guides, err := ReadGuides(contentDir, lang)
		if err != nil {
			return fmt.Errorf("failed to read the %s guidance pages: %w", lang, err)
		}
		script, err := Script(Build(d, guides, lang))
		if err != nil {
			return err
		}
		path := filepath.Join(dir, lang, filepath.FromSlash(IndexFile))
		if err := os.RemoveAll(filepath.Dir(path)); err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, script, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Script returns the index as a classic script that assigns it to
// window.panduanSearch. The JSON is not HTML-escaped, because the file
// is never inlined in a page. encoding/json escapes U+2028 and U+2029,
// which JavaScript before ES2019 rejects in a string literal.
func Script(idx *Index) ([]byte, error) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "// Search index of the %s site, written by panduan build.\nwindow.%s = ", idx.Lang, Variable)
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(idx); err != nil {
		return nil, fmt.Errorf("failed to encode the %s search index: %w", idx.Lang, err)
	}
	// Encode ends the value with a newline; the statement ends with ";".
	buf.Truncate(buf.Len() - 1)
	buf.WriteString(";\n")
	return buf.Bytes(), nil
}
