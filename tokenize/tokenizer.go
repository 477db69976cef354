package tokenize

// Tokenizer splits Vietnamese text into sentences, tokens and words. It is
// immutable and safe for concurrent use.
type Tokenizer struct {
	words   map[string]struct{}
	abbrevs *abbrevSet
}

// Option configures a Tokenizer.
type Option func(*config) error

type config struct {
	words         []string
	abbreviations []string
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
func WithWords(words ...string) Option {
	return func(c *config) error {
		c.words = append(c.words, words...)
		return nil
	}
}

// New returns a Tokenizer using the built-in model and lexicon.
func New(opts ...Option) (*Tokenizer, error) {
	var c config
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	t := &Tokenizer{words: map[string]struct{}{}}
	var err error
	if t.abbrevs, err = newAbbrevSet(c.abbreviations); err != nil {
		return nil, err
	}
	for _, w := range c.words {
		t.words[w] = struct{}{}
	}
	return t, nil
}
