package tokenize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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

// Vietnamese syllable structure, used to tell acronyms ("UBND", "TP",
// "HĐND") from syllables written in capitals ("HÀ NỘI").
var (
	onsets = map[string]bool{"": true, "b": true, "c": true, "ch": true, "d": true, "đ": true, "g": true,
		"gh": true, "h": true, "k": true, "kh": true, "l": true, "m": true, "n": true, "ng": true, "ngh": true,
		"nh": true, "p": true, "ph": true, "q": true, "r": true, "s": true, "t": true, "th": true, "tr": true,
		"v": true, "x": true}
	codas = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true,
		"p": true, "t": true}
)

// isSyllable reports whether w (any case, NFC or NFD) has the shape of one
// Vietnamese syllable: onset, one to three vowels, coda. Tone and vowel
// marks are ignored, so the test is about shape, not spelling.
func isSyllable(w string) bool {
	if len(w) > maxAbbrevLen {
		return false
	}
	var buf [maxAbbrevLen]byte
	b := buf[:0]
	vowels, part := 0, 0 // part: 0 onset, 1 vowels, 2 coda
	onsetEnd := 0
	for _, r := range w {
		if isMarkRune(r) {
			continue
		}
		base, ok := baseLetter(r)
		if !ok {
			return false
		}
		isVowel := base == 'a' || base == 'e' || base == 'i' || base == 'o' || base == 'u' || base == 'y'
		switch {
		case isVowel && part == 0:
			part, onsetEnd = 1, len(b)
		case isVowel && part == 2:
			return false
		case !isVowel && part == 1:
			part = 2
		}
		if isVowel {
			vowels++
		}
		if base == 'đ' {
			b = append(b, "đ"...)
		} else {
			b = append(b, byte(base))
		}
	}
	if vowels == 0 || vowels > 3 {
		return false
	}
	codaStart := onsetEnd
	for codaStart < len(b) && isASCIIVowel(b[codaStart]) {
		codaStart++
	}
	return onsets[string(b[:onsetEnd])] && codas[string(b[codaStart:])]
}

func isASCIIVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

// baseLetter maps a Latin letter to its lower-case ASCII base ('ế' → 'e');
// đ stays đ. ok is false for other scripts and for letters outside
// Vietnamese and English spelling.
func baseLetter(r rune) (rune, bool) {
	r = unicode.ToLower(r)
	if r == 'đ' {
		return r, true
	}
	if r >= utf8.RuneSelf {
		var enc [utf8.UTFMax]byte
		n := utf8.EncodeRune(enc[:], r)
		d := norm.NFD.Properties(enc[:n]).Decomposition()
		if len(d) == 0 {
			return 0, false
		}
		r = rune(d[0])
	}
	if r < 'a' || r > 'z' {
		return 0, false
	}
	return r, true
}
