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
	tPlEnd
	tPlCover
	tPlStart
	tNgEnd
	tNgCover
	tNgStart
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

func f1(t, a uint64) uint64       { return mix(mix(t, a), 0) }
func f2(t, a, b uint64) uint64    { return mix(mix(mix(t, a), b), 1) }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(mix(t, a), b), c), 2) }

// prepare computes the per-sentence lexicon matches and longest-match tags.
func (m *Model) prepare(in *Input) {
	n := len(in.key)
	in.lex = grow(in.lex, n)
	in.lm = grow(in.lm, n)
	in.begin = grow(in.begin, n)
	in.cw = grow(in.cw, n)
	in.pl = grow(in.pl, n)
	in.ng = grow(in.ng, n)
	for i := 0; i < n; i++ {
		in.lex[i] = m.lex.match(in, i)
		in.cw[i] = m.corpus.match(in, i)
		in.pl[i] = m.places.match(in, i)
		in.ng[i] = m.neg.match(in, i)
	}
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

// match returns the lengths (as bits) of the words starting at unit i.
func (ws *wordSet) match(in *Input, i int) uint16 {
	if !in.free[i] || in.id[i] == 0 {
		return 0
	}
	var mask uint16
	h := uint64(lexSeed)
	for j := i; j < len(in.id) && j-i < ws.maxLen && in.free[j] && in.id[j] != 0; j++ {
		h = mix(h, uint64(in.id[j]))
		f, ok := ws.t.get(h)
		if !ok {
			break
		}
		if f&lexWord != 0 {
			mask |= 1 << (j - i + 1)
		}
		if f&lexPrefix == 0 {
			break
		}
	}
	return mask
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}

// decided reports whether the tag at i is fixed: the first unit, and a
// non-syllable separated by white space from its neighbour.
func (in *Input) decided(i int) bool {
	return i == 0 || (!in.glued[i] && (in.hard(i) || in.hard(i-1)))
}

// hard reports whether unit i is punctuation or a symbol-like token, which
// never joins a neighbour across white space.
func (in *Input) hard(i int) bool { return !in.free[i] }

// features appends the feature keys of junction i to in.feats.
func (m *Model) features(in *Input, i int) {
	f := in.feats[:0]
	w2, w1, w0, wn1, wn2 := in.k(i-2), in.k(i-1), in.k(i), in.k(i+1), in.k(i+2)
	f = filt(f, 0, tU, f2(tU, 0, w2), f2(tU, 1, w1), f2(tU, 2, w0), f2(tU, 3, wn1), f2(tU, 4, wn2))
	f = filt(f, 0, tB, f3(tB, 0, w2, w1), f3(tB, 1, w1, w0), f3(tB, 2, w0, wn1), f3(tB, 3, wn1, wn2))
	f = filt(f, 0, tSkip, f2(tSkip, w1, wn1))
	f = filt(f, 0, tT, f3(tT, w2, w1, w0), f3(tT, w1, w0, wn1), f3(tT, w0, wn1, wn2))
	s2, s1, s0, sn1 := in.sh(i-2), in.sh(i-1), in.sh(i), in.sh(i+1)
	f = filt(f, 0, tSh2, f2(tSh2, s1, s0))
	f = filt(f, 0, tSh3L, f3(tSh3L, s2, s1, s0))
	f = filt(f, 0, tSh3C, f3(tSh3C, s1, s0, sn1))
	f = filt(f, 0, tWSh, f2(tWSh, w1, s0))
	f = filt(f, 0, tShW, f2(tShW, s1, w0))
	if in.glued[i] {
		f = append(f, f2(tGlue, s1, s0), f2(tGlueW, w1, w0))
	}
	// Lexicon words around the junction.
	any := false
	if !off[tLexEnd] {
		f, any = spanFeatures(f, in.lex, i, m.lex.maxLen, tLexEnd, tLexCover, tLexStart, 0)
	}
	if any && i >= 1 && in.lex[i-1]&(1<<2) != 0 {
		f = filt(f, 0, tLexPair, f1(tLexPair, 1))
	}
	if !off[tCorpEnd] {
		f, _ = spanFeatures(f, in.cw, i, m.corpus.maxLen, tCorpEnd, tCorpCover, tCorpStart, 0)
	}
	if !off[tNgEnd] {
		f, _ = spanFeatures(f, in.ng, i, m.neg.maxLen, tNgEnd, tNgCover, tNgStart, 0)
	}
	if !off[tPlEnd] {
		f, _ = spanFeatures(f, in.pl, i, m.places.maxLen, tPlEnd, tPlCover, tPlStart, s1<<4|s0)
	}
	f = filt(f, 0, tLM, f3(tLM, lmAt(in.lm, i-1), lmAt(in.lm, i), lmAt(in.lm, i+1)))
	f = filt(f, 0, tBM, f3(tBM, lmAt(in.bm, i-1), lmAt(in.bm, i), lmAt(in.bm, i+1)))
	f = filt(f, 0, tLMBM, f3(tLMBM, lmAt(in.lm, i), lmAt(in.bm, i), 0))
	f = filt(f, 0, tLM2, f3(tLM2, lmAt(in.lm2, i-1), lmAt(in.lm2, i), lmAt(in.lm2, i+1)))
	f = filt(f, 0, tBM2, f3(tBM2, lmAt(in.bm2, i-1), lmAt(in.bm2, i), lmAt(in.bm2, i+1)))
	// Names: family and middle names next to capitalised syllables.
	fl2, fl1, fl0 := in.flag(m, i-2), in.flag(m, i-1), in.flag(m, i)
	f = filt(f, 0, tName, f3(tName, fl1|s1<<4, fl0|s0<<4, fl2|s2<<4))
	f = filt(f, 0, tRun, m.runFeature(in, i))
	f = filt(f, 0, tOOV, f3(tOOV, m.oov(in, i-1)|s1<<1, m.oov(in, i)|s0<<1, m.oov(in, i+1)))
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
	left := 0
	for j := i - 1; j >= 0 && left < 4 && in.free[j] && capital(in.shape[j]); j-- {
		left++
	}
	right := 0
	for j := i; j < len(in.shape) && right < 4 && in.free[j] && capital(in.shape[j]); j++ {
		right++
	}
	start := uint64(0)
	if left > 0 && i-left == 0 {
		start = 1
	}
	return f3(tRun, uint64(left), uint64(right), start)
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

// emission returns the score of "a word begins at i" relative to "continues".
func (m *Model) emission(in *Input, i int) float32 {
	m.features(in, i)
	var s float32
	for _, k := range in.feats {
		if w, ok := m.weights.get(k); ok {
			s += w
		}
	}
	return s
}

// Segment decides the word starts of the sentence in in.
func (m *Model) Segment(in *Input) {
	m.prepare(in)
	m.viterbi(in, m.emission)
}

// viterbi finds the best B/I sequence: tag 0 = begin, 1 = inside.
func (m *Model) viterbi(in *Input, emit func(*Input, int) float32) {
	n := len(in.key)
	if n == 0 {
		return
	}
	in.score = grow(in.score, n)
	in.back = grow(in.back, n)
	const neg = -1e30
	in.score[0] = [2]float32{0, neg}
	for i := 1; i < n; i++ {
		if in.decided(i) && in.fix[i] == fixNone {
			best := uint8(0)
			if in.score[i-1][1] > in.score[i-1][0] {
				best = 1
			}
			in.score[i] = [2]float32{in.score[i-1][best], neg}
			in.back[i] = [2]uint8{best, best}
			continue
		}
		fix := in.fix[i]
		var e float32
		if fix == fixNone {
			e = emit(in, i)
		}
		for t := range 2 {
			b0 := in.score[i-1][0] + m.trans[0][t]
			b1 := in.score[i-1][1] + m.trans[1][t]
			if b1 > b0 {
				in.score[i][t], in.back[i][t] = b1, 1
			} else {
				in.score[i][t], in.back[i][t] = b0, 0
			}
		}
		in.score[i][0] += e
		switch fix {
		case fixBegin:
			in.score[i][1] = neg
		case fixInside:
			in.score[i][0] = neg
		}
		// Keep scores relative so float32 precision does not erode over
		// long runs.
		top := max(in.score[i][0], in.score[i][1])
		in.score[i][0] -= top
		in.score[i][1] -= top
	}
	t := uint8(0)
	if in.score[n-1][1] > in.score[n-1][0] {
		t = 1
	}
	for i := n - 1; i >= 0; i-- {
		in.begin[i] = t == 0
		t = in.back[i][t]
	}
	in.begin[0] = true
}
