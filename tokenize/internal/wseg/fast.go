package wseg

// The runtime form of the weights. Training works with hashed feature keys
// (features); a loaded model keeps most templates in dense arrays instead —
// per-syllable records and small tables indexed by shapes and lexicon
// matches — so scoring a junction costs a dozen hash probes rather than
// fifty. compile converts one form into the other; emission must add up
// exactly the weights of features (a test checks it).

// Per-record layout: unigram weights at offsets -2..+2 of the junction,
// then (syllable before, shape after) and (shape before, syllable after).
const (
	recU      = 0
	recWSh    = 5
	recShW    = recWSh + nShapes
	recSize   = recShW + nShapes
	nShapes   = int(shapeEOS) + 1
	nLM       = 4
	nSpan     = 16
	nOOVShape = 2 * nShapes
)

// Dense table offsets.
const (
	dSh2      = 0
	dSh3L     = dSh2 + nShapes*nShapes
	dSh3C     = dSh3L + nShapes*nShapes*nShapes
	dLM       = dSh3C + nShapes*nShapes*nShapes
	dBM       = dLM + nLM*nLM*nLM
	dLMBM     = dBM + nLM*nLM*nLM
	dLM2      = dLMBM + nLM*nLM
	dBM2      = dLM2 + nLM*nLM*nLM
	dRun      = dBM2 + nLM*nLM*nLM
	dOOV      = dRun + 5*5*2
	dGlue     = dOOV + nOOVShape*nOOVShape*2
	dLexSpan  = dGlue + nShapes*nShapes
	dCorpSpan = dLexSpan + spanSize
	dNegSpan  = dCorpSpan + spanSize
	dLexPair  = dNegSpan + spanSize
	dProf     = dLexPair + 1
	denseSize = dProf + 17*17*2

	spanEnd   = 0
	spanCover = nSpan
	spanStart = nSpan + nSpan*nSpan
	spanSize  = spanStart + nSpan
)

// recKey returns the feature key of record r: vocabulary IDs, then the
// number, sentence-start and sentence-end keys. Record 0 (unknown
// syllables) has no weights.
func recKey(r, vocab int) uint64 {
	switch r - vocab {
	case 1:
		return numberKey
	case 2:
		return bosKey
	case 3:
		return eosKey
	}
	return uint64(r)
}

// forDense calls fn with every dense slot and the training key it holds.
func forDense(fn func(slot int, key uint64)) {
	for a := range nShapes {
		for b := range nShapes {
			fn(dSh2+a*nShapes+b, f2(tSh2, uint64(a), uint64(b)))
			fn(dGlue+a*nShapes+b, f2(tGlue, uint64(a), uint64(b)))
			for c := range nShapes {
				fn(dSh3L+(a*nShapes+b)*nShapes+c, f3(tSh3L, uint64(a), uint64(b), uint64(c)))
				fn(dSh3C+(a*nShapes+b)*nShapes+c, f3(tSh3C, uint64(a), uint64(b), uint64(c)))
			}
		}
	}
	for a := range nLM {
		for b := range nLM {
			fn(dLMBM+a*nLM+b, f3(tLMBM, uint64(a), uint64(b), 0))
			for c := range nLM {
				slot := (a*nLM+b)*nLM + c
				fn(dLM+slot, f3(tLM, uint64(a), uint64(b), uint64(c)))
				fn(dBM+slot, f3(tBM, uint64(a), uint64(b), uint64(c)))
				fn(dLM2+slot, f3(tLM2, uint64(a), uint64(b), uint64(c)))
				fn(dBM2+slot, f3(tBM2, uint64(a), uint64(b), uint64(c)))
			}
		}
	}
	for l := range 5 {
		for r := range 5 {
			for s := range 2 {
				fn(dRun+(l*5+r)*2+s, f3(tRun, uint64(l), uint64(r), uint64(s)))
			}
		}
	}
	for a := range nOOVShape {
		for b := range nOOVShape {
			for c := range 2 {
				fn(dOOV+(a*nOOVShape+b)*2+c, f3(tOOV, uint64(a), uint64(b), uint64(c)))
			}
		}
	}
	spans := []struct {
		off              int
		end, cover, strt uint64
	}{{dLexSpan, tLexEnd, tLexCover, tLexStart}, {dCorpSpan, tCorpEnd, tCorpCover, tCorpStart}, {dNegSpan, tNgEnd, tNgCover, tNgStart}}
	for _, s := range spans {
		for a := range nSpan {
			fn(s.off+spanEnd+a, f2(s.end, uint64(a), 0))
			fn(s.off+spanStart+a, f2(s.strt, uint64(a), 0))
			for b := range nSpan {
				fn(s.off+spanCover+a*nSpan+b, f3(s.cover, uint64(a), uint64(b), 0))
			}
		}
	}
	fn(dLexPair, f1(tLexPair, 1))
	for a := range 17 {
		for b := range 17 {
			for c := range 2 {
				fn(dProf+(a*17+b)*2+c, f3(tProf, uint64(a), uint64(b), uint64(c)))
			}
		}
	}
}

// forRecords calls fn with every per-record slot and its training key.
func forRecords(vocab int, fn func(slot int, key uint64)) {
	for r := 1; r < vocab+4; r++ {
		k := recKey(r, vocab)
		base := r * recSize
		for off := range 5 {
			fn(base+recU+off, f2(tU, uint64(off), k))
		}
		for s := range nShapes {
			fn(base+recWSh+s, f2(tWSh, k, uint64(s)))
			fn(base+recShW+s, f2(tShW, uint64(s), k))
		}
	}
}

// compiled weights: what a model file stores.
type compiledWeights struct {
	rec    []float32 // (vocab+4) * recSize
	dense  []float32
	hashed map[uint64]float32
}

// compile splits hashed training weights into the runtime layout.
func compile(weights map[uint64]float32, vocab int) compiledWeights {
	c := compiledWeights{
		rec:    make([]float32, (vocab+4)*recSize),
		dense:  make([]float32, denseSize),
		hashed: make(map[uint64]float32, len(weights)),
	}
	for k, w := range weights {
		c.hashed[k] = w
	}
	take := func(dst []float32) func(int, uint64) {
		return func(slot int, key uint64) {
			if w, ok := c.hashed[key]; ok {
				dst[slot] = w
				delete(c.hashed, key)
			}
		}
	}
	forDense(take(c.dense))
	forRecords(vocab, take(c.rec))
	return c
}

// wtable is the hashed remainder: 32-bit fingerprints next to their
// weights, so a probe reads one cache line.
type wtable struct {
	slots []wslot
	mask  uint64
}

type wslot struct {
	fp uint32
	w  float32
}

func newWTable(n int) wtable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return wtable{slots: make([]wslot, size), mask: uint64(size - 1)}
}

func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

func (t *wtable) put(k uint64, w float32) {
	fp := fingerprint(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.fp == 0 || s.fp == fp {
			s.fp, s.w = fp, w
			return
		}
	}
}

func (t *wtable) get(k uint64) float32 {
	fp := fingerprint(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.fp == fp {
			return s.w
		}
		if s.fp == 0 {
			return 0
		}
	}
}

func (in *Input) recAt(i int) int {
	if i < 0 {
		return in.bosRec
	}
	if i >= len(in.rec) {
		return in.bosRec + 1
	}
	return int(in.rec[i])
}

// wrapMul multiplies modulo 2^64 (constant operands would not compile).
func wrapMul(a, b uint64) uint64 { return a * b }

// prodAt is unit i's key times k (sentence start and end outside).
func (in *Input) prodAt(i int, k uint64) uint64 {
	return in.k(i) * k
}

func (in *Input) shAt(i int) int {
	if i < 0 {
		return int(shapeBOS)
	}
	if i >= len(in.shape) {
		return int(shapeEOS)
	}
	return int(in.shape[i])
}

// spanScore is spanFeatures over dense slots.
func spanScore(d []float32, masks []uint16, i, maxLen int) (float32, bool) {
	var s float32
	any := false
	for a := max(0, i-maxLen+1); a < i; a++ {
		mask := masks[a] >> (i - a)
		if mask == 0 {
			continue
		}
		any = true
		if mask&1 != 0 {
			s += d[spanEnd+i-a]
		}
		for mask >>= 1; mask != 0; {
			l := trailing(mask)
			mask &^= 1 << l
			s += d[spanCover+(i-a)*nSpan+l+1]
		}
	}
	if i < len(masks) && masks[i] != 0 {
		s += d[spanStart+bitLen(masks[i])]
		any = true
	}
	return s, any
}

// emission scores "a word begins at unit i" (see features).
func (m *Model) emission(in *Input, i int) float32 {
	R := m.rec
	r1, r0 := in.recAt(i-1), in.recAt(i)
	s := R[in.recAt(i-2)*recSize+recU] + R[r1*recSize+recU+1] + R[r0*recSize+recU+2] +
		R[in.recAt(i+1)*recSize+recU+3] + R[in.recAt(i+2)*recSize+recU+4]
	s2, s1, s0, sn1 := in.shAt(i-2), in.shAt(i-1), in.shAt(i), in.shAt(i+1)
	s += R[r1*recSize+recWSh+s0] + R[r0*recSize+recShW+s1]
	D := m.dense
	s += D[dSh2+s1*nShapes+s0] + D[dSh3L+(s2*nShapes+s1)*nShapes+s0] + D[dSh3C+(s1*nShapes+s0)*nShapes+sn1]

	// The n-gram keys of features, from per-unit products: f3(t, a, b, c)
	// is fin(t*kT + a*kA + b*kB + c*kC + 3).
	H := &m.hashed
	a2, a1, a0 := in.prodAt(i-2, kA), in.prodAt(i-1, kA), in.prodAt(i, kA)
	b2, b1, b0, bn1 := in.prodAt(i-2, kB), in.prodAt(i-1, kB), in.prodAt(i, kB), in.prodAt(i+1, kB)
	c1, c0, cn1, cn2 := in.prodAt(i-1, kC), in.prodAt(i, kC), in.prodAt(i+1, kC), in.prodAt(i+2, kC)
	bigram, trigram := wrapMul(tB, kT)+3, wrapMul(tT, kT)+3
	s += H.get(fin(bigram+b2+c1)) + H.get(fin(bigram+kA+b1+c0)) + H.get(fin(bigram+wrapMul(2, kA)+b0+cn1)) + H.get(fin(bigram+wrapMul(3, kA)+bn1+cn2))
	s += H.get(fin(wrapMul(tSkip, kT) + 2 + a1 + bn1))
	s += H.get(fin(trigram+a2+b1+c0)) + H.get(fin(trigram+a1+b0+cn1)) + H.get(fin(trigram+a0+bn1+cn2))
	if in.glued[i] {
		s += D[dGlue+s1*nShapes+s0] + H.get(fin(wrapMul(tGlueW, kT)+2+a1+b0)) + H.get(f3(tInfix, in.infix(i-1)|in.infix(i)<<1, uint64(s1), uint64(s0)))
	}
	ls, any := spanScore(D[dLexSpan:dLexSpan+spanSize], in.lex, i, m.lists.maxLen[listLexicon])
	s += ls
	if any && i >= 1 && in.lex[i-1]&(1<<2) != 0 {
		s += D[dLexPair]
	}
	cs, _ := spanScore(D[dCorpSpan:dCorpSpan+spanSize], in.cw, i, m.lists.maxLen[listCorpus])
	ns, _ := spanScore(D[dNegSpan:dNegSpan+spanSize], in.ng, i, m.lists.maxLen[listNegative])
	s += cs + ns
	sig := uint64(in.sig[i])
	lexW := wrapMul(tLexW, kT) + 3 + sig*kA
	s += H.get(fin(lexW+b1)) + H.get(fin(lexW+b0+kC))
	lm := func(tags []uint8, i int) int { return int(lmAt(tags, i)) }
	s += D[dLM+(lm(in.lm, i-1)*nLM+lm(in.lm, i))*nLM+lm(in.lm, i+1)]
	s += D[dBM+(lm(in.bm, i-1)*nLM+lm(in.bm, i))*nLM+lm(in.bm, i+1)]
	s += D[dLMBM+lm(in.lm, i)*nLM+lm(in.bm, i)]
	s += D[dLM2+(lm(in.lm2, i-1)*nLM+lm(in.lm2, i))*nLM+lm(in.lm2, i+1)]
	s += D[dBM2+(lm(in.bm2, i-1)*nLM+lm(in.bm2, i))*nLM+lm(in.bm2, i+1)]
	fl2, fl1, fl0 := in.flag(m, i-2), in.flag(m, i-1), in.flag(m, i)
	s += H.get(f3(tName, fl1|uint64(s1)<<4, fl0|uint64(s0)<<4, fl2|uint64(s2)<<4))
	s += D[dProf+(int(m.prof(in, i-1))*17+int(m.prof(in, i)))*2+int(in.lex[max(i-1, 0)]>>2&1)]
	left, right, start := m.run(in, i)
	s += D[dRun+(left*5+right)*2+start]
	s += D[dOOV+((int(m.oov(in, i-1))|s1<<1)*nOOVShape+(int(m.oov(in, i))|s0<<1))*2+int(m.oov(in, i+1))]
	return s
}
