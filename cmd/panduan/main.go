// Command panduan builds a Directory of Services for trafficking victims
// and its guidance pages into a static site in five languages.
//
// Usage:
//
//	panduan build [--source DIR] [--out DIR] [--base-url URL]
//	panduan bundle [--source DIR] [--out FILE.zip]
//	panduan check [--source DIR]
//	panduan status [--lang xx] [--format text|json] [--diff] [--mark-current FILE]
//	panduan template [--lang xx] FILE.xlsx
//	panduan help
//
// Run "panduan help" for every command and its flags.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
