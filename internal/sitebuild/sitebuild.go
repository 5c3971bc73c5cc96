// Package sitebuild builds the bundled sample site for tests: it
// compiles the panduan command, copies the site inputs of the
// repository into a temporary folder and runs `panduan build` there, so
// that a test never writes into the repository.
package sitebuild

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"

	"github.com/panduan/panduan/internal/sample"
)

// ModulePath is the module whose root RepoRoot looks for.
const ModulePath = "github.com/panduan/panduan"

// Inputs are the files and folders at the repository root that a build
// reads. Missing ones are skipped, because a site need not have every
// folder (static/ for example).
var Inputs = []string{"hugo.toml", "config", "content", "i18n", "layouts", "static", "adapters", "assets", "data"}

// workbook is the sample workbook's path relative to the site root, as
// params.panduan.workbook sets it in the repository's hugo.toml.
const workbook = "data/directory.xlsx"

// RepoRoot returns the folder that holds the go.mod of ModulePath,
// searching upwards from the working directory.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.Contains(data, []byte("module "+ModulePath+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod of %s above the working directory", ModulePath)
		}
		dir = parent
	}
}

// GoCommand returns the go command that runs the tests, so that the
// panduan binary is built with the same toolchain.
func GoCommand() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

// BuildBinary compiles ./cmd/panduan of repo into dir and returns the
// binary's path. The first build compiles Hugo and takes minutes; later
// ones come from Go's build cache.
func BuildBinary(repo, dir string) (string, error) {
	bin := filepath.Join(dir, "panduan")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command(GoCommand(), "build", "-o", bin, "./cmd/panduan")
	cmd.Dir = repo
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/panduan failed: %w\n%s", err, out)
	}
	return bin, nil
}

// CopyInputs copies the Inputs of repo into dst, which must not exist
// yet or be empty. When repo has no sample workbook, CopyInputs writes
// one into dst from internal/sample, the source of the bundled workbook.
func CopyInputs(repo, dst string) error {
	for _, name := range Inputs {
		src := filepath.Join(repo, name)
		if _, err := os.Stat(src); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err := copyTree(src, filepath.Join(dst, name)); err != nil {
			return err
		}
	}
	target := filepath.Join(dst, filepath.FromSlash(workbook))
	if _, err := os.Stat(target); errors.Is(err, fs.ErrNotExist) {
		return writeSampleWorkbook(target)
	}
	return nil
}

func writeSampleWorkbook(path string) error {
	s, err := sample.Load()
	if err != nil {
		return fmt.Errorf("failed to load the sample directory: %w", err)
	}
	var buf bytes.Buffer
	if err := s.Write(&buf, "en"); err != nil {
		return fmt.Errorf("failed to write the sample workbook: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// copyTree copies a file or a folder. It skips Excel and LibreOffice
// lock files, which the repository's .gitignore also ignores.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasPrefix(d.Name(), "~$") || strings.HasPrefix(d.Name(), ".~lock.") {
			return nil
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("cannot copy %s: not a regular file", path)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

var quickExitLine = regexp.MustCompile(`(?m)^(\s*quickExitURL\s*=\s*)"[^"]*"`)

// SetQuickExitURL rewrites params.panduan.quickExitURL in the hugo.toml
// of the site root dir. It fails when the file has no quickExitURL line
// to rewrite, so that a renamed setting cannot make a test point the
// quick exit at the real default site.
func SetQuickExitURL(dir, url string) error {
	path := filepath.Join(dir, "hugo.toml")
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if len(quickExitLine.FindAllIndex(data, -1)) != 1 {
		return fmt.Errorf("%s: expected exactly one line quickExitURL = \"...\" to rewrite", path)
	}
	quoted := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(url)
	data = quickExitLine.ReplaceAll(data, []byte(`${1}"`+strings.ReplaceAll(quoted, "$", "$$")+`"`))
	return os.WriteFile(path, data, 0o644)
}

// Build runs `panduan build --source src --out out` with the binary bin
// and returns its standard output. The error carries the standard error,
// which lists every diagnostic of a failed build.
func Build(bin, src, out string) (string, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, "build", "--source", src, "--out", out)
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return stdout.String(), fmt.Errorf("panduan build --source %s --out %s failed: %w\n%s", src, out, err, stderr.String())
	}
	return stdout.String(), nil
}

// Site is a built copy of the sample site.
type Site struct {
	// Source is the copy of the site inputs that was built.
	Source string
	// Out is the built site.
	Out string
	// Summary is the standard output of `panduan build`.
	Summary string
}

// BuildSample copies the inputs of repo into dir/src, lets edit change
// the copy when it is not nil, and builds it into dir/site with bin.
func BuildSample(bin, repo, dir string, edit func(src string) error) (*Site, error) {
	s := &Site{Source: filepath.Join(dir, "src"), Out: filepath.Join(dir, "site")}
	if err := CopyInputs(repo, s.Source); err != nil {
		return nil, err
	}
	if edit != nil {
		if err := edit(s.Source); err != nil {
			return nil, err
		}
	}
	summary, err := Build(bin, s.Source, s.Out)
	s.Summary = summary
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Unzip extracts the zip file at path into dir, rejecting an entry
// whose name would leave dir.
func Unzip(path, dir string) error {
	r, err := zip.OpenReader(path)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dir, filepath.FromSlash(f.Name))
		if !strings.HasPrefix(target, filepath.Clean(dir)+string(filepath.Separator)) {
			return fmt.Errorf("zip entry %q is outside the folder it unzips to", f.Name)
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
