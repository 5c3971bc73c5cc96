package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/panduan/panduan/internal/build"
	"github.com/panduan/panduan/internal/bundle"
)

// runBundle implements
//
//	panduan bundle [--source DIR] [--out FILE.zip]
//
// It builds the file:// site, with "This copy was made on <date>" on
// every page, into a temporary folder and zips it for USB sticks.
func runBundle(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bundle", flag.ContinueOnError)
	source := fs.String("source", ".", "site root: the folder that holds hugo.toml")
	out := fs.String("out", "panduan-site.zip", "zip `FILE` to write; replaced only when the bundle succeeds")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: panduan bundle [--source DIR] [--out FILE.zip]")
		fmt.Fprintln(fs.Output(), "\nBuilds the file:// site and zips it with index.html, the language chooser, at the top.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args, stderr); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "panduan bundle: unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}
	if !strings.EqualFold(filepath.Ext(*out), ".zip") {
		fmt.Fprintf(stderr, "panduan bundle: invalid --out %s: the file name must end in .zip\n", *out)
		return errUsage
	}

	tmp, err := os.MkdirTemp("", "panduan-bundle-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	now := time.Now()
	res, err := build.Run(ctx, build.Options{
		Source:  *source,
		Out:     filepath.Join(tmp, "site"),
		Hugo:    runHugo,
		Now:     now,
		Variant: build.Bundle,
		Stdout:  io.Discard,
		Stderr:  stderr,
	})
	if res != nil {
		res.Diagnostics.Print(stderr)
	}
	if errors.Is(err, build.ErrInvalidInput) {
		fmt.Fprintf(stderr, "panduan bundle: %s; %s was left unchanged\n",
			counts(res.Diagnostics.Errors(), res.Diagnostics.Warnings()), *out)
		return errSilent
	}
	if err != nil {
		return fmt.Errorf("%w; %s was left unchanged", err, *out)
	}

	zipped, err := bundle.Write(*out, filepath.Join(tmp, "site"), now)
	if err != nil {
		return fmt.Errorf("%w; %s was left unchanged", err, *out)
	}
	printSummary(stdout, res)
	fmt.Fprintf(stdout, "wrote %s (%d files, %.1f MB) in %s\n", *out, zipped.Files,
		float64(zipped.Size)/1e6, time.Since(now).Round(10*time.Millisecond))
	return nil
}
