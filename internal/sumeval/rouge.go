// Package sumeval scores extractive summaries: syllable-level ROUGE as the
// project defines it (and /work/shared/tools/score.py computes it), the
// LEAD baseline under a budget, and gold-file reading. The summarize tests
// and "vntext eval summarize" share it.
package sumeval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Scores holds ROUGE F1 scores in [0, 1].
type Scores struct {
	R1 float64 `json:"rouge1"`
	R2 float64 `json:"rouge2"`
	RL float64 `json:"rougeL"`
}

// Tokens splits s into the syllables ROUGE compares: NFC, lower case,
// '_' as a space, every character that is not a letter, digit or space
// treated as a space, then split on white space.
func Tokens(s string) []string {
	s = strings.ToLower(norm.NFC.String(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// ROUGE scores candidate against reference at the syllable level: ROUGE-1
// and ROUGE-2 F1 with clipped n-gram counts, ROUGE-L F1 from the longest
// common subsequence of the whole token sequences.
func ROUGE(candidate, reference string) Scores {
	c, r := Tokens(candidate), Tokens(reference)
	return Scores{
		R1: ngramF1(c, r, 1),
		R2: ngramF1(c, r, 2),
		RL: f1(lcsLen(c, r), len(c), len(r)),
	}
}

func ngramF1(c, r []string, n int) float64 {
	if len(c) < n || len(r) < n {
		return 0
	}
	ref := make(map[string]int, len(r))
	for i := 0; i+n <= len(r); i++ {
		ref[strings.Join(r[i:i+n], " ")]++
	}
	overlap := 0
	for i := 0; i+n <= len(c); i++ {
		k := strings.Join(c[i:i+n], " ")
		// Clipping: each reference n-gram matches at most as often as it occurs.
		if ref[k] > 0 {
			ref[k]--
			overlap++
		}
	}
	return f1(overlap, len(c)-n+1, len(r)-n+1)
}

func f1(overlap, nc, nr int) float64 {
	if overlap == 0 || nc == 0 || nr == 0 {
		return 0
	}
	p, r := float64(overlap)/float64(nc), float64(overlap)/float64(nr)
	return 2 * p * r / (p + r)
}

// lcsLen uses two rows, so memory is O(len(b)).
func lcsLen(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for _, x := range a {
		for j, y := range b {
			switch {
			case x == y:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Mean accumulates per-article scores into their average.
type Mean struct {
	sum Scores
	n   int
}

// Add counts one article.
func (m *Mean) Add(s Scores) {
	m.sum.R1 += s.R1
	m.sum.R2 += s.R2
	m.sum.RL += s.RL
	m.n++
}

// Percent returns the mean F1 scores ×100.
func (m *Mean) Percent() Scores {
	if m.n == 0 {
		return Scores{}
	}
	k := 100 / float64(m.n)
	return Scores{R1: m.sum.R1 * k, R2: m.sum.R2 * k, RL: m.sum.RL * k}
}
