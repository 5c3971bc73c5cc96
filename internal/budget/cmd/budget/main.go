// Command budget checks a built site against the size and safety budget
// of package budget and prints its largest pages.
//
// Usage, from the repository root:
//
//	go run ./internal/budget/cmd/budget [-top N] DIR
//
// It exits with status 1 when a page breaks a rule, and 2 on a usage or
// read error.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/panduan/panduan/internal/budget"
)

func main() {
	top := flag.Int("top", 5, "number of largest pages to list")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: budget [-top N] DIR\n\nDIR is a built site, for example public/ after `panduan build`.")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}

	report, err := budget.Check(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "budget:", err)
		os.Exit(2)
	}
	if err := report.WriteSummary(os.Stdout, *top); err != nil {
		fmt.Fprintln(os.Stderr, "budget:", err)
		os.Exit(2)
	}
	if len(report.Problems) > 0 {
		os.Exit(1)
	}
}
