package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenizer splits Vietnamese text into sentences, tokens and words. It is
// immutable and safe for concurrent use.
type Tokenizer struct {
	words map[string]struct{}
}

// Option configures a Tokenizer.
type Option func(*config) error

type config struct {
	words []string
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
	for _, w := range c.words {
		t.words[w] = struct{}{}
	}
	return t, nil
}

// Tokens splits text into tokens with kinds and byte offsets.
//
// STUB: letters/digits runs and single punctuation characters.
func (t *Tokenizer) Tokens(text string) []Token {
	var toks []Token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		if isWordRune(r) {
			digits := true
			for i < len(text) {
				r, n = utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r) {
					break
				}
				if !unicode.IsDigit(r) {
					digits = false
				}
				i += n
			}
			k := Syllable
			if digits {
				k = Number
			}
			toks = append(toks, Token{Text: text[start:i], Start: start, End: i, Kind: k})
			continue
		}
		i += n
		k := Punct
		if unicode.IsSymbol(r) {
			k = Symbol
		}
		toks = append(toks, Token{Text: text[start:i], Start: start, End: i, Kind: k})
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Sentences splits text into sentences.
//
// STUB: breaks after . ! ? followed by space, and at line breaks.
func (t *Tokenizer) Sentences(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, Sentence{Text: text[s:e], Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			emit(i + 1)
		case '.', '!', '?':
			if i+1 < len(text) && text[i+1] == ' ' {
				emit(i + 1)
			}
		}
	}
	emit(len(text))
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// Words segments text into words. Multi-syllable words are one token of
// kind Word whose Text spans the syllables and the spaces between them.
//
// STUB: every syllable is its own word.
func (t *Tokenizer) Words(text string) []Token {
	toks := t.Tokens(text)
	for i := range toks {
		if toks[i].Kind == Syllable {
			toks[i].Kind = Word
		}
	}
	return toks
}

// Segment returns text in the segmented line format: words separated by one
// space, syllables inside a word joined with '_' ("Thủ_đô Hà_Nội , năm 2023 .").
func (t *Tokenizer) Segment(text string) string {
	words := t.Words(text)
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(strings.Fields(w.Text), "_"))
	}
	return b.String()
}
