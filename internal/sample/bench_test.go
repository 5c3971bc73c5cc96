package sample

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/sitedata"
	"github.com/panduan/panduan/internal/workbook"
)

// scaled returns the sample with its services repeated to n, each copy
// with its own ID, as a stand-in for a national directory.
func scaled(b *testing.B, n int) *Sample {
	b.Helper()
	s, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	base := s.Content.Directory.Services
	services := make([]directory.Service, 0, n)
	for i := 0; len(services) < n; i++ {
		svc := base[i%len(base)]
		svc.ID = fmt.Sprintf("%s-%05d", svc.ID[:2], i)
		services = append(services, svc)
	}
	s.Content.Directory.Services = services
	s.Content.Internal = nil
	return s
}

// BenchmarkReadWorkbook10k reads a workbook of 10,000 services, the
// size the pipeline is designed for.
func BenchmarkReadWorkbook10k(b *testing.B) {
	s := scaled(b, 10000)
	var buf bytes.Buffer
	if err := s.Write(&buf, "en"); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "directory.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(buf.Len())/1e6, "MB-workbook")
	b.ResetTimer()
	for range b.N {
		d, diags, err := workbook.Read(path)
		if err != nil {
			b.Fatal(err)
		}
		if diags.Errors() > 0 || len(d.Services) != 10000 {
			b.Fatalf("read %d services with %d errors", len(d.Services), diags.Errors())
		}
	}
}

// BenchmarkSiteData10k writes the five languages' site data for 10,000
// services.
func BenchmarkSiteData10k(b *testing.B) {
	d := scaled(b, 10000).Content.Directory
	dir := b.TempDir()
	b.ResetTimer()
	for range b.N {
		if err := sitedata.Write(dir, d, directory.Languages, time.Now()); err != nil {
			b.Fatal(err)
		}
	}
}
