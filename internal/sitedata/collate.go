package sitedata

import (
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// collator sorts texts as readers of one language expect: Thai by its
// consonants before tone marks and vowels written first, Vietnamese Đ
// after D.
type collator struct {
	c *collate.Collator
}

func newCollator(lang string) *collator {
	return &collator{c: collate.New(language.Make(lang), collate.IgnoreCase)}
}

// sortByText sorts items stably by the text key returns.
func sortByText[T any](c *collator, items []T, key func(T) string) {
	keys := make([]string, len(items))
	for i, item := range items {
		keys[i] = key(item)
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		return c.c.CompareString(keys[idx[i]], keys[idx[j]]) < 0
	})
	sorted := make([]T, len(items))
	for i, k := range idx {
		sorted[i] = items[k]
	}
	copy(items, sorted)
}
