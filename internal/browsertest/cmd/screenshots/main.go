// Command screenshots writes PNG screenshots of a built site as a phone
// shows it: the language chooser, and each language's home page and a
// service page, at 360 CSS pixels wide, the whole page long. It drives
// Debian's Chromium (/usr/bin/chromium) and serves the site on a
// loopback port.
//
// Usage, from the repository root after `panduan build`:
//
//	go run ./internal/browsertest/cmd/screenshots [-source .] [-site public] [-out screenshots] [-width 360]
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/chromedp/chromedp"
	"github.com/panduan/panduan/internal/browsertest"
)

func main() {
	source := flag.String("source", ".", "site root that was built: the folder that holds hugo.toml and the generated data")
	site := flag.String("site", "public", "built site")
	out := flag.String("out", "screenshots", "folder that receives the PNG files")
	width := flag.Int64("width", 360, "viewport width in CSS pixels")
	flag.Parse()
	if err := run(*source, *site, *out, *width); err != nil {
		fmt.Fprintln(os.Stderr, "screenshots:", err)
		os.Exit(1)
	}
}

func run(source, site, out string, width int64) error {
	pages, err := browsertest.Pages(source, site)
	if err != nil {
		return fmt.Errorf("%w (build the site first: go run ./cmd/panduan build)", err)
	}
	chromium, err := browsertest.FindChromium()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}

	srv := httptest.NewServer(browsertest.FileServer(site))
	defer srv.Close()
	b, err := browsertest.Launch(context.Background(), chromium)
	if err != nil {
		return err
	}
	defer b.Close()

	for _, p := range pages {
		var name string
		switch p.Kind {
		case browsertest.KindChooser:
			name = "chooser.png"
		case browsertest.KindHome:
			name = p.Lang + "-home.png"
		case browsertest.KindService:
			name = p.Lang + "-service.png"
		default:
			continue
		}
		file := filepath.Join(out, name)
		if err := shoot(b, srv.URL+"/"+p.Path, width, file); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		fmt.Printf("wrote %s (%s)\n", file, p.Path)
	}
	return nil
}

func shoot(b *browsertest.Browser, url string, width int64, file string) error {
	tab, err := b.NewTab()
	if err != nil {
		return err
	}
	defer tab.Close()
	if err := tab.SetViewport(width); err != nil {
		return err
	}
	if err := tab.Navigate(url); err != nil {
		return err
	}
	// Quality 100 makes chromedp capture a PNG.
	png, err := chromedp.Run(tab.Ctx, chromedp.FullScreenshot(100))
	if err != nil {
		return err
	}
	return os.WriteFile(file, png, 0o644)
}
