// Package suggest finds the likely intended word for a typo, for the
// "did you mean …?" in error messages.
package suggest

import "strings"

// Nearest returns the candidate closest to s by edit distance (ignoring
// case), if it is close enough to be a likely typo; otherwise "". Of equally
// close candidates the first in the given order wins, so callers get the
// same answer every run.
func Nearest(s string, candidates []string) string {
	best, bestD := "", len([]rune(s))/2+2
	ls := strings.ToLower(s)
	for _, c := range candidates {
		if d := Distance(ls, strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// Distance is the Levenshtein distance of a and b, counted in runes. Very
// long strings (over 200 runes) are not compared: their distance is the
// longer length, which no threshold accepts.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 200 || len(rb) > 200 {
		return max(len(ra), len(rb))
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
