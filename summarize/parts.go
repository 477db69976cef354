package summarize

import (
	"math"
	"unicode/utf8"

	"github.com/vntext/vntext/summarize/internal/syllable"
)

// splits reports whether sentences are split into parts: with a budget
// alone.
func (s *Summarizer) splits() bool {
	return s.cfg.params.parts && s.cfg.sentences == 0 && s.capped()
}

// cut is a clause boundary in a sentence: the clause before it ends at
// end, the one after it starts at next.
type cut struct{ end, next int }

// clauseCuts returns the clause boundaries of body outside brackets and
// quotations: ", " "; " and a spaced dash.
func clauseCuts(body string, cuts []cut) []cut {
	depth, quoted := 0, false
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRuneInString(body[i:])
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case '"':
			quoted = !quoted
		case '“':
			quoted = true
		case '”':
			quoted = false
		case ',', ';':
			if depth == 0 && !quoted && i+n < len(body) && body[i+n] == ' ' {
				cuts = append(cuts, cut{i, i + n + 1})
			}
		case '–', '—', '-':
			if depth == 0 && !quoted && i > 0 && body[i-1] == ' ' && i+n < len(body) && body[i+n] == ' ' {
				cuts = append(cuts, cut{i - 1, i + n + 1})
			}
		}
		i += n
	}
	return cuts
}

// addParts appends to st.parts the clause-bounded spans of sentence k
// (body, after skip bytes of dateline), whose syllables st.ids, st.hashes
// and st.bounds hold; base is the prior the parts share with it (position
// and boost).
func (s *Summarizer) addParts(st *state, k int, body string, skip int, base float64) {
	p := &s.cfg.params
	var buf [16]cut
	cuts := clauseCuts(body, buf[:0])
	if len(cuts) == 0 {
		return
	}
	if p.partMaxCl > 0 && len(cuts) > p.partMaxCl-1 {
		cuts = cuts[:p.partMaxCl-1]
	}
	nc := len(cuts) + 1
	startOf := func(i int) int {
		if i == 0 {
			return 0
		}
		return cuts[i-1].next
	}
	endOf := func(j int) int {
		if j == nc-1 {
			return len(body)
		}
		return cuts[j].end
	}
	for i := 0; i < nc; i++ {
		for j := i; j < nc; j++ {
			if i == 0 && j == nc-1 {
				continue
			}
			if p.partSuffix && j != nc-1 || p.partPrefix && i != 0 {
				continue
			}
			from, to := startOf(i), endOf(j)
			// The syllables inside [from, to).
			a := 0
			for a < len(st.bounds) && st.bounds[a][0] < from {
				a++
			}
			b := a
			for b < len(st.bounds) && st.bounds[b][1] <= to {
				b++
			}
			if b-a < max(p.partMin, 1) {
				continue
			}
			ids, hashes := st.ids[a:b], st.hashes[a:b]
			info := sentInfo{nsyl: b - a, nchar: s.runeCount(body[from:to]), skip: skip + from, cut: len(body) - to, parent: int32(k), part: true, eligible: true}
			v := base
			if p.bigram != 0 && len(st.bigrams) > 0 {
				v += p.bigram * st.bigramShare(hashes)
			}
			var upper [openerSyllables]bool
			n := min(len(hashes), openerSyllables)
			for x := range n {
				upper[x] = syllable.IsUpperStart(body, st.bounds[a+x][0])
			}
			f := opener(body[from:to], hashes[:n], upper[:n])
			v -= p.connective*b2f(f.connective) + p.pronoun*b2f(f.pronoun) +
				p.demonstrative*b2f(f.demonstrative) + p.quote*b2f(f.quote)
			v -= p.partPen
			if !upper[0] {
				v -= p.lowerPen
			}
			start := len(st.vec)
			info.norm = st.distinct(ids)
			info.vecStart, info.vecEnd = int32(start), int32(len(st.vec))
			if p.title != 0 {
				v += p.title * st.titleCosine(st.vec[start:], info.norm, st.titleNorm)
			}
			info.prior = v
			st.parts = append(st.parts, info)
		}
	}
	_ = math.Sqrt
}
