package wseg

// Feature templates. Position i stands for the junction before unit i: the
// question the model answers is "does a word begin at unit i?".
const (
	tU uint64 = iota + 1 // unigrams, offset mixed in
	tB                   // bigrams, offset mixed in
	tSkip
	tT // trigrams, offset mixed in
	tSh2
	tSh3L
	tSh3C
	tWSh
	tShW
	tLexCover
	tLexEnd
	tLexStart
	tLM
	tName
	tRun
	tLexPair
	tGlue
	tGlueW
	tOOV
	tCorpEnd
	tCorpCover
	tCorpStart
	tBM
	tLMBM
	tLM2
	tBM2
	tNgEnd
	tNgCover
	tNgStart
	tLexW
	tProf
	tInfix
)

const (
	bosKey = unknownBit | 0xB05
	eosKey = unknownBit | 0xE05
)

func (in *Input) k(i int) uint64 {
	if i < 0 {
		return bosKey
	}
	if i >= len(in.key) {
		return eosKey
	}
	return in.key[i]
}

func (in *Input) sh(i int) uint64 {
	if i < 0 {
		return uint64(shapeBOS)
	}
	if i >= len(in.shape) {
		return uint64(shapeEOS)
	}
	return uint64(in.shape[i])
}

func (in *Input) flag(m *Model, i int) uint64 {
	if i < 0 || i >= len(in.id) {
		return 8
	}
	return uint64(m.flags[in.id[i]] & (FlagSurname | FlagMiddle))
}

// Feature keys are a linear form of the template and its values with odd
// 64-bit multipliers, then a finalizer. The linear form lets the decoder
// precompute each unit's products once (see emission) instead of hashing
// every n-gram from scratch.
const (
	kT = 0x9E3779B97F4A7C15
	kA = 0xC2B2AE3D27D4EB4F
	kB = 0x165667B19E3779F9
	kC = 0xD6E8FEB86659FD93
)

func fin(x uint64) uint64 {
	x ^= x >> 32
	x *= 0xFF51AFD7ED558CCD
	return x ^ x>>29
}

func f1(t, a uint64) uint64       { return fin(t*kT + a*kA + 1) }
func f2(t, a, b uint64) uint64    { return fin(t*kT + a*kA + b*kB + 2) }
func f3(t, a, b, c uint64) uint64 { return fin(t*kT + a*kA + b*kB + c*kC + 3) }

// prepare computes the per-sentence lexicon matches and longest-match tags.
func (m *Model) prepare(in *Input) {
	n := len(in.key)
	in.bosRec = m.nVocab + 2
	in.lex = grow(in.lex, n)
	in.lm = grow(in.lm, n)
	in.begin = grow(in.begin, n)
	in.cw = grow(in.cw, n)
	in.ng = grow(in.ng, n)
	for i := 0; i < n; i++ {
		in.lex[i], in.cw[i], in.ng[i] = m.lists.match(in, i)
	}
	coverSigs(in)
	capitalRuns(in)
	in.lm, in.bm = longestMatch(in.lm, in.bm, &in.ends, in.lex)
	in.um = grow(in.um, n)
	for i := range n {
		in.um[i] = (in.lex[i] &^ in.ng[i]) | in.cw[i]
	}
	in.lm2, in.bm2 = longestMatch(in.lm2, in.bm2, &in.ends, in.um)
}

// longestMatch tags units by forward and backward longest match over the
// words in masks: 1 = word start, 2 = inside.
func longestMatch(lm, bm []uint8, ends *[]uint16, masks []uint16) ([]uint8, []uint8) {
	n := len(masks)
	lm = grow(lm, n)
	for i := 0; i < n; {
		l := max(1, bitLen(masks[i]))
		lm[i] = 1
		for j := i + 1; j < i+l; j++ {
			lm[j] = 2
		}
		i += l
	}
	e := grow(*ends, n+1)
	clear(e)
	for a := 0; a < n; a++ {
		for mask := masks[a]; mask != 0; {
			l := trailing(mask)
			mask &^= 1 << l
			if l > int(e[a+l]) {
				e[a+l] = uint16(l)
			}
		}
	}
	*ends = e
	bm = grow(bm, n)
	for end := n; end > 0; {
		l := max(1, int(e[end]))
		bm[end-l] = 1
		for j := end - l + 1; j < end; j++ {
			bm[j] = 2
		}
		end -= l
	}
	return lm, bm
}

// match returns the lengths (as bits) of the words of each list starting
// at unit i.
func (wl *wordLists) match(in *Input, i int) (lex, corpus, negative uint16) {
	if !in.free[i] || in.id[i] == 0 {
		return 0, 0, 0
	}
	h := uint64(lexSeed)
	for j := i; j < len(in.id) && j-i < wl.walk && in.free[j] && in.id[j] != 0; j++ {
		h = mix(h, uint64(in.id[j]))
		f, ok := wl.t.get(h)
		if !ok {
			break
		}
		bit := uint16(1) << (j - i + 1)
		if f&(lexWord<<(2*listLexicon)) != 0 {
			lex |= bit
		}
		if f&(lexWord<<(2*listCorpus)) != 0 {
			corpus |= bit
		}
		if f&(lexWord<<(2*listNegative)) != 0 {
			negative |= bit
		}
		if f&(lexPrefix|lexPrefix<<2|lexPrefix<<4) == 0 {
			break
		}
	}
	return lex, corpus, negative
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}

// decided reports whether the tag at i is fixed: the first unit, and a
// non-syllable token (number, punctuation, URL...) and the unit after it
// when white space separates them. Glued pieces ("Wai-kru", "q.1" from a
// tokenizer that split them) are left to the model.
func (in *Input) decided(i int) bool {
	return i == 0 || (!in.glued[i] && (!in.free[i] || !in.free[i-1]))
}

// features appends the feature keys of junction i to in.feats.
func (m *Model) features(in *Input, i int) {
	f := in.feats[:0]
	w2, w1, w0, wn1, wn2 := in.k(i-2), in.k(i-1), in.k(i), in.k(i+1), in.k(i+2)
	f = append(f, f2(tU, 0, w2), f2(tU, 1, w1), f2(tU, 2, w0), f2(tU, 3, wn1), f2(tU, 4, wn2))
	f = append(f, f3(tB, 0, w2, w1), f3(tB, 1, w1, w0), f3(tB, 2, w0, wn1), f3(tB, 3, wn1, wn2))
	f = append(f, f2(tSkip, w1, wn1))
	f = append(f, f3(tT, w2, w1, w0), f3(tT, w1, w0, wn1), f3(tT, w0, wn1, wn2))
	s2, s1, s0, sn1 := in.sh(i-2), in.sh(i-1), in.sh(i), in.sh(i+1)
	f = append(f, f2(tSh2, s1, s0))
	f = append(f, f3(tSh3L, s2, s1, s0))
	f = append(f, f3(tSh3C, s1, s0, sn1))
	f = append(f, f2(tWSh, w1, s0))
	f = append(f, f2(tShW, s1, w0))
	if in.glued[i] {
		f = append(f, f2(tGlue, s1, s0), f2(tGlueW, w1, w0), f3(tInfix, in.infix(i-1)|in.infix(i)<<1, s1, s0))
	}
	// Lexicon words around the junction.
	any := false
	f, any = spanFeatures(f, in.lex, i, m.lists.maxLen[listLexicon], tLexEnd, tLexCover, tLexStart, 0)
	if any && i >= 1 && in.lex[i-1]&(1<<2) != 0 {
		f = append(f, f1(tLexPair, 1))
	}
	f, _ = spanFeatures(f, in.cw, i, m.lists.maxLen[listCorpus], tCorpEnd, tCorpCover, tCorpStart, 0)
	ls := uint64(in.sig[i])
	f = append(f, f3(tLexW, ls, w1, 0), f3(tLexW, ls, w0, 1))
	f, _ = spanFeatures(f, in.ng, i, m.lists.maxLen[listNegative], tNgEnd, tNgCover, tNgStart, 0)
	f = append(f, f3(tLM, lmAt(in.lm, i-1), lmAt(in.lm, i), lmAt(in.lm, i+1)))
	f = append(f, f3(tBM, lmAt(in.bm, i-1), lmAt(in.bm, i), lmAt(in.bm, i+1)))
	f = append(f, f3(tLMBM, lmAt(in.lm, i), lmAt(in.bm, i), 0))
	f = append(f, f3(tLM2, lmAt(in.lm2, i-1), lmAt(in.lm2, i), lmAt(in.lm2, i+1)))
	f = append(f, f3(tBM2, lmAt(in.bm2, i-1), lmAt(in.bm2, i), lmAt(in.bm2, i+1)))
	// Names: family and middle names next to capitalised syllables.
	fl2, fl1, fl0 := in.flag(m, i-2), in.flag(m, i-1), in.flag(m, i)
	f = append(f, f3(tName, fl1|s1<<4, fl0|s0<<4, fl2|s2<<4))
	f = append(f, m.runFeature(in, i))
	f = append(f, f3(tProf, m.prof(in, i-1), m.prof(in, i), uint64(in.lex[max(i-1, 0)]>>2&1)))
	f = append(f, f3(tOOV, m.oov(in, i-1)|s1<<1, m.oov(in, i)|s0<<1, m.oov(in, i+1)))
	in.feats = f
}

// oov is 1 for a syllable outside the vocabulary (foreign names, typos).
func (m *Model) oov(in *Input, i int) uint64 {
	if i < 0 || i >= len(in.id) || !in.free[i] || m.flags[in.id[i]]&flagLexicon != 0 {
		return 0
	}
	return 1
}

// spanFeatures describes the words of one word list that end at, cross or
// start at junction i.
func spanFeatures(f []uint64, masks []uint16, i, maxLen int, tEnd, tCover, tStart, ctx uint64) ([]uint64, bool) {
	any := false
	for a := max(0, i-maxLen+1); a < i; a++ {
		mask := masks[a]
		for mask != 0 {
			l := trailing(mask)
			mask &^= 1 << l
			end := a + l
			switch {
			case end == i:
				f = append(f, f2(tEnd, uint64(l), ctx))
				any = true
			case end > i:
				f = append(f, f3(tCover, uint64(i-a), uint64(end-i), ctx))
				any = true
			}
		}
	}
	if i < len(masks) && masks[i] != 0 {
		f = append(f, f2(tStart, uint64(bitLen(masks[i])), ctx))
		any = true
	}
	return f, any
}

// capitalRuns counts, for every junction, the capitalised syllables just
// before it and from it on (each capped at 4).
func capitalRuns(in *Input) {
	n := len(in.key)
	in.capL = grow(in.capL, n+1)
	in.capR = grow(in.capR, n+1)
	in.capL[0], in.capR[n] = 0, 0
	for i := 1; i <= n; i++ {
		in.capL[i] = 0
		if in.free[i-1] && capital(in.shape[i-1]) {
			in.capL[i] = min(4, in.capL[i-1]+1)
		}
	}
	for i := n - 1; i >= 0; i-- {
		in.capR[i] = 0
		if in.free[i] && capital(in.shape[i]) {
			in.capR[i] = min(4, in.capR[i+1]+1)
		}
	}
}

// coverSigs summarises, for every junction i, the words across it: bit 0
// the two-syllable lexicon word [i-1, i+1), bit 1 any longer lexicon word,
// bit 2 a corpus negative, bit 3 a corpus word. A word [a, a+L) crosses i
// when a < i < a+L, so a running maximum of a+L decides it in O(1).
func coverSigs(in *Input) {
	n := len(in.key)
	in.sig = grow(in.sig, n)
	endLex, endNeg, endCorp := 0, 0, 0
	for i := range n {
		var sig uint8
		if i >= 1 {
			if in.lex[i-1]&(1<<2) != 0 {
				sig |= 1
			}
			if endLex > i {
				sig |= 2
			}
			if endNeg > i {
				sig |= 4
			}
			if endCorp > i {
				sig |= 8
			}
		}
		in.sig[i] = sig
		if m := in.lex[i]; m != 0 {
			endLex = max(endLex, i+bitLen(m))
		}
		if m := in.ng[i]; m != 0 {
			endNeg = max(endNeg, i+bitLen(m))
		}
		if m := in.cw[i]; m != 0 {
			endCorp = max(endCorp, i+bitLen(m))
		}
	}
}

// prof is the lexicon profile of unit i (see profFirstShift).
func (m *Model) prof(in *Input, i int) uint64 {
	if i < 0 || i >= len(in.id) {
		return 16
	}
	return uint64(m.flags[in.id[i]] >> profFirstShift & 15)
}

// infix is 1 when unit i is a non-syllable glued to both neighbours, as the
// hyphen of "Wai-kru" or the dot of "1.400" when the tokenizer splits them.
func (in *Input) infix(i int) uint64 {
	if i < 1 || i+1 >= len(in.free) || in.free[i] || !in.glued[i] || !in.glued[i+1] {
		return 0
	}
	return 1
}

func lmAt(tags []uint8, i int) uint64 {
	if i < 0 || i >= len(tags) {
		return 3
	}
	return uint64(tags[i])
}

func capital(s uint8) bool { return s == ShapeTitle || s == ShapeUpper }

// runFeature describes the run of capitalised syllables the junction sits
// in: its length so far on the left, whether it continues on the right, and
// whether it started the sentence (where capitals mean less).
func (m *Model) runFeature(in *Input, i int) uint64 {
	left, right, start := m.run(in, i)
	return f3(tRun, uint64(left), uint64(right), uint64(start))
}

func (m *Model) run(in *Input, i int) (left, right, start int) {
	left, right = int(in.capL[i]), int(in.capR[i])
	if left > 0 && i-left == 0 {
		start = 1
	}
	return left, right, start
}

func trailing(m uint16) int {
	n := 0
	for m&1 == 0 {
		m >>= 1
		n++
	}
	return n
}

func bitLen(m uint16) int {
	n := 0
	for m != 0 {
		m >>= 1
		n++
	}
	return n - 1
}

// Segment decides the word starts of the sentence in in.
func (m *Model) Segment(in *Input) {
	m.prepare(in)
	n := len(in.key)
	in.em = grow(in.em, n)
	for i := range n {
		in.em[i] = 0
		if !in.decided(i) && in.fix[i] == fixNone {
			in.em[i] = m.emission(in, i)
		}
	}
	m.decode(in, m.wordW)
}

// Word features: every candidate word gets the weight of its shape — its
// length, whether the lexicon, the corpus words or the corpus's negatives
// list it, and its capitalisation — plus a length and capitalisation
// backoff and a names feature (family name first, middle name second,
// unknown syllables). They are dense, so scoring a candidate costs three
// array reads.
const (
	maxWord      = 8
	wordConj     = maxWord * 2 * 2 * 2 * 3
	wordBack     = wordConj + maxWord*3*2
	wordNames    = wordBack + maxWord*3*2*2*2
	wordFeatSize = wordNames + maxWord*16
)

// wordFeatures returns the two word-feature indices of [a, b); capFirst
// and capRest describe the capitalisation of its first and later units.
// agreeIndex is the word feature of the longest-match segmentations that
// also produce [a, b): bit k set when tagging k (forward and backward
// longest match over the lexicon, then over lexicon and corpus words) has
// a word start at a and at b and none inside; inside is the AND of the
// tags' "inside" bits over a+1..b-1.
func agreeIndex(in *Input, a, b int, inside uint8) int {
	starts := in.lmStart[a] & inside
	if b < len(in.lmStart) {
		starts &= in.lmStart[b]
	}
	return wordNames + (min(b-a, maxWord)-1)*16 + int(starts)
}

func (m *Model) wordFeatures(in *Input, a, b int, capFirst, capRest bool) (int, int, int) {
	l := min(b-a, maxWord)
	var sets uint16
	if b-a <= 15 {
		sets = (in.lex[a]>>(b-a)&1)<<2 | (in.cw[a]>>(b-a)&1)<<1 | in.ng[a]>>(b-a)&1
	}
	c := 0
	switch {
	case capFirst && capRest:
		c = 1
	case capFirst:
		c = 2
	}
	lc := (l-1)*3 + c
	glued, names := 0, 0
	if in.attr[a]&attrSurname != 0 {
		names |= 4
	}
	if b-a > 1 {
		if in.glued[a+1] {
			glued = 1
		}
		if in.attr[a+1]&attrMiddle != 0 {
			names |= 2
		}
	}
	if (in.attr[a]|in.attr[b-1])&attrOOV != 0 {
		names |= 1
	}
	return ((l-1)*8+int(sets))*3 + c, wordConj + lc*2 + glued, wordBack + lc*8 + names
}

// Unit attributes used by the word features.
const (
	attrCapital uint8 = 1 << iota
	attrSurname
	attrMiddle
	attrOOV
	attrInside  // may continue the word before it (canInside)
	attrNoBegin // may not begin a word (a user word continues here)
)

func (m *Model) attributes(in *Input) {
	n := len(in.key)
	in.attr = grow(in.attr, n)
	for i := range n {
		var a uint8
		if capital(in.shape[i]) {
			a |= attrCapital
		}
		f := m.flags[in.id[i]]
		if f&FlagSurname != 0 {
			a |= attrSurname
		}
		if f&FlagMiddle != 0 {
			a |= attrMiddle
		}
		if in.free[i] && f&flagLexicon == 0 {
			a |= attrOOV
		}
		if in.canInside(i) {
			a |= attrInside
		}
		if i > 0 && in.fix[i] == fixInside {
			a |= attrNoBegin
		}
		in.attr[i] = a
	}
}

// canInside reports whether unit j may continue the word before it.
func (in *Input) canInside(j int) bool {
	return in.fix[j] == fixInside || (in.fix[j] == fixNone && !in.decided(j))
}

// decode finds the best segmentation: a word [a, b) scores the emission of
// its first unit plus its word features; in.em holds the emissions.
func (m *Model) decode(in *Input, wordW []float32) {
	n := len(in.key)
	if n == 0 {
		return
	}
	const neg = -1e30
	in.best = grow(in.best, n+1)
	in.from = grow(in.from, n+1)
	in.best[0] = 0
	m.attributes(in)
	in.lmStart = grow(in.lmStart, n)
	for i := range n {
		var st uint8
		for k, tags := range [4][]uint8{in.lm, in.bm, in.lm2, in.bm2} {
			if tags[i] == 1 {
				st |= 1 << k
			}
		}
		in.lmStart[i] = st
	}
	for b := 1; b <= n; b++ {
		best, from := float32(neg), b-1
		capRest := true     // units a+1..b-1 are all capitalised
		inside := uint8(15) // tagging k puts units a+1..b-1 inside a word
		for a := b - 1; a >= 0; a-- {
			if a < b-1 {
				if in.attr[a+1]&attrInside == 0 {
					break
				}
				capRest = capRest && in.attr[a+1]&attrCapital != 0
				inside &^= in.lmStart[a+1]
				if b-a > maxWord && in.fix[a+1] != fixInside {
					break
				}
			}
			if in.attr[a]&attrNoBegin != 0 {
				continue
			}
			i1, i2, i3 := m.wordFeatures(in, a, b, in.attr[a]&attrCapital != 0, capRest)
			s := in.best[a] + in.em[a] + wordW[i1] + wordW[i2] + wordW[i3] + wordW[agreeIndex(in, a, b, inside)]
			if s > best {
				best, from = s, a
			}
		}
		in.best[b], in.from[b] = best, int32(from)
	}
	for b := n; b > 0; {
		a := int(in.from[b])
		in.begin[a] = true
		for j := a + 1; j < b; j++ {
			in.begin[j] = false
		}
		b = a
	}
}
