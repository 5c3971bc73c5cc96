// Package hugorun runs Hugo, which is compiled into the panduan binary.
// It is the only package that imports Hugo, so that the tests of every
// other package build without it.
//
// Hugo runs in a child process of the panduan binary ("panduan hugo …"),
// never inside the calling process: Hugo keeps process-wide state and a
// panic in one of its goroutines would otherwise end a long-running
// command such as a watch.
package hugorun

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"strings"

	"github.com/gohugoio/hugo/commands"
	"github.com/gohugoio/hugo/common/herrors"
)

// Main runs Hugo in this process with the given command-line arguments
// (without the program name) and returns the process exit status. It is
// the body of the hidden "panduan hugo" command.
func Main(args []string) int {
	log.SetFlags(0)
	if err := commands.Execute(args); err != nil {
		for _, e := range herrors.Errors(err) {
			fmt.Fprintf(os.Stderr, "ERROR %s\n", e)
		}
		return 1
	}
	return 0
}

// Command describes one child Hugo run.
type Command struct {
	// Args are Hugo's arguments, without the program name.
	Args []string
	// Dir is the working directory of the child process.
	Dir string
	// Stdout and Stderr receive Hugo's output as it runs; nil discards it.
	Stdout, Stderr io.Writer
}

// Run starts the panduan binary that is running now as "panduan hugo
// ARGS…" and waits for it. The error includes Hugo's last error lines.
func Run(ctx context.Context, c Command) error {
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("failed to find the panduan executable: %w", err)
	}

	var tail bytes.Buffer
	cmd := exec.CommandContext(ctx, self, append([]string{"hugo"}, c.Args...)...)
	// Args[0] keeps the name the program was started with, so that a
	// test binary that dispatches on it (testscript) runs panduan again.
	cmd.Args[0] = os.Args[0]
	cmd.Dir = c.Dir
	cmd.Stdout = writerOrDiscard(c.Stdout)
	cmd.Stderr = io.MultiWriter(writerOrDiscard(c.Stderr), &tail)
	cmd.Env = append(os.Environ(), "HUGO_ENVIRONMENT=production")

	if err := cmd.Run(); err != nil {
		return fmt.Errorf("hugo failed: %w%s", err, errorLines(tail.String()))
	}
	return nil
}

// errorLines returns Hugo's ERROR lines, indented, for an error message.
func errorLines(output string) string {
	var b strings.Builder
	for _, line := range strings.Split(output, "\n") {
		if strings.Contains(line, "ERROR") || strings.Contains(line, "panic:") {
			b.WriteString("\n\t" + strings.TrimSpace(line))
		}
	}
	return b.String()
}

func writerOrDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}
