package workbook

import "strings"

// suggest returns the candidate closest to value by edit distance,
// ignoring case, if it is close enough to be a likely typing mistake:
// at most one edit for every four characters, and at most three.
func suggest(value string, candidates []string) (string, bool) {
	v := []rune(strings.ToLower(strings.TrimSpace(value)))
	limit := min(1+len(v)/4, 3)
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if c == "" {
			continue
		}
		d := editDistance(v, []rune(strings.ToLower(c)))
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	return best, best != "" && bestDist > 0
}

// editDistance returns the Levenshtein distance between a and b.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
