package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/workbook"
)

func runTemplate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	lang := fs.String("lang", "en", "language of the sheet names, headers, comments and dropdowns: "+strings.Join(directory.Languages, ", "))
	force := fs.Bool("force", false, "replace FILE if it exists")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: panduan template [--lang xx] [--force] FILE.xlsx")
		fmt.Fprintln(fs.Output(), "\nWrites an empty directory workbook with instructions, header comments and dropdowns.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args, stderr); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "panduan template: expected one FILE.xlsx argument")
		fs.Usage()
		return errUsage
	}
	path := fs.Arg(0)
	if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return fmt.Errorf("invalid file name %s: a workbook file name ends in .xlsx", path)
	}
	if _, err := os.Stat(path); err == nil && !*force {
		return fmt.Errorf("%s already exists; use --force to replace it", path)
	}

	var buf bytes.Buffer
	if err := workbook.WriteTemplate(&buf, *lang); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%s)\n", path, *lang)
	return nil
}
