package vntext

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/page"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

// Task selects one part of a Result. Tasks combine with |.
type Task uint16

// The tasks. TaskWords is the word segmentation (Result.Words and
// Result.Segmented).
const (
	TaskNormalize Task = 1 << iota
	TaskSentences
	TaskWords
	TaskEntities
	TaskOfficials
	TaskSummary
	TaskKeywords
	// TaskPage finds the structure of scraped page text (package page):
	// Result.Title, Byline, Published, Category and Furniture; the other
	// tasks then read the body only.
	TaskPage

	// AllTasks is the default.
	AllTasks = TaskNormalize | TaskSentences | TaskWords | TaskEntities | TaskOfficials | TaskSummary | TaskKeywords | TaskPage

	// spanTasks give spans that need mapping back to the caller's text.
	spanTasks = TaskSentences | TaskWords | TaskEntities | TaskOfficials | TaskSummary | TaskKeywords | TaskPage
)

var taskNames = []struct {
	name string
	task Task
}{
	{"normalize", TaskNormalize},
	{"sentences", TaskSentences},
	{"words", TaskWords},
	{"entities", TaskEntities},
	{"officials", TaskOfficials},
	{"summary", TaskSummary},
	{"keywords", TaskKeywords},
	{"page", TaskPage},
}

// String lists the task names joined with commas ("words,summary").
func (t Task) String() string {
	var names []string
	for _, n := range taskNames {
		if t&n.task != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, ",")
}

// ParseTasks reads a comma-separated list of task names: normalize,
// sentences, words (or segment), entities, officials, summary (or summarize),
// keywords, page, all.
func ParseTasks(s string) (Task, error) {
	var t Task
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		switch f {
		case "":
			continue
		case "all":
			t |= AllTasks
			continue
		case "segment":
			f = "words"
		case "summarize":
			f = "summary"
		}
		found := false
		for _, n := range taskNames {
			if n.name == f {
				t |= n.task
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("vntext: unknown task %q (want normalize, sentences, words, entities, officials, summary, keywords, page or all)", f)
		}
	}
	if t == 0 {
		return 0, errors.New("vntext: no task given")
	}
	return t, nil
}

// Doc is one article.
type Doc struct {
	ID    string `json:"id,omitempty"`
	Title string `json:"title,omitempty"`
	Text  string `json:"text"`
}

// Result is what Analyze found. Every Start and End is a byte offset into
// Doc.Text as given; parts whose task was not asked for are empty.
type Result struct {
	ID string `json:"id,omitempty"`
	// Title is Doc.Title, or the headline TaskPage found in the text.
	Title string `json:"title,omitempty"`
	// Byline (the author names as written), Published and Category are
	// what TaskPage found; Furniture holds every line of the text that is
	// not the article's body (category, headline, byline, dateline,
	// captions, comments, related links, footer, ...), as spans.
	Byline    string      `json:"byline,omitempty"`
	Published page.Date   `json:"published,omitzero"`
	Category  string      `json:"category,omitempty"`
	Furniture []page.Span `json:"furniture,omitzero"`
	// Normalized is Doc.Text after normalization (TaskNormalize).
	Normalized string              `json:"normalized,omitzero"`
	Sentences  []tokenize.Sentence `json:"sentences,omitzero"`
	Words      []tokenize.Token    `json:"words,omitzero"`
	// Segmented is the text in the segmented line format of
	// tokenize.Tokenizer.Segment ("Thủ_đô Hà_Nội , năm 2023 ."), from the
	// same words (TaskWords).
	Segmented string              `json:"segmented,omitzero"`
	Entities  []entities.Entity   `json:"entities,omitzero"`
	Officials []entities.Official `json:"officials,omitzero"`
	Summary   summarize.Summary   `json:"summary,omitzero"`
	Keywords  []summarize.Keyword `json:"keywords,omitzero"`
}

// segmentLine writes words in the segmented line format of
// tokenize.Tokenizer.Segment: words separated by one space (or by the line
// breaks of the text between them), the syllables of a word joined with
// '_'. words index text.
func segmentLine(text string, words []tokenize.Token) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	prevEnd := 0
	for i, w := range words {
		if i > 0 {
			if gap := text[prevEnd:w.Start]; strings.IndexByte(gap, '\n') >= 0 {
				for range strings.Count(gap, "\n") {
					b.WriteByte('\n')
				}
			} else {
				b.WriteByte(' ')
			}
		}
		if !mayHoldSpace(w.Text) && utf8.ValidString(w.Text) {
			b.WriteString(w.Text) // what the loop below would write
			prevEnd = w.End
			continue
		}
		space := false
		for i := 0; i < len(w.Text); {
			r, n := rune(w.Text[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(w.Text[i:])
			}
			if unicode.IsSpace(r) {
				space = true
				i += n
				continue
			}
			if space {
				b.WriteByte('_')
				space = false
			}
			if r == utf8.RuneError && n == 1 {
				b.WriteRune(r) // an invalid byte is written as U+FFFD
			} else {
				b.WriteString(w.Text[i : i+n])
			}
			i += n
		}
		prevEnd = w.End
	}
	return b.String()
}

// mayHoldSpace reports whether s may contain a rune unicode.IsSpace
// accepts: an ASCII white space byte, or the lead bytes of the other
// spaces (U+0085, U+00A0: C2; U+1680: E1 9A; U+2000–U+205F: E2; U+3000:
// E3 80). Vietnamese letters (E1 BA, E1 BB) pass.
func mayHoldSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\v', '\f', '\r', 0xC2, 0xE2:
			return true
		case 0xE1:
			if i+1 < len(s) && s[i+1] == 0x9A {
				return true
			}
		case 0xE3:
			if i+1 < len(s) && s[i+1] == 0x80 {
				return true
			}
		}
	}
	return false
}

// Option configures an Analyzer.
type Option func(*config) error

type config struct {
	tasks     Task
	normOpts  []tokenize.NormOption
	tokOpts   []tokenize.Option
	entOpts   []entities.Option
	sumOpts   []summarize.Option
	keywords  int
	boost     float64
	boostSeen bool
}

// WithTasks chooses what Analyze computes (default AllTasks).
func WithTasks(t Task) Option {
	return func(c *config) error {
		if t == 0 || t&^AllTasks != 0 {
			return fmt.Errorf("vntext: invalid task set %#x", uint16(t))
		}
		c.tasks = t
		return nil
	}
}

// WithNormOptions passes options to tokenize.NormalizeWithMap.
func WithNormOptions(opts ...tokenize.NormOption) Option {
	return func(c *config) error { c.normOpts = append(c.normOpts, opts...); return nil }
}

// WithTokenizerOptions passes options to tokenize.New. The tokenizer is
// shared by every stage.
func WithTokenizerOptions(opts ...tokenize.Option) Option {
	return func(c *config) error { c.tokOpts = append(c.tokOpts, opts...); return nil }
}

// WithEntityOptions passes options to entities.New.
func WithEntityOptions(opts ...entities.Option) Option {
	return func(c *config) error { c.entOpts = append(c.entOpts, opts...); return nil }
}

// WithSummaryOptions passes options to summarize.New (summarize.WithSentences,
// summarize.WithMaxSyllables, ...). When the entity-density boost is on
// (WithEntityBoost > 0), it is what the summarizer adds for each article; a
// summarize.WithBoost given here applies only when that boost is off.
func WithSummaryOptions(opts ...summarize.Option) Option {
	return func(c *config) error { c.sumOpts = append(c.sumOpts, opts...); return nil }
}

// WithKeywords sets how many keywords TaskKeywords returns (default 10).
func WithKeywords(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return errors.New("vntext: keywords must be ≥ 1")
		}
		c.keywords = n
		return nil
	}
}

// WithEntityBoost sets how much entity density lifts a sentence's summary
// score: the boost is w × (bytes of the sentence covered by people, places,
// organisations and programmes) / (bytes of the sentence). News summaries
// name who did what where, so such sentences are worth more. 0 turns the
// boost off (and saves the entity pass when only a summary is asked for).
// Default 0.02: summary scores lie in about [0, 0.6], so the boost only
// breaks near-ties; on VietNews dev, larger weights lower ROUGE-1 against
// the human leads (README, "Pipeline, batch and service").
func WithEntityBoost(w float64) Option {
	return func(c *config) error {
		if w < 0 || w != w {
			return errors.New("vntext: entity boost must be ≥ 0")
		}
		c.boost = w
		c.boostSeen = true
		return nil
	}
}

const (
	defaultKeywords = 10
	defaultBoost    = 0.02
)

// Analyzer runs the pipeline. It is immutable and safe for concurrent use.
type Analyzer struct {
	tasks    Task
	normOpts []tokenize.NormOption
	keywords int
	boost    float64

	tok *tokenize.Tokenizer
	ext *entities.Extractor
	// sum serves every document; the entity boost is passed per document.
	sum *summarize.Summarizer
	// sharedTok: sum splits with tok (no WithTokenizer of the caller's), so
	// the sentences and words of tok serve it too.
	sharedTok bool
}

// New builds an Analyzer; every stage's options are checked here.
func New(opts ...Option) (*Analyzer, error) {
	c := config{tasks: AllTasks, keywords: defaultKeywords, boost: defaultBoost}
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("vntext: nil option")
		}
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	// Normalization options are checked here, not on the first Analyze.
	if _, err := tokenize.NewNormalizer(c.normOpts...); err != nil {
		return nil, err
	}
	tok, err := tokenize.New(c.tokOpts...)
	if err != nil {
		return nil, err
	}
	ext, err := entities.New(c.entOpts...)
	if err != nil {
		return nil, err
	}
	// The tokenizer goes first so that a caller's own WithTokenizer wins.
	sumOpts := append([]summarize.Option{summarize.WithTokenizer(tok)}, c.sumOpts...)
	sum, err := summarize.New(sumOpts...)
	if err != nil {
		return nil, err
	}
	return &Analyzer{
		tasks:    c.tasks,
		normOpts: c.normOpts,
		keywords: c.keywords,
		boost:    c.boost,
		tok:      tok,
		ext:      ext,
		sum:      sum,

		sharedTok: sum.Tokenizer() == tok,
	}, nil
}

// Tasks reports the tasks a computes.
func (a *Analyzer) Tasks() Task { return a.tasks }

// Tokenizer returns the tokenizer shared by the stages.
func (a *Analyzer) Tokenizer() *tokenize.Tokenizer { return a.tok }

// Analyze runs the chosen tasks on d. It returns an error only when ctx ends
// or a stage fails; empty or odd text gives an empty or partial Result.
func (a *Analyzer) Analyze(ctx context.Context, d Doc) (Result, error) {
	res := Result{ID: d.ID}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	var m offsetMap
	var text string
	if a.tasks&spanTasks != 0 {
		n := tokenize.NormalizeWithMap(d.Text, a.normOpts...)
		m = offsetMap{n: n, inLen: len(d.Text), identity: n.Text == d.Text}
		text = n.Text
	} else {
		// No span to map back: the offset map (an int per byte) would be
		// wasted, which matters for a 50 MB record.
		text = tokenize.Normalize(d.Text, a.normOpts...)
	}
	if a.tasks&TaskNormalize != 0 {
		res.Normalized = text
	}
	res.Title = d.Title
	var authors []entities.Entity
	if a.tasks&TaskPage != 0 {
		// The stages below read the body only: furniture is blanked out,
		// offsets unchanged.
		var body string
		body, authors = a.pageStructure(&res, d.Text, text, m)
		text = body
	}
	// Each split is done once and shared by the stages that need it; the
	// offsets of what a stage keeps are mapped back last, on a copy when
	// another stage still reads the normalized offsets.
	var sents []tokenize.Sentence
	if a.tasks&(TaskSentences|TaskSummary) != 0 || a.tasks&TaskKeywords != 0 && a.sharedTok {
		sents = a.tok.Sentences(text)
	}
	if a.tasks&TaskSentences != 0 {
		if a.tasks&TaskSummary != 0 && !m.identity {
			res.Sentences = m.sentences(slices.Clone(sents))
		} else {
			res.Sentences = m.sentences(sents)
		}
	}
	var words []tokenize.Token
	if a.tasks&TaskWords != 0 || a.tasks&TaskKeywords != 0 && a.sharedTok {
		words = a.tok.Words(text)
	}
	if a.tasks&TaskWords != 0 {
		res.Segmented = segmentLine(text, words) // before the offsets move
		res.Words = m.tokens(slices.Clone(words))
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}

	boosting := a.tasks&TaskSummary != 0 && a.boost > 0
	var ents []entities.Entity // offsets into text (normalized)
	if a.tasks&(TaskEntities|TaskOfficials|TaskKeywords) != 0 || boosting {
		ents = a.ext.Extract(text)
	}
	if a.tasks&TaskEntities != 0 {
		res.Entities = m.entities(withAuthors(ents, authors))
	}
	if a.tasks&TaskOfficials != 0 {
		res.Officials = m.officials(a.ext.OfficialsOf(ents))
	}
	if a.tasks&TaskKeywords != 0 {
		in := summarize.KeywordInput{Title: d.Title, Names: keywordNames(ents)}
		if a.sharedTok {
			// The summarizer splits with the same tokenizer; otherwise it
			// splits itself.
			in.Words = words
			in.Sentences = sents
		}
		res.Keywords = m.keywords(a.sum.KeywordsOf(text, in, a.keywords), d.Text)
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}

	if a.tasks&TaskSummary != 0 {
		sumSents := sents
		if !a.sharedTok {
			sumSents = a.sum.Tokenizer().Sentences(text)
		}
		var boost func(int) float64
		if boosting {
			density := entityDensity(sents, ents, a.boost)
			boost = func(i int) float64 { return density(sumSents[i].Text) }
		}
		s, err := a.sum.SummarizeSentences(ctx, summarize.Article{Title: res.Title, Text: text}, sumSents, boost)
		if err != nil {
			return res, err
		}
		res.Summary = m.summary(s, d.Text)
	}
	return res, nil
}

// keywordNames passes the people, places, organisations and programmes
// found to the keyword stage, which then needs no capital letters to see
// them.
func keywordNames(ents []entities.Entity) []summarize.NameSpan {
	var out []summarize.NameSpan
	for _, e := range ents {
		switch e.Type {
		case entities.Person, entities.Location, entities.Organization, entities.Program:
			out = append(out, summarize.NameSpan{Start: e.Start, End: e.End, Type: string(e.Type)})
		}
	}
	return out
}

// entityDensity returns a boost for the summarizer: for each sentence of the
// document, w times the share of its bytes covered by people, places,
// organisations and programmes. The sentences are found by the same tokenizer
// the summarizer uses, so the lookup by text matches its sentences.
func entityDensity(sents []tokenize.Sentence, ents []entities.Entity, w float64) func(string) float64 {
	density := make(map[string]float64, len(sents))
	j := 0
	for _, s := range sents {
		covered := 0
		for j < len(ents) && ents[j].End <= s.Start {
			j++
		}
		for k := j; k < len(ents) && ents[k].Start < s.End; k++ {
			e := ents[k]
			switch e.Type {
			case entities.Person, entities.Location, entities.Organization, entities.Program:
				covered += min(e.End, s.End) - max(e.Start, s.Start)
			}
		}
		if covered > 0 && len(s.Text) > 0 {
			density[s.Text] = w * min(1, float64(covered)/float64(len(s.Text)))
		}
	}
	return func(sentence string) float64 { return density[sentence] }
}

// offsetMap carries spans found in the normalized text back to the caller's
// text.
type offsetMap struct {
	n        tokenize.Normalized
	inLen    int
	identity bool
}

// span maps [start, end) of the normalized text to the input, clamped so that
// a misbehaving stage can never yield an offset outside the input.
func (m offsetMap) span(start, end int) (int, int) {
	if !m.identity {
		start, end = m.n.Orig(start), m.n.Orig(end)
	}
	start = min(max(start, 0), m.inLen)
	end = min(max(end, start), m.inLen)
	return start, end
}

func (m offsetMap) sentences(in []tokenize.Sentence) []tokenize.Sentence {
	for i := range in {
		in[i].Start, in[i].End = m.span(in[i].Start, in[i].End)
	}
	return in
}

func (m offsetMap) tokens(in []tokenize.Token) []tokenize.Token {
	for i := range in {
		in[i].Start, in[i].End = m.span(in[i].Start, in[i].End)
	}
	return in
}

func (m offsetMap) entities(in []entities.Entity) []entities.Entity {
	out := make([]entities.Entity, len(in))
	copy(out, in)
	for i := range out {
		out[i].Start, out[i].End = m.span(out[i].Start, out[i].End)
	}
	return out
}

func (m offsetMap) officials(in []entities.Official) []entities.Official {
	for i := range in {
		for j := range in[i].Mentions {
			sp := &in[i].Mentions[j]
			sp.Start, sp.End = m.span(sp.Start, sp.End)
		}
	}
	return in
}

// keywords maps keyword mentions to the caller's text; a keyword's text is
// its first mention there, verbatim.
func (m offsetMap) keywords(kws []summarize.Keyword, orig string) []summarize.Keyword {
	for i := range kws {
		k := &kws[i]
		for j := range k.Mentions {
			sp := &k.Mentions[j]
			sp.Start, sp.End = m.span(sp.Start, sp.End)
		}
		if !m.identity && len(k.Mentions) > 0 {
			k.Text = orig[k.Mentions[0].Start:k.Mentions[0].End]
		}
	}
	return kws
}

// summary maps the summary to the caller's text: offsets and sentence
// text both, so a summary quotes the article as given, never its
// normalized copy.
func (m offsetMap) summary(s summarize.Summary, orig string) summarize.Summary {
	for i := range s.Sentences {
		x := &s.Sentences[i]
		x.Start, x.End = m.span(x.Start, x.End)
		x.Text = orig[x.Start:x.End]
	}
	return s
}
