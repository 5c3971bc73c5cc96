// Package linkcheck checks that a static site works when it is opened
// from disk through file://, with no web server. Every reference in its
// HTML and CSS files must resolve to an existing file, relative to the
// file that contains it.
//
// Check reads href, src and srcset attributes, the URL of a
// <meta http-equiv="refresh">, and CSS url() and @import references in
// style attributes, <style> elements and .css files. A reference that
// names a folder is broken, because file:// shows no index.html for a
// folder. A root-absolute reference ("/en/…") is reported separately,
// because file:// resolves it against the root of the disk. Fragments
// ("page.html#id") are checked against the id attributes (and <a name>)
// of the target page. http and https references are collected but not
// fetched; mailto:, tel:, sms:, geo: and data: references are ignored.
//
// A <base href> element is not taken into account.
package linkcheck

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Reason is the cause of a broken reference.
type Reason string

// The reasons that Check reports.
const (
	ReasonMissing      Reason = "target not found"
	ReasonFolder       Reason = "target is a folder, which file:// cannot open; link to a file such as its index.html"
	ReasonFragment     Reason = "fragment not found in the target page"
	ReasonOutsideRoot  Reason = "target is outside the checked folder"
	ReasonRootAbsolute Reason = "root-absolute reference, which file:// resolves against the root of the disk; use a relative reference"
	ReasonScheme       Reason = "unsupported URL scheme"
	ReasonInvalid      Reason = "invalid URL"
)

// Problem is one broken reference.
type Problem struct {
	// File is the path of the file that contains the reference, relative
	// to the checked folder, with forward slashes.
	File string
	// Line is the 1-based line of the tag or CSS reference.
	Line int
	// Link is the reference as written in the file.
	Link   string
	Reason Reason
}

func (p Problem) String() string {
	return fmt.Sprintf("%s:%d: %q: %s", p.File, p.Line, p.Link, p.Reason)
}

// Link is a reference to another site, which Check does not fetch.
type Link struct {
	File string
	Line int
	URL  string
}

// Report is the result of Check.
type Report struct {
	// Files is the number of HTML and CSS files read.
	Files int
	// References is the number of references checked, external ones included.
	References int
	// Problems lists the broken references other than root-absolute ones.
	Problems []Problem
	// RootAbsolute lists the references that start with "/".
	RootAbsolute []Problem
	// External lists the http, https and protocol-relative references.
	External []Link
}

// Err returns an error that lists every problem and root-absolute
// reference, or nil when there are none.
func (r Report) Err() error {
	if len(r.Problems) == 0 && len(r.RootAbsolute) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d broken and %d root-absolute references", len(r.Problems), len(r.RootAbsolute))
	for _, p := range r.Problems {
		b.WriteString("\n\t" + p.String())
	}
	for _, p := range r.RootAbsolute {
		b.WriteString("\n\t" + p.String())
	}
	return errors.New(b.String())
}

// Check checks every .html, .htm and .css file under root. The error is
// about reading the folder; broken references are in the Report.
func Check(root string) (Report, error) {
	info, err := os.Stat(root)
	if err != nil {
		return Report{}, fmt.Errorf("linkcheck: %w", err)
	}
	if !info.IsDir() {
		return Report{}, fmt.Errorf("linkcheck: %s is not a folder", root)
	}

	var files []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (isHTML(path) || isCSS(path)) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return Report{}, fmt.Errorf("linkcheck: %w", err)
	}

	c := &checker{root: root, ids: map[string]*idSet{}}
	results := make([]fileResult, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = c.checkFile(files[i])
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	report := Report{Files: len(files)}
	for _, r := range results {
		if r.err != nil {
			return Report{}, r.err
		}
		report.References += r.references
		report.Problems = append(report.Problems, r.problems...)
		report.RootAbsolute = append(report.RootAbsolute, r.rootAbsolute...)
		report.External = append(report.External, r.external...)
	}
	sortProblems(report.Problems)
	sortProblems(report.RootAbsolute)
	sort.SliceStable(report.External, func(i, j int) bool {
		a, b := report.External[i], report.External[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return report, nil
}

func sortProblems(problems []Problem) {
	sort.SliceStable(problems, func(i, j int) bool {
		a, b := problems[i], problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Link < b.Link
	})
}

func isHTML(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".html" || ext == ".htm"
}

func isCSS(path string) bool {
	return strings.ToLower(filepath.Ext(path)) == ".css"
}

// fileResult holds the findings for one file.
type fileResult struct {
	references   int
	problems     []Problem
	rootAbsolute []Problem
	external     []Link
	err          error
}

// checker holds the state that the files of one Check share.
type checker struct {
	root string

	mu  sync.Mutex
	ids map[string]*idSet // by absolute path of an HTML file
}

// idSet holds the fragment targets of one HTML file, read once.
type idSet struct {
	once sync.Once
	ids  map[string]bool
	err  error
}

// fragmentIDs returns the id and <a name> values of the HTML file at path.
func (c *checker) fragmentIDs(path string) (map[string]bool, error) {
	c.mu.Lock()
	set, ok := c.ids[path]
	if !ok {
		set = &idSet{}
		c.ids[path] = set
	}
	c.mu.Unlock()

	set.once.Do(func() {
		data, err := os.ReadFile(path)
		if err != nil {
			set.err = err
			return
		}
		set.ids = parseHTML(data).ids
	})
	return set.ids, set.err
}

// checkFile checks the references of one HTML or CSS file.
func (c *checker) checkFile(path string) fileResult {
	data, err := os.ReadFile(path)
	if err != nil {
		return fileResult{err: fmt.Errorf("linkcheck: %w", err)}
	}

	var refs []reference
	var ownIDs map[string]bool
	if isHTML(path) {
		page := parseHTML(data)
		refs, ownIDs = page.refs, page.ids
	} else {
		refs = cssReferences(string(data), 1)
	}

	rel, err := filepath.Rel(c.root, path)
	if err != nil {
		return fileResult{err: fmt.Errorf("linkcheck: %w", err)}
	}
	r := fileResult{references: len(refs)}
	for _, ref := range refs {
		c.resolve(&r, filepath.ToSlash(rel), path, ownIDs, ref)
	}
	return r
}
