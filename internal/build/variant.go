package build

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// Variant is one of the sites that a build writes from the same source.
type Variant int

const (
	// Local is the default site, made for file://: every link is
	// relative and ends in a file name, so the folder opens from a USB
	// stick with no web server and from any static host.
	Local Variant = iota
	// Bundle is Local with "This copy was made on <date>" on every page
	// in place of "Last updated", for the zip that panduan bundle writes.
	Bundle
	// Hosted is the site for a web server at Options.BaseURL: folder
	// URLs, root-absolute links, canonical and hreflang links, a
	// sitemap per language, 404 pages and a _headers file.
	Hosted
)

// String returns the variant's name. It is the value of
// params.panduan.variant in hugo.toml and, for Bundle and Hosted, the
// Hugo environment whose settings config/<name>/hugo.toml holds.
func (v Variant) String() string {
	switch v {
	case Local:
		return "local"
	case Bundle:
		return "bundle"
	case Hosted:
		return "hosted"
	}
	return fmt.Sprintf("Variant(%d)", int(v))
}

// ConfigDir returns the folder, relative to the site root, of the
// settings that Hugo merges over hugo.toml for the variant, or "" for
// Local. Hugo reads config/<environment>/ from its default configDir
// "config".
func (v Variant) ConfigDir() string {
	if v == Local {
		return ""
	}
	return "config/" + v.String()
}

// hugoArgs returns the Hugo flags that select the variant. Local passes
// none. The templates read the variant from params.panduan.variant,
// which config/<environment>/hugo.toml sets, and not from
// hugo.Environment: hugorun sets HUGO_ENVIRONMENT=production, which
// overrides --environment in hugo.Environment (Hugo v0.165.0) but not
// in the choice of the config folder.
func hugoArgs(v Variant, baseURL string) []string {
	switch v {
	case Bundle:
		return []string{"--environment", v.String()}
	case Hosted:
		return []string{"--environment", v.String(), "--baseURL", baseURL}
	}
	return nil
}

// checkVariant checks the variant options before anything is written,
// and returns the base URL to pass to Hugo.
func checkVariant(opts Options) (string, error) {
	var base string
	switch opts.Variant {
	case Local, Bundle:
		if opts.BaseURL != "" {
			return "", fmt.Errorf("a base URL (%s) is only used by the hosted build", opts.BaseURL)
		}
	case Hosted:
		var err error
		base, err = NormalizeBaseURL(opts.BaseURL)
		if err != nil {
			return "", err
		}
	default:
		return "", fmt.Errorf("unknown build variant %d", int(opts.Variant))
	}

	// Hugo runs without complaint when the environment's folder is
	// missing, and would write the local site instead.
	if dir := opts.Variant.ConfigDir(); dir != "" {
		path := filepath.Join(opts.Source, filepath.FromSlash(dir))
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("%s is missing: the %s build reads Hugo's settings for it from there", path, opts.Variant)
		} else if err != nil {
			return "", err
		}
	}
	return base, nil
}

// NormalizeBaseURL checks that raw is an absolute http or https URL
// with no query, fragment or user, and returns it ending in "/", which
// Hugo needs to join page paths to a base URL with a path.
func NormalizeBaseURL(raw string) (string, error) {
	invalid := func(reason string) error {
		return fmt.Errorf("invalid base URL %q: %s; use an absolute URL such as https://example.org/panduan/", raw, reason)
	}
	if raw == "" {
		return "", invalid("it is empty")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", invalid(err.Error())
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return "", invalid("the scheme must be http or https")
	case u.Host == "":
		return "", invalid("the host is missing")
	case u.User != nil:
		return "", invalid("it must not contain a user name or password")
	case u.RawQuery != "" || u.ForceQuery:
		return "", invalid("it must not contain a query")
	case u.Fragment != "" || strings.Contains(raw, "#"):
		return "", invalid("it must not contain a fragment")
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
		if u.RawPath != "" {
			u.RawPath += "/"
		}
	}
	return u.String(), nil
}
