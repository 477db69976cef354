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
type params struct {
	pos    float64 // position prior weight: pos/√(rank+1), rank among eligible sentences
	title  float64 // TF-IDF cosine with the title
	bigram float64 // share of the title's syllable pairs the sentence repeats
	lambda float64 // MMR: penalty per unit of similarity to a chosen sentence
	// minGain: a second or later sentence joins only above this score.
	minGain float64
	// Penalties for openings that read badly out of context.
	connective, pronoun, demonstrative, quote float64
	pool                                      int // candidates MMR compares (keeps the cost linear)
	// length: weight of min(nsyl, lengthTarget)/lengthTarget, so a short
	// fragment does not win a slot over a full statement.
	length, lengthTarget float64
	cover                float64 // share of the title's IDF mass the sentence contains
	first                float64 // bonus for the first eligible sentence
	when                 float64 // bonus for a dateline-style opening ("Sáng 27/4, ...")
	speech               float64 // penalty for quoted speech inside the sentence
	// over: the first pick may exceed the budget (and then stands alone);
	// its score drops by over per budget-length of overflow.
	over float64
}

var defaultParams = params{
	pos: 0.75, title: 1.5, bigram: 2, lambda: 0.3, minGain: math.Inf(-1),
	connective: 0, pronoun: 0, demonstrative: 0, quote: 0,
	pool: 12, over: 0, lengthTarget: 30,
}

// sentInfo is what scoring learns about one article sentence.
type sentInfo struct {
	nsyl, nchar int
	vecStart    int32 // st.vec[vecStart:vecEnd] is the sorted TF-IDF vector
	vecEnd      int32
	norm        float32
	score       float64
	eligible    bool // a full sentence, not page furniture
	fragment    bool // a heading or short fragment: used only if nothing is eligible
	taken       bool
}

// entry is one syllable's weight in a sparse TF-IDF vector.
type entry struct {
	h uint64
	w float32
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
		dst = append(dst, entry{sorted[i], w})
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

// coverage sums the weights of query's syllables that also occur in v.
func coverage(query, v []entry) float32 {
	var c float32
	for i, j := 0, 0; i < len(query) && j < len(v); {
		switch {
		case query[i].h < v[j].h:
			i++
		case query[i].h > v[j].h:
			j++
		default:
			c += query[i].w
			i++
			j++
		}
	}
	return c
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

// syllables appends the hashes of text's syllables to st.hashes (reset) and
// whether each starts upper-case to st.upper, for the first few only.
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
	var titleMass float32
	for _, e := range st.title {
		titleMass += e.w
	}

	st.info = slices.Grow(st.info[:0], len(sents))[:len(sents)]
	st.vec = st.vec[:0]
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
		v := p.pos/math.Sqrt(float64(rank+1)) + p.length*min(float64(info.nsyl), p.lengthTarget)/p.lengthTarget
		if info.eligible {
			rank++
		}
		if p.bigram != 0 && len(st.bigrams) > 0 {
			v += p.bigram * s.bigramShare(st)
		}
		if rank == 1 {
			v += p.first
		}
		n := min(len(st.hashes), openerSyllables)
		f := opener(text, st.hashes[:n], st.upper, st.digit)
		v -= p.connective*b2f(f.connective) + p.pronoun*b2f(f.pronoun) +
			p.demonstrative*b2f(f.demonstrative) + p.quote*b2f(f.quote)
		v += p.when * b2f(f.when)
		if p.speech != 0 && hasSpeech(text) {
			v -= p.speech
		}
		slices.Sort(st.hashes)
		start := len(st.vec)
		st.vec, info.norm = s.vectorize(st.vec, st.hashes)
		info.vecStart, info.vecEnd = int32(start), int32(len(st.vec))
		if titleNorm > 0 && info.norm > 0 {
			v += p.title * float64(dot(st.vec[start:], st.title)/(info.norm*titleNorm))
			if p.cover != 0 {
				v += p.cover * float64(coverage(st.title, st.vec[start:])/titleMass)
			}
		}
		if s.cfg.boost != nil {
			if b := s.cfg.boost(x.Text); !math.IsNaN(b) && !math.IsInf(b, 0) {
				v += b
			}
		}
		info.score = v
	}
	s.fillPool(st, len(sents), func(x *sentInfo) bool { return x.eligible })
	if len(st.pool) == 0 {
		// Text without a single full sentence (a list of headings, a line
		// without final punctuation): fragments are all there is.
		s.fillPool(st, len(sents), func(x *sentInfo) bool { return x.fragment })
	}
	return nil
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

// fillPool keeps the best-scored eligible sentences, best first, ties to
// the earlier sentence. It costs O(n·pool), linear in the article.
func (s *Summarizer) fillPool(st *state, n int, ok func(*sentInfo) bool) {
	k := s.cfg.params.pool
	pool := st.pool[:0]
	better := func(a, b int) bool {
		return st.info[a].score > st.info[b].score || st.info[a].score == st.info[b].score && a < b
	}
	for i := 0; i < n; i++ {
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

func sortInts(a []int) { slices.Sort(a) }
