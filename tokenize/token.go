package tokenize

import (
	"errors"
	"fmt"
)

// Kind classifies a token.
type Kind uint8

// Token kinds. Word is used by Tokenizer.Words for a lexical word of one or
// more syllables; the other kinds are shared by Tokens and Words.
const (
	Syllable Kind = iota + 1
	Word
	Number
	Percent
	Ratio
	Date
	Time
	URL
	Email
	Abbreviation
	Punct
	Symbol
)

var kindNames = [...]string{"", "syllable", "word", "number", "percent", "ratio", "date", "time", "url", "email", "abbreviation", "punct", "symbol"}

// String returns the kind's lower-case name ("syllable", "date"), or
// "unknown" for a value outside the constants.
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText writes the kind's name (String); the zero Kind is empty text
// and a value outside the constants is an error.
func (k Kind) MarshalText() ([]byte, error) {
	switch {
	case k == 0:
		return nil, nil
	case int(k) >= len(kindNames):
		return nil, fmt.Errorf("tokenize: invalid Kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads what MarshalText writes, so kinds round-trip through
// JSON; empty text and "unknown" (what String says of the zero Kind) read
// back as the zero Kind.
func (k *Kind) UnmarshalText(b []byte) error {
	if k == nil {
		return errors.New("tokenize: UnmarshalText into a nil *Kind")
	}
	if string(b) == "unknown" {
		*k = 0
		return nil
	}
	for i, name := range kindNames {
		if name == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("tokenize: unknown token kind %q", b)
}

// Token is a span of the input: Text == input[Start:End].
type Token struct {
	Text  string `json:"text"`  // the caller's own bytes, not rewritten
	Start int    `json:"start"` // byte offset of the first byte in the input
	End   int    `json:"end"`   // byte offset just past the last byte
	Kind  Kind   `json:"kind"`
}

// Sentence is a span of the input with surrounding white space trimmed:
// Text == input[Start:End].
type Sentence struct {
	Text  string `json:"text"`  // the caller's own bytes, not rewritten
	Start int    `json:"start"` // byte offset of the first byte in the input
	End   int    `json:"end"`   // byte offset just past the last byte
}
