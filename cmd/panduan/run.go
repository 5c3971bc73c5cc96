package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/panduan/panduan/internal/hugorun"
)

// command is one subcommand. Run returns errExitCode1 to exit 1 after
// it has printed its own diagnostics.
type command struct {
	Summary string
	Hidden  bool
	Run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// errSilent exits 1 without printing, for a command that has printed
// its diagnostics already.
var errSilent = errors.New("failed")

var commands map[string]command

func init() {
	commands = map[string]command{
		"build":    {Summary: "build the site into --out (default public)", Run: runBuild},
		"bundle":   {Summary: "build the file:// site into a zip for USB sticks", Run: runBundle},
		"check":    {Summary: "validate the workbook and guidance without building", Run: runCheck},
		"template": {Summary: "write an empty directory workbook in a language", Run: runTemplate},
		"status":   {Summary: "show which translations are missing or out of date", Run: runStatus},
		"help":     {Summary: "print this help", Run: runHelp},
	}
}

// run dispatches a command line and returns the exit status. "hugo" is
// handled here because it takes Hugo's own flags and exit status.
func run(ctx context.Context, args []string) int {
	if len(args) > 0 && args[0] == "hugo" {
		return hugorun.Main(args[1:])
	}
	if len(args) == 0 {
		runHelp(ctx, nil, os.Stderr, os.Stderr)
		return 2
	}

	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(os.Stderr, "panduan: unknown command %q; run \"panduan help\" for the list\n", args[0])
		return 2
	}
	err := cmd.Run(ctx, args[1:], os.Stdout, os.Stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errSilent):
		return 1
	default:
		fmt.Fprintf(os.Stderr, "panduan %s: %v\n", args[0], err)
		return 1
	}
}

// errUsage marks a command line that its flag set has already reported.
var errUsage = errors.New("usage")

// parseFlags parses args with fs, printing flag errors to stderr.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) error {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

func runHelp(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fmt.Fprintln(stdout, "panduan builds a Directory of Services and its guidance into a static site.")
	fmt.Fprintln(stdout, "\nUsage: panduan COMMAND [flags]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for name, c := range commands {
		if !c.Hidden {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(stdout, "  %-9s %s\n", name, commands[name].Summary)
	}
	fmt.Fprintln(stdout, "\nRun \"panduan COMMAND -h\" for a command's flags.")
	return nil
}
