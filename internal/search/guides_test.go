package search

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestGuideURL(t *testing.T) {
	tests := []struct {
		rel, slug, want string
	}{
		{"_index.md", "", "index.html"},
		{"guide/_index.md", "", "guide/index.html"},
		{"guide/get-help.md", "", "guide/get-help.html"},
		{"guide/Get-Help.md", "", "guide/get-help.html"},
		{"guide/get-help.md", "help", "guide/help.html"},
		{"guide/rights/index.md", "", "guide/rights.html"},
		{"guide/rights/index.md", "your-rights", "guide/your-rights.html"},
	}
	for _, tt := range tests {
		got, err := guideURL(tt.rel, tt.slug)
		if err != nil || got != tt.want {
			t.Errorf("guideURL(%q, %q) = %q, %v; want %q", tt.rel, tt.slug, got, err, tt.want)
		}
	}
}

func TestGuideURLRejectsRewrittenNames(t *testing.T) {
	for _, rel := range []string{"guide/get help.md", "guide/hak-anda?.md"} {
		if got, err := guideURL(rel, ""); err == nil {
			t.Errorf("guideURL(%q) = %q, want an error: Hugo would publish another path", rel, got)
		}
	}
}

func TestParseGuide(t *testing.T) {
	src := "---\n" +
		"title: \"Get help\"\n" +
		"description: \"Who to call.\"\n" +
		"weight: 30\n" +
		"---\n\n" +
		"## In an emergency\n\n" +
		"Call the **hot**line: {{< hotline \"TH\" >}}\n" +
		"or read [your rights](/guide/your-rights).\n\n" +
		"- first item\n- second item\n\n" +
		"<div>raw html</div>\n\n" +
		"![a picture](x.png)\n"
	g, publish, err := parseGuide("guide/get-help.md", []byte(src))
	if err != nil || !publish {
		t.Fatalf("parseGuide = %v, %v; want a published page", publish, err)
	}
	if g.URL != "guide/get-help.html" || g.Title != "Get help" || g.Description != "Who to call." {
		t.Errorf("guide = %+v", g)
	}
	want := "In an emergency Call the hotline: or read your rights. first item second item"
	if g.Text != want {
		t.Errorf("text = %q, want %q", g.Text, want)
	}
	for _, absent := range []string{"hotline \"TH\"", "/guide/your-rights", "raw html", "picture"} {
		if strings.Contains(g.Text, absent) {
			t.Errorf("text contains %q: %q", absent, g.Text)
		}
	}
}

func TestParseGuideThaiLinkJoinsText(t *testing.T) {
	// Thai writes no space after a link; the text on both sides stays
	// one run, as the reader sees it.
	src := "---\ntitle: \"x\"\n---\n[รายชื่อ](/directory)รวบรวม\n"
	g, _, err := parseGuide("guide/x.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if g.Text != "รายชื่อรวบรวม" {
		t.Errorf("text = %q, want %q", g.Text, "รายชื่อรวบรวม")
	}
}

func TestParseGuideDraft(t *testing.T) {
	_, publish, err := parseGuide("guide/x.md", []byte("---\ntitle: x\ndraft: true\n---\ntext\n"))
	if err != nil || publish {
		t.Errorf("parseGuide of a draft = %v, %v; want not published", publish, err)
	}
}

func TestParseGuideErrors(t *testing.T) {
	tests := map[string]string{
		"url":             "---\ntitle: x\nurl: /elsewhere/\n---\ntext\n",
		"no closing line": "---\ntitle: x\ntext\n",
		"invalid YAML":    "---\ntitle: [x\n---\ntext\n",
	}
	for name, src := range tests {
		if _, _, err := parseGuide("guide/x.md", []byte(src)); err == nil {
			t.Errorf("%s: parseGuide returned no error", name)
		}
	}
}

func TestParseGuideWithoutFrontMatter(t *testing.T) {
	g, publish, err := parseGuide("guide/x.md", []byte("Just text.\n"))
	if err != nil || !publish || g.Text != "Just text." || g.Title != "" {
		t.Errorf("parseGuide = %+v, %v, %v", g, publish, err)
	}
}

func TestReadGuides(t *testing.T) {
	content := t.TempDir()
	files := map[string]string{
		"th/_index.md":         "---\ntitle: \"หน้าแรก\"\n---\nยินดีต้อนรับ\n",
		"th/guide/_index.md":   "---\ntitle: \"คำแนะนำ\"\n---\n",
		"th/guide/get-help.md": "---\ntitle: \"วิธีขอความช่วยเหลือ\"\n---\nโทรสายด่วน\n",
		"th/guide/draft.md":    "---\ntitle: \"ร่าง\"\ndraft: true\n---\n",
		"th/guide/notes.txt":   "not Markdown",
		"en/guide/get-help.md": "---\ntitle: \"Get help\"\n---\n",
	}
	for name, text := range files {
		path := filepath.Join(content, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	guides, err := ReadGuides(content, "th")
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, g := range guides {
		urls = append(urls, g.URL)
	}
	slices.Sort(urls)
	want := "guide/get-help.html guide/index.html index.html"
	if got := strings.Join(urls, " "); got != want {
		t.Errorf("URLs = %q, want %q", got, want)
	}

	none, err := ReadGuides(content, "vi")
	if err != nil || len(none) != 0 {
		t.Errorf("ReadGuides of a language without a folder = %v, %v; want none and no error", none, err)
	}
}
