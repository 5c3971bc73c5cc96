package guidance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/panduan/panduan/internal/diag"
)

// writeSite writes files (slash-separated path → content) under a new
// temporary site root and returns the root.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		writeFile(t, root, name, content)
	}
	return root
}

func writeFile(t *testing.T, root, name, content string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readSiteFile(t *testing.T, root, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// checkSite runs Check over en and the given languages and fails the
// test on an I/O error.
func checkSite(t *testing.T, root string, langs ...string) diag.List {
	t.Helper()
	list, err := Check(root, append([]string{"en"}, langs...))
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	return list
}

// withCode returns the diagnostics that have code.
func withCode(list diag.List, code string) diag.List {
	var out diag.List
	for _, d := range list {
		if d.Code == code {
			out = append(out, d)
		}
	}
	return out
}

// dump formats a list for failure messages.
func dump(list diag.List) string {
	var b strings.Builder
	for _, d := range list {
		b.WriteString("\n\t" + d.String())
	}
	if b.Len() == 0 {
		return " (none)"
	}
	return b.String()
}
