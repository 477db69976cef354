package summarize

import (
	"math"

	"github.com/vntext/vntext/tokenize"

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
func clauseCuts(body string, cuts []cut, hyphen, colonStop, colonCut bool) []cut {
	depth, quoted := 0, false
	spaced := func(i, n int) bool { return i+n < len(body) && body[i+n] == ' ' }
	for i := 0; i < len(body); i++ {
		switch c := body[i]; c {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case '"':
			quoted = !quoted
		case ',', ';':
			if depth == 0 && !quoted && spaced(i, 1) {
				cuts = append(cuts, cut{i, i + 2})
			}
		case ':':
			if colonStop && depth == 0 && !quoted {
				return cuts
			}
		case '-':
			if hyphen && depth == 0 && !quoted && i > 0 && body[i-1] == ' ' && spaced(i, 1) {
				cuts = append(cuts, cut{i - 1, i + 2})
			}
		case 0xE2: // “ ” – — are E2 80 9C, E2 80 9D, E2 80 93, E2 80 94
			if i+2 >= len(body) || body[i+1] != 0x80 {
				continue
			}
			switch body[i+2] {
			case 0x9C:
				quoted = true
			case 0x9D:
				quoted = false
			case 0x93, 0x94:
				if depth == 0 && !quoted && i > 0 && body[i-1] == ' ' && spaced(i, 3) {
					cuts = append(cuts, cut{i - 1, i + 4})
				}
			}
			i += 2
		}
	}
	return cuts
}

// addPoolParts adds to st.info and st.pool the parts of the sentences in
// the pool.
func (s *Summarizer) addPoolParts(st *state, sents []tokenize.Sentence) {
	p := &s.cfg.params
	whole := append(st.chosen[:0], st.pool...)
	if p.partTop > 0 && len(whole) > p.partTop {
		whole = whole[:p.partTop]
	}
	st.parts = st.parts[:0]
	for _, k := range whole {
		x := &st.info[k]
		body := sents[k].Text[x.skip:]
		if hasCombiningMarks(body) || p.partLong > 0 && x.nsyl <= p.partLong {
			continue
		}
		st.view(int(x.sylFrom), int(x.sylFrom)+x.nsyl)
		s.addParts(st, k, body, x.skip, x.shared)
	}
	st.chosen = whole[:0]
	better := func(a, b int) bool {
		return st.info[a].score > st.info[b].score || st.info[a].score == st.info[b].score && a < b
	}
	first := len(st.info)
	st.info = append(st.info, st.parts...)
	size := st.poolSize + p.partPool
	for i := first; i < len(st.info); i++ {
		x := &st.info[i]
		for _, e := range st.vector(i) {
			x.gain += st.syls[e.id].chance
		}
		x.score = 2*x.gain/(float64(x.nsyl)+s.target) + x.prior
		st.pool = keepBest(st.pool, i, size, better)
	}
}

// addParts appends to st.parts the clause-bounded spans of sentence k
// (body, after skip bytes of dateline), whose syllables st.ids, st.hashes
// and st.bounds hold; base is the prior the parts share with it (position
// and boost).
func (s *Summarizer) addParts(st *state, k int, body string, skip int, base float64) {
	p := &s.cfg.params
	var buf [16]cut
	cuts := clauseCuts(body, buf[:0], p.hyphen, p.colonStop, p.colonCut)
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
			if p.partSuffix && j != nc-1 || p.partPrefix && i != 0 || p.oneSide && i != 0 && j != nc-1 {
				continue
			}
			from, to := startOf(i), endOf(j)
			// The syllables inside [from, to).
			a := 0
			for a < len(st.bounds) && int(st.bounds[a][0]) < from {
				a++
			}
			b := a
			for b < len(st.bounds) && int(st.bounds[b][1]) <= to {
				b++
			}
			if b-a < max(p.partMin, 1) || p.leadMax > 0 && a > p.leadMax {
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
				upper[x] = syllable.IsUpperStart(body, int(st.bounds[a+x][0]))
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
