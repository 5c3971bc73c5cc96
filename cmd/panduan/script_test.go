package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/panduan/panduan/internal/sitebuild"
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
			return sitebuild.CopyInputs(filepath.Join("..", ".."), env.WorkDir)
		},
	})
}
