// Package build runs the pipeline: read the configuration, read and
// validate the workbook and the guidance, write Hugo's data into the
// generated folder, run Hugo into a temporary folder beside the output
// and rename it into place only when everything succeeded.
package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/panduan/panduan/internal/api"
	"github.com/panduan/panduan/internal/config"
	"github.com/panduan/panduan/internal/diag"
	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/guidance"
	"github.com/panduan/panduan/internal/hsds"
	"github.com/panduan/panduan/internal/search"
	"github.com/panduan/panduan/internal/sitedata"
	"github.com/panduan/panduan/internal/workbook"
)

// HugoFunc runs Hugo with the given arguments in dir. The build package
// does not import Hugo; the command passes hugorun.Run.
type HugoFunc func(ctx context.Context, dir string, args []string, stdout, stderr io.Writer) error

// Options configure a build.
type Options struct {
	// Source is the site root.
	Source string
	// Out is the folder that receives the site.
	Out string
	// Hugo runs Hugo.
	Hugo HugoFunc
	// Now is the build time shown on pages; zero means time.Now.
	Now time.Time
	// Variant selects the site to write; the zero value is Local.
	Variant Variant
	// BaseURL is the absolute URL that the Hosted variant is served
	// from, such as https://example.org/panduan/. Other variants take
	// none.
	BaseURL string
	// Stdout receives Hugo's output; Stderr its errors and warnings.
	Stdout, Stderr io.Writer
}

// Result summarises a build.
type Result struct {
	Services    int
	Pages       []PageCount // in the configuration's language order
	Diagnostics diag.List
	Elapsed     time.Duration
}

// PageCount is the number of HTML files a language's folder received.
type PageCount struct {
	Lang  string
	Pages int
}

// ErrInvalidInput is returned when the inputs have errors; the
// diagnostics are in the Result and the output is untouched.
var ErrInvalidInput = errors.New("the input has errors")

// Inputs are the validated inputs of a build.
type Inputs struct {
	Config      *config.Config
	Directory   *directory.Directory
	Diagnostics diag.List
}

// Check reads and validates every input without writing anything.
func Check(ctx context.Context, source string) (*Inputs, error) {
	cfg, err := config.Load(source)
	if err != nil {
		return nil, err
	}
	dir, diags, err := workbook.Read(cfg.Path(cfg.Workbook))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("workbook %s not found; create one with \"panduan template %s\", or set params.panduan.workbook in %s", cfg.Path(cfg.Workbook), cfg.Path(cfg.Workbook), config.FileName)
	}
	if err != nil {
		return nil, err
	}
	guide, err := guidance.Check(cfg.Root, cfg.Languages)
	if err != nil {
		return nil, err
	}
	diags = append(diags, guide...)
	hotlines, err := checkHotlines(cfg, dir)
	if err != nil {
		return nil, err
	}
	diags = append(diags, hotlines...)
	diags.Sort()
	return &Inputs{Config: cfg, Directory: dir, Diagnostics: diags}, nil
}

// checkHotlines reports hotline shortcodes that the directory cannot
// fill.
func checkHotlines(cfg *config.Config, dir *directory.Directory) (diag.List, error) {
	countries, hotlines := map[string]bool{}, map[string]bool{}
	if dir == nil {
		dir = &directory.Directory{}
	}
	for _, c := range dir.Countries {
		countries[c.Code] = true
	}
	for _, h := range dir.Hotlines {
		hotlines[h.Country] = true
	}
	return guidance.CheckHotlines(cfg.Root, cfg.Languages, countries, hotlines)
}

// Run builds the site. On any error the previous output is left as it
// was; with ErrInvalidInput the Result still carries the diagnostics.
func Run(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	if opts.Now.IsZero() {
		opts.Now = start
	}
	baseURL, err := checkVariant(opts)
	if err != nil {
		return nil, err
	}
	opts.BaseURL = baseURL

	in, err := Check(ctx, opts.Source)
	if err != nil {
		return nil, err
	}
	res := &Result{Diagnostics: in.Diagnostics}
	if in.Diagnostics.Errors() > 0 {
		return res, ErrInvalidInput
	}
	for _, s := range in.Directory.Services {
		if s.Published() {
			res.Services++
		}
	}

	if err := writeGenerated(in, opts.Now); err != nil {
		return res, err
	}

	if err := publish(ctx, opts, in.Config, res); err != nil {
		return res, err
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// writeGenerated writes everything Hugo reads from the generated folder:
// the site data, the guidance pages, and the JSON API, HSDS export and
// search index as static files.
func writeGenerated(in *Inputs, now time.Time) error {
	generated := in.Config.Path(in.Config.GeneratedDir)
	langs := in.Config.Languages
	if err := sitedata.Write(generated, in.Directory, langs, now); err != nil {
		return fmt.Errorf("failed to write the site data: %w", err)
	}
	static := filepath.Join(generated, "static")
	if err := writeContent(in.Config); err != nil {
		return fmt.Errorf("failed to write the guidance pages: %w", err)
	}
	if err := api.Write(static, in.Directory, langs, now); err != nil {
		return fmt.Errorf("failed to write the JSON API: %w", err)
	}
	if err := hsds.Write(static, in.Directory, langs); err != nil {
		return fmt.Errorf("failed to write the HSDS export: %w", err)
	}
	content := filepath.Join(in.Config.Root, guidance.ContentDir)
	if err := search.Write(static, content, in.Directory, langs); err != nil {
		return fmt.Errorf("failed to write the search index: %w", err)
	}
	return nil
}

// publish runs Hugo into a temporary folder beside opts.Out and swaps it
// in when Hugo succeeded.
func publish(ctx context.Context, opts Options, cfg *config.Config, res *Result) error {
	out, err := filepath.Abs(opts.Out)
	if err != nil {
		return err
	}
	if err := checkOut(cfg.Root, out); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(out), "."+filepath.Base(out)+"-build-")
	if err != nil {
		return fmt.Errorf("failed to create a temporary folder beside %s: %w", opts.Out, err)
	}
	defer os.RemoveAll(tmp)
	// os.MkdirTemp creates the folder readable by its owner only, and it
	// becomes the output folder, which a web server running as another
	// user must be able to read.
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}

	root, err := filepath.Abs(cfg.Root)
	if err != nil {
		return err
	}
	generated := cfg.Path(cfg.GeneratedDir)
	if !filepath.IsAbs(generated) {
		generated = filepath.Join(root, cfg.GeneratedDir)
	}
	args := []string{
		"--source", root,
		"--destination", tmp,
		"--cacheDir", filepath.Join(generated, "cache"),
		"--noBuildLock",
		// Hugo logs deprecations at level info until they become
		// warnings; warnOnly passes them on, so a build shows them.
		"--logLevel", "info",
	}
	args = append(args, hugoArgs(opts.Variant, opts.BaseURL)...)
	stderr := &warnOnly{w: opts.Stderr}
	err = opts.Hugo(ctx, root, args, opts.Stdout, stderr)
	stderr.Flush()
	if err != nil {
		return err
	}

	for _, lang := range cfg.Languages {
		n, err := countHTML(filepath.Join(tmp, lang))
		if err != nil {
			return err
		}
		res.Pages = append(res.Pages, PageCount{Lang: lang, Pages: n})
	}
	marker := filepath.Join(tmp, MarkerFile)
	if err := os.WriteFile(marker, []byte("This folder was built by panduan; a build replaces it whole.\n"), 0o644); err != nil {
		return err
	}
	return swap(tmp, out)
}

// MarkerFile marks a folder that panduan built. A build replaces an
// existing output folder only when it has this file, so that --out can
// never delete a folder of the user's by mistake.
const MarkerFile = ".panduan-site"

// checkOut rejects an output folder that the build must not replace: the
// site root or a folder that holds it, a file, or a non-empty folder
// that panduan did not build.
func checkOut(root, out string) error {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	if absRoot == out || strings.HasPrefix(absRoot, out+string(filepath.Separator)) {
		return fmt.Errorf("--out %s would replace the site's source folder; choose a new folder such as public", out)
	}
	info, err := os.Stat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("--out %s is a file, not a folder; choose a folder for the site", out)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, MarkerFile)); err != nil {
		return fmt.Errorf("--out %s is a folder that panduan did not build (it has no %s file), so the build will not replace it; empty it, delete it or choose another folder", out, MarkerFile)
	}
	return nil
}

// swap replaces out by tmp. The old output is moved aside first and put
// back if the second rename fails.
func swap(tmp, out string) error {
	old := ""
	if _, err := os.Stat(out); err == nil {
		old = tmp + "-old"
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("failed to move the previous site aside: %w", err)
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return fmt.Errorf("failed to move the new site into place: %w", err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// warnOnly passes on the lines of Hugo's log that are warnings, errors
// or deprecation notices, and drops the rest.
type warnOnly struct {
	w    io.Writer
	line []byte
}

func (f *warnOnly) Write(p []byte) (int, error) {
	for _, b := range p {
		f.line = append(f.line, b)
		if b == '\n' {
			f.Flush()
		}
	}
	return len(p), nil
}

// Flush writes a pending line if it is to be passed on.
func (f *warnOnly) Flush() {
	line := string(f.line)
	f.line = f.line[:0]
	if f.w == nil || line == "" {
		return
	}
	if strings.HasPrefix(line, "INFO") && !strings.Contains(line, "deprecated") {
		return
	}
	if !strings.HasSuffix(line, "\n") {
		line += "\n"
	}
	io.WriteString(f.w, line)
}

func countHTML(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".html") {
			n++
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	return n, err
}
