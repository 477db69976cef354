// Package summarize builds extractive summaries of Vietnamese news articles,
// of one article (Summarize) or of a story several articles tell
// (SummarizeCluster), and lists their keywords (Keywords).
//
// Every syllable of the article gets an estimated chance of appearing in a
// human-written summary: high when the title has it, rising with how often
// the article repeats it. A set of sentences is worth its expected ROUGE-1
// F1 (the summed chances of the syllables it covers, a syllable's second and
// later copies at the lower chance that a human summary repeats it, over its
// length plus a typical summary's), plus the mean of its sentences' priors:
// a position prior (news puts the point first), the TF-IDF cosine with the
// title and the share of the title's syllable pairs repeated, an optional
// caller boost (WithBoost; the pipeline passes entity density), and small
// penalties for openings that read a little oddly out of context
// (demonstratives such as "Người này", an opening quotation). Sentences
// (under a budget alone, also parts of sentences: see "Parts") are added
// greedily, with maximal marginal relevance: a syllable already covered
// adds only the chance of a further copy, and a candidate loses a little
// for its cosine similarity to sentences already chosen. A copy of a
// chosen sentence (identical, or near-identical: a repeated paragraph, a
// sentence copied with an edit) is never chosen; one that a chosen
// sentence contains, or that needs a sentence not chosen (see "Reading
// out of context"), only when nothing else can meet the length asked for.
//
// # Reading out of context
//
// A sentence that opens with a connective ("Tuy nhiên", "Ngoài ra", "Do
// đó", "Nhưng"), a back-reference ("Đây là", "Điều này") or a bare pronoun
// subject ("Ông cho biết", "Bà nói"; not the speaker's "Tôi", nor words
// opening a quotation) leans on the sentence before it, and is chosen only
// together with it. The search weighs the two together when the leaning
// one is worth it; a pronoun after a sentence that names no one (no title
// before a name, no two capitalised syllables in a row) points further
// back, and such a sentence is left out. A connective whose rest reads
// alone (six syllables or more that do not lean in turn) is instead left
// out of the summary sentence when the sentence before is not chosen:
// "Tuy nhiên, nhiều hộ dân chưa nhận tiền." gives "nhiều hộ dân chưa nhận
// tiền.", with Part set. The word classes are in words.tsv. On VietNews
// dev (2,000 articles) the rules change ROUGE-1 from 34.50 to 34.42 at 45
// syllables (95% bootstrap interval of the change about −0.17 to +0.03)
// and from 30.84 to 30.88 at exactly three sentences.
//
// Never in a summary: page furniture (photo credits and the captions they
// credit, bylines, datelines, headings, file names, comment counters,
// teasers, footers) and quotations standing alone (a sentence that is all
// quotation, also when the quotation runs over several sentences; "...",
// ông nói." is fine). Only a text without a single full sentence is
// summarized from its unpunctuated lines (of six syllables or more).
//
// The dozen scoring weights (params in score.go) were set by hand on the
// VietNews dev articles and were not retuned since (parts, added later,
// were designed on its tune half only, and measured once on the other,
// as were the prior's lower weight when parts compete and the two repeat
// ratios, rates counted on that half); no table or list
// derives from that corpus. The syllable and word frequencies (idf.txt)
// are counted from licence-clean text (SOURCES.md).
//
// # Positions
//
// Summary sentences are the article's own bytes: Text ==
// Article.Text[Start:End], whatever the summarizer normalised to compare
// them. A dateline opening a sentence ("TTO - ", "(Dân trí) - ") is left
// out: the sentence then starts after it.
//
// # Parts
//
// Under a budget alone (WithMaxSyllables or WithMaxChars without
// WithSentences), a summary sentence may be a part of an article sentence:
// a run of its clauses, cut at ", ", "; " or a spaced en or em dash outside
// brackets and quotations (never after a colon, never at a spaced hyphen,
// never at a dash between two names as in "Sài Gòn – Nha Trang", never
// around a list item or address component of one or two syllables, never
// at a comma between a name and an administrative unit as in "quận Đống
// Đa, thành phố Hà Nội", and not at all in a sentence whose quotation
// opens or closes in another sentence), of six syllables or more; never a
// quotation alone, nor clauses that all open with a preposition or
// conjunction of time, place, source or topic ("Trong cuộc họp ...",
// "Sau khi ..."); a part that starts after a cut never starts with a
// predicate ("đã", "cho biết": its subject is left behind) nor with a
// conjunction ("nhưng", "còn").
// It then drops what the objective finds worth less than the room it
// takes: a leading time or place adverbial ("Chiều 7/5, "), a trailing
// attribution (", ông X cho biết."), a tail of details.
// Such a sentence has Part set; its Text is still the article's own bytes
// at its offsets, so it may start lower-case and end without final
// punctuation: Sentence.Display and Summary.Display give it a capital and,
// when it stops short, an ellipsis, for a reader (the command's plain-text
// output prints them). Only the parts of the best-scored sentences compete, and
// two parts of one sentence are never both chosen. Parts share their
// sentence's position prior, so the mean prior then weighs less against
// the expected F1 (two short parts often beat one long sentence). On
// VietNews dev at 45 syllables, parts raise ROUGE-1 from 32.9 to 34.5 and
// cut the summaries over the budget from 603 to 344 of 2,000.
// WithSentences(n), with or without a budget, and SummarizeCluster choose
// whole sentences only (but for a leading connective left out: see
// "Reading out of context").
//
// # Length
//
// Three options set the length, and they combine as follows.
//
//   - WithSentences(n) alone: exactly n sentences, or every eligible
//     sentence when the article has fewer than n (copies count once).
//   - WithMaxSyllables or WithMaxChars alone: the best summary within the
//     budget, of whole sentences and parts of sentences (see "Parts"); the
//     number of them is whatever scores best. One exception, for blurbs:
//     the best sentence or part is kept whatever its length, and when it
//     alone exceeds the budget it is the whole summary and OverBudget is
//     set. WithStrictBudget narrows the exception to articles where no
//     eligible sentence or part fits.
//   - A sentence count and a budget: n is the target and the budget is a
//     cap that wins. The summary holds n sentences whenever n eligible
//     sentences fit the budget together (the best such set the search
//     finds), otherwise as many as fit; when not even one fits, the best
//     sentence alone, flagged OverBudget.
//   - Neither: WithSentences(DefaultSentences).
//
// Syllables are counted as ROUGE counts them: runs of letters and digits;
// characters are runes of Summary.Text(), the joining spaces included.
//
// # Cost
//
// Time and memory are linear in the article: syllables get article-local
// ids, sentences are scored one by one, and the greedy search compares
// only a fixed-size pool of the best-scored sentences.
//
// # Concurrency
//
// A Summarizer is immutable after New and safe for concurrent use. Results
// are deterministic for the same input and options.
package summarize

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/tokenize"
)

// Article is the input of Summarize.
type Article struct {
	Title string // the headline; optional, but the best hint of what matters
	Text  string // the body; summary offsets index it
	ID    string // optional; cluster summaries report it
}

// Sentence is one summary sentence, or a part of one: Text ==
// Article.Text[Start:End].
type Sentence struct {
	Text  string  `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Index int     `json:"index"` // position of its sentence among the article's sentences
	Score float64 `json:"score"` // its own ranking score; higher is better
	// Part is true when Text is not all of sentence Index: a run of its
	// clauses (see "Parts" in the package documentation), or the sentence
	// without a leading connective (see "Reading out of context"). It may
	// start lower-case and end without final punctuation, at a comma that
	// Text leaves out. Display marks it for a reader; Text stays the
	// article's own bytes.
	Part bool `json:"part"`
}

// Display is the sentence as a reader should see it out of context: Text,
// and for a part its first letter in upper case and an ellipsis ("…")
// after it when it does not end a sentence ("tại trụ sở UBND thành phố" →
// "Tại trụ sở UBND thành phố…"). It is for showing, not for offsets.
func (x Sentence) Display() string {
	if !x.Part || x.Text == "" {
		return x.Text
	}
	t := x.Text
	for i, r := range t {
		if unicode.IsLetter(r) {
			if up := unicode.ToUpper(r); up != r {
				t = t[:i] + string(up) + t[i+utf8.RuneLen(r):]
			}
			break
		}
		if unicode.IsDigit(r) {
			break
		}
	}
	if !endsLikeSentence(t) {
		t = strings.TrimRight(t, " ,;:–—-") + "…"
	}
	return t
}

// Summary holds the chosen sentences in article order.
type Summary struct {
	Sentences []Sentence `json:"sentences"`
	// OverBudget is true when the best sentence alone exceeds the syllable
	// or character budget (it is then the only sentence), or when a
	// sentence was cut to MaxSentenceChars.
	OverBudget bool `json:"over_budget"`
}

// Text joins the summary sentences with a space: the article's own words,
// as ROUGE scores them.
func (s Summary) Text() string {
	parts := make([]string, len(s.Sentences))
	for i, x := range s.Sentences {
		parts[i] = x.Text
	}
	return strings.Join(parts, " ")
}

// Display joins the summary sentences' Display forms with a space: the
// summary as a reader should see it.
func (s Summary) Display() string {
	parts := make([]string, len(s.Sentences))
	for i, x := range s.Sentences {
		parts[i] = x.Display()
	}
	return strings.Join(parts, " ")
}

// Option configures a Summarizer.
type Option func(*config) error

type config struct {
	sentences    int
	maxSyllables int
	maxChars     int
	strict       bool
	boost        func(sentence string) float64
	tok          *tokenize.Tokenizer
	params       params
}

// WithSentences asks for exactly n sentences, 1 ≤ n ≤ MaxSentences (see
// the package documentation, "Length", for how it combines with a budget).
func WithSentences(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return errors.New("summarize: sentences must be ≥ 1")
		}
		if n > MaxSentences {
			return fmt.Errorf("summarize: sentences must be ≤ %d", MaxSentences)
		}
		c.sentences = n
		return nil
	}
}

// WithMaxSyllables caps the summary at n syllables (0: no cap). Syllables
// are runs of letters and digits, as ROUGE counts them. See "Length" in
// the package documentation for the one exception.
func WithMaxSyllables(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return errors.New("summarize: max syllables must be ≥ 0")
		}
		c.maxSyllables = n
		return nil
	}
}

// WithMaxChars caps Summary.Text() at n characters (runes; 0: no cap).
func WithMaxChars(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return errors.New("summarize: max characters must be ≥ 0")
		}
		c.maxChars = n
		return nil
	}
}

// WithStrictBudget makes the first sentence obey the budget too: the
// summary then exceeds the budget only when no eligible sentence fits it.
// By default the best sentence is kept whatever its length (flagged by
// OverBudget), which scores better against human blurbs; strict suits hard
// display limits.
func WithStrictBudget() Option {
	return func(c *config) error { c.strict = true; return nil }
}

// WithBoost adds f(sentence) to each eligible sentence's score; the
// pipeline uses it for entity density without this package importing
// entities. f receives the sentence's text exactly as the tokenizer's
// Sentences returns it (dateline included), so it can be keyed by it.
// Scores without a boost lie in about [0, 0.6] (mean 0.16 on news), so a
// boost of about 0.05 tips close calls and 1 overrides the text evidence.
// f must be safe for concurrent use; NaN and infinite results are ignored.
func WithBoost(f func(sentence string) float64) Option {
	return func(c *config) error {
		if f == nil {
			return errors.New("summarize: nil boost")
		}
		c.boost = f
		return nil
	}
}

// WithTokenizer shares a Tokenizer instead of building one.
func WithTokenizer(t *tokenize.Tokenizer) Option {
	return func(c *config) error {
		if t == nil {
			return errors.New("summarize: nil tokenizer")
		}
		c.tok = t
		return nil
	}
}

// withParams replaces the scoring weights (tuning and tests).
func withParams(p params) Option {
	return func(c *config) error { c.params = p; return nil }
}

// Summarizer builds summaries. It is immutable and safe for concurrent use.
// The zero value, and a nil *Summarizer, work like New() with no options.
type Summarizer struct {
	cfg config
	idf *idfTable
	// target is the summary length (syllables) the objective aims at: a
	// news blurb's, or most of the budget when the budget is larger.
	target float64
	// priorWeight scales the mean prior of the chosen sentences: 1 for a
	// blurb, less for a longer summary, where the prior of a sentence
	// matters less than what the whole summary covers (a mean that every
	// further sentence lowers would otherwise keep long budgets unused).
	priorWeight float64
	// longer is target over a blurb's length: above 1, each syllable's
	// chance of being in a summary that long grows.
	longer float64
	// chances[t][tf] is chanceOf(t == 1, tf) for a syllable counted tf
	// times in one article: the common case, computed once.
	chances [2][64]float64
	// agains[t][tf] is againOf(t == 1, tf), likewise.
	agains [2][64]float64
}

// DefaultSentences is the summary length when no option sets one.
// MaxSentences bounds WithSentences, which keeps the search linear in the
// article.
const (
	DefaultSentences = 3
	MaxSentences     = 64
)

// A budget above a blurb's length asks for a longer summary: the objective
// then aims at budgetFill of it. Vietnamese news averages about 4.6
// characters per syllable, counting the space.
const (
	budgetFill       = 0.8
	charsPerSyllable = 4.6
)

// New returns a Summarizer.
func New(opts ...Option) (*Summarizer, error) {
	c := config{params: defaultParams}
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("summarize: nil option")
		}
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	if c.sentences == 0 && c.maxSyllables == 0 && c.maxChars == 0 {
		c.sentences = DefaultSentences
	}
	if c.tok == nil {
		t, err := tokenize.New()
		if err != nil {
			return nil, err
		}
		c.tok = t
	}
	// Room to pick every sentence asked for, twice over.
	c.params.pool = max(c.params.pool, 2*c.sentences)
	target := c.params.refLen
	if c.maxSyllables > 0 {
		target = max(target, budgetFill*float64(c.maxSyllables))
	}
	if c.maxChars > 0 {
		target = max(target, budgetFill*float64(c.maxChars)/charsPerSyllable)
	}
	s := &Summarizer{cfg: c, idf: loadIDF(), target: target, priorWeight: c.params.refLen / target, longer: target / c.params.refLen}
	if s.splits() {
		s.priorWeight = min(s.priorWeight, c.params.partPrior)
	}
	for t := range s.chances {
		for tf := range s.chances[t] {
			s.chances[t][tf] = s.chanceOf(t == 1, float64(tf))
			s.agains[t][tf] = s.againOf(t == 1, float64(tf))
		}
	}
	return s, nil
}

// errNilContext is what every method taking a context returns for a nil one.
var errNilContext = errors.New("summarize: nil context")

// defaultSummarizer is New(), built once, for the zero and nil Summarizer.
var defaultSummarizer = sync.OnceValues(func() (*Summarizer, error) { return New() })

// orDefault returns s, or the default Summarizer when s is nil or zero.
func (s *Summarizer) orDefault() (*Summarizer, error) {
	if s != nil && s.cfg.tok != nil && s.idf != nil {
		return s, nil
	}
	return defaultSummarizer()
}

// Summarize returns the summary of a. It fails only when ctx is nil or
// ends.
func (s *Summarizer) Summarize(ctx context.Context, a Article) (Summary, error) {
	if ctx == nil {
		return Summary{}, errNilContext
	}
	s, err := s.orDefault()
	if err != nil {
		return Summary{}, err
	}
	if err := ctx.Err(); err != nil {
		return Summary{}, err
	}
	return s.summarize(ctx, a, s.cfg.tok.Sentences(a.Text), nil)
}

// SummarizeSentences is Summarize for a caller that has already split
// a.Text into sentences with the summarizer's tokenizer (Tokenizer): sents
// must be what its Sentences(a.Text) returns. boost, when not nil, stands in
// for WithBoost on this article only: boost(i) is added to the score of
// sents[i]. The pipeline passes each article's entity density this way
// instead of building a Summarizer per article, and splits the text once.
func (s *Summarizer) SummarizeSentences(ctx context.Context, a Article, sents []tokenize.Sentence, boost func(i int) float64) (Summary, error) {
	if ctx == nil {
		return Summary{}, errNilContext
	}
	s, err := s.orDefault()
	if err != nil {
		return Summary{}, err
	}
	if err := ctx.Err(); err != nil {
		return Summary{}, err
	}
	for _, x := range sents {
		if x.Start < 0 || x.End < x.Start || x.End > len(a.Text) {
			return Summary{}, fmt.Errorf("summarize: sentence [%d, %d) outside the article (%d bytes)", x.Start, x.End, len(a.Text))
		}
	}
	return s.summarize(ctx, a, sents, boost)
}

// Tokenizer returns the tokenizer that splits sentences and words for s
// (the default one for a zero or nil Summarizer; nil only when the built-in
// data cannot be loaded).
func (s *Summarizer) Tokenizer() *tokenize.Tokenizer {
	s, err := s.orDefault()
	if err != nil {
		return nil
	}
	return s.cfg.tok
}

// summarize works on sentences already split from a.Text; boost, if not
// nil, replaces the configured one.
func (s *Summarizer) summarize(ctx context.Context, a Article, sents []tokenize.Sentence, boost func(i int) float64) (Summary, error) {
	st := getState()
	defer putState(st)
	if err := s.score(ctx, st, a, sents, boost); err != nil {
		return Summary{}, err
	}
	picks, over := s.pick(st)
	over = s.dropLeads(st, picks, over)
	sum := Summary{Sentences: make([]Sentence, 0, len(picks)), OverBudget: over}
	for _, i := range picks {
		k := int(st.info[i].parent)
		x, clipped := sentenceAt(sents[k], k, &st.info[i])
		sum.OverBudget = sum.OverBudget || clipped
		sum.Sentences = append(sum.Sentences, x)
	}
	return sum, nil
}

// sentenceAt is the summary sentence for x, the article's i-th sentence,
// or the part of it that info describes: without its dateline, and cut to
// MaxSentenceChars (clipped reports it).
func sentenceAt(x tokenize.Sentence, i int, info *sentInfo) (s Sentence, clipped bool) {
	text := x.Text[info.skip : len(x.Text)-info.cut]
	if cut := clipLen(text); cut < len(text) {
		text = text[:cut]
		clipped = true
	}
	start := x.Start + info.skip
	return Sentence{Text: text, Start: start, End: start + len(text), Index: i, Score: info.score, Part: info.part}, clipped
}

// MaxSentenceChars bounds a summary sentence whatever the budget: a text
// without sentence ends (a list, a table, one unpunctuated block of 4 MB)
// is one "sentence", which would otherwise come back whole. A longer
// sentence is cut after the last word that fits (a prefix of it, so still
// the article's own text) and OverBudget is set. News sentences stay far
// below it: 1,000 characters is about 220 syllables.
const MaxSentenceChars = 1000

// clipLen returns len(s) when s has at most MaxSentenceChars characters,
// else the end of the last word that fits.
func clipLen(s string) int {
	if len(s) <= MaxSentenceChars {
		return len(s) // fewer bytes than the limit: fewer characters too
	}
	n, end := 0, len(s)
	for i := range s {
		if n == MaxSentenceChars {
			end = i
			break
		}
		n++
	}
	if end == len(s) {
		return end
	}
	if sp := strings.LastIndexAny(s[:end], " \t\n"); sp > end/2 {
		end = sp
	}
	return len(strings.TrimRight(s[:end], " \t\n"))
}

type budget struct{ sentences, syllables, chars int }

// with returns b after adding sentence x.
func (b budget) with(x *sentInfo) budget {
	if b.sentences > 0 {
		b.chars++ // the joining space
	}
	b.sentences++
	b.syllables += x.nsyl
	b.chars += x.nchar
	return b
}

// within reports whether b keeps to the syllable and character caps.
func (s *Summarizer) within(b budget) bool {
	return (s.cfg.maxSyllables == 0 || b.syllables <= s.cfg.maxSyllables) &&
		(s.cfg.maxChars == 0 || b.chars <= s.cfg.maxChars)
}

func (s *Summarizer) capped() bool { return s.cfg.maxSyllables > 0 || s.cfg.maxChars > 0 }

// room reports whether, after adding sentence c to a summary using b, need
// more sentences still fit: the need shortest untaken ones (st.short)
// other than c.
func (s *Summarizer) room(st *state, b budget, c, need int) bool {
	b = b.with(&st.info[c])
	if !s.within(b) {
		return false
	}
	for _, i := range st.short {
		if need == 0 {
			break
		}
		if i == c || st.info[i].taken {
			continue
		}
		b = b.with(&st.info[i])
		need--
	}
	return need == 0 && s.within(b)
}

// pick grows the summary greedily among the candidates: each step adds the
// sentence that most raises the objective (expected ROUGE-1 F1 of the
// whole summary plus the mean prior of its sentences, minus λ times the
// candidate's largest cosine to a chosen sentence: maximal marginal
// relevance). With a sentence target, steps continue until the target is
// met, each keeping room in the budget for the sentences still to come;
// with a budget alone, they stop when nothing raises the objective or
// fits. Indices come back in article order.
func (s *Summarizer) pick(st *state) (picks []int, overBudget bool) {
	cands := st.pool
	if len(cands) == 0 {
		return nil, false
	}
	p := &s.cfg.params
	// want is the number of sentences to reach: the target, lowered to
	// what the article has and the budget holds (0 when nothing fits).
	want := min(s.cfg.sentences, st.eligible)
	if want > 0 && s.capped() {
		for want > 0 && !s.room(st, budget{}, st.short[0], want-1) {
			want--
		}
	}
	// A budget alone lets the first pick ignore it (the package's
	// documented exception) unless strict.
	freeFirst := s.cfg.sentences == 0 && !s.cfg.strict
	var used budget
	chosen := st.chosen[:0]
	current := math.Inf(-1)
	var gain, prior float64
	for len(chosen) < MaxSentences && (s.cfg.sentences == 0 || len(chosen) < want) {
		best, bestVal, bestGain := -1, math.Inf(-1), 0.0
		bestAnte := -1 // chosen with best: the sentence best leans on
		for _, c := range cands {
			x := &st.info[c]
			if x.taken || st.parentTaken(chosen, c) {
				continue
			}
			switch {
			case want > 0:
				if s.capped() && !s.room(st, used, c, want-len(chosen)-1) {
					continue
				}
			case len(chosen) == 0 && freeFirst:
			case !s.within(used.with(x)):
				continue
			}
			// A copy of a chosen sentence (a repeated paragraph, a
			// sentence copied with an edit) is never chosen; one that
			// says part of what a chosen one says (or the same news in
			// another outlet's longer words) only when nothing else can
			// meet the length asked for.
			sim, copied, dup := 0.0, false, false
			for _, d := range chosen {
				var contained bool
				if copied, contained = st.duplicate(c, d); copied {
					break
				}
				dup = dup || contained
				sim = max(sim, st.cosine(c, d))
			}
			if copied {
				continue
			}
			g := gain
			for _, e := range st.vector(c) {
				g += st.syls[e.id].more(e.n)
			}
			v := 2*g/(float64(used.syllables+x.nsyl)+s.target) + s.priorWeight*(prior+x.prior)/float64(len(chosen)+1)
			v -= p.lambda * sim
			if dup {
				v -= dupPenalty
			}
			ante := -1
			if x.leans && !st.anteTaken(chosen, x.ante) {
				// "Tuy nhiên, ...", "Ông cho biết ..." reads right with
				// the sentence before it, else only when nothing else can
				// meet the length asked for.
				if pv, pg, ok := s.withAnte(st, chosen, used, want, gain, prior, sim, c); ok {
					v, g, ante = pv, pg, int(x.ante)
				} else {
					v -= leanPenalty
				}
			}
			// Ties go to the earlier sentence, for determinism.
			if v > bestVal || v == bestVal && best >= 0 && c < best {
				best, bestVal, bestGain, bestAnte = c, v, g, ante
			}
		}
		if best < 0 || s.cfg.sentences == 0 && bestVal <= current {
			break
		}
		if bestAnte >= 0 {
			y := &st.info[bestAnte]
			y.taken = true
			chosen = append(chosen, bestAnte)
			used = used.with(y)
			st.addGot(bestAnte, 1)
			prior += y.prior
		}
		x := &st.info[best]
		x.taken = true
		chosen = append(chosen, best)
		used = used.with(x)
		if !s.within(used) {
			overBudget = true // the free first pick
			break
		}
		current, gain = bestVal, bestGain
		st.addGot(best, 1)
		prior += x.prior
	}
	if len(chosen) == 0 {
		// Nothing fits the budget: the best sentence alone, flagged.
		chosen = append(chosen, cands[0])
		overBudget = true
	}
	st.chosen = chosen
	picks = append([]int(nil), chosen...)
	slices.SortFunc(picks, func(a, b int) int { return int(st.info[a].parent) - int(st.info[b].parent) })
	return picks, overBudget
}

// runeCount is only paid for when a character budget is set.
func (s *Summarizer) runeCount(text string) int {
	if s.cfg.maxChars == 0 {
		return 0
	}
	return utf8.RuneCountInString(text)
}

// withAnte returns the objective and the expected overlap of the summary
// chosen (using used, with expected overlap gain and summed prior) plus
// sentence c and the sentence it leans on, st.info[c].ante; sim is c's
// largest cosine to a chosen sentence. ok is false when that sentence
// cannot join: not eligible, leaning itself, a near-duplicate, or no room
// for both (and, with a sentence target, the sentences still to come).
func (s *Summarizer) withAnte(st *state, chosen []int, used budget, want int, gain, prior, sim float64, c int) (v, g float64, ok bool) {
	x := &st.info[c]
	a := int(x.ante)
	if a < 0 {
		return 0, 0, false
	}
	y := &st.info[a]
	if !y.eligible || y.taken || y.leans && !st.anteTaken(chosen, y.ante) || st.overlap(a, c) >= dupOverlap {
		return 0, 0, false
	}
	switch {
	case want > 0:
		if want-len(chosen) < 2 {
			return 0, 0, false
		}
		if s.capped() {
			y.taken = true
			fits := s.room(st, used.with(y), c, want-len(chosen)-2)
			y.taken = false
			if !fits {
				return 0, 0, false
			}
		}
	case !s.within(used.with(y).with(x)):
		return 0, 0, false
	}
	for _, d := range chosen {
		if copied, contained := st.duplicate(a, d); copied || contained {
			return 0, 0, false
		}
		sim = max(sim, st.cosine(a, d))
	}
	g = gain
	for _, e := range st.vector(a) {
		g += st.syls[e.id].more(e.n)
	}
	st.addGot(a, 1)
	for _, e := range st.vector(c) {
		g += st.syls[e.id].more(e.n)
	}
	st.addGot(a, -1)
	v = 2*g/(float64(used.syllables+y.nsyl+x.nsyl)+s.target) + s.priorWeight*(prior+y.prior+x.prior)/float64(len(chosen)+2)
	return v - s.cfg.params.lambda*sim, g, true
}

// addGot adds sign times unit c's syllables to the copies the summary
// holds.
func (st *state) addGot(c int, sign int32) {
	for _, e := range st.vector(c) {
		st.syls[e.id].got += sign * e.n
	}
}

// leanPenalty and dupPenalty are far above any score: a sentence that
// leans on one not chosen (see sentInfo.leans), or that a chosen one
// contains, comes only when nothing else can.
const (
	leanPenalty = 100.0
	dupPenalty  = 100.0
)

// dropLeads leaves out the leading connective of each pick whose
// sentence before it is not picked too ("Tuy nhiên, nhiều hộ ..." →
// "nhiều hộ ..."): it is then a part of its sentence. It returns whether
// the summary, so shortened, is still over the budget (over: it was).
func (s *Summarizer) dropLeads(st *state, picks []int, over bool) bool {
	var b budget
	for _, c := range picks {
		x := &st.info[c]
		if x.lead > 0 && !st.anteTaken(picks, x.ante) {
			x.skip += int(x.lead)
			x.nsyl -= int(x.leadSyl)
			x.nchar -= int(x.leadChars)
			x.part = true
		}
		b = b.with(x)
	}
	return over && !s.within(b)
}

// anteTaken reports whether a chosen unit is sentence ante or a part of it.
func (st *state) anteTaken(chosen []int, ante int32) bool {
	if ante < 0 {
		return false
	}
	for _, d := range chosen {
		if st.info[d].parent == ante {
			return true
		}
	}
	return false
}

// parentTaken reports whether a chosen unit is c's sentence or a part of
// it.
func (st *state) parentTaken(chosen []int, c int) bool {
	x := &st.info[c]
	for _, d := range chosen {
		y := &st.info[d]
		if y.parent == x.parent {
			return true
		}
	}
	return false
}
