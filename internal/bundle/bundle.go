// Package bundle writes a built site into a zip file that is copied onto
// USB sticks and opened through file://. The site's index.html, the
// language chooser, is the zip's first entry and sits at its top level,
// so a reader who unzips it finds the page to open next to the language
// folders.
package bundle

import (
	"archive/zip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// StartPage is the page that a reader opens first, at the top of the zip.
const StartPage = "index.html"

// Result summarises a written zip file.
type Result struct {
	// Files is the number of files in the zip.
	Files int
	// Size is the size of the zip file in bytes.
	Size int64
}

// storedExtensions are formats that are compressed already, which the
// zip stores rather than deflates again.
var storedExtensions = map[string]bool{
	".gz": true, ".zip": true, ".png": true, ".jpg": true, ".jpeg": true,
	".gif": true, ".webp": true, ".avif": true, ".woff": true, ".woff2": true,
}

// Write zips every file under dir into the zip file at zipPath and gives
// each entry the modification time modified. The zip is written to a
// temporary file beside zipPath and renamed into place, so on any error
// an existing file at zipPath is left as it was.
//
// dir must contain StartPage. Only regular files are zipped: a symbolic
// link or another special file under dir is an error.
func Write(zipPath, dir string, modified time.Time) (Result, error) {
	files, err := listFiles(dir)
	if err != nil {
		return Result{}, err
	}

	if err := os.MkdirAll(filepath.Dir(zipPath), 0o755); err != nil {
		return Result{}, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(zipPath), "."+filepath.Base(zipPath)+"-*")
	if err != nil {
		return Result{}, fmt.Errorf("failed to create a temporary file beside %s: %w", zipPath, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()

	if err := writeZip(tmp, dir, files, modified); err != nil {
		return Result{}, err
	}
	info, err := tmp.Stat()
	if err != nil {
		return Result{}, err
	}
	if err := tmp.Close(); err != nil {
		return Result{}, fmt.Errorf("failed to write %s: %w", tmp.Name(), err)
	}
	// os.CreateTemp creates the file readable by its owner only.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return Result{}, err
	}
	if err := os.Rename(tmp.Name(), zipPath); err != nil {
		return Result{}, fmt.Errorf("failed to move the zip into place: %w", err)
	}
	done = true
	return Result{Files: len(files), Size: info.Size()}, nil
}

// listFiles returns the slash-separated paths of the files under dir,
// StartPage first and the others in lexical order.
func listFiles(dir string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}

	files := []string{StartPage}
	hasStart := false
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s is not a regular file (mode %s): a bundle contains only regular files", p, d.Type())
		}
		if rel == StartPage {
			hasStart = true
		} else {
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !hasStart {
		return nil, fmt.Errorf("%s has no %s: a bundle opens at the language chooser", dir, StartPage)
	}
	return files, nil
}

// writeZip writes the zip archive of files, relative to dir, to w.
func writeZip(w io.Writer, dir string, files []string, modified time.Time) error {
	zw := zip.NewWriter(w)
	for _, name := range files {
		if err := addFile(zw, dir, name, modified); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("failed to finish the zip: %w", err)
	}
	return nil
}

func addFile(zw *zip.Writer, dir, name string, modified time.Time) error {
	header := &zip.FileHeader{
		Name:     name,
		Method:   zip.Deflate,
		Modified: modified,
	}
	if storedExtensions[strings.ToLower(path.Ext(name))] {
		header.Method = zip.Store
	}
	header.SetMode(0o644)

	f, err := os.Open(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		return err
	}
	defer f.Close()
	entry, err := zw.CreateHeader(header)
	if err != nil {
		return fmt.Errorf("failed to add %s to the zip: %w", name, err)
	}
	if _, err := io.Copy(entry, f); err != nil {
		return fmt.Errorf("failed to add %s to the zip: %w", name, err)
	}
	return nil
}
