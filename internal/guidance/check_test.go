package guidance

import (
	"strings"
	"testing"

	"github.com/panduan/panduan/internal/diag"
)

func TestCheckPage(t *testing.T) {
	const head = "---\ntitle: Test\n---\n\n"
	tests := []struct {
		name string
		body string // after head, so the body starts on line 5
		want []wantDiag
	}{
		{
			name: "plain Markdown",
			body: "## Heading\n\nText with **bold**, a [link](/directory) and {{< hotline \"TH\" >}}.\n",
		},
		{
			name: "raw HTML block",
			body: "Text.\n\n<div class=\"note\">Hidden</div>\n",
			want: []wantDiag{{code: CodeRawHTML, at: "<div", contains: []string{`raw HTML is not allowed: <div class="note">`}}},
		},
		{
			name: "inline raw HTML",
			body: "Line one<br>line two.\n",
			want: []wantDiag{{code: CodeRawHTML, at: "<br>", contains: []string{"<br>"}}},
		},
		{
			name: "HTML comment",
			body: "<!-- translator note -->\n\nText.\n",
			want: []wantDiag{{code: CodeRawHTML, at: "<!--", contains: []string{"HTML comment is not allowed"}}},
		},
		{
			name: "HTML in code span is text",
			body: "Type `<br>` to break a line.\n",
		},
		{
			name: "autolink is not HTML",
			body: "Write to <help@example.org> or see <https://www.example.org>.\n",
		},
		{
			name: "shortcode not on allow-list",
			body: "{{< youtube id=\"abc\" >}}\n",
			want: []wantDiag{{code: CodeShortcode, at: "{{<", contains: []string{`shortcode "youtube" is not allowed`}}},
		},
		{
			name: "percent shortcode not on allow-list",
			body: "Text {{% notice %}}x{{% /notice %}}\n",
			want: []wantDiag{
				{code: CodeShortcode, at: "{{% notice", contains: []string{`"notice"`}},
				{code: CodeShortcode, at: "{{% /notice", contains: []string{`"notice"`}},
			},
		},
		{
			name: "shortcode comment is text",
			body: "Write {{</* youtube */>}} to embed a video.\n",
		},
		{
			name: "shortcode without argument",
			body: "{{< hotline >}}\n",
			want: []wantDiag{{code: CodeShortcodeSyntax, at: "{{<", contains: []string{"takes 1 argument, found 0"}}},
		},
		{
			name: "shortcode with invalid argument",
			body: "{{< hotline \"Thailand\" >}}\n",
			want: []wantDiag{{code: CodeShortcodeSyntax, at: "{{<", contains: []string{`invalid argument "Thailand"`}}},
		},
		{
			name: "unterminated shortcode",
			body: "Call {{< hotline \"TH\" }}\n",
			want: []wantDiag{{code: CodeShortcodeSyntax, at: "{{<", contains: []string{"no closing >}}"}}},
		},
		{
			name: "zero width space",
			body: "คำ\u200bคำ\n",
			want: []wantDiag{{code: CodeInvisible, at: "\u200b", contains: []string{"U+200B ZERO WIDTH SPACE"}}},
		},
		{
			name: "right-to-left override",
			body: "Text \u202eevil\n",
			want: []wantDiag{{code: CodeInvisible, at: "\u202e", contains: []string{"U+202E RIGHT-TO-LEFT OVERRIDE"}}},
		},
		{
			name: "zero width joiner inside emoji",
			body: "Family 👩\u200d👧\n",
		},
		{
			name: "decomposed text",
			body: "Vi\u1ec7t Nam and Vie\u0323\u0302t Nam\n",
			want: []wantDiag{{code: CodeNotNFC, severity: diag.Warning, at: "e\u0323\u0302", contains: []string{"U+0065 U+0323 U+0302"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := head + tc.body
			root := writeSite(t, map[string]string{"content/en/guide/page.md": page})
			list := checkSite(t, root)

			if len(list) != len(tc.want) {
				t.Fatalf("got %d diagnostics, want %d:%s", len(list), len(tc.want), dump(list))
			}
			for i, w := range tc.want {
				d := list[i]
				if d.Code != w.code || d.Severity != w.severity {
					t.Errorf("diagnostic %d: %s %s, want %s %s", i, d.Severity, d.Code, w.severity, w.code)
				}
				wantPos := "content/en/guide/page.md:" + positionOf(t, page, w.at)
				if d.Pos.String() != wantPos {
					t.Errorf("diagnostic %d: position %s, want %s", i, d.Pos, wantPos)
				}
				for _, s := range w.contains {
					if !strings.Contains(d.Message, s) {
						t.Errorf("diagnostic %d: message %q does not contain %q", i, d.Message, s)
					}
				}
			}
		})
	}
}

func TestCheckRawHTMLInTranslation(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/en/guide/page.md": "---\ntitle: Test\n---\n\nText.\n",
		"content/vi/guide/page.md": "---\ntitle: Thử\n---\n\n<script>alert(1)</script>\n",
	})
	list := withCode(checkSite(t, root, "vi"), CodeRawHTML)
	if len(list) != 1 {
		t.Fatalf("want one %s:%s", CodeRawHTML, dump(list))
	}
	if got := list[0].Pos.String(); got != "content/vi/guide/page.md:5:1" {
		t.Errorf("position %s, want content/vi/guide/page.md:5:1", got)
	}
}

func TestCheckFrontMatter(t *testing.T) {
	tests := []struct {
		name, page, pos, contains string
	}{
		{"invalid YAML", "---\ntitle: Test\nweight: [1\n---\n\nText.\n", "content/en/guide/page.md:", "front matter: yaml:"},
		{"wrong type", "---\ntitle: Test\nparity:\n  ignore: 3\n---\n\nText.\n", "content/en/guide/page.md:4:1", "cannot unmarshal !!int `3` into []string"},
		{"no closing line", "---\ntitle: Test\n\nText.\n", "content/en/guide/page.md:1:1", "no closing ---"},
		{"TOML", "+++\ntitle = \"Test\"\n+++\n\nText.\n", "content/en/guide/page.md:1:1", "TOML front matter"},
		{"invalid UTF-8", "---\ntitle: Test\n---\n\nText \xff.\n", "content/en/guide/page.md:5:6", "invalid UTF-8 byte 0xFF"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := writeSite(t, map[string]string{"content/en/guide/page.md": tc.page})
			list := checkSite(t, root)
			if len(list) != 1 {
				t.Fatalf("want one diagnostic:%s", dump(list))
			}
			if !strings.HasPrefix(list[0].Pos.String(), tc.pos) {
				t.Errorf("position %s, want %s", list[0].Pos, tc.pos)
			}
			if !strings.Contains(list[0].Message, tc.contains) {
				t.Errorf("message %q does not contain %q", list[0].Message, tc.contains)
			}
		})
	}
}

func TestCheckNoEnglishPages(t *testing.T) {
	root := writeSite(t, map[string]string{"content/th/guide/page.md": "ข้อความ\n"})
	if _, err := Check(root, []string{"en", "th"}); err == nil {
		t.Fatal("Check succeeded without English pages")
	}
}
