package summarize

import (
	"context"
	"math"
	"slices"
	"strings"
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
// the syllables it covers (with the repeats below), and its expected F1 is
// 2·overlap/(length + refLen). That rewards on-topic sentences, prefers a
// summary near a blurb's natural length, and makes a second sentence join
// only when its new syllables pay for its length. The chance curves follow
// rates counted on the dev articles: a title syllable used once in the body
// is in the human lead about 45% of the time, one used six times 80%; other
// syllables 4% once, 35% at six uses or more.
//
// ROUGE clips counts: a summary's second copy of a syllable matches only
// when the reference has the syllable twice. So a summary is worth the
// expected number of its copies the reference matches: the first copy of a
// syllable counts its chance c (in a blurb), and each further copy the
// chance of the copy before it times repeat·c (titleRepeat·c for a title
// syllable). The two ratios are the rates counted on the tune half of dev,
// rounded: a human lead has a syllable of chance c twice about 0.46·c as
// often as once, and three times about 0.37·c as often as twice; a title
// syllable (a name or topic word, stated once) about 0.14·c, for the
// second copy and the third alike.
type params struct {
	// Probability that a title syllable seen tf times in the article is in
	// the summary: min(titleMax, titleBase + titleSlope·ln tf).
	titleBase, titleSlope, titleMax float64
	// The same for other syllables: min(otherMax, otherBase + otherSlope·tf).
	otherBase, otherSlope, otherMax float64
	// A further copy's chance over the copy before it, per unit of c.
	repeat, titleRepeat float64
	refLen              float64 // a typical summary's length in syllables (see Summarizer.target)
	pos                 float64 // position prior: pos/√(rank+1), rank among eligible sentences
	title               float64 // TF-IDF cosine with the title
	bigram              float64 // share of the title's syllable pairs the sentence repeats
	// lambda is the MMR penalty per unit of cosine similarity to a chosen
	// sentence. Coverage does most of the redundancy work; larger values
	// cost ROUGE on dev.
	lambda float64
	// Penalties for openings that read a little oddly out of context ("Dự
	// án này", an opening quotation). They cost a little ROUGE on dev
	// (human leads do not avoid them), so they are small: they decide
	// between otherwise close sentences. A connective or a pronoun that
	// needs the sentence before is a rule, not a penalty (sentInfo.leans).
	demonstrative, quote float64
	pool                 int // candidates the greedy search compares (keeps the cost linear)
	// partPool is the room the search gives, beside the pool, to parts
	// of sentences (see parts.go); 0 turns parts off.
	partPool int
	// partPrior scales the weight of the chosen units' mean prior when
	// parts compete. Parts share their sentence's position prior, so the
	// prior no longer tells a sentence from its parts, and a mean that a
	// second, later unit lowers keeps out the two short parts that often
	// beat one long sentence: coverage must weigh more. (With whole
	// sentences only, the weight hardly matters.)
	partPrior float64
}

var defaultParams = params{
	titleBase: 0.5, titleSlope: 0.2, titleMax: 0.95,
	otherBase: -0.01, otherSlope: 0.045, otherMax: 0.6, repeat: 0.4, titleRepeat: 0.15,
	refLen: 35, pos: 0.06, title: 0.05, bigram: 0.05, lambda: 0.02,
	demonstrative: 0.01, quote: 0.01,
	pool: 16, partPool: 16, partPrior: 0.6,
}

// sentInfo is what scoring learns about one article sentence.
type sentInfo struct {
	nsyl, nchar int
	skip        int     // bytes of dateline at the start, left out of the summary
	cut         int     // bytes left out at the end (a part: the clauses after it)
	parent      int32   // the article sentence it is (or is part of)
	sylFrom     int32   // its syllables start at st.allIDs[sylFrom]
	part        bool    // a clause-bounded span of sentence parent
	shared      float64 // the prior its parts share: position and boost
	vecStart    int32   // st.vec[vecStart:vecEnd] are its distinct syllables
	vecEnd      int32
	norm        float32 // of its TF-IDF vector
	weight      float32 // of its distinct syllables, each its IDF capped at overlapCap (see overlap)
	gain        float64 // expected overlap: Σ over its distinct syllables of syl.more(count)
	prior       float64 // position, title cosine, bigrams, opener penalties, boost
	score       float64 // 2·gain/(nsyl+target) + prior: the ranking score
	eligible    bool    // a full sentence, not page furniture
	unfinished  bool    // long enough but without final punctuation: used only if nothing is eligible
	taken       bool
	// leans is true when it opens with a connective, a back-reference or
	// a bare pronoun ("Nhưng", "Đây là", "Ông cho biết"; see
	// openerFlags.leans): it reads right only after ante, the sentence
	// before it (-1: none, as for the text's first sentence or a part that
	// starts after a cut), and is chosen only with it.
	leans bool
	ante  int32
	// lead is the length of a connective opening it that a summary
	// without ante leaves out ("Tuy nhiên, "), when the rest reads alone
	// (see connectiveLead); it then does not lean. leadSyl and leadChars
	// are its syllables and characters.
	lead, leadSyl, leadChars int32
}

// entry is one distinct syllable of a sentence: its article-local id and
// how often the sentence has it.
type entry struct {
	id int32
	n  int32
}

// syl is what the article knows about one distinct syllable.
type syl struct {
	idf     float32
	titleW  float32 // TF-IDF weight in the title; 0 when the title lacks it
	tf      int32   // occurrences in eligible sentences
	seen    int32   // last sentence (index+1) that had it: dedup without sorting
	slot    int32   // its entry in st.vec for that sentence
	got     int32   // copies the chosen sentences hold
	chance  float64 // of appearing in a human summary (see params)
	again   float32 // of each further copy in a summary, over the copy before it
	inTitle bool
}

// state is the per-call scratch space, pooled so that steady-state
// summarizing allocates little. Syllables get dense article-local ids, so
// per-sentence work is array indexing rather than sorting or map lookups.
type state struct {
	info       []sentInfo
	vec        []entry
	ids        []int32    // the current sentence's syllable ids, in order
	hashes     []uint64   // ... and their hashes
	bounds     [][2]int32 // ... and their byte spans
	allIDs     []int32    // the article's syllables: ids, hashes and spans
	allHashes  []uint64
	allBounds  [][2]int32
	keep       bool    // keep the article's syllables in allIDs ... (for parts)
	pairs      []int32 // addParts: running count of title pairs
	stamp      int32
	upper      []bool // of the first openerSyllables syllables: starts upper-case
	syls       []syl
	index      idTable
	bigrams    []uint64
	bigramMask uint64 // bloom filter over bigrams: most pairs miss in one test
	titleNorm  float32
	ranked     int // eligible sentences seen
	poolSize   int // how many best-scored sentences the search compares
	scratch    []float32
	caption    []bool // the sentence is a photo caption
	pool       []int  // candidates of the greedy search: the best-scored first, then st.short
	short      []int  // with a sentence target and a budget: the shortest eligible sentences, shortest first
	eligible   int    // eligible sentences in the article
	chosen     []int
}

var statePool = sync.Pool{New: func() any { return new(state) }}

func getState() *state { return statePool.Get().(*state) }

// putState drops oversized buffers so one huge article does not pin memory.
func putState(st *state) {
	if cap(st.vec) > 1<<16 || cap(st.info) > 1<<12 || cap(st.syls) > 1<<15 || cap(st.index.keys) > 1<<17 || cap(st.allIDs) > 1<<17 {
		return
	}
	statePool.Put(st)
}

// id returns the article-local id of syllable hash h, adding it if new.
func (s *Summarizer) id(st *state, h uint64) int32 {
	id, added := st.index.put(h, int32(len(st.syls)))
	if added {
		st.syls = append(st.syls, syl{idf: s.idf.get(h)})
	}
	return id
}

// syllables appends text's syllables to the article's (st.allIDs ...)
// and points st.ids, st.hashes and st.bounds at them; st.upper holds
// whether the first few start upper-case.
func (s *Summarizer) syllables(st *state, text string) {
	if !st.keep {
		// Only parts read a sentence's syllables again: without them the
		// article's need not be kept.
		st.allIDs, st.allHashes, st.allBounds = st.allIDs[:0], st.allHashes[:0], st.allBounds[:0]
	}
	first := len(st.allIDs)
	st.upper = st.upper[:0]
	for i := 0; ; {
		start, end, h := syllable.Next(text, i)
		if start == len(text) {
			break
		}
		st.allIDs = append(st.allIDs, s.id(st, h))
		st.allHashes = append(st.allHashes, h)
		st.allBounds = append(st.allBounds, [2]int32{int32(start), int32(end)})
		if len(st.upper) < openerSyllables {
			st.upper = append(st.upper, syllable.IsUpperStart(text, start))
		}
		i = end
	}
	st.view(first, len(st.allIDs))
}

// view points st.ids, st.hashes and st.bounds at the article's syllables
// [from, to).
func (st *state) view(from, to int) {
	st.ids, st.hashes, st.bounds = st.allIDs[from:to], st.allHashes[from:to], st.allBounds[from:to]
}

// distinct appends sentence k's distinct syllables (from st.ids) with
// their counts to st.vec and returns the norm of its TF-IDF vector.
func (st *state) distinct(ids []int32) (norm, weight float32) {
	first := len(st.vec)
	st.stamp++
	stamp := st.stamp
	for _, id := range ids {
		x := &st.syls[id]
		if x.seen != stamp {
			x.seen = stamp
			x.slot = int32(len(st.vec))
			st.vec = append(st.vec, entry{id: id})
		}
		st.vec[x.slot].n++
	}
	var sq float32
	for _, e := range st.vec[first:] {
		idf := st.syls[e.id].idf
		w := float32(e.n) * idf
		sq += w * w
		weight += min(idf, overlapCap)
	}
	return float32(math.Sqrt(float64(sq))), weight
}

func (st *state) vector(i int) []entry {
	return st.vec[st.info[i].vecStart:st.info[i].vecEnd]
}

// titleCosine is the TF-IDF cosine between a sentence vector and the title.
func (st *state) titleCosine(v []entry, norm, titleNorm float32) float64 {
	if norm == 0 || titleNorm == 0 {
		return 0
	}
	var d float32
	for _, e := range v {
		x := &st.syls[e.id]
		d += float32(e.n) * x.idf * x.titleW
	}
	return float64(d / (norm * titleNorm))
}

// cosine similarity of sentences i and j (MMR), through a dense scratch
// array indexed by syllable id.
func (st *state) cosine(i, j int) float64 {
	n := st.info[i].norm * st.info[j].norm
	if n == 0 {
		return 0
	}
	if len(st.scratch) < len(st.syls) {
		st.scratch = make([]float32, len(st.syls))
	}
	for _, e := range st.vector(i) {
		st.scratch[e.id] = float32(e.n) * st.syls[e.id].idf
	}
	var d float32
	for _, e := range st.vector(j) {
		d += st.scratch[e.id] * float32(e.n) * st.syls[e.id].idf
	}
	for _, e := range st.vector(i) {
		st.scratch[e.id] = 0
	}
	return float64(d / n)
}

// maxCaption is how many sentences before a credit, on its line, make its
// caption.
const maxCaption = 2

// markCaptions appends to st.caption, for each of the text's sentences,
// whether a credit line ("Ảnh: ...") follows it on the same line.
func (st *state) markCaptions(text string, sents []tokenize.Sentence) {
	base := len(st.caption)
	st.caption = slices.Grow(st.caption, len(sents))[:base+len(sents)]
	caption := st.caption[base:]
	clear(caption)
	for i := 1; i < len(sents); i++ {
		if !isCreditLine(sents[i].Text) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-maxCaption && !strings.Contains(text[sents[j].End:sents[j+1].Start], "\n"); j-- {
			caption[j] = true
		}
	}
}

// openerSyllables is how many leading syllables opener inspects.
const openerSyllables = 4

// pairHash keys a syllable pair.
func pairHash(a, b uint64) uint64 { return syllable.Combine(syllable.Combine(0, a), b) }

// score fills st.info and st.pool for the article's sentences.
func (s *Summarizer) score(ctx context.Context, st *state, a Article, sents []tokenize.Sentence, boost func(i int) float64) error {
	st.begin(len(a.Text), len(sents))
	st.keep = s.splits()
	s.addTitle(st, a.Title)
	st.closeTitles()
	if err := s.addSentences(ctx, st, a.Text, sents, boost); err != nil {
		return err
	}
	s.finish(st, 1)
	if s.splits() {
		s.addPoolParts(st, sents)
	}
	return nil
}

// begin readies st for a text of about size bytes in n sentences.
func (st *state) begin(size, n int) {
	st.index.reset(min(size/8, 1<<16))
	st.syls = st.syls[:0]
	st.bigrams = st.bigrams[:0]
	st.bigramMask = 0
	st.info = slices.Grow(st.info[:0], n)
	st.caption = st.caption[:0]
	st.vec = st.vec[:0]
	st.allIDs, st.allHashes, st.allBounds = st.allIDs[:0], st.allHashes[:0], st.allBounds[:0]
	st.stamp = 0
	st.keep = false
	st.ranked = 0
	st.poolSize = 0
}

// addTitle adds a headline's syllables (their TF-IDF weights) and
// syllable pairs; a cluster adds each article's.
func (s *Summarizer) addTitle(st *state, title string) {
	title = toNFC(title)
	prev := uint64(0)
	for i := 0; ; {
		start, end, h := syllable.Next(title, i)
		if start == len(title) {
			break
		}
		if prev != 0 {
			b := pairHash(prev, h)
			st.bigrams = append(st.bigrams, b)
			st.bigramMask |= 1 << (b & 63)
		}
		prev = h
		x := &st.syls[s.id(st, h)]
		x.inTitle = true
		x.titleW += x.idf
		i = end
	}
}

// closeTitles ends addTitle calls: it sorts the title pairs and computes
// the title vector's norm.
func (st *state) closeTitles() {
	slices.Sort(st.bigrams)
	st.bigrams = slices.Compact(st.bigrams)
	var n float32
	for i := range st.syls {
		n += st.syls[i].titleW * st.syls[i].titleW
	}
	st.titleNorm = float32(math.Sqrt(float64(n)))
}

// addSentences scores the sentences of one text (one article) and appends
// them to st.info; ranks for the position prior count from this text's
// first eligible sentence.
func (s *Summarizer) addSentences(ctx context.Context, st *state, text string, sents []tokenize.Sentence, boost func(i int) float64) error {
	p := &s.cfg.params
	decomposed := hasCombiningMarks(text)
	base := len(st.info)
	st.info = slices.Grow(st.info, len(sents))[:base+len(sents)]
	st.markCaptions(text, sents)
	rank := 0
	var quote quoteState
	for i, x := range sents {
		if i&1023 == 1023 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		skip := datelineLen(x.Text)
		body := x.Text[skip:]
		info := &st.info[base+i]
		*info = sentInfo{nchar: s.runeCount(body), skip: skip, parent: int32(base + i)}
		if decomposed {
			body = toNFC(body)
		}
		if i > 0 && strings.Contains(text[sents[i-1].End:x.Start], "\n") {
			quote = quoteState{} // a quotation never runs past a line break
		}
		var quoted bool
		quoted, quote = quote.next(body)
		if quoted || st.caption[base+i] || isFurniture(body) {
			continue
		}
		info.sylFrom = int32(len(st.allIDs))
		s.syllables(st, body)
		info.nsyl = len(st.ids)
		if info.nsyl == 0 {
			continue
		}
		info.eligible = !isFragment(body, info.nsyl)
		info.unfinished = !info.eligible && info.nsyl >= minSyllables
		if st.keep && (!info.eligible || decomposed || !hasClauseCut(body)) {
			// Never split: its syllables need not be kept. st.ids and the
			// other views stay valid until the next sentence's syllables.
			st.allIDs, st.allHashes, st.allBounds = st.allIDs[:info.sylFrom], st.allHashes[:info.sylFrom], st.allBounds[:info.sylFrom]
			info.sylFrom = -1
		}
		pos := p.pos / math.Sqrt(float64(rank+1))
		v := pos
		if info.eligible {
			rank++
		}
		if p.bigram != 0 && len(st.bigrams) > 0 {
			v += p.bigram * st.bigramShare(st.hashes)
		}
		f := opener(body, st.hashes[:len(st.upper)], st.upper)
		v -= p.demonstrative*b2f(f.demonstrative) + p.quote*b2f(f.quote)
		info.leans, info.ante = f.leans(), int32(base+i-1)
		if f.connective && !f.refers {
			if n := connectiveLead(body); n > 0 {
				info.leans = false
				info.lead, info.leadSyl, info.leadChars = int32(n), int32(syllable.Count(body[:n])), int32(s.runeCount(body[:n]))
			}
		}
		if i == 0 || info.leans && f.titled && !namesSomeone(toNFC(sents[i-1].Text)) {
			// "Ông cho biết" after a sentence that names no one points
			// further back: no sentence chosen with it makes it read.
			info.ante = -1
		}
		start := len(st.vec)
		info.norm, info.weight = st.distinct(st.ids)
		info.vecStart, info.vecEnd = int32(start), int32(len(st.vec))
		if info.eligible {
			for _, e := range st.vec[start:] {
				st.syls[e.id].tf += e.n
			}
		}
		if p.title != 0 {
			v += p.title * st.titleCosine(st.vec[start:], info.norm, st.titleNorm)
		}
		var b float64
		if boost != nil || s.cfg.boost != nil {
			if boost != nil {
				b = boost(i)
			} else {
				b = s.cfg.boost(x.Text)
			}
			if !math.IsNaN(b) && !math.IsInf(b, 0) {
				v += b
			} else {
				b = 0
			}
		}
		info.prior = v
		info.shared = pos + b
	}
	st.ranked += rank
	return nil
}

// finish turns the counts of n articles into each syllable's chance, each
// sentence's score and the candidate pool.
func (s *Summarizer) finish(st *state, n int) {
	eligible := func(x *sentInfo) bool { return x.eligible }
	if st.ranked == 0 {
		// Text without a single full sentence (a list of headings, a line
		// without final punctuation): its unfinished sentences are all there
		// is. Short fragments (bylines, datelines) still never qualify.
		eligible = func(x *sentInfo) bool { return x.unfinished }
		for i := range st.info {
			if st.info[i].unfinished {
				for _, e := range st.vector(i) {
					st.syls[e.id].tf += e.n
				}
			}
		}
	}
	p := &s.cfg.params
	for i := range st.syls {
		x := &st.syls[i]
		x.chance = s.chance(x, n)
		if x.tf > 1 { // else no summary holds it twice
			x.again = float32(s.again(x, n))
		}
	}
	// A cluster's best sentences are often versions of one another: room
	// for more candidates, a few per article.
	st.poolSize = min(p.pool+4*(n-1), maxClusterPool)
	for i := range st.info {
		x := &st.info[i]
		if !eligible(x) {
			continue
		}
		for _, e := range st.vector(i) {
			x.gain += st.syls[e.id].more(e.n)
		}
		x.score = 2*x.gain/(float64(x.nsyl)+s.target) + x.prior
	}
	s.fillPool(st, eligible)
}

// hasCombiningMarks reports whether s holds a combining diacritic (U+0300
// to U+036F, lead byte 0xCC or 0xCD): decomposed Vietnamese, the one
// non-NFC form that would change syllable matching. Two byte scans spare
// the NFC check of every sentence.
func hasCombiningMarks(s string) bool {
	return strings.IndexByte(s, 0xCC) >= 0 || strings.IndexByte(s, 0xCD) >= 0
}

// toNFC returns s in NFC when it holds combining marks.
func toNFC(s string) string {
	if hasCombiningMarks(s) {
		return norm.NFC.String(s)
	}
	return s
}

// chance is the estimated probability that a syllable appears in a human
// summary of the article, of the length the Summarizer aims at; for a
// cluster of n articles, the syllable's mean count per article decides,
// so what every source repeats counts most.
func (s *Summarizer) chance(x *syl, n int) float64 {
	if n == 1 && int(x.tf) < len(s.chances[0]) {
		return s.chances[b2i(x.inTitle)][x.tf]
	}
	return s.chanceOf(x.inTitle, float64(x.tf)/float64(n))
}

// again is the chance of each further copy of x in a summary over that of
// the copy before it, for a cluster of n articles as chance.
func (s *Summarizer) again(x *syl, n int) float64 {
	if n == 1 && int(x.tf) < len(s.agains[0]) {
		return s.agains[b2i(x.inTitle)][x.tf]
	}
	return s.againOf(x.inTitle, float64(x.tf)/float64(n))
}

// againOf is again for a syllable with mean count tf per article:
// repeat (titleRepeat) times its chance in a blurb, since however long the
// summary, the reference it meets is one blurb.
func (s *Summarizer) againOf(inTitle bool, tf float64) float64 {
	p := &s.cfg.params
	r := p.repeat
	if inTitle {
		r = p.titleRepeat
	}
	return r * s.blurbChance(inTitle, tf)
}

// more is the expected number of matches that n more copies of x add to
// a summary holding x.got copies: each copy's chance is x.again times the
// chance of the copy before it, the first copy's x.chance.
func (x *syl) more(n int32) float64 {
	if x.got == 0 && n == 1 {
		return x.chance
	}
	a := float64(x.again)
	p := x.chance
	for range x.got {
		p *= a
	}
	g := 0.0
	for range n {
		g += p
		p *= a
	}
	return g
}

// chanceOf is chance for a syllable with mean count tf per article;
// Summarizer.chances holds it for small counts in one article.
func (s *Summarizer) chanceOf(inTitle bool, tf float64) float64 {
	c := s.blurbChance(inTitle, tf)
	if s.longer > 1 {
		// A summary k blurbs long misses the syllable only if each of k
		// blurbs does.
		c = 1 - math.Pow(1-c, s.longer)
	}
	return c
}

// blurbChance is chanceOf for a summary of a blurb's length: the one
// reference a summary is scored against, however long the summary.
func (s *Summarizer) blurbChance(inTitle bool, tf float64) float64 {
	p := &s.cfg.params
	if inTitle {
		return min(p.titleMax, p.titleBase+p.titleSlope*math.Log(max(tf, 1)))
	}
	return max(0, min(p.otherMax, p.otherBase+p.otherSlope*tf))
}

// bigramShare is the share of the title's syllable pairs found in the
// syllables hashes.
func (st *state) bigramShare(hashes []uint64) float64 {
	hit := 0
	for i := 1; i < len(hashes); i++ {
		if st.titlePair(hashes[i-1], hashes[i]) {
			hit++
		}
	}
	return math.Min(1, float64(hit)/float64(len(st.bigrams)))
}

// titlePair reports whether the title has the syllable pair a b.
func (st *state) titlePair(a, b uint64) bool {
	h := pairHash(a, b)
	if st.bigramMask&(1<<(h&63)) == 0 {
		return false
	}
	_, ok := slices.BinarySearch(st.bigrams, h)
	return ok
}

// fillPool keeps in st.pool the best-scored sentences that pass ok, best
// first, ties to the earlier sentence; with a sentence target and a
// budget, it also keeps in st.short the shortest of them (by the budget's
// measure), shortest first, and adds them to the pool so that the search
// can meet the target within the budget. It costs O(n·pool), linear in
// the article.
func (s *Summarizer) fillPool(st *state, ok func(*sentInfo) bool) {
	better := func(a, b int) bool {
		return st.info[a].score > st.info[b].score || st.info[a].score == st.info[b].score && a < b
	}
	st.eligible = 0
	st.pool = st.pool[:0]
	st.short = st.short[:0]
	keepShort := s.cfg.sentences > 0 && s.capped()
	for i := range st.info {
		if !ok(&st.info[i]) {
			continue
		}
		if !st.info[i].part {
			st.eligible++
		}
		st.pool = st.keepDistinct(st.pool, i, st.poolSize, better)
		if keepShort {
			st.short = st.keepDistinct(st.short, i, s.cfg.sentences, s.shorter(st))
		}
	}
	for _, i := range st.short {
		if !slices.Contains(st.pool, i) {
			st.pool = append(st.pool, i)
		}
	}
}

// keepDistinct is keepBest for the candidate pool: of two near-identical
// sentences (a repeated paragraph, a sentence copied with an edit) only
// the better is kept, so that copies cannot fill the pool: the summary
// never takes both, and must still find what else the text says.
func (st *state) keepDistinct(list []int, i, k int, better func(a, b int) bool) []int {
	if len(list) == k && !better(i, list[k-1]) {
		return list
	}
	for j, d := range list {
		if !st.copies(i, d) {
			continue
		}
		if !better(i, d) {
			return list
		}
		list = slices.Delete(list, j, j+1)
		break
	}
	return keepBest(list, i, k, better)
}

// keepBest inserts i into list, kept sorted by better and at most k long.
func keepBest(list []int, i, k int, better func(a, b int) bool) []int {
	if len(list) == k && !better(i, list[k-1]) {
		return list
	}
	if len(list) < k {
		list = append(list, i)
	} else {
		list[k-1] = i
	}
	for j := len(list) - 1; j > 0 && better(list[j], list[j-1]); j-- {
		list[j], list[j-1] = list[j-1], list[j]
	}
	return list
}

// shorter orders sentences by the share of the budget they take (the
// larger of the syllable and character shares), ties to the earlier one.
func (s *Summarizer) shorter(st *state) func(a, b int) bool {
	cost := func(i int) float64 {
		x := &st.info[i]
		c := 0.0
		if s.cfg.maxSyllables > 0 {
			c = float64(x.nsyl) / float64(s.cfg.maxSyllables)
		}
		if s.cfg.maxChars > 0 {
			c = max(c, float64(x.nchar)/float64(s.cfg.maxChars))
		}
		return c
	}
	return func(a, b int) bool {
		ca, cb := cost(a), cost(b)
		return ca < cb || ca == cb && a < b
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// idTable is an open-addressing hash table from syllable hash to
// article-local id, reused across calls: cheaper than a map.
type idTable struct {
	keys []uint64
	vals []int32
	used int
}

func (t *idTable) reset(hint int) {
	size := 256
	for size < 2*hint {
		size <<= 1
	}
	if cap(t.keys) >= size && cap(t.keys) <= 4*size {
		t.keys = t.keys[:cap(t.keys)]
		t.vals = t.vals[:cap(t.vals)]
		clear(t.keys)
	} else {
		t.keys = make([]uint64, size)
		t.vals = make([]int32, size)
	}
	t.used = 0
}

// put returns the id of h, storing next for it if h is new. Key 0 marks an
// empty slot, so hash 0 is stored as 1 (a harmless merge of two hashes).
func (t *idTable) put(h uint64, next int32) (id int32, added bool) {
	if h == 0 {
		h = 1
	}
	if 2*(t.used+1) > len(t.keys) {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case h:
			return t.vals[i], false
		case 0:
			t.keys[i] = h
			t.vals[i] = next
			t.used++
			return next, true
		}
	}
}

func (t *idTable) grow() {
	keys, vals := t.keys, t.vals
	t.keys = make([]uint64, 2*len(keys))
	t.vals = make([]int32, 2*len(keys))
	t.used = 0
	for i, k := range keys {
		if k != 0 {
			t.put(k, vals[i])
		}
	}
}

// overlapCap caps a syllable's weight in overlap: rare names would
// otherwise make any two sentences about the same person look alike.
const overlapCap = 4

// overlap is the share of the lighter sentence's distinct syllables that
// the other has too, each weighted by its IDF capped at overlapCap: 1 for
// a copy, or a copy cut short or lengthened; low for two sentences that
// share only a name.
func (st *state) overlap(i, j int) float64 {
	shared, wi, wj := st.shares(i, j)
	if wi == 0 || wj == 0 {
		return 0
	}
	return float64(shared / min(wi, wj))
}

// copies reports whether sentences i and j are near-identical (see
// duplicate).
func (st *state) copies(i, j int) bool {
	wi, wj := st.info[i].weight, st.info[j].weight
	if min(wi, wj) < dupOverlap*max(wi, wj) {
		return false // they cannot share dupOverlap of the heavier one
	}
	copied, _ := st.duplicate(i, j)
	return copied
}

// duplicate reports whether sentences i and j are near-identical, each
// having dupOverlap of the other's weighted syllables (see overlap), as
// copies do; and, when not, whether one has dupOverlap of the other's, as
// a sentence has of a shorter one it contains.
func (st *state) duplicate(i, j int) (copied, contained bool) {
	shared, wi, wj := st.shares(i, j)
	if wi == 0 || wj == 0 {
		return false, false
	}
	if float64(shared/max(wi, wj)) >= dupOverlap {
		return true, false
	}
	return false, float64(shared/min(wi, wj)) >= dupOverlap
}

// shares returns the capped-IDF weight of the distinct syllables that
// sentences i and j share, and of each one's.
func (st *state) shares(i, j int) (shared, wi, wj float32) {
	if len(st.scratch) < len(st.syls) {
		st.scratch = make([]float32, len(st.syls))
	}
	for _, e := range st.vector(i) {
		w := min(st.syls[e.id].idf, overlapCap)
		st.scratch[e.id] = w
		wi += w
	}
	for _, e := range st.vector(j) {
		w := min(st.syls[e.id].idf, overlapCap)
		wj += w
		if st.scratch[e.id] > 0 {
			shared += w
		}
	}
	for _, e := range st.vector(i) {
		st.scratch[e.id] = 0
	}
	return shared, wi, wj
}
