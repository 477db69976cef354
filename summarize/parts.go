package summarize

import (
	"strings"

	"github.com/vntext/vntext/summarize/internal/syllable"
	"github.com/vntext/vntext/tokenize"
)

// Parts. A long news sentence often carries its point in a few clauses
// and pads it with a time or place adverbial ("Chiều 7/5, "), an
// attribution (", ông X cho biết.") or a list of details. Under a budget
// alone, clause-bounded parts of the best-scored sentences compete with
// whole sentences under the same objective: a part is worth its covered
// syllables over its own, shorter length, so it wins when what it drops
// is worth less than the room it leaves (for a second unit, or for
// fitting the budget at all). A part is the article's own bytes, like a
// sentence: it starts at the sentence start or after a boundary and ends
// at the sentence end or before one.

// maxClauses bounds the clauses a sentence is split into (the rest of a
// longer sentence stays one clause): at most maxClauses·(maxClauses+1)/2
// parts per sentence keeps the cost linear in the article.
const maxClauses = 8

// clauseCut is a clause boundary in a sentence: the clause before it ends
// at end, the one after it starts at next.
type clauseCut struct{ end, next int }

// cutByte marks the bytes clauseCuts must look at; the others are skipped
// by one table lookup.
var cutByte = func() (t [256]bool) {
	for _, c := range []byte("()[]\",;:\xE2") {
		t[c] = true
	}
	return t
}()

// clauseCuts appends to cuts the clause boundaries of a sentence, at most
// maxClauses-1: ", " "; " and a spaced en or em dash, outside brackets and
// quotations. A spaced hyphen is not one ("Lee Yeol - eum", "ê - kíp"
// in news copy), and nothing after a colon is (what follows "gồm:" or
// "cho biết:" is one unit: a list or a quotation).
func clauseCuts(s string, cuts []clauseCut) []clauseCut {
	depth, quoted := 0, false
	// spaceAt: a space at i with text after it.
	spaceAt := func(i int) bool { return i+1 < len(s) && s[i] == ' ' }
	for i := 0; i < len(s) && len(cuts) < maxClauses-1; i++ {
		if !cutByte[s[i]] {
			continue
		}
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case '"':
			quoted = !quoted
		case ',', ';':
			if depth == 0 && !quoted && spaceAt(i+1) {
				cuts = append(cuts, clauseCut{i, i + 2})
			}
		case ':':
			if depth == 0 && !quoted {
				return cuts
			}
		case 0xE2: // “ ” – — are E2 80 9C, 9D, 93, 94
			if i+2 >= len(s) || s[i+1] != 0x80 {
				continue
			}
			switch s[i+2] {
			case 0x9C:
				quoted = true
			case 0x9D:
				quoted = false
			case 0x93, 0x94:
				if depth == 0 && !quoted && i > 0 && s[i-1] == ' ' && spaceAt(i+3) && !namesAround(s, i-1, i+4) {
					cuts = append(cuts, clauseCut{i - 1, i + 4})
				}
			}
			i += 2
		}
	}
	if len(cuts) > 0 && !quotesBalanced(s) {
		return cuts[:0] // a piece of a quotation that spans sentences
	}
	return cuts
}

// namesAround reports whether the words before s[end:] and from s[next:]
// both start with a capital: a dash between two names is a range or a
// pair ("Sài Gòn – Nha Trang", "Trump – Kim"), not a clause boundary.
func namesAround(s string, end, next int) bool {
	from := strings.LastIndexByte(s[:end], ' ') + 1
	return syllable.IsUpperStart(s, from) && syllable.IsUpperStart(s, next)
}

// quotesBalanced reports whether every quotation s opens it also closes:
// an even number of straight quotes and as many “ as ”. A sentence of a
// quotation that began or goes on in another sentence has no parts: its
// clauses would be quoted words without their speaker.
func quotesBalanced(s string) bool {
	return strings.Count(s, `"`)%2 == 0 && strings.Count(s, "“") == strings.Count(s, "”")
}

// hasClauseCut reports whether s has a clause boundary.
func hasClauseCut(s string) bool {
	var buf [maxClauses - 1]clauseCut
	return len(clauseCuts(s, buf[:0])) > 0
}

// splits reports whether parts compete: with a budget alone, for one
// article (WithSentences asks for whole sentences).
func (s *Summarizer) splits() bool {
	return s.cfg.params.partPool > 0 && s.cfg.sentences == 0 && s.capped()
}

// addPoolParts adds the parts of the pool's sentences to st.info, and the
// best of them to the pool, which grows by params.partPool.
func (s *Summarizer) addPoolParts(st *state, sents []tokenize.Sentence) {
	whole := append(st.chosen[:0], st.pool...)
	first := len(st.info)
	for _, k := range whole {
		x := &st.info[k]
		if x.sylFrom < 0 {
			continue // no boundary, or syllable offsets in an NFC copy
		}
		s.addParts(st, k, sents[k].Text[x.skip:])
	}
	st.chosen = whole[:0]
	better := func(a, b int) bool {
		return st.info[a].score > st.info[b].score || st.info[a].score == st.info[b].score && a < b
	}
	size := st.poolSize + s.cfg.params.partPool
	for i := first; i < len(st.info); i++ {
		x := &st.info[i]
		for _, e := range st.vector(i) {
			x.gain += st.syls[e.id].more(e.n)
		}
		x.score = 2*x.gain/(float64(x.nsyl)+s.target) + x.prior
		st.pool = keepBest(st.pool, i, size, better)
	}
}

// addParts appends to st.info the parts of sentence k, whose text after
// its dateline is body: every run of its clauses but the whole, of
// minSyllables or more, except a quotation alone (as for sentences) and
// an opening adverbial clause alone. A part's prior is its sentence's position and
// boost, with the title cosine, title pairs and opening penalties of its
// own text.
func (s *Summarizer) addParts(st *state, k int, body string) {
	var buf [maxClauses - 1]clauseCut
	cuts := clauseCuts(body, buf[:0])
	if len(cuts) == 0 {
		return
	}
	p := &s.cfg.params
	x := st.info[k]
	ids := st.allIDs[x.sylFrom : int(x.sylFrom)+x.nsyl]
	hashes := st.allHashes[x.sylFrom : int(x.sylFrom)+x.nsyl]
	bounds := st.allBounds[x.sylFrom : int(x.sylFrom)+x.nsyl]
	// pairs[i]: title pairs among the sentence's first i+1 syllables.
	st.pairs = st.pairs[:0]
	hit := 0
	for i := range hashes {
		if i > 0 && st.titlePair(hashes[i-1], hashes[i]) {
			hit++
		}
		st.pairs = append(st.pairs, int32(hit))
	}
	cuts = joinClauses(body, cuts, hashes, bounds)
	n := len(cuts) + 1
	sets := lists()
	for i := range n {
		from := 0
		if i > 0 {
			from = cuts[i-1].next
		}
		a := 0 // first syllable of the part
		for a < len(bounds) && int(bounds[a][0]) < from {
			a++
		}
		head := hashes[a:min(len(hashes), a+3)]
		// A clause after a cut that opens with a predicate ("đã", "cho
		// biết") lost its subject; one that opens with a conjunction
		// ("nhưng", "còn") leans on the clause before it.
		if i > 0 && (opensWith(sets.connective, head) ||
			a < len(bounds) && !syllable.IsUpperStart(body, int(bounds[a][0])) && opensWith(sets.predicate, head)) {
			continue
		}
		// The opening penalties depend on the first syllables only.
		var open float64
		leans, connective := false, false
		if m := min(len(bounds)-a, openerSyllables); m > 0 {
			var upper [openerSyllables]bool
			for y := range m {
				upper[y] = syllable.IsUpperStart(body, int(bounds[a+y][0]))
			}
			f := opener(body[from:], hashes[a:a+m], upper[:m])
			open = p.demonstrative*b2f(f.demonstrative) + p.quote*b2f(f.quote)
			leans, connective = f.leans(), f.connective && !f.refers
		}
		// What a part that opens the sentence leans on is the sentence's;
		// one after a cut leans on the clauses it leaves out.
		ante := x.ante
		if i > 0 {
			ante = -1
		}
		// Clauses that open with an adverbial head ("Trong cuộc họp ...",
		// "Sau khi ...") are no statement alone: adverbial holds while
		// every clause of the part so far opens with one.
		adverbial := opensAdverbial(head)
		b := a // past its last syllable
		for j := i; j < n; j++ {
			if j > i && adverbial {
				adverbial = opensAdverbial(hashes[b:min(len(hashes), b+3)])
			}
			to := len(body)
			if j < n-1 {
				to = cuts[j].end
			} else if i == 0 {
				break // the whole sentence
			}
			for b < len(bounds) && int(bounds[b][1]) <= to {
				b++
			}
			if b-a < minSyllables || adverbial {
				continue
			}
			if quoted, _ := (quoteState{}).next(body[from:to]); quoted {
				continue // a quotation without its attribution
			}
			part := sentInfo{nsyl: b - a, nchar: s.runeCount(body[from:to]), skip: x.skip + from, cut: len(body) - to,
				parent: int32(k), sylFrom: x.sylFrom + int32(a), part: true, eligible: true, leans: leans, ante: ante}
			if connective && i == 0 {
				if n := connectiveLead(body[:to]); n > 0 {
					part.leans, part.lead, part.leadSyl, part.leadChars = false, x.lead, x.leadSyl, x.leadChars
				}
			}
			v := x.shared - open
			if p.bigram != 0 && len(st.bigrams) > 0 {
				v += p.bigram * min(1, float64(st.pairs[b-1]-st.pairs[a])/float64(len(st.bigrams)))
			}
			start := len(st.vec)
			part.norm, part.weight = st.distinct(ids[a:b])
			part.vecStart, part.vecEnd = int32(start), int32(len(st.vec))
			if p.title != 0 {
				v += p.title * st.titleCosine(st.vec[start:], part.norm, st.titleNorm)
			}
			part.prior = v
			st.info = append(st.info, part)
		}
	}
}

// shortClause is the fewest syllables of a clause between two cuts that
// stands apart: a shorter one is a list item or an address component
// ("sở, ban, ngành", "huyện X, tỉnh Y, ..."), and joins the
// clauses on both sides.
const shortClause = 3

// joinClauses drops, in place, the cuts of body that do not end a clause:
// both cuts around a middle clause of fewer than shortClause syllables,
// and a comma between a name and an administrative unit ("quận Đống Đa,
// thành phố Hà Nội"). hashes and bounds are body's syllables.
func joinClauses(body string, cuts []clauseCut, hashes []uint64, bounds [][2]int32) []clauseCut {
	// first[c]: clause c's first syllable; last[c]: past its last.
	var first, last [maxClauses]int
	for c := 0; c <= len(cuts); c++ {
		from, to := 0, len(body)
		if c > 0 {
			from = cuts[c-1].next
			first[c] = last[c-1]
		}
		if c < len(cuts) {
			to = cuts[c].end
		}
		for first[c] < len(bounds) && int(bounds[first[c]][0]) < from {
			first[c]++
		}
		last[c] = first[c]
		for last[c] < len(bounds) && int(bounds[last[c]][1]) <= to {
			last[c]++
		}
	}
	var drop [maxClauses]bool
	for c := 1; c < len(cuts); c++ {
		if last[c]-first[c] < shortClause {
			drop[c-1], drop[c] = true, true
		}
	}
	places := lists().placeHead
	for k := range cuts {
		if a, z := first[k+1], last[k]; a < len(hashes) && z > 0 &&
			syllable.IsUpperStart(body, int(bounds[z-1][0])) && opensWith(places, hashes[a:min(len(hashes), a+3)]) {
			drop[k] = true
		}
	}
	kept := cuts[:0]
	for k, c := range cuts {
		if !drop[k] {
			kept = append(kept, c)
		}
	}
	return kept
}
