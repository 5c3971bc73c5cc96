package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/panduan/panduan/internal/build"
	"github.com/panduan/panduan/internal/hugorun"
)

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	source := fs.String("source", ".", "site root: the folder that holds hugo.toml")
	out := fs.String("out", "public", "folder that receives the site; replaced only when the build succeeds")
	baseURL := fs.String("base-url", "", "build the hosted site for this absolute `URL`, e.g. https://example.org/panduan/: folder URLs, canonical links, sitemaps, 404 pages and _headers (default: the file:// site)")
	if err := parseFlags(fs, args, stderr); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "panduan build: unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}

	opts := build.Options{
		Source: *source,
		Out:    *out,
		Hugo:   runHugo,
		Stdout: io.Discard,
		Stderr: stderr,
	}
	if *baseURL != "" {
		base, err := build.NormalizeBaseURL(*baseURL)
		if err != nil {
			fmt.Fprintf(stderr, "panduan build: %v\n", err)
			return errUsage
		}
		opts.Variant = build.Hosted
		opts.BaseURL = base
	}
	res, err := build.Run(ctx, opts)
	if res != nil {
		res.Diagnostics.Print(stderr)
	}
	if errors.Is(err, build.ErrInvalidInput) {
		fmt.Fprintf(stderr, "panduan build: %s; %s was left unchanged\n",
			counts(res.Diagnostics.Errors(), res.Diagnostics.Warnings()), *out)
		return errSilent
	}
	if err != nil {
		return fmt.Errorf("%w; %s was left unchanged", err, *out)
	}

	printSummary(stdout, res)
	if *baseURL != "" {
		fmt.Fprintf(stdout, "built %s for %s in %s\n", *out, opts.BaseURL, res.Elapsed.Round(10*time.Millisecond))
	} else {
		fmt.Fprintf(stdout, "built %s in %s\n", *out, res.Elapsed.Round(10*time.Millisecond))
	}
	return nil
}

// printSummary prints the services, pages and warnings of a build.
func printSummary(stdout io.Writer, res *build.Result) {
	var pages []string
	for _, p := range res.Pages {
		pages = append(pages, fmt.Sprintf("%s %d", p.Lang, p.Pages))
	}
	fmt.Fprintf(stdout, "services: %d published\n", res.Services)
	fmt.Fprintf(stdout, "pages:    %s\n", strings.Join(pages, ", "))
	fmt.Fprintf(stdout, "warnings: %d\n", res.Diagnostics.Warnings())
}

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	source := fs.String("source", ".", "site root: the folder that holds hugo.toml")
	if err := parseFlags(fs, args, stderr); err != nil {
		return err
	}

	in, err := build.Check(ctx, *source)
	if err != nil {
		return err
	}
	in.Diagnostics.Print(stderr)
	fmt.Fprintln(stdout, counts(in.Diagnostics.Errors(), in.Diagnostics.Warnings()))
	if in.Diagnostics.Errors() > 0 {
		return errSilent
	}
	return nil
}

func runHugo(ctx context.Context, dir string, args []string, stdout, stderr io.Writer) error {
	return hugorun.Run(ctx, hugorun.Command{Args: args, Dir: dir, Stdout: stdout, Stderr: stderr})
}

// counts formats "1 error, 3 warnings".
func counts(errors, warnings int) string {
	return plural(errors, "error") + ", " + plural(warnings, "warning")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
