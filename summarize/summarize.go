// Package summarize builds extractive summaries of Vietnamese news articles.
//
// # Positions
//
// Summary sentences carry byte offsets into Article.Text as given.
//
// # Concurrency
//
// A Summarizer is immutable after New and safe for concurrent use. Results
// are deterministic for the same input and options.
package summarize

import (
	"context"
	"errors"
	"strings"

	"github.com/vntext/vntext/tokenize"
)

// Article is the input of Summarize.
type Article struct {
	Title string
	Text  string
}

// Sentence is one summary sentence: Text == Article.Text[Start:End].
type Sentence struct {
	Text  string  `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Index int     `json:"index"` // position among the article's sentences
	Score float64 `json:"score"`
}

// Summary holds the chosen sentences in article order.
type Summary struct {
	Sentences []Sentence `json:"sentences"`
	// OverBudget is true when the first sentence alone exceeds the budget
	// and was returned anyway.
	OverBudget bool `json:"over_budget,omitempty"`
}

// Text joins the summary sentences with a space.
func (s Summary) Text() string {
	parts := make([]string, len(s.Sentences))
	for i, x := range s.Sentences {
		parts[i] = x.Text
	}
	return strings.Join(parts, " ")
}

// Keyword is a key phrase with its score.
type Keyword struct {
	Text  string  `json:"text"`
	Score float64 `json:"score"`
}

// Option configures a Summarizer.
type Option func(*config) error

type config struct {
	sentences    int
	maxSyllables int
	boost        func(sentence string) float64
	tok          *tokenize.Tokenizer
}

// WithSentences caps the summary at n sentences (default 3).
func WithSentences(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return errors.New("summarize: sentences must be ≥ 1")
		}
		c.sentences = n
		return nil
	}
}

// WithMaxSyllables caps the summary at n syllables (0: no cap).
func WithMaxSyllables(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return errors.New("summarize: max syllables must be ≥ 0")
		}
		c.maxSyllables = n
		return nil
	}
}

// WithBoost adds f(sentence) to each sentence's score; the pipeline uses it
// for entity density without this package importing entities.
func WithBoost(f func(sentence string) float64) Option {
	return func(c *config) error { c.boost = f; return nil }
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

// Summarizer builds summaries. It is immutable and safe for concurrent use.
type Summarizer struct {
	cfg config
}

// New returns a Summarizer.
func New(opts ...Option) (*Summarizer, error) {
	c := config{sentences: 3}
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	if c.tok == nil {
		t, err := tokenize.New()
		if err != nil {
			return nil, err
		}
		c.tok = t
	}
	return &Summarizer{cfg: c}, nil
}

// Summarize returns the summary of a.
//
// STUB: LEAD-n.
func (s *Summarizer) Summarize(ctx context.Context, a Article) (Summary, error) {
	if err := ctx.Err(); err != nil {
		return Summary{}, err
	}
	var sum Summary
	for i, x := range s.cfg.tok.Sentences(a.Text) {
		if i >= s.cfg.sentences {
			break
		}
		sum.Sentences = append(sum.Sentences, Sentence{Text: x.Text, Start: x.Start, End: x.End, Index: i})
	}
	return sum, nil
}

// Keywords returns up to n key phrases of text, best first.
//
// STUB: returns nothing yet.
func (s *Summarizer) Keywords(text string, n int) []Keyword { return nil }
