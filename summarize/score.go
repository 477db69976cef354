package summarize

import (
	"context"
	"math"
	"slices"
	"sync"

	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/summarize/internal/syllable"
	"github.com/vntext/vntext/tokenize"
)

// params are the scoring weights, tuned on the VietNews dev articles.
//
// The core of the score is an estimate of the summary's ROUGE-1 F1 against
// the unseen reference: each syllable of the article gets a probability of
// appearing in a human summary, higher when the title has it and the more
// often the article repeats it; a summary's expected overlap is the sum over
// the distinct syllables it covers, and its expected F1 is
// 2·overlap/(length + refLen). That rewards on-topic sentences, prefers a
// summary near a blurb's natural length, and makes a second sentence join
// only when its new syllables pay for its length.
type params struct {
	// Probability that a title syllable seen tf times in the article is in
	// the summary: min(titleMax, titleBase + titleSlope·ln tf).
	titleBase, titleSlope, titleMax float64
	// The same for other syllables: min(otherMax, otherBase + otherSlope·tf).
	otherBase, otherSlope, otherMax float64
	refLen                          float64 // expected summary length in syllables
	pos                             float64 // position prior: pos/√(rank+1), rank among eligible sentences
	title                           float64 // TF-IDF cosine with the title
	bigram                          float64 // share of the title's syllable pairs the sentence repeats
	lambda                          float64 // MMR: penalty per unit of cosine similarity to a chosen sentence
	// Penalties for openings that read badly out of context.
	connective, pronoun, demonstrative, quote float64
	pool                                      int // candidates the greedy search compares (keeps the cost linear)
}

var defaultParams = params{
	titleBase: 0.43, titleSlope: 0.2, titleMax: 0.95,
	otherBase: -0.01, otherSlope: 0.04, otherMax: 0.6,
	refLen: 35, pos: 0.05, title: 0, bigram: 0, lambda: 0,
	connective: 0, pronoun: 0, demonstrative: 0, quote: 0,
	pool: 16,
}

// sentInfo is what scoring learns about one article sentence.
type sentInfo struct {
	nsyl, nchar int
	vecStart    int32 // st.vec[vecStart:vecEnd] is the sorted TF-IDF vector
	vecEnd      int32
	norm        float32
	gain        float64 // expected overlap: Σ p over the distinct syllables
	prior       float64 // position, title cosine, opener penalties, boost
	score       float64 // 2·gain/(nsyl+refLen) + prior: the ranking score
	eligible    bool    // a full sentence, not page furniture
	fragment    bool    // a heading or short fragment: used only if nothing is eligible
	taken       bool
}

// entry is one distinct syllable of a sentence: hash, TF-IDF weight, count.
type entry struct {
	h uint64
	w float32
	n uint32
}

// state is the per-call scratch space, pooled so that steady-state
// summarizing allocates little.
type state struct {
	info    []sentInfo
	vec     []entry
	hashes  []uint64
	upper   []bool // of the first openerSyllables syllables: starts upper-case
	digit   []bool // ... starts with a digit
	title   []entry
	bigrams []uint64
	pool    []int
	chosen  []int
	doc     counts
}

var statePool = sync.Pool{New: func() any { return new(state) }}

func getState() *state { return statePool.Get().(*state) }

// putState drops oversized buffers so one huge article does not pin memory.
func putState(st *state) {
	if cap(st.vec) > 1<<16 || cap(st.info) > 1<<12 {
		return
	}
	statePool.Put(st)
}

// vectorize turns the sorted hashes into a TF-IDF vector appended to dst;
// it returns the extended slice and the vector's norm.
func (s *Summarizer) vectorize(dst []entry, sorted []uint64) ([]entry, float32) {
	var sq float32
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		w := float32(j-i) * s.idf.get(sorted[i])
		dst = append(dst, entry{h: sorted[i], w: w, n: uint32(j - i)})
		sq += w * w
		i = j
	}
	return dst, float32(math.Sqrt(float64(sq)))
}

// dot is the dot product of two sorted sparse vectors.
func dot(a, b []entry) float32 {
	var d float32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].h < b[j].h:
			i++
		case a[i].h > b[j].h:
			j++
		default:
			d += a[i].w * b[j].w
			i++
			j++
		}
	}
	return d
}

func has(v []entry, h uint64) bool {
	_, ok := slices.BinarySearchFunc(v, h, func(e entry, h uint64) int {
		switch {
		case e.h < h:
			return -1
		case e.h > h:
			return 1
		}
		return 0
	})
	return ok
}

func (st *state) vector(i int) []entry {
	return st.vec[st.info[i].vecStart:st.info[i].vecEnd]
}

// cosine similarity of sentences i and j.
func (st *state) cosine(i, j int) float64 {
	n := st.info[i].norm * st.info[j].norm
	if n == 0 {
		return 0
	}
	return float64(dot(st.vector(i), st.vector(j)) / n)
}

// syllables sets st.hashes to the hashes of text's syllables in order, and
// st.upper/st.digit for the first few.
func (st *state) syllables(text string) {
	st.hashes = st.hashes[:0]
	st.upper = st.upper[:0]
	st.digit = st.digit[:0]
	for i := 0; ; {
		start, end, h := syllable.Next(text, i)
		if start == len(text) {
			return
		}
		st.hashes = append(st.hashes, h)
		if len(st.upper) < openerSyllables {
			st.upper = append(st.upper, syllable.IsUpperStart(text, start))
			st.digit = append(st.digit, '0' <= text[start] && text[start] <= '9')
		}
		i = end
	}
}

// openerSyllables is how many leading syllables opener inspects.
const openerSyllables = 4

// pairHash keys a syllable pair.
func pairHash(a, b uint64) uint64 { return combine(combine(0, a), b) }

// score fills st.info and st.pool for the article's sentences.
func (s *Summarizer) score(ctx context.Context, st *state, title string, sents []tokenize.Sentence) error {
	p := &s.cfg.params
	if !norm.NFC.IsNormalString(title) {
		title = norm.NFC.String(title)
	}
	st.syllables(title)
	st.bigrams = st.bigrams[:0]
	for i := 1; i < len(st.hashes); i++ {
		st.bigrams = append(st.bigrams, pairHash(st.hashes[i-1], st.hashes[i]))
	}
	slices.Sort(st.bigrams)
	st.bigrams = slices.Compact(st.bigrams)
	slices.Sort(st.hashes)
	var titleNorm float32
	st.title, titleNorm = s.vectorize(st.title[:0], st.hashes)

	st.info = slices.Grow(st.info[:0], len(sents))[:len(sents)]
	st.vec = st.vec[:0]
	st.doc.reset(len(sents) * 16)
	rank := 0
	for i, x := range sents {
		if i&1023 == 1023 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		text := x.Text
		if !norm.NFC.IsNormalString(text) {
			text = norm.NFC.String(text)
		}
		st.syllables(text)
		info := &st.info[i]
		*info = sentInfo{nsyl: len(st.hashes), nchar: s.runeCount(x.Text)}
		if info.nsyl == 0 || isFurniture(text) {
			continue
		}
		info.fragment = isFragment(text, info.nsyl)
		info.eligible = !info.fragment
		v := p.pos / math.Sqrt(float64(rank+1))
		if info.eligible {
			rank++
		}
		if p.bigram != 0 && len(st.bigrams) > 0 {
			v += p.bigram * s.bigramShare(st)
		}
		n := min(len(st.hashes), openerSyllables)
		f := opener(text, st.hashes[:n], st.upper, st.digit)
		v -= p.connective*b2f(f.connective) + p.pronoun*b2f(f.pronoun) +
			p.demonstrative*b2f(f.demonstrative) + p.quote*b2f(f.quote)
		slices.Sort(st.hashes)
		start := len(st.vec)
		st.vec, info.norm = s.vectorize(st.vec, st.hashes)
		info.vecStart, info.vecEnd = int32(start), int32(len(st.vec))
		if info.eligible {
			for _, e := range st.vec[start:] {
				st.doc.add(e.h, e.n)
			}
		}
		if p.title != 0 && titleNorm > 0 && info.norm > 0 {
			v += p.title * float64(dot(st.vec[start:], st.title)/(info.norm*titleNorm))
		}
		if s.cfg.boost != nil {
			if b := s.cfg.boost(x.Text); !math.IsNaN(b) && !math.IsInf(b, 0) {
				v += b
			}
		}
		info.prior = v
	}
	eligible := func(x *sentInfo) bool { return x.eligible }
	if rank == 0 {
		// Text without a single full sentence (a list of headings, a line
		// without final punctuation): fragments are all there is.
		eligible = func(x *sentInfo) bool { return x.fragment }
		for i := range st.info {
			if st.info[i].fragment {
				for _, e := range st.vector(i) {
					st.doc.add(e.h, e.n)
				}
			}
		}
	}
	for i := range st.info {
		x := &st.info[i]
		if !eligible(x) {
			continue
		}
		for _, e := range st.vector(i) {
			x.gain += s.chance(st, e.h)
		}
		x.score = 2*x.gain/(float64(x.nsyl)+p.refLen) + x.prior
	}
	s.fillPool(st, eligible)
	return nil
}

// chance is the estimated probability that syllable h appears in a human
// summary of the article.
func (s *Summarizer) chance(st *state, h uint64) float64 {
	p := &s.cfg.params
	tf := float64(st.doc.get(h))
	if has(st.title, h) {
		return min(p.titleMax, p.titleBase+p.titleSlope*math.Log(max(tf, 1)))
	}
	return max(0, min(p.otherMax, p.otherBase+p.otherSlope*tf))
}

// bigramShare is the share of the title's syllable pairs found in the
// sentence whose hashes (in text order) are in st.hashes.
func (s *Summarizer) bigramShare(st *state) float64 {
	hit := 0
	for i := 1; i < len(st.hashes); i++ {
		if _, ok := slices.BinarySearch(st.bigrams, pairHash(st.hashes[i-1], st.hashes[i])); ok {
			hit++
		}
	}
	return math.Min(1, float64(hit)/float64(len(st.bigrams)))
}

// fillPool keeps the best-scored sentences that pass ok, best first, ties
// to the earlier sentence. It costs O(n·pool), linear in the article.
func (s *Summarizer) fillPool(st *state, ok func(*sentInfo) bool) {
	k := s.cfg.params.pool
	pool := st.pool[:0]
	better := func(a, b int) bool {
		return st.info[a].score > st.info[b].score || st.info[a].score == st.info[b].score && a < b
	}
	for i := range st.info {
		if !ok(&st.info[i]) {
			continue
		}
		if len(pool) == k && !better(i, pool[k-1]) {
			continue
		}
		if len(pool) < k {
			pool = append(pool, i)
		} else {
			pool[k-1] = i
		}
		for j := len(pool) - 1; j > 0 && better(pool[j], pool[j-1]); j-- {
			pool[j], pool[j-1] = pool[j-1], pool[j]
		}
	}
	st.pool = pool
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// counts is an open-addressing hash table from syllable hash to count,
// reused across calls: cheaper than a map for a few hundred keys.
type counts struct {
	keys []uint64
	vals []uint32
	used int
}

func (c *counts) reset(hint int) {
	size := 64
	for size < 2*hint {
		size <<= 1
	}
	if cap(c.keys) >= size && cap(c.keys) <= 4*size {
		c.keys = c.keys[:size]
		c.vals = c.vals[:size]
		clear(c.keys)
		clear(c.vals)
	} else {
		c.keys = make([]uint64, size)
		c.vals = make([]uint32, size)
	}
	c.used = 0
}

// add counts n more of h. Hash 0 marks an empty slot; a syllable hashing
// to 0 (FNV never gives 0 for real input in practice) would share a slot
// with nothing and only lose its count.
func (c *counts) add(h uint64, n uint32) {
	if h == 0 {
		return
	}
	if 2*(c.used+1) > len(c.keys) {
		c.grow()
	}
	mask := uint64(len(c.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch c.keys[i] {
		case h:
			c.vals[i] += n
			return
		case 0:
			c.keys[i] = h
			c.vals[i] = n
			c.used++
			return
		}
	}
}

func (c *counts) get(h uint64) uint32 {
	if h == 0 || len(c.keys) == 0 {
		return 0
	}
	mask := uint64(len(c.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch c.keys[i] {
		case h:
			return c.vals[i]
		case 0:
			return 0
		}
	}
}

func (c *counts) grow() {
	keys, vals := c.keys, c.vals
	c.keys = make([]uint64, 2*len(keys))
	c.vals = make([]uint32, 2*len(keys))
	c.used = 0
	for i, k := range keys {
		if k != 0 {
			c.add(k, vals[i])
		}
	}
}
