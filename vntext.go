package vntext

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/page"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

// Task selects one part of a Result. Tasks combine with |.
type Task uint16

// The tasks, one per field of a Result.
const (
	TaskNormalize Task = 1 << iota // Result.Normalized
	TaskSentences                  // Result.Sentences
	TaskWords                      // Result.Words
	TaskEntities                   // Result.Entities
	TaskOfficials                  // Result.Officials
	TaskSummary                    // Result.Summary
	TaskKeywords                   // Result.Keywords
	TaskSegmented                  // Result.Segmented
	// TaskPage finds the structure of scraped page text (package page):
	// Result.Title (when the Doc has none), Byline, Published, Category and
	// Furniture; the other tasks then read the body only.
	TaskPage

	// AllTasks is the default.
	AllTasks = TaskNormalize | TaskSentences | TaskWords | TaskEntities | TaskOfficials | TaskSummary | TaskKeywords | TaskSegmented | TaskPage

	// spanTasks give spans that need mapping back to the caller's text.
	spanTasks = TaskSentences | TaskWords | TaskEntities | TaskOfficials | TaskSummary | TaskKeywords
)

var taskNames = []struct {
	name string
	task Task
}{
	{"normalize", TaskNormalize},
	{"sentences", TaskSentences},
	{"words", TaskWords},
	{"segmented", TaskSegmented},
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

// MarshalText writes the task names joined with commas (String); a bit
// outside AllTasks is an error.
func (t Task) MarshalText() ([]byte, error) {
	if t&^AllTasks != 0 {
		return nil, fmt.Errorf("vntext: invalid task set %#x", uint16(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText reads what MarshalText writes (empty text: no task).
func (t *Task) UnmarshalText(b []byte) error {
	if t == nil {
		return errors.New("vntext: UnmarshalText into a nil *Task")
	}
	if len(b) == 0 {
		*t = 0
		return nil
	}
	v, err := ParseTasks(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// ParseTasks reads a comma-separated list of task names: normalize,
// sentences, words, segmented (or segment), entities, officials, summary
// (or summarize), keywords, page, all.
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
			f = "segmented"
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
			return 0, fmt.Errorf("vntext: unknown task %q (want %s or all)", f, strings.Join(taskList(), ", "))
		}
	}
	if t == 0 {
		return 0, errors.New("vntext: no task given")
	}
	return t, nil
}

// taskList names every task, in the order of the Result's fields.
func taskList() []string {
	names := make([]string, len(taskNames))
	for i, n := range taskNames {
		names[i] = n.name
	}
	return names
}

// Doc is one article.
type Doc struct {
	ID    string `json:"id,omitempty"`
	Title string `json:"title,omitempty"`
	Text  string `json:"text"`
	// What the source says about the article besides its text (an HTML
	// page's metadata, a web archive's record), copied to the Result;
	// TaskPage fills the empty ones from the text.
	Byline    string    `json:"byline,omitempty"`
	Published page.Date `json:"published,omitzero"`
	Category  string    `json:"category,omitempty"`
	URL       string    `json:"url,omitempty"`
	Fetched   time.Time `json:"fetched,omitzero"`
}

// Schema names the version of Result's JSON shape; docs/schema/result.v1.json
// describes it. It changes only when a field changes meaning or goes away;
// new optional fields keep it (CHANGELOG.md lists every change).
const Schema = "vntext/v1"

// Result is what Analyze found. Every Start and End is an offset into Text
// (the caller's Doc.Text) in the unit Offsets names; every text field of a
// span is the caller's own text at those offsets. Normalized and Segmented
// are the normalized forms. The lists of tasks not asked for are empty,
// never nil, so that every field of the JSON shape is always present.
type Result struct {
	// Schema is the JSON shape's version, Schema.
	Schema string `json:"schema"`
	ID     string `json:"id"`
	Title  string `json:"title"`
	// Text is Doc.Text, the text every offset indexes (decoded to UTF-8 by
	// Decode when it was not).
	Text string `json:"text"`
	// Tasks are the tasks computed.
	Tasks Task `json:"tasks"`
	// Offsets is the unit of every Start and End (WithOffsets).
	Offsets Offsets `json:"offsets"`
	// Normalized is Text after normalization (TaskNormalize).
	Normalized string              `json:"normalized"`
	Sentences  []tokenize.Sentence `json:"sentences"`
	Words      []tokenize.Token    `json:"words"`
	// Segmented is the normalized text in the segmented line format of
	// tokenize.Tokenizer.Segment ("Thủ_đô Hà_Nội , năm 2023 .")
	// (TaskSegmented).
	Segmented string              `json:"segmented"`
	Entities  []entities.Entity   `json:"entities"`
	Officials []entities.Official `json:"officials"`
	Summary   summarize.Summary   `json:"summary"`
	Keywords  []summarize.Keyword `json:"keywords"`

	// Byline (the author names as written), Published and Category come
	// from the Doc or, with TaskPage, from the text; Furniture holds every
	// line of the text that is not the article's body (category, headline,
	// byline, dateline, captions, comments, related links, menus, footer),
	// as spans. URL and Fetched are the Doc's.
	Byline    string      `json:"byline,omitempty"`
	Published page.Date   `json:"published,omitzero"`
	Category  string      `json:"category,omitempty"`
	Furniture []page.Span `json:"furniture,omitempty"`
	URL       string      `json:"url,omitempty"`
	Fetched   time.Time   `json:"fetched,omitzero"`
}

// Option configures an Analyzer.
type Option func(*config) error

type config struct {
	tasks     Task
	normOpts  []normalize.Option
	tokOpts   []tokenize.Option
	entOpts   []entities.Option
	sumOpts   []summarize.Option
	keywords  int
	boost     float64
	boostSeen bool
	offsets   Offsets
	window    int
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

// WithNormOptions passes options to normalize.New; the Analyzer normalizes
// every document with that Normalizer (with normalize.WithStrict, invalid
// UTF-8 makes Analyze return the *normalize.InvalidUTF8Error).
func WithNormOptions(opts ...normalize.Option) Option {
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
// the human leads (docs/EVALUATION.md, "Summaries").
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

// WithOffsets sets the unit of every Start and End in a Result: OffsetBytes
// (the default; Go strings index bytes), OffsetRunes (code points: Python,
// most databases) or OffsetUTF16 (UTF-16 code units: JavaScript, Java, C#).
func WithOffsets(u Offsets) Option {
	return func(c *config) error {
		if u.String() == "" {
			return fmt.Errorf("vntext: unknown offset unit %d", u)
		}
		c.offsets = u
		return nil
	}
}

// withWindow sets the window size (tests use small windows to exercise
// long-document behaviour on short texts).
func withWindow(n int) Option {
	return func(c *config) error { c.window = n; return nil }
}

const (
	defaultKeywords = 10
	defaultBoost    = 0.02
)

// Analyzer runs the pipeline. It is immutable and safe for concurrent use.
// The zero value, and a nil *Analyzer, work like New() with no options.
type Analyzer struct {
	tasks    Task
	norm     *normalize.Normalizer
	keywords int
	boost    float64
	offsets  Offsets
	window   int

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
	c := config{tasks: AllTasks, keywords: defaultKeywords, boost: defaultBoost, window: windowSize}
	for _, o := range opts {
		if o == nil {
			return nil, errors.New("vntext: nil option")
		}
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	norm, err := normalize.New(c.normOpts...)
	if err != nil {
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
		norm:     norm,
		keywords: c.keywords,
		boost:    c.boost,
		offsets:  c.offsets,
		window:   c.window,
		tok:      tok,
		ext:      ext,
		sum:      sum,

		sharedTok: sum.Tokenizer() == tok,
	}, nil
}

// defaultAnalyzer is New(), built once, for the zero and nil Analyzer.
var defaultAnalyzer = sync.OnceValues(func() (*Analyzer, error) { return New() })

// orDefault returns a, or the default Analyzer when a is nil or zero.
func (a *Analyzer) orDefault() (*Analyzer, error) {
	if a != nil && a.tok != nil {
		return a, nil
	}
	return defaultAnalyzer()
}

// Tasks reports the tasks a computes (0 only when a zero Analyzer cannot
// load the built-in data).
func (a *Analyzer) Tasks() Task {
	a, err := a.orDefault()
	if err != nil {
		return 0
	}
	return a.tasks
}

// Tokenizer returns the tokenizer shared by the stages (nil only when a
// zero Analyzer cannot load the built-in data).
func (a *Analyzer) Tokenizer() *tokenize.Tokenizer {
	a, err := a.orDefault()
	if err != nil {
		return nil
	}
	return a.tok
}
