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
	if err := parseFlags(fs, args, stderr); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "panduan build: unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}

	res, err := build.Run(ctx, build.Options{
		Source: *source,
		Out:    *out,
		Hugo:   runHugo,
		Stdout: io.Discard,
		Stderr: stderr,
	})
	if res != nil {
		res.Diagnostics.Print(stderr)
	}
	if errors.Is(err, build.ErrInvalidInput) {
		fmt.Fprintf(stderr, "panduan build: %d errors, %d warnings; %s was left unchanged\n",
			res.Diagnostics.Errors(), res.Diagnostics.Warnings(), *out)
		return errSilent
	}
	if err != nil {
		return fmt.Errorf("%w; %s was left unchanged", err, *out)
	}

	var pages []string
	for _, p := range res.Pages {
		pages = append(pages, fmt.Sprintf("%s %d", p.Lang, p.Pages))
	}
	fmt.Fprintf(stdout, "services: %d published\n", res.Services)
	fmt.Fprintf(stdout, "pages:    %s\n", strings.Join(pages, ", "))
	fmt.Fprintf(stdout, "warnings: %d\n", res.Diagnostics.Warnings())
	fmt.Fprintf(stdout, "built %s in %s\n", *out, res.Elapsed.Round(10*time.Millisecond))
	return nil
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
	fmt.Fprintf(stdout, "%d errors, %d warnings\n", in.Diagnostics.Errors(), in.Diagnostics.Warnings())
	if in.Diagnostics.Errors() > 0 {
		return errSilent
	}
	return nil
}

func runHugo(ctx context.Context, dir string, args []string, stdout, stderr io.Writer) error {
	return hugorun.Run(ctx, hugorun.Command{Args: args, Dir: dir, Stdout: stdout, Stderr: stderr})
}
