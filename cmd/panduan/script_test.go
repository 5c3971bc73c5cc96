package main

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"panduan": func() { os.Exit(run(context.Background(), os.Args[1:])) },
	})
}

// TestScripts runs the command-line scripts in testdata/script. Each
// script starts in a copy of the bundled sample site.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			return copySite(filepath.Join("..", ".."), env.WorkDir)
		},
	})
}

// siteInputs are the files and folders of the site root that a build
// reads; generated and output folders are left behind.
var siteInputs = []string{"hugo.toml", "content", "i18n", "layouts", "static", "adapters", "assets", "data"}

// copySite copies the site's inputs from root into dst.
func copySite(root, dst string) error {
	for _, name := range siteInputs {
		src := filepath.Join(root, name)
		if _, err := os.Stat(src); os.IsNotExist(err) {
			continue
		}
		err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			target := filepath.Join(dst, rel)
			if d.IsDir() {
				return os.MkdirAll(target, 0o755)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			return os.WriteFile(target, data, 0o644)
		})
		if err != nil {
			return err
		}
	}
	return nil
}
