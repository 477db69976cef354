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
	return OracleUnits(sents, nil, ref, n, maxSyllables)
}

// OracleUnits is Oracle over units that may overlap, such as whole
// sentences and parts of them: units with the same group (group[i], the
// sentence a unit belongs to) exclude one another; a nil group makes every
// unit its own. units are in article order, and the chosen ones are
// joined in that order.
func OracleUnits(units []string, group []int, ref string, n, maxSyllables int) string {
	toks := make([][]string, len(units))
	for i, s := range units {
		toks[i] = Tokens(s)
	}
	groupOf := func(i int) int {
		if group == nil {
			return i
		}
		return group[i]
	}
	r := Tokens(ref)
	var chosen []int
	best, used := -1.0, 0
	for n == 0 || len(chosen) < n {
		pick, pickScore := -1, -1.0
		for i := range units {
			if slices.ContainsFunc(chosen, func(j int) bool { return groupOf(j) == groupOf(i) }) {
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
		parts[i] = units[j]
	}
	return strings.Join(parts, " ")
}
