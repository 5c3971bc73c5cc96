package search

import (
	"bytes"
	"compress/gzip"
	"path/filepath"
	"testing"

	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/guidance"
	"github.com/panduan/panduan/internal/workbook"
)

// indexBudget is the largest gzipped size, in bytes, that one
// language's index of the bundled sample may have. The index loads
// only on the search page, so it is kept apart from the page budget.
const indexBudget = 30_000

// repoRoot is the repository root seen from this package's folder,
// where go test runs.
const repoRoot = "../.."

// TestSampleIndexSize builds each language's index from the bundled
// sample workbook and guidance pages, logs its gzipped size (go test
// -v shows it) and fails above indexBudget. Sizes are measured at
// gzip.BestCompression, as the site's budget check measures them.
func TestSampleIndexSize(t *testing.T) {
	d, diags, err := workbook.Read(filepath.Join(repoRoot, "data", "directory.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if diags.Errors() > 0 {
		t.Fatalf("the sample workbook has errors:\n%v", diags)
	}
	for _, lang := range directory.Languages {
		guides, err := ReadGuides(filepath.Join(repoRoot, guidance.ContentDir), lang)
		if err != nil {
			t.Fatal(err)
		}
		idx := Build(d, guides, lang)
		script, err := Script(idx)
		if err != nil {
			t.Fatal(err)
		}
		size := gzipSize(t, script)
		t.Logf("%s: %d entries, %d bytes, %d bytes gzipped (budget %d)", lang, len(idx.Entries), len(script), size, indexBudget)
		if size > indexBudget {
			t.Errorf("%s: the index is %d bytes gzipped, over the budget of %d", lang, size, indexBudget)
		}
	}
}

func gzipSize(t *testing.T, data []byte) int {
	t.Helper()
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}
