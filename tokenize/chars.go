package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// Byte classes for the ASCII fast path shared by Tokens and Sentences.
const (
	clSymbol uint8 = iota // controls and + < = > ^ ` | ~ $
	clSpace
	clLower
	clUpper
	clDigit
	clPunct
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		r := rune(c)
		switch {
		case unicode.IsSpace(r):
			t[c] = clSpace
		case 'a' <= r && r <= 'z':
			t[c] = clLower
		case 'A' <= r && r <= 'Z':
			t[c] = clUpper
		case '0' <= r && r <= '9':
			t[c] = clDigit
		case unicode.IsPunct(r):
			t[c] = clPunct
		}
	}
	return t
}()

// isGapRune reports runes that may sit between tokens: Unicode white space
// and invisible format characters (category Cf), which scraped news carries:
// zero-width space and joiners, word joiner, byte-order mark, soft hyphen,
// direction marks. They never become tokens and are trimmed from sentences.
func isGapRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return asciiClass[r] == clSpace
	case r >= 0x300 && r <= 0x36F, r >= 0x1E00 && r <= 0x1EFF:
		return false // combining marks and Vietnamese letters: the hot path
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// isLetterRune reports letters and combining marks, so that a decomposed
// (NFD) syllable stays one token. Latin blocks are tested by range first:
// they are almost all of Vietnamese text.
func isLetterRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		c := asciiClass[r]
		return c == clLower || c == clUpper
	case r >= 0xC0 && r <= 0x24F:
		return r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF, r >= 0x300 && r <= 0x36F:
		return true
	}
	return unicode.IsLetter(r) || isMarkRune(r)
}

func isMarkRune(r rune) bool {
	switch {
	case r < 0x300 || (r >= 0x1E00 && r <= 0x1EFF):
		return false // ASCII, Latin-1, Latin Extended, Vietnamese letters
	case r <= 0x36F:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// isUpperRune is unicode.IsUpper with the Vietnamese letters decided by
// arithmetic: in Latin Extended-A and Additional, capitals sit on even code
// points.
func isUpperRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'A' <= r && r <= 'Z'
	case r >= 0xC0 && r <= 0xDE:
		return r != 0xD7
	case r >= 0xDF && r <= 0xFF:
		return false
	case r >= 0x100 && r <= 0x137, r >= 0x14A && r <= 0x177, r >= 0x1E00 && r <= 0x1E95, r >= 0x1EA0 && r <= 0x1EFF:
		return r%2 == 0
	case r == 0x1A0, r == 0x1AF:
		return true
	case r == 0x1A1, r == 0x1B0:
		return false
	}
	return unicode.IsUpper(r)
}

// isLowerLetter reports a letter that is not a capital (a lower-case word
// continues the sentence).
func isLowerLetter(r rune) bool {
	return isLetterRune(r) && !isUpperRune(r) && !isMarkRune(r) && !unicode.IsTitle(r)
}
