package tokenize

import (
	"unicode"
	"unicode/utf8"
)

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
