package bundle

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeTree creates the files of tree, slash-separated path to content,
// under dir.
func writeTree(t *testing.T, dir string, tree map[string]string) {
	t.Helper()
	for name, content := range tree {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// readZip returns the entries of the zip file at path, in order, and
// their contents by name.
func readZip(t *testing.T, path string) ([]*zip.File, map[string]string) {
	t.Helper()
	r, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("failed to open %s: %v", path, err)
	}
	t.Cleanup(func() { r.Close() })
	contents := map[string]string{}
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("failed to open %s in the zip: %v", f.Name, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("failed to read %s in the zip: %v", f.Name, err)
		}
		contents[f.Name] = string(data)
	}
	return r.File, contents
}

var site = map[string]string{
	"index.html":                  "<title>chooser</title>",
	"css/site.css":                "body{}",
	"en/index.html":               "<title>en</title>",
	"en/directory/index.html":     "<title>directory</title>",
	"th/directory/types/x.html":   "<title>ประเภท</title>",
	"api/v1/en/services.json":     `{"services":[]}`,
	"api/hsds/en/datapackage.zip": "already compressed",
}

func TestWriteStartPageFirst(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, site)
	out := filepath.Join(t.TempDir(), "site.zip")
	modified := time.Date(2026, 12, 4, 10, 30, 0, 0, time.UTC)

	res, err := Write(out, dir, modified)
	if err != nil {
		t.Fatal(err)
	}

	files, contents := readZip(t, out)
	if len(files) == 0 || files[0].Name != StartPage {
		t.Fatalf("first entry = %v, want %s", files, StartPage)
	}
	if res.Files != len(site) {
		t.Errorf("Result.Files = %d, want %d", res.Files, len(site))
	}
	info, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if res.Size != info.Size() {
		t.Errorf("Result.Size = %d, file size %d", res.Size, info.Size())
	}
	if len(contents) != len(site) {
		t.Errorf("zip has %d entries, want %d", len(contents), len(site))
	}
	for name, want := range site {
		if got, ok := contents[name]; !ok {
			t.Errorf("%s is missing from the zip", name)
		} else if got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

func TestWriteEntryHeaders(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, site)
	out := filepath.Join(t.TempDir(), "site.zip")
	modified := time.Date(2026, 12, 4, 10, 30, 0, 0, time.UTC)
	if _, err := Write(out, dir, modified); err != nil {
		t.Fatal(err)
	}

	files, _ := readZip(t, out)
	for i, f := range files {
		if strings.Contains(f.Name, `\`) || strings.HasPrefix(f.Name, "/") {
			t.Errorf("entry name %q is not a relative slash-separated path", f.Name)
		}
		if i > 1 && f.Name < files[i-1].Name {
			t.Errorf("entry %q comes after %q, but the entries after %s must be sorted", f.Name, files[i-1].Name, StartPage)
		}
		if !f.Modified.Equal(modified) {
			t.Errorf("%s modified %s, want %s", f.Name, f.Modified, modified)
		}
		if f.Mode() != 0o644 {
			t.Errorf("%s has mode %s, want -rw-r--r--", f.Name, f.Mode())
		}
		wantMethod := zip.Deflate
		if strings.HasSuffix(f.Name, ".zip") {
			wantMethod = zip.Store
		}
		if f.Method != wantMethod {
			t.Errorf("%s has method %d, want %d", f.Name, f.Method, wantMethod)
		}
	}
}

func TestWriteFileMode(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, site)
	out := filepath.Join(t.TempDir(), "site.zip")
	if _, err := Write(out, dir, time.Now()); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o644 {
		t.Errorf("zip file mode = %s, want -rw-r--r--", info.Mode().Perm())
	}
}

func TestWriteCreatesParentFolder(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, site)
	out := filepath.Join(t.TempDir(), "usb", "copies", "site.zip")
	if _, err := Write(out, dir, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(out); err != nil {
		t.Error(err)
	}
}

func TestWriteReplacesExistingZip(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, site)
	out := filepath.Join(t.TempDir(), "site.zip")
	if err := os.WriteFile(out, []byte("old zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(out, dir, time.Now()); err != nil {
		t.Fatal(err)
	}
	files, _ := readZip(t, out)
	if len(files) != len(site) {
		t.Errorf("zip has %d entries, want %d", len(files), len(site))
	}
}

// checkFailure runs Write into a folder that already holds an old zip,
// and checks that it fails with an error containing want, leaves the
// old zip as it was and no temporary file beside it.
func checkFailure(t *testing.T, dir, want string) {
	t.Helper()
	outDir := t.TempDir()
	out := filepath.Join(outDir, "site.zip")
	if err := os.WriteFile(out, []byte("old zip"), 0o644); err != nil {
		t.Fatal(err)
	}

	_, err := Write(out, dir, time.Now())
	if err == nil {
		t.Fatal("Write succeeded, want an error")
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error = %q, want it to contain %q", err, want)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != "old zip" {
		t.Errorf("the existing zip was changed to %d bytes", len(data))
	}
	entries, err := os.ReadDir(outDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder of the zip holds %v, want only site.zip", names)
	}
}

func TestWriteWithoutStartPage(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"en/index.html": "en"})
	checkFailure(t, dir, "has no index.html")
}

func TestWriteMissingFolder(t *testing.T) {
	checkFailure(t, filepath.Join(t.TempDir(), "nosuch"), "no such file")
}

func TestWriteRejectsSymlink(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, site)
	if err := os.Symlink("/etc/hostname", filepath.Join(dir, "en", "link.html")); err != nil {
		t.Skipf("cannot create a symbolic link: %v", err)
	}
	checkFailure(t, dir, "not a regular file")
}
