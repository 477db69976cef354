package sumeval

import (
	"hash/fnv"
	"slices"
	"strings"
)

// Blind reports whether the gold record id belongs to the blind half of a
// gold set: a fixed hash of the id decides, so the halves do not depend on
// the file's order. Tune weights on the other half only, and score the
// blind half once, at the end.
func Blind(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()&1 == 1
}

// Leading returns the first n sentences (all when fewer), joined by a space.
func Leading(sents []string, n int) string {
	return strings.Join(sents[:min(n, len(sents))], " ")
}

// Oracle is the greedy sentence oracle: it adds, one at a time, the
// sentence that most raises the mean of ROUGE-1 and ROUGE-2 F1 against ref,
// under the summarizer's length rules. With n > 0 it picks exactly n
// sentences (fewer when the article has fewer, or maxSyllables holds
// fewer); with n == 0 it stops when no sentence raises the score. The
// budget maxSyllables (0: none) caps every pick except, with n == 0, the
// first. The chosen sentences are joined in article order.
func Oracle(sents []string, ref string, n, maxSyllables int) string {
	toks := make([][]string, len(sents))
	for i, s := range sents {
		toks[i] = Tokens(s)
	}
	r := Tokens(ref)
	var chosen []int
	best, used := -1.0, 0
	for n == 0 || len(chosen) < n {
		pick, pickScore := -1, -1.0
		for i := range sents {
			if slices.Contains(chosen, i) {
				continue
			}
			if maxSyllables > 0 && used+len(toks[i]) > maxSyllables && (n > 0 || len(chosen) > 0) {
				continue
			}
			try := append(slices.Clone(chosen), i)
			slices.Sort(try)
			var c []string
			for _, j := range try {
				c = append(c, toks[j]...)
			}
			if sc := (ngramF1(c, r, 1) + ngramF1(c, r, 2)) / 2; sc > pickScore {
				pick, pickScore = i, sc
			}
		}
		if pick < 0 || n == 0 && pickScore <= best {
			break
		}
		chosen = append(chosen, pick)
		best, used = pickScore, used+len(toks[pick])
		if maxSyllables > 0 && used > maxSyllables {
			break // the first pick, over the budget
		}
	}
	slices.Sort(chosen)
	parts := make([]string, len(chosen))
	for i, j := range chosen {
		parts[i] = sents[j]
	}
	return strings.Join(parts, " ")
}
