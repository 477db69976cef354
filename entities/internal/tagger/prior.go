package tagger

import (
	"math"
	"slices"
)

// Decoding with a prior. The caller often has a labelling of its own (the
// rules' findings) that is right most of the time, and the model is surer
// of some of its changes than of others: on text unlike its training data
// it changes the prior where the evidence is weak. TagPrior keeps the
// model's labelling only where it beats the prior by a margin: each region
// where the two labellings differ is scored twice, the model's best
// labelling against the best labelling that agrees with the prior there
// (max-marginals, from one forward and one backward Viterbi pass), and the
// prior wins the region when the difference is below the model's
// MinMargin. The margin is picked on dev data by Train (see PickMargin).

// region is a stretch of tokens [s, e) where the model's best labelling
// and the prior differ, with the score the prior loses by there.
type region struct {
	s, e   int
	margin float64
}

// MinMargin returns the margin, in weight units, by which the model must
// beat a prior labelling to change it (0: the model decides alone).
func (m *Model) MinMargin() float64 { return m.minMargin }

// TagPrior labels s as Tag does, then gives back to the prior spans (sorted,
// not overlapping, types indexing m.Types()) every region the model
// changes by less than MinMargin. With no prior or a zero margin it is Tag.
// The returned slice is s's until the next call on s.
func (m *Model) TagPrior(s *Sentence, prior []Span) []Span {
	if len(prior) == 0 || m.minMargin <= 0 {
		return m.Tag(s)
	}
	regions, ok := m.regions(s, prior)
	if !ok {
		return m.Tag(s)
	}
	for _, r := range regions {
		if r.margin < m.minMargin {
			copy(s.labels[r.s:r.e], s.plabels[r.s:r.e])
		}
	}
	s.spans = decode(s.spans[:0], s.labels)
	return s.spans
}

// regions decodes s (s.labels: the model's best labelling) and returns
// the regions where it differs from prior, with their margins; ok is
// false if prior does not fit s.
func (m *Model) regions(s *Sentence, prior []Span) ([]region, bool) {
	n, nl := len(s.toks), m.nl
	if n == 0 {
		return nil, false
	}
	s.plabels = grow(s.plabels, n)
	if encode(s.plabels, prior) != nil {
		return nil, false
	}
	for _, p := range prior {
		if p.Type < 0 || p.Type >= len(m.types) {
			return nil, false
		}
	}
	s.emitAll = grow(s.emitAll, n*nl)
	for i := range n {
		m.emit(s, i, s.emitAll[i*nl:(i+1)*nl])
	}
	s.alpha = grow(s.alpha, n*nl)
	s.back = grow(s.back, n*nl)
	s.labels = grow(s.labels, n)
	viterbi(s.emitAll, m.plain, s.alpha, s.back, s.labels)
	s.regions = s.regions[:0]
	var beta []int64
	for i := 0; i < n; {
		if s.labels[i] == s.plabels[i] {
			i++
			continue
		}
		// Widen to whole entities of either labelling.
		a, b := i, i+1
		for a > 0 && (continues(s.labels[a]) || continues(s.plabels[a])) {
			a--
		}
		for b < n && (s.labels[b] != s.plabels[b] || continues(s.labels[b]) || continues(s.plabels[b])) {
			b++
		}
		if beta == nil {
			s.beta = grow(s.beta, n*nl)
			beta = s.beta
			m.backward(s.emitAll, beta, n)
		}
		best := m.pathScore(s.emitAll, s.alpha, beta, s.labels, a, b, n)
		alt := m.pathScore(s.emitAll, s.alpha, beta, s.plabels, a, b, n)
		s.regions = append(s.regions, region{a, b, float64(best-alt) / m.scale})
		i = b
	}
	return s.regions, true
}

// continues reports a label that carries an entity on from the token
// before (I or L).
func continues(l uint8) bool {
	if l == 0 {
		return false
	}
	_, pos := typeOf(int(l))
	return pos == posI || pos == posL
}

// backward fills beta[i*nl+y] with the best score of tokens i+1 … n-1
// given label y at token i (transitions, emissions and the end).
func (m *Model) backward(emit []int32, beta []int64, n int) {
	nl, lt := m.nl, m.plain
	const minusInf = math.MinInt64 / 4
	for y := range nl {
		beta[(n-1)*nl+y] = minusInf
		if allowed(y, -1) {
			beta[(n-1)*nl+y] = int64(lt.end[y])
		}
	}
	for i := n - 2; i >= 0; i-- {
		for y := range nl {
			beta[i*nl+y] = minusInf
		}
		next, em := beta[(i+1)*nl:(i+2)*nl], emit[(i+1)*nl:(i+2)*nl]
		for y2 := range nl {
			v := next[y2] + int64(em[y2])
			for k, y := range lt.pred[y2] {
				if w := v + int64(lt.step[y2][k]); w > beta[i*nl+y] {
					beta[i*nl+y] = w
				}
			}
		}
	}
}

// pathScore returns the best score of a whole labelling that has labels
// lab over tokens [a, b).
func (m *Model) pathScore(emit []int32, alpha, beta []int64, lab []uint8, a, b, n int) int64 {
	nl, lt := m.nl, m.plain
	first := int(lab[a])
	var score int64
	if a == 0 {
		if !allowed(-1, first) {
			return math.MinInt64 / 2
		}
		score = int64(lt.start[first]) + int64(emit[first])
	} else {
		best := int64(math.MinInt64 / 2)
		for k, y := range lt.pred[first] {
			best = max(best, alpha[(a-1)*nl+y]+int64(lt.step[first][k]))
		}
		score = best + int64(emit[a*nl+first])
	}
	for i := a + 1; i < b; i++ {
		k := slices.Index(lt.pred[lab[i]], int(lab[i-1]))
		if k < 0 {
			return math.MinInt64 / 2
		}
		score += int64(lt.step[lab[i]][k]) + int64(emit[i*nl+int(lab[i])])
	}
	return score + beta[(b-1)*nl+int(lab[b-1])]
}

// PickMargin returns the margin that gives the best micro-F1 on dev
// (examples with their Prior) when TagPrior decodes with it: the largest
// such margin, as the dev set cannot tell those apart and the prior is
// the labelling that was right without the model. Regions are scored
// once; each candidate margin (0 and every region's margin) only chooses
// between their two labellings.
func PickMargin(m *Model, dev []Example) float64 {
	type counts struct {
		margin                  float64
		model, modelOK, pri, ok int
	}
	var base Counts
	var rs []counts
	var gold []uint8
	for _, ex := range dev {
		s := ex.Sentence
		n := s.Len()
		gold = grow(gold, n)
		if encode(gold, ex.Spans) != nil {
			continue
		}
		base.Gold += len(ex.Spans)
		regions, ok := m.regions(s, ex.Prior)
		if !ok {
			pred := m.Tag(s)
			for _, p := range pred {
				base.Predicted++
				if slices.Contains(ex.Spans, p) {
					base.Correct++
				}
			}
			continue
		}
		in := make([]int, n) // 1 + region index of each token, 0 outside
		for k, r := range regions {
			for i := r.s; i < r.e; i++ {
				in[i] = k + 1
			}
		}
		first := len(rs)
		for _, r := range regions {
			rs = append(rs, counts{margin: r.margin})
		}
		for _, p := range decode(nil, s.labels) {
			right := slices.Contains(ex.Spans, p)
			if k := in[p.Start]; k > 0 {
				rs[first+k-1].model++
				if right {
					rs[first+k-1].modelOK++
				}
				continue
			}
			base.Predicted++
			if right {
				base.Correct++
			}
		}
		for _, p := range decode(nil, s.plabels) {
			if k := in[p.Start]; k > 0 {
				rs[first+k-1].pri++
				if slices.Contains(ex.Spans, p) {
					rs[first+k-1].ok++
				}
			}
		}
	}
	// Margin 0: the model everywhere; then raise it past one region's
	// margin at a time, in order, handing that region to the prior.
	slices.SortFunc(rs, func(a, b counts) int { return cmpFloat(a.margin, b.margin) })
	c := base
	for _, r := range rs {
		c.Predicted += r.model
		c.Correct += r.modelOK
	}
	bestF, best := c.F1(), 0.0
	for i, r := range rs {
		c.Predicted += r.pri - r.model
		c.Correct += r.ok - r.modelOK
		if i+1 < len(rs) && rs[i+1].margin == r.margin {
			continue
		}
		// The prior now wins every region up to r's margin: any margin
		// above it and up to the next region's.
		next := math.Inf(1)
		if i+1 < len(rs) {
			next = rs[i+1].margin
		}
		if f := c.F1(); f >= bestF && !math.IsInf(next, 1) {
			bestF, best = f, next
		}
	}
	return best
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
