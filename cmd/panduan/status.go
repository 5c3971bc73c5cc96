package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/panduan/panduan/internal/config"
	"github.com/panduan/panduan/internal/guidance"
)

// runStatus implements
//
//	panduan status [--source DIR] [--lang xx] [--format text|json] [--diff] [--mark-current FILE]
//
// It reports the translation status of every translation language, or
// with --mark-current records one translated page as current.
func runStatus(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	source := fs.String("source", ".", "site root: the folder that holds hugo.toml")
	lang := fs.String("lang", "", "report only this language code, e.g. th (default: every translation)")
	format := fs.String("format", "text", "output format: text, or json (the format docs/translating.md describes)")
	diff := fs.Bool("diff", false, "after the table, show how each outdated page's English text changed (text format only)")
	mark := fs.String("mark-current", "", "record `FILE`, a translated page such as content/th/guide/get-help.md (relative to --source), as translated from the current English page, and report nothing else")
	if err := parseFlags(fs, args, stderr); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "panduan status: unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "panduan status: invalid --format %q; use text or json\n", *format)
		return errUsage
	}
	if *diff && *format == "json" {
		fmt.Fprintln(stderr, "panduan status: --diff works only with --format text")
		return errUsage
	}

	if *mark != "" {
		if *diff || *lang != "" || *format != "text" {
			fmt.Fprintln(stderr, "panduan status: --mark-current takes no --lang, --format or --diff")
			return errUsage
		}
		return markCurrent(*source, *mark, stdout)
	}

	cfg, err := config.Load(*source)
	if err != nil {
		return err
	}
	langs := cfg.Languages
	if *lang != "" {
		if *lang == guidance.SourceLanguage || !slices.Contains(cfg.Languages, *lang) {
			fmt.Fprintf(stderr, "panduan status: invalid --lang %q; use one of %s\n",
				*lang, strings.Join(translationLanguages(cfg.Languages), ", "))
			return errUsage
		}
		langs = []string{*lang}
	}

	report, err := guidance.Status(*source, langs)
	if err != nil {
		return err
	}
	if *format == "json" {
		return report.WriteJSON(stdout)
	}
	if err := report.WriteText(stdout); err != nil {
		return err
	}
	if !*diff {
		return nil
	}
	for _, l := range report.Languages {
		for _, p := range l.Pages {
			if p.State != guidance.Outdated {
				continue
			}
			fmt.Fprintln(stdout)
			if err := guidance.WriteSourceChanges(ctx, stdout, *source, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// markCurrent records file as current and prints what it recorded.
func markCurrent(root, file string, stdout io.Writer) error {
	if err := guidance.MarkCurrent(root, file); err != nil {
		return err
	}
	src, err := guidance.PageSource(root, file)
	if err != nil {
		return err
	}
	from := "no commit: not a Git repository, or the English page has uncommitted changes"
	if src.Commit != "" {
		from = "commit " + src.Commit
	}
	fmt.Fprintf(stdout, "%s: marked current (%s, %s)\n", file, src.Digest, from)
	return nil
}

// translationLanguages returns the configured languages other than the
// source language.
func translationLanguages(langs []string) []string {
	var out []string
	for _, l := range langs {
		if l != guidance.SourceLanguage {
			out = append(out, l)
		}
	}
	return out
}
