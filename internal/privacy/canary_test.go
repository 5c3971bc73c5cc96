package privacy

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/panduan/panduan/internal/sample"
	"github.com/panduan/panduan/internal/sitebuild"
	"github.com/panduan/panduan/internal/workbook"
)

// canaries are the values planted in the workbook, split into those
// that must never be published and those that must.
type canaries struct {
	secret []string
	public []string
}

// plant fills every internal cell, every confidential address and the
// coordinates of confidential services with unique canary values, and
// puts canaries of the same kinds into public columns as a control.
func plant(s *sample.Sample) canaries {
	var c canaries
	d := s.Content.Directory
	if s.Content.Internal == nil {
		s.Content.Internal = map[string]workbook.Internal{}
	}
	publicText, publicCoordinates := false, false
	for i := range d.Services {
		svc := &d.Services[i]
		notes := fmt.Sprintf("CANARYNOTE%03dQX", i)
		contact := fmt.Sprintf("CANARYCONTACT%03dQX", i)
		s.Content.Internal[svc.ID] = workbook.Internal{Notes: notes, Contact: contact}
		c.secret = append(c.secret, notes, contact)

		if svc.ConfidentialAddress {
			svc.StreetAddress = fmt.Sprintf("CANARYSTREET%03dQX", i)
			svc.PostalCode = fmt.Sprintf("CANARYPOSTAL%03dQX", i)
			svc.City = fmt.Sprintf("CANARYCITY%03dQX", i)
			lat, lon := 10+float64(i%50)+0.8642097, 100+float64(i%50)+0.7531864
			svc.Latitude, svc.Longitude = &lat, &lon
			c.secret = append(c.secret, svc.StreetAddress, svc.PostalCode, svc.City, "8642097", "7531864")
			continue
		}
		if !publicText && svc.Published() {
			svc.Description["en"] = svc.Description["en"] + " CANARYPUBLICDESCQX"
			c.public = append(c.public, "CANARYPUBLICDESCQX")
			publicText = true
		}
		if !publicCoordinates && svc.Published() && svc.Latitude != nil {
			// Keep the sign, so that the digits after the point are the
			// canary's whatever the hemisphere.
			lat := float64(int(*svc.Latitude)) + 0.1357924
			if *svc.Latitude < 0 {
				lat = float64(int(*svc.Latitude)) - 0.1357924
			}
			svc.Latitude = &lat
			c.public = append(c.public, "1357924")
			publicCoordinates = true
		}
	}
	return c
}

// TestBuildPublishesNoCanary builds the sample with planted canaries as
// the file:// site, the USB zip and the hosted site, and searches every
// file the builds wrote, and every file inside the zip, for them. The public canaries must be found, or the search proves nothing.
func TestBuildPublishesNoCanary(t *testing.T) {
	repo, err := sitebuild.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	bin, err := sitebuild.BuildBinary(repo, tmp)
	if err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(tmp, "site")
	if err := sitebuild.CopyInputs(repo, site); err != nil {
		t.Fatal(err)
	}

	s, err := sample.Load()
	if err != nil {
		t.Fatal(err)
	}
	planted := plant(s)
	if len(planted.public) != 2 {
		t.Fatalf("planted %d public canaries, want 2", len(planted.public))
	}
	var buf bytes.Buffer
	if err := s.Write(&buf, "en"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, "data", "directory.xlsx"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	out := filepath.Join(tmp, "out")
	build := exec.Command(bin, "build", "--source", site, "--out", filepath.Join(out, "public"))
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("panduan build: %v\n%s", err, b)
	}
	bundle := exec.Command(bin, "bundle", "--source", site, "--out", filepath.Join(out, "site.zip"))
	if b, err := bundle.CombinedOutput(); err != nil {
		t.Fatalf("panduan bundle: %v\n%s", err, b)
	}
	hosted := exec.Command(bin, "build", "--source", site, "--out", filepath.Join(out, "hosted"), "--base-url", "https://example.org/panduan/")
	if b, err := hosted.CombinedOutput(); err != nil {
		t.Fatalf("panduan build --base-url: %v\n%s", err, b)
	}

	found := map[string][]string{}
	scan := func(name string, data []byte) {
		for _, c := range append(planted.secret, planted.public...) {
			if bytes.Contains(data, []byte(c)) {
				found[c] = append(found[c], name)
			}
		}
	}
	files := 0
	for _, root := range []string{out, filepath.Join(site, "generated")} {
		n, err := scanTree(root, scan)
		if err != nil {
			t.Fatal(err)
		}
		files += n
	}
	t.Logf("searched %d files for %d secret and %d public canaries", files, len(planted.secret), len(planted.public))

	for _, c := range planted.secret {
		if where := found[c]; len(where) > 0 {
			t.Errorf("secret canary %s published in %s", c, strings.Join(where, ", "))
		}
	}
	for _, c := range planted.public {
		if len(found[c]) == 0 {
			t.Errorf("public canary %s found nowhere: the search cannot see published values", c)
		}
	}
}

// scanTree passes every file below root, and every file inside a zip
// below root, to scan, and returns how many it passed.
func scanTree(root string, scan func(name string, data []byte)) (int, error) {
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		scan(path, data)
		n++
		if strings.HasSuffix(path, ".zip") {
			m, err := scanZip(path, data, scan)
			n += m
			return err
		}
		return nil
	})
	return n, err
}

func scanZip(name string, data []byte, scan func(name string, data []byte)) (int, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return 0, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return 0, err
		}
		scan(name+"!"+f.Name, b)
	}
	return len(zr.File), nil
}
