package linkcheck

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// resolve checks one reference of the file at path (relPath relative to
// the root) and adds what it finds to r. ownIDs are the fragment targets
// of that file, nil for a CSS file.
func (c *checker) resolve(r *fileResult, relPath, path string, ownIDs map[string]bool, ref reference) {
	raw := strings.Trim(ref.url, asciiSpace)
	if raw == "" {
		// An empty reference is the file itself.
		return
	}
	problem := func(reason Reason) {
		r.problems = append(r.problems, Problem{File: relPath, Line: ref.line, Link: ref.url, Reason: reason})
	}

	u, err := url.Parse(raw)
	if err != nil {
		problem(ReasonInvalid)
		return
	}

	switch u.Scheme {
	case "":
	case "http", "https":
		r.external = append(r.external, Link{File: relPath, Line: ref.line, URL: raw})
		return
	case "mailto", "tel", "sms", "geo", "data":
		return
	default:
		problem(ReasonScheme)
		return
	}
	if u.Host != "" || strings.HasPrefix(raw, "//") {
		// Protocol-relative: another site.
		r.external = append(r.external, Link{File: relPath, Line: ref.line, URL: raw})
		return
	}

	if u.Path == "" {
		// "#id" or "?query": the file itself.
		if u.Fragment != "" && !ref.css && ownIDs != nil && !hasFragment(ownIDs, u.Fragment) {
			problem(ReasonFragment)
		}
		return
	}
	if strings.HasPrefix(u.Path, "/") {
		r.rootAbsolute = append(r.rootAbsolute, Problem{File: relPath, Line: ref.line, Link: ref.url, Reason: ReasonRootAbsolute})
		return
	}

	target := filepath.Join(filepath.Dir(path), filepath.FromSlash(u.Path))
	if !within(c.root, target) {
		problem(ReasonOutsideRoot)
		return
	}
	info, err := os.Stat(target)
	switch {
	case err != nil:
		problem(ReasonMissing)
		return
	case info.IsDir() || strings.HasSuffix(u.Path, "/"):
		problem(ReasonFolder)
		return
	}

	if u.Fragment == "" || !isHTML(target) {
		return
	}
	ids, err := c.fragmentIDs(target)
	if err != nil {
		problem(ReasonMissing)
		return
	}
	if !hasFragment(ids, u.Fragment) {
		problem(ReasonFragment)
	}
}

// hasFragment reports whether a page has the fragment target. The HTML
// standard makes "top" scroll to the start of any page.
func hasFragment(ids map[string]bool, fragment string) bool {
	return ids[fragment] || strings.EqualFold(fragment, "top")
}

// within reports whether path is root or inside it.
func within(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return false
	}
	return rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
