package guidance

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const englishStaySafe = `---
title: "Stay safe"
---

Someone may check your phone.

## Quick exit

Every page has a quick exit button.
`

const thaiStaySafe = `---
title: "ความปลอดภัย"
description: "วิธีใช้ปุ่มออกด่วน"
# ผู้แปล: ตรวจแล้ว
weight: 40
---

อาจมีคนตรวจโทรศัพท์ของคุณ

## ปุ่มออกด่วน

ทุกหน้ามีปุ่มออกด่วน
`

// noGitAbove keeps git from finding a repository that contains the
// temporary folder, so that a site copy has no history.
func noGitAbove(t *testing.T, root string) {
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(root))
}

func status(t *testing.T, root string, langs ...string) *Report {
	t.Helper()
	r, err := Status(root, append([]string{"en"}, langs...))
	if err != nil {
		t.Fatalf("Status: %v", err)
	}
	return r
}

// pageState returns the state of one page of a language in r.
func pageState(t *testing.T, r *Report, lang, path string) PageStatus {
	t.Helper()
	for _, l := range r.Languages {
		if l.Lang != lang {
			continue
		}
		for _, p := range l.Pages {
			if p.Path == path {
				return p
			}
		}
	}
	t.Fatalf("no page %s in language %s", path, lang)
	return PageStatus{}
}

func TestDigestIgnoresNormalisation(t *testing.T) {
	precomposed := "---\ntitle: \"Vi\u1ec7t Nam\"\n---\n\nVi\u1ec7t Nam.\n\nSecond paragraph.\n"
	variants := map[string]string{
		"decomposed":      "---\ntitle: \"Vie\u0323\u0302t Nam\"\n---\n\nVie\u0323\u0302t Nam.\n\nSecond paragraph.\n",
		"CRLF":            strings.ReplaceAll(precomposed, "\n", "\r\n"),
		"trailing spaces": "---\ntitle: \"Vi\u1ec7t Nam\"\n---\n\nVi\u1ec7t Nam.   \n\n\n\nSecond paragraph.\n\n",
	}
	root := writeSite(t, map[string]string{"content/en/p.md": precomposed})
	want, err := readSourceText(root, "content/en/p.md")
	if err != nil {
		t.Fatal(err)
	}
	for name, page := range variants {
		writeFile(t, root, "content/en/p.md", page)
		got, err := readSourceText(root, "content/en/p.md")
		if err != nil {
			t.Fatal(err)
		}
		if got.Digest() != want.Digest() {
			t.Errorf("%s: digest %s, want %s", name, got.Digest(), want.Digest())
		}
	}

	writeFile(t, root, "content/en/p.md", strings.Replace(precomposed, "Second", "Third", 1))
	changed, err := readSourceText(root, "content/en/p.md")
	if err != nil {
		t.Fatal(err)
	}
	if changed.Digest() == want.Digest() {
		t.Error("a changed word kept the digest")
	}
	if !strings.HasPrefix(want.Digest(), DigestPrefix) || len(want.Digest()) != len(DigestPrefix)+16 {
		t.Errorf("digest %q is not sha256: and 16 hex digits", want.Digest())
	}
}

func TestStatusWithoutGit(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/en/guide/get-help.md":  englishGetHelp,
		"content/en/guide/stay-safe.md": englishStaySafe,
		"content/th/guide/stay-safe.md": thaiStaySafe,
	})
	noGitAbove(t, root)

	r := status(t, root, "th")
	if got := pageState(t, r, "th", "guide/stay-safe.md").State; got != Untracked {
		t.Errorf("before marking: state %s, want %s", got, Untracked)
	}
	if got := pageState(t, r, "th", "guide/get-help.md").State; got != Missing {
		t.Errorf("untranslated page: state %s, want %s", got, Missing)
	}

	if err := MarkCurrent(root, "content/th/guide/stay-safe.md"); err != nil {
		t.Fatalf("MarkCurrent: %v", err)
	}
	r = status(t, root, "th")
	marked := pageState(t, r, "th", "guide/stay-safe.md")
	if marked.State != Current {
		t.Errorf("after marking: state %s, want %s", marked.State, Current)
	}
	if marked.Recorded.Commit != "" {
		t.Errorf("commit %q recorded without Git", marked.Recorded.Commit)
	}

	writeFile(t, root, "content/en/guide/stay-safe.md", englishStaySafe+"\nDelete your browsing history too.\n")
	r = status(t, root, "th")
	outdated := pageState(t, r, "th", "guide/stay-safe.md")
	if outdated.State != Outdated {
		t.Fatalf("after the English change: state %s, want %s", outdated.State, Outdated)
	}

	var out bytes.Buffer
	if err := WriteSourceChanges(context.Background(), &out, root, outdated); err != nil {
		t.Fatalf("WriteSourceChanges: %v", err)
	}
	for _, want := range []string{
		"No history is available",
		"content/en/guide/stay-safe.md:11: new or changed paragraph",
		"    Delete your browsing history too.",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("changes do not contain %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "quick exit button") {
		t.Errorf("changes list an unchanged paragraph:\n%s", out.String())
	}
}

func TestMarkCurrentKeepsOtherBytes(t *testing.T) {
	withOldSource := strings.Replace(thaiStaySafe, "weight: 40\n",
		"source: {digest: \"sha256:0000000000000000\", commit: \"abcdef0\"}\n\n# หมายเหตุ\nweight: 40\n", 1)
	tests := []struct {
		name, page string
	}{
		{"no source entry", thaiStaySafe},
		{"old source entry", withOldSource},
		{"source entry last", strings.Replace(thaiStaySafe, "weight: 40\n", "weight: 40\nsource:\n  digest: \"sha256:0000000000000000\"\n", 1)},
		{"CRLF", strings.ReplaceAll(thaiStaySafe, "\n", "\r\n")},
		{"no front matter", "อาจมีคนตรวจโทรศัพท์ของคุณ\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := writeSite(t, map[string]string{
				"content/en/guide/stay-safe.md": englishStaySafe,
				"content/th/guide/stay-safe.md": tc.page,
			})
			noGitAbove(t, root)
			if err := MarkCurrent(root, "content/th/guide/stay-safe.md"); err != nil {
				t.Fatalf("MarkCurrent: %v", err)
			}
			got := readSiteFile(t, root, "content/th/guide/stay-safe.md")

			// Removing the new source entry must give back the file
			// without any source entry.
			nl := "\n"
			if strings.Contains(tc.page, "\r\n") {
				nl = "\r\n"
			}
			start := strings.Index(got, "source:"+nl)
			if start < 0 {
				t.Fatalf("no block source entry in:\n%s", got)
			}
			end := start + len("source:"+nl)
			for strings.HasPrefix(got[end:], "  ") {
				end += strings.Index(got[end:], nl) + len(nl)
			}
			rest := got[:start] + got[end:]
			want := tc.page
			for _, old := range []string{
				"source: {digest: \"sha256:0000000000000000\", commit: \"abcdef0\"}\n",
				"source:\n  digest: \"sha256:0000000000000000\"\n",
			} {
				want = strings.Replace(want, old, "", 1)
			}
			if !strings.HasPrefix(tc.page, "---") {
				want = "---\n---\n" + want
			}
			if rest != want {
				t.Errorf("file apart from the source entry:\n%s\nwant:\n%s", rest, want)
			}

			r := status(t, root, "th")
			if st := pageState(t, r, "th", "guide/stay-safe.md").State; st != Current {
				t.Errorf("state %s, want %s", st, Current)
			}
		})
	}
}

func TestMarkCurrentRejectsPaths(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/en/guide/stay-safe.md": englishStaySafe,
		"content/th/guide/stay-safe.md": thaiStaySafe,
		"content/th/guide/orphan.md":    thaiStaySafe,
	})
	for _, file := range []string{
		"content/en/guide/stay-safe.md",
		"content/th/guide/orphan.md",
		"../content/th/guide/stay-safe.md",
		"content/th/guide/missing.md",
		"README.md",
	} {
		if err := MarkCurrent(root, file); err == nil {
			t.Errorf("MarkCurrent(%q) succeeded", file)
		}
	}
	if got := readSiteFile(t, root, "content/th/guide/orphan.md"); got != thaiStaySafe {
		t.Errorf("a rejected call changed the file:\n%s", got)
	}
}

func TestStatusStrings(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/en/guide/stay-safe.md": englishStaySafe,
		"content/th/guide/stay-safe.md": thaiStaySafe,
		"i18n/en.toml": `quickExit = "Leave this site"
[home]
other = "Home"
[results]
one = "{{ .Count }} service"
other = "{{ .Count }} services"
`,
		"i18n/th.toml": `quickExit = ""
[home]
other = "หน้าแรก"
[results]
other = "{{ .Count }} หน่วยบริการ"
[oldKey]
other = "เก่า"
`,
	})
	noGitAbove(t, root)
	if err := MarkCurrent(root, "content/th/guide/stay-safe.md"); err != nil {
		t.Fatal(err)
	}
	r := status(t, root, "th", "vi")

	th := r.Languages[0].Strings
	if th.Total != 3 || th.Translated != 2 {
		t.Errorf("th: %d of %d translated, want 2 of 3", th.Translated, th.Total)
	}
	if strings.Join(th.Missing, ",") != "quickExit" {
		t.Errorf("th missing %q, want [quickExit]", th.Missing)
	}
	if strings.Join(th.Extra, ",") != "oldKey" {
		t.Errorf("th extra %q, want [oldKey]", th.Extra)
	}
	// The mean of 1 of 1 pages and 2 of 3 strings.
	if got := r.Completion("th"); got != 83 {
		t.Errorf("th completion %d%%, want 83%%", got)
	}

	vi := r.Languages[1]
	if vi.Strings.Translated != 0 || len(vi.Strings.Missing) != 3 {
		t.Errorf("vi without i18n/vi.toml: %d translated, missing %q", vi.Strings.Translated, vi.Strings.Missing)
	}
	if got := r.Completion("vi"); got != 0 {
		t.Errorf("vi completion %d%%, want 0%%", got)
	}

	r.Directory["th"] = &DirectoryStatus{Fields: 4, Untranslated: []DirectoryField{{Entry: "service svc-1", Field: "description"}}}
	// The mean of 1/1, 2/3 and 3/4.
	if got := r.Completion("th"); got != 80 {
		t.Errorf("th completion with directory %d%%, want 80%%", got)
	}
}

func TestStatusJSON(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/en/guide/stay-safe.md": englishStaySafe,
		"content/en/guide/get-help.md":  englishGetHelp,
		"content/th/guide/stay-safe.md": thaiStaySafe,
		"content/th/guide/old.md":       thaiStaySafe,
		"content/vi/guide/stay-safe.md": "---\ntitle: [broken\n---\n",
	})
	noGitAbove(t, root)
	r := status(t, root, "th", "vi")

	var out bytes.Buffer
	if err := r.WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version   int    `json:"version"`
		Source    string `json:"source"`
		Languages []struct {
			Lang       string `json:"lang"`
			Completion int    `json:"completion"`
			Pages      struct {
				Total, Current, Outdated, Untracked, Missing, Invalid, Extra int
				List                                                         []struct {
					Path, File, State, Digest, Problem string
				}
			} `json:"pages"`
			Strings struct {
				Missing []string `json:"missing"`
			} `json:"strings"`
		} `json:"languages"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out.String())
	}
	if got.Version != JSONVersion || got.Source != "en" || len(got.Languages) != 2 {
		t.Fatalf("version %d, source %q, %d languages:\n%s", got.Version, got.Source, len(got.Languages), out.String())
	}
	th, vi := got.Languages[0], got.Languages[1]
	if th.Pages.Total != 2 || th.Pages.Untracked != 1 || th.Pages.Missing != 1 || th.Pages.Extra != 1 {
		t.Errorf("th pages %+v", th.Pages)
	}
	if len(th.Pages.List) != 3 || th.Pages.List[0].Path != "guide/get-help.md" || th.Pages.List[1].State != "extra" {
		t.Errorf("th page list %+v", th.Pages.List)
	}
	if vi.Pages.Invalid != 1 || vi.Pages.List[1].Problem == "" {
		t.Errorf("vi pages %+v", vi.Pages)
	}
	if !strings.Contains(out.String(), `"missing": []`) {
		t.Errorf("empty lists must be [], not null:\n%s", out.String())
	}
}

func TestStatusText(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/en/guide/stay-safe.md": englishStaySafe,
		"content/en/guide/get-help.md":  englishGetHelp,
		"content/th/guide/stay-safe.md": thaiStaySafe,
	})
	noGitAbove(t, root)
	var out bytes.Buffer
	if err := status(t, root, "th").WriteText(&out); err != nil {
		t.Fatal(err)
	}
	// Compare with the column padding collapsed to one space.
	text := strings.Join(strings.Fields(out.String()), " ")
	for _, want := range []string{
		"th: 0% complete",
		"pages 0 of 2 current",
		"missing content/th/guide/get-help.md translate content/en/guide/get-help.md",
		"untracked content/th/guide/stay-safe.md no source entry",
		"panduan status --mark-current FILE",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output does not contain %q:\n%s", want, out.String())
		}
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.TrimRight(line, " ") != line {
			t.Errorf("line %q ends in spaces", line)
		}
	}
}

// git runs git in dir with a fixed identity and fails the test on error.
func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GIT_AUTHOR_NAME=Test", "GIT_AUTHOR_EMAIL=test@example.org",
		"GIT_COMMITTER_NAME=Test", "GIT_COMMITTER_EMAIL=test@example.org",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func TestStatusGitDiff(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	root := writeSite(t, map[string]string{
		"content/en/guide/stay-safe.md": englishStaySafe,
		"content/th/guide/stay-safe.md": thaiStaySafe,
	})
	noGitAbove(t, root)
	t.Setenv("GIT_CONFIG_GLOBAL", "/dev/null")
	git(t, root, "init", "--quiet")
	git(t, root, "add", ".")
	git(t, root, "commit", "--quiet", "-m", "Add stay-safe")
	first := git(t, root, "rev-parse", "HEAD")

	if err := MarkCurrent(root, "content/th/guide/stay-safe.md"); err != nil {
		t.Fatalf("MarkCurrent: %v", err)
	}
	if src, err := PageSource(root, "content/th/guide/stay-safe.md"); err != nil || src.Commit != first {
		t.Fatalf("recorded commit %q (%v), want %s", src.Commit, err, first)
	}
	git(t, root, "commit", "--quiet", "-am", "Mark the Thai page current")

	changed := strings.Replace(englishStaySafe, "Every page has a quick exit button.", "Every page has a quick exit button at the top.", 1)
	writeFile(t, root, "content/en/guide/stay-safe.md", changed)
	git(t, root, "commit", "--quiet", "-am", "Say where the button is")

	p := pageState(t, status(t, root, "th"), "th", "guide/stay-safe.md")
	if p.State != Outdated {
		t.Fatalf("state %s, want %s", p.State, Outdated)
	}
	var out bytes.Buffer
	if err := WriteSourceChanges(context.Background(), &out, root, p); err != nil {
		t.Fatalf("WriteSourceChanges: %v", err)
	}
	for _, want := range []string{
		"-Every page has a quick exit button.",
		"+Every page has a quick exit button at the top.",
		"since commit " + first[:7],
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("diff does not contain %q:\n%s", want, out.String())
		}
	}

	if err := MarkCurrent(root, "content/th/guide/stay-safe.md"); err != nil {
		t.Fatal(err)
	}
	p = pageState(t, status(t, root, "th"), "th", "guide/stay-safe.md")
	if p.State != Current || p.Recorded.Commit != git(t, root, "rev-parse", "HEAD") {
		t.Errorf("after marking again: state %s, commit %q", p.State, p.Recorded.Commit)
	}
}

func TestMarkCurrentSkipsUncommittedSource(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	root := writeSite(t, map[string]string{
		"content/en/guide/stay-safe.md": englishStaySafe,
		"content/th/guide/stay-safe.md": thaiStaySafe,
	})
	noGitAbove(t, root)
	t.Setenv("GIT_CONFIG_GLOBAL", "/dev/null")
	git(t, root, "init", "--quiet")
	git(t, root, "add", ".")
	git(t, root, "commit", "--quiet", "-m", "Add stay-safe")
	writeFile(t, root, "content/en/guide/stay-safe.md", englishStaySafe+"\nNew.\n")

	if err := MarkCurrent(root, "content/th/guide/stay-safe.md"); err != nil {
		t.Fatal(err)
	}
	src, err := PageSource(root, "content/th/guide/stay-safe.md")
	if err != nil {
		t.Fatal(err)
	}
	if src.Commit != "" {
		t.Errorf("recorded commit %s although the English page has uncommitted changes", src.Commit)
	}
}
