package bundle

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/panduan/panduan/internal/linkcheck"
	"github.com/panduan/panduan/internal/sitebuild"
)

// languages are the site's languages, as hugo.toml lists them.
var languages = []string{"en", "id", "ms", "vi", "th"}

// hostedBaseURL has a path, as a project site on a code-hosting service
// has, so that the checks catch a link that drops it.
const hostedBaseURL = "https://example.org/panduan/"

// sample is the panduan binary and a copy of the repository's site
// inputs, made once for the tests of this file.
var sample struct {
	once sync.Once
	bin  string
	src  string
	err  error
}

// sampleSource returns the panduan binary and the copied site root.
// The copy holds config/, which the bundle and the hosted build read.
func sampleSource(t *testing.T) (bin, src string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the sample site; skipped with -short")
	}
	sample.once.Do(func() {
		repo, err := sitebuild.RepoRoot()
		if err != nil {
			sample.err = err
			return
		}
		// Not t.TempDir: the copy outlives the first test that uses it.
		tmp, err := os.MkdirTemp("", "panduan-bundle-test-")
		if err != nil {
			sample.err = err
			return
		}
		sample.bin, sample.err = sitebuild.BuildBinary(repo, tmp)
		if sample.err != nil {
			return
		}
		sample.src = filepath.Join(tmp, "src")
		sample.err = sitebuild.CopyInputs(repo, sample.src)
	})
	if sample.err != nil {
		t.Fatalf("failed to prepare the sample site: %v", sample.err)
	}
	return sample.bin, sample.src
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sample.src != "" {
		os.RemoveAll(filepath.Dir(sample.src))
	}
	for _, b := range []*builtOnce{bundled, hosted} {
		if b.dir != "" {
			os.RemoveAll(b.dir)
		}
	}
	os.Exit(code)
}

// The outputs that several tests read, each built once.
var (
	bundled = &builtOnce{}
	hosted  = &builtOnce{}
)

// builtOnce is an output folder that the first test to need it builds.
type builtOnce struct {
	once sync.Once
	dir  string
	err  error
}

// get builds the output with build into a new folder on the first call
// and returns that folder.
func (b *builtOnce) get(t *testing.T, build func(dir string) error) string {
	t.Helper()
	b.once.Do(func() {
		b.dir, b.err = os.MkdirTemp("", "panduan-bundle-test-out-")
		if b.err == nil {
			b.err = build(b.dir)
		}
	})
	if b.err != nil {
		t.Fatalf("failed to build: %v", b.err)
	}
	return b.dir
}

// bundleDir returns the unzipped bundle of the sample site.
func bundleDir(t *testing.T) (dir, src string) {
	t.Helper()
	bin, src := sampleSource(t)
	dir = bundled.get(t, func(dir string) error {
		zipPath := filepath.Join(dir, "site.zip")
		if err := panduan(bin, "bundle", "--source", src, "--out", zipPath); err != nil {
			return err
		}
		return sitebuild.Unzip(zipPath, filepath.Join(dir, "site"))
	})
	return filepath.Join(dir, "site"), src
}

// hostedDir returns the sample site built for hostedBaseURL.
func hostedDir(t *testing.T) (dir, src string) {
	t.Helper()
	bin, src := sampleSource(t)
	dir = hosted.get(t, func(dir string) error {
		return panduan(bin, "build", "--source", src, "--out", filepath.Join(dir, "site"), "--base-url", hostedBaseURL)
	})
	return filepath.Join(dir, "site"), src
}

// panduan runs the binary with args.
func panduan(bin string, args ...string) error {
	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("panduan %s failed: %w\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}

// i18nString returns the string of key in the repository's i18n file of
// lang, which the copied source holds.
func i18nString(t *testing.T, src, lang, key string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(src, "i18n", lang+".toml"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^` + key + ` = "([^"]*)"`).FindSubmatch(data)
	if m == nil {
		t.Fatalf("i18n/%s.toml has no %s", lang, key)
	}
	return string(m[1])
}

// htmlFiles returns the slash paths of the HTML files under dir.
func htmlFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		files = append(files, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestBundleLinks(t *testing.T) {
	dir, _ := bundleDir(t)

	report, err := linkcheck.Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	if report.Files == 0 {
		t.Fatal("linkcheck read no files in the unzipped bundle")
	}
	for _, p := range report.Problems {
		t.Errorf("broken reference: %s", p)
	}
	for _, p := range report.RootAbsolute {
		t.Errorf("root-absolute reference: %s", p)
	}
	t.Logf("linkcheck: %d files, %d references", report.Files, report.References)
}

func TestBundleCopyDate(t *testing.T) {
	dir, src := bundleDir(t)

	copyMade := map[string]string{}
	for _, lang := range languages {
		copyMade[lang] = i18nString(t, src, lang, "copy_made")
	}
	chooser, err := os.ReadFile(filepath.Join(dir, StartPage))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range languages {
		if !strings.Contains(string(chooser), copyMade[lang]) {
			t.Errorf("%s lacks %q (%s)", StartPage, copyMade[lang], lang)
		}
	}

	pages := 0
	for _, file := range htmlFiles(t, dir) {
		lang, _, _ := strings.Cut(file, "/")
		want, ok := copyMade[lang]
		if !ok {
			continue
		}
		pages++
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), want+" <time datetime=") {
			t.Errorf("%s lacks %q followed by the date", file, want)
		}
	}
	if pages == 0 {
		t.Error("the bundle has no page in a language folder")
	}
}

func TestHostedLinks(t *testing.T) {
	out, _ := hostedDir(t)

	check, err := newHostedCheck(out, hostedBaseURL)
	if err != nil {
		t.Fatal(err)
	}
	if err := check.run(); err != nil {
		t.Fatal(err)
	}
	if check.references == 0 {
		t.Fatal("the hosted check found no references")
	}
	if err := check.err(); err != nil {
		t.Error(err)
	}
	t.Logf("hosted check: %d references", check.references)
}

var canonicalLink = regexp.MustCompile(`<link rel="?canonical"? href="?([^" >]+)`)

func TestHostedCanonicalURLs(t *testing.T) {
	out, _ := hostedDir(t)
	check, err := newHostedCheck(out, hostedBaseURL)
	if err != nil {
		t.Fatal(err)
	}

	for _, file := range htmlFiles(t, out) {
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(file)))
		if err != nil {
			t.Fatal(err)
		}
		m := canonicalLink.FindAllSubmatch(data, -1)
		if filepath.Base(file) == "404.html" {
			if len(m) != 0 {
				t.Errorf("%s: a 404 page has a canonical link", file)
			}
			continue
		}
		if len(m) != 1 {
			t.Errorf("%s: %d canonical links, want 1", file, len(m))
			continue
		}
		if got, want := string(m[0][1]), check.pageURL(file).String(); got != want {
			t.Errorf("%s: canonical URL %s, want %s", file, got, want)
		}
	}
}

func TestHostedFiles(t *testing.T) {
	out, src := hostedDir(t)

	read := func(name string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		return string(data)
	}

	headers := read("_headers")
	for _, want := range []string{
		"/*\n",
		"  Content-Security-Policy: default-src 'self';",
		"frame-ancestors 'none'",
		"  Referrer-Policy: no-referrer\n",
		"  X-Content-Type-Options: nosniff\n",
	} {
		if !strings.Contains(headers, want) {
			t.Errorf("_headers lacks %q:\n%s", want, headers)
		}
	}

	index := read("sitemap.xml")
	if !strings.Contains(index, "<sitemapindex") {
		t.Errorf("sitemap.xml is not a sitemap index:\n%.300s", index)
	}
	for _, lang := range languages {
		if want := "<loc>" + hostedBaseURL + lang + "/sitemap.xml</loc>"; !strings.Contains(index, want) {
			t.Errorf("sitemap.xml lacks %s", want)
		}
		sitemap := read(lang + "/sitemap.xml")
		for _, alt := range languages {
			want := fmt.Sprintf(`hreflang="%s" href="%s%s/`, alt, hostedBaseURL, alt)
			if !strings.Contains(sitemap, want) {
				t.Errorf("%s/sitemap.xml lacks an alternate %s", lang, want)
			}
		}
	}

	notFound := read("404.html")
	for _, lang := range languages {
		if title := i18nString(t, src, lang, "not_found_title"); !strings.Contains(notFound, title) {
			t.Errorf("404.html lacks %q (%s)", title, lang)
		}
		page := read(lang + "/404.html")
		if title := i18nString(t, src, lang, "not_found_title"); !strings.Contains(page, title) {
			t.Errorf("%s/404.html lacks %q", lang, title)
		}
	}
}
