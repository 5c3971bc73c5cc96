package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestNormalizeBaseURL(t *testing.T) {
	valid := []struct{ in, want string }{
		{"https://example.org/panduan/", "https://example.org/panduan/"},
		{"https://example.org/panduan", "https://example.org/panduan/"},
		{"https://example.org", "https://example.org/"},
		{"http://127.0.0.1:8080/a/b", "http://127.0.0.1:8080/a/b/"},
	}
	for _, c := range valid {
		got, err := NormalizeBaseURL(c.in)
		if err != nil {
			t.Errorf("NormalizeBaseURL(%q): %v", c.in, err)
			continue
		}
		if got != c.want {
			t.Errorf("NormalizeBaseURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}

	invalid := []struct{ in, reason string }{
		{"", "it is empty"},
		{"/panduan/", "the scheme must be http or https"},
		{"example.org/panduan/", "the scheme must be http or https"},
		{"ftp://example.org/", "the scheme must be http or https"},
		{"https:///panduan/", "the host is missing"},
		{"https://user:secret@example.org/", "user name or password"},
		{"https://example.org/?lang=en", "must not contain a query"},
		{"https://example.org/?", "must not contain a query"},
		{"https://example.org/#top", "must not contain a fragment"},
	}
	for _, c := range invalid {
		_, err := NormalizeBaseURL(c.in)
		if err == nil {
			t.Errorf("NormalizeBaseURL(%q) succeeded, want an error", c.in)
			continue
		}
		if !strings.Contains(err.Error(), c.reason) {
			t.Errorf("NormalizeBaseURL(%q) error = %q, want it to contain %q", c.in, err, c.reason)
		}
	}
}

// siteWithConfig returns a site root that holds config/<name>/ for each
// of names.
func siteWithConfig(t *testing.T, names ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, name := range names {
		if err := os.MkdirAll(filepath.Join(root, "config", name), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestCheckVariantHosted(t *testing.T) {
	root := siteWithConfig(t, "hosted")
	base, err := checkVariant(Options{Source: root, Variant: Hosted, BaseURL: "https://example.org/panduan"})
	if err != nil {
		t.Fatal(err)
	}
	if base != "https://example.org/panduan/" {
		t.Errorf("base URL = %q, want it with a final slash", base)
	}
}

func TestCheckVariantMissingConfig(t *testing.T) {
	cases := []struct {
		opts Options
		want string
	}{
		{Options{Variant: Hosted, BaseURL: "https://example.org/"}, filepath.Join("config", "hosted") + " is missing"},
		{Options{Variant: Bundle}, filepath.Join("config", "bundle") + " is missing"},
	}
	for _, c := range cases {
		c.opts.Source = siteWithConfig(t)
		_, err := checkVariant(c.opts)
		if err == nil {
			t.Errorf("%s without its config folder: no error", c.opts.Variant)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error = %q, want it to contain %q", c.opts.Variant, err, c.want)
		}
	}
}

func TestCheckVariantBaseURLOnlyHosted(t *testing.T) {
	root := siteWithConfig(t, "bundle")
	for _, v := range []Variant{Local, Bundle} {
		_, err := checkVariant(Options{Source: root, Variant: v, BaseURL: "https://example.org/"})
		if err == nil || !strings.Contains(err.Error(), "only used by the hosted build") {
			t.Errorf("%s with a base URL: error = %v, want one about the hosted build", v, err)
		}
	}
	if _, err := checkVariant(Options{Source: root, Variant: Hosted}); err == nil {
		t.Error("hosted without a base URL: no error")
	}
}

func TestCheckVariantLocalNeedsNoConfig(t *testing.T) {
	base, err := checkVariant(Options{Source: siteWithConfig(t), Variant: Local})
	if err != nil {
		t.Fatal(err)
	}
	if base != "" {
		t.Errorf("base URL = %q, want none", base)
	}
}

func TestHugoArgs(t *testing.T) {
	cases := []struct {
		variant Variant
		want    []string
	}{
		{Local, nil},
		{Bundle, []string{"--environment", "bundle"}},
		{Hosted, []string{"--environment", "hosted", "--baseURL", "https://example.org/panduan/"}},
	}
	for _, c := range cases {
		got := hugoArgs(c.variant, "https://example.org/panduan/")
		if !slices.Equal(got, c.want) {
			t.Errorf("hugoArgs(%s) = %q, want %q", c.variant, got, c.want)
		}
	}
}
