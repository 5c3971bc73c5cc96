package guidance

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// JSONVersion is the version of the JSON status format. It changes only
// when a field is removed or changes meaning; new fields may be added
// without a change.
const JSONVersion = 1

// WriteText writes a short table per language: the completion, the
// pages that are not current, and the UI strings that are missing or
// not in English.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	needsMark := false
	for i := range r.Languages {
		l := &r.Languages[i]
		if i > 0 {
			fmt.Fprintln(tw)
		}
		fmt.Fprintf(tw, "%s: %d%% complete\n", l.Lang, r.Completion(l.Lang))

		english := len(l.Pages) - l.Count(Extra)
		fmt.Fprintf(tw, "  pages\t%d of %d current\n", l.Count(Current), english)
		for _, p := range l.Pages {
			if p.State == Current {
				continue
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", p.State, p.File, pageNote(p))
			needsMark = needsMark || p.State == Untracked || p.State == Outdated
		}

		s := l.Strings
		fmt.Fprintf(tw, "  strings\t%d of %d translated\t%s\n", s.Translated, s.Total, s.File)
		if len(s.Missing) > 0 {
			fmt.Fprintf(tw, "  missing\t%s\n", strings.Join(s.Missing, ", "))
		}
		if len(s.Extra) > 0 {
			fmt.Fprintf(tw, "  extra\t%s\n", strings.Join(s.Extra, ", "))
		}

		if d := r.Directory[l.Lang]; d != nil {
			fmt.Fprintf(tw, "  directory\t%d of %d fields translated\n", d.Fields-len(d.Untranslated), d.Fields)
			for _, f := range d.Untranslated {
				fmt.Fprintf(tw, "  untranslated\t%s %s\t%s\n", f.Entry, f.Field, f.Location)
			}
		}
	}
	if needsMark {
		fmt.Fprintln(tw, "\nAfter reviewing a translation against its English page, record it as current with")
		fmt.Fprintln(tw, "  panduan status --mark-current FILE")
	}
	return tw.Flush()
}

// pageNote explains a page state in the text table.
func pageNote(p PageStatus) string {
	switch p.State {
	case Outdated:
		return "English page changed since " + shortSource(p.Recorded)
	case Untracked:
		return "no source entry in the front matter"
	case Missing:
		return "translate " + p.SourceFile
	case Invalid:
		return p.Problem
	case Extra:
		return "no English page " + sourceFile(p.Path)
	}
	return ""
}

// shortSource names a recorded source by commit when there is one.
func shortSource(s Source) string {
	if len(s.Commit) >= 7 {
		return "commit " + s.Commit[:7]
	}
	return s.Digest
}

type jsonReport struct {
	Version   int            `json:"version"`
	Source    string         `json:"source"`
	Languages []jsonLanguage `json:"languages"`
}

type jsonLanguage struct {
	Lang       string         `json:"lang"`
	Completion int            `json:"completion"`
	Pages      jsonPages      `json:"pages"`
	Strings    jsonStrings    `json:"strings"`
	Directory  *jsonDirectory `json:"directory,omitempty"`
}

type jsonPages struct {
	Total     int        `json:"total"`
	Current   int        `json:"current"`
	Outdated  int        `json:"outdated"`
	Untracked int        `json:"untracked"`
	Missing   int        `json:"missing"`
	Invalid   int        `json:"invalid"`
	Extra     int        `json:"extra"`
	List      []jsonPage `json:"list"`
}

type jsonPage struct {
	Path           string    `json:"path"`
	File           string    `json:"file"`
	State          PageState `json:"state"`
	Digest         string    `json:"digest,omitempty"`
	RecordedDigest string    `json:"recorded_digest,omitempty"`
	RecordedCommit string    `json:"recorded_commit,omitempty"`
	Problem        string    `json:"problem,omitempty"`
}

type jsonStrings struct {
	File       string   `json:"file"`
	Total      int      `json:"total"`
	Translated int      `json:"translated"`
	Missing    []string `json:"missing"`
	Extra      []string `json:"extra"`
}

type jsonDirectory struct {
	Fields       int                  `json:"fields"`
	Translated   int                  `json:"translated"`
	Untranslated []jsonDirectoryField `json:"untranslated"`
}

type jsonDirectoryField struct {
	Entry    string `json:"entry"`
	Field    string `json:"field"`
	Location string `json:"location,omitempty"`
}

// WriteJSON writes the report in the stable JSON format that
// docs/translating.md documents.
func (r *Report) WriteJSON(w io.Writer) error {
	out := jsonReport{Version: JSONVersion, Source: r.Source, Languages: []jsonLanguage{}}
	for i := range r.Languages {
		l := &r.Languages[i]
		jl := jsonLanguage{
			Lang:       l.Lang,
			Completion: r.Completion(l.Lang),
			Pages: jsonPages{
				Total:     len(l.Pages) - l.Count(Extra),
				Current:   l.Count(Current),
				Outdated:  l.Count(Outdated),
				Untracked: l.Count(Untracked),
				Missing:   l.Count(Missing),
				Invalid:   l.Count(Invalid),
				Extra:     l.Count(Extra),
				List:      []jsonPage{},
			},
			Strings: jsonStrings{
				File:       l.Strings.File,
				Total:      l.Strings.Total,
				Translated: l.Strings.Translated,
				Missing:    nonNil(l.Strings.Missing),
				Extra:      nonNil(l.Strings.Extra),
			},
		}
		for _, p := range l.Pages {
			jl.Pages.List = append(jl.Pages.List, jsonPage{
				Path:           p.Path,
				File:           p.File,
				State:          p.State,
				Digest:         p.Digest,
				RecordedDigest: p.Recorded.Digest,
				RecordedCommit: p.Recorded.Commit,
				Problem:        p.Problem,
			})
		}
		if d := r.Directory[l.Lang]; d != nil {
			jd := &jsonDirectory{Fields: d.Fields, Translated: d.Fields - len(d.Untranslated), Untranslated: []jsonDirectoryField{}}
			for _, f := range d.Untranslated {
				jd.Untranslated = append(jd.Untranslated, jsonDirectoryField(f))
			}
			jl.Directory = jd
		}
		out.Languages = append(out.Languages, jl)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
