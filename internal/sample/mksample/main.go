// Command mksample writes the bundled sample workbook from the JSON
// files of internal/sample/data.
//
// Usage, from the repository root:
//
//	go run ./internal/sample/mksample [-out data/directory.xlsx] [-lang en]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/panduan/panduan/internal/sample"
)

func main() {
	out := flag.String("out", filepath.Join("data", "directory.xlsx"), "workbook file to write")
	lang := flag.String("lang", "en", "language of the workbook's sheet names, headers and dropdowns")
	flag.Parse()
	if err := run(*out, *lang); err != nil {
		fmt.Fprintln(os.Stderr, "mksample:", err)
		os.Exit(1)
	}
}

func run(out, lang string) error {
	s, err := sample.Load()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := s.Write(&buf, lang); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	reportTruncated(s.Truncated)
	fmt.Printf("wrote %s: %d services\n", out, s.Services())
	return nil
}

// reportTruncated lists the spoken languages that did not fit the
// workbook's language columns.
func reportTruncated(truncated map[string][]string) {
	names := make([]string, 0, len(truncated))
	for name := range truncated {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(os.Stderr, "mksample: %s: languages %s do not fit the workbook's language columns and are left out\n",
			name, strings.Join(truncated[name], ", "))
	}
}
