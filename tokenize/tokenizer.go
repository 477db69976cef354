package tokenize

import (
	"fmt"
	"strings"
	"sync"

	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/tokenize/internal/lexicon"
	"github.com/vntext/vntext/tokenize/internal/wseg"
)

//go:generate go run ./internal/train -out internal/lexicon/model.bin

// Tokenizer splits Vietnamese text into sentences, tokens and words. It is
// immutable and safe for concurrent use. The zero value, and a nil
// *Tokenizer, work like New() with no options.
type Tokenizer struct {
	abbrevs *abbrevSet
	model   *wseg.Model
	user    userWords
	pool    sync.Pool // *wseg.Input scratch, so Words allocates nothing per call
}

// Option configures a Tokenizer.
type Option func(*config) error

type config struct {
	words         []string
	abbreviations []string
	model         []byte
}

// WithAbbreviations adds abbreviations that never end a sentence and stay
// one token ("Q.", "P.", "Ths.").
func WithAbbreviations(abbrs ...string) Option {
	return func(c *config) error {
		c.abbreviations = append(c.abbreviations, abbrs...)
		return nil
	}
}

// WithWords adds words that the segmenter keeps whole ("nông thôn mới").
// Matching ignores case, Unicode form and tone-mark style.
func WithWords(words ...string) Option {
	return func(c *config) error {
		for _, w := range words {
			if strings.TrimSpace(w) == "" {
				return fmt.Errorf("tokenize: WithWords: empty word")
			}
		}
		c.words = append(c.words, words...)
		return nil
	}
}

// WithModel replaces the built-in segmentation model with one written by the
// training command (go run ./tokenize/internal/train -out FILE).
func WithModel(model []byte) Option {
	return func(c *config) error {
		if len(model) == 0 {
			return fmt.Errorf("tokenize: WithModel: empty model")
		}
		c.model = model
		return nil
	}
}

// canonicalSyllable is the spelling every syllable is reduced to before the
// segmenter looks it up, so NFD input and both tone-mark styles share
// features. The training command uses the same function.
func canonicalSyllable(s string) string {
	out, _ := classic.Normalize(s) // never strict: no error
	return out
}

// classic is the normalizer canonicalSyllable uses (WithTone cannot fail on
// a valid style; a nil Normalizer would still work, with the defaults).
var classic, _ = normalize.New(normalize.WithTone(normalize.ToneClassic))

// builtinModel is parsed once per process and shared by all Tokenizers.
var builtinModel = sync.OnceValues(func() (*wseg.Model, error) {
	return wseg.Load(lexicon.Model(), canonicalSyllable)
})

// New returns a Tokenizer using the built-in model and lexicon; an invalid
// or nil option is an error.
func New(opts ...Option) (*Tokenizer, error) {
	var c config
	for _, o := range opts {
		if o == nil {
			return nil, fmt.Errorf("tokenize: nil Option")
		}
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	t := &Tokenizer{}
	var err error
	if t.abbrevs, err = newAbbrevSet(c.abbreviations); err != nil {
		return nil, err
	}
	if c.model != nil {
		t.model, err = wseg.Load(c.model, canonicalSyllable)
	} else {
		t.model, err = builtinModel()
	}
	if err != nil {
		return nil, fmt.Errorf("tokenize: segmentation model: %w", err)
	}
	t.pool.New = func() any { return new(wseg.Input) }
	t.user = t.buildUserWords(c.words)
	return t, nil
}
