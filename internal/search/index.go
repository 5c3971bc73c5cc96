// Package search builds the site's offline search index: one classic
// script per language, <lang>/search/index.js, that sets
// window.panduanSearch. A script loads through <script src> from
// file://, where fetch and XMLHttpRequest cannot read a file.
//
// The index lists the published services of the directory and the
// guidance pages of content/<lang>, each with a title, a short text,
// its URL relative to the language's folder and its kind, and maps
// every search term to the entries that contain it. Tokens defines the
// terms. assets/js/search.js splits the reader's query the same way and
// lists the entries that contain every term. The index holds plain
// text, which the script inserts with textContent.
package search

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/panduan/panduan/internal/directory"
	"github.com/panduan/panduan/internal/sitedata"
)

// The kinds of entry.
const (
	KindService = "service"
	KindGuide   = "guide"
)

// Entry is one search result.
type Entry struct {
	// Kind is KindService or KindGuide.
	Kind  string `json:"kind"`
	Title string `json:"title"`
	// Text is the line shown under the title: a service's area and
	// country, or a guidance page's description.
	Text string `json:"text"`
	// URL is the page's path relative to the language's folder, such as
	// "directory/thailand/th-50/th-005.html".
	URL string `json:"url"`
}

// Index is the search index of one language.
type Index struct {
	Lang    string  `json:"lang"`
	Entries []Entry `json:"entries"`
	// Terms maps every term of Tokens to the positions in Entries of the
	// entries that contain it, in increasing order.
	Terms map[string][]int `json:"terms"`
}

// Build returns the index of one language: the published services of d
// in the site's order for lang, then the guidance pages. A service is
// found by its name, organisation, types of assistance, area, country,
// public city and description. A guidance page is found by its title,
// description and text.
func Build(d *directory.Directory, guides []Guide, lang string) *Index {
	idx := &Index{Lang: lang, Entries: []Entry{}, Terms: map[string][]int{}}

	// sitedata.Build leaves closed services out, passes every service
	// through directory.Service.Public and sorts the services as the
	// list pages do. The time only formats dates, which the index does
	// not use.
	data := sitedata.Build(d, lang, time.Time{})
	for _, s := range data.Services {
		idx.add(serviceEntry(s), serviceText(s)...)
	}

	guides = slices.Clone(guides)
	slices.SortStableFunc(guides, func(a, b Guide) int { return cmp.Compare(a.URL, b.URL) })
	for _, g := range guides {
		idx.add(Entry{Kind: KindGuide, Title: g.Title, Text: g.Description, URL: g.URL}, g.Title, g.Description, g.Text)
	}
	return idx
}

// add appends e and records the terms of its title and of texts.
func (idx *Index) add(e Entry, texts ...string) {
	pos := len(idx.Entries)
	idx.Entries = append(idx.Entries, e)
	seen := map[string]bool{}
	for _, text := range append([]string{e.Title}, texts...) {
		for _, term := range Tokens(text) {
			if !seen[term] {
				seen[term] = true
				idx.Terms[term] = append(idx.Terms[term], pos)
			}
		}
	}
}

// ServiceURL returns the path of a service's page relative to the
// language's folder, as adapters/_content.gotmpl names it.
func ServiceURL(s *sitedata.Service) string {
	return "directory/" + s.CountrySlug + "/" + s.AreaSlug + "/" + s.Slug + ".html"
}

// serviceEntry returns the entry of a service. Its text is the area and
// the country, followed by the status when the service is temporarily
// closed.
func serviceEntry(s *sitedata.Service) Entry {
	text := s.Area.Name.Text + ", " + s.Country.Name.Text
	if s.TemporarilyClosed && s.StatusLabel != "" {
		text += " · " + s.StatusLabel
	}
	return Entry{Kind: KindService, Title: s.Name.Text, Text: text, URL: ServiceURL(s)}
}

// serviceText returns the texts of a service that a search looks in,
// besides its name.
func serviceText(s *sitedata.Service) []string {
	texts := []string{s.Area.Name.Text, s.Country.Name.Text, s.Description.Text}
	if s.Organisation != nil {
		texts = append(texts, s.Organisation.Name.Text)
	}
	for _, t := range s.Types {
		texts = append(texts, t.Label.Text)
	}
	if s.Address != nil {
		texts = append(texts, s.Address.City)
	}
	return slices.DeleteFunc(texts, func(t string) bool { return strings.TrimSpace(t) == "" })
}
