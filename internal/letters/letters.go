// Package letters is the module's one table of letters: for every rune, its
// lower-case form without the tone mark, the tone, and its character class.
// Scanners ask it once per rune instead of the unicode tables.
package letters

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tone is a Vietnamese tone mark. The numbering is the module's one
// numbering: keys that append a tone use these values.
type Tone uint8

// Tones.
const (
	None Tone = iota
	Grave
	Acute
	Hook
	Tilde
	Dot
)

// Class is a set of character-class bits.
type Class uint8

// Classes.
const (
	Space    Class = 1 << iota
	Newline        // \n or \r (with Space)
	Letter         // unicode.IsLetter
	Upper          // unicode.IsUpper (with Letter)
	Digit          // unicode.IsDigit
	Mark           // a combining mark (Mn): part of the word
	ToneMark       // a combining tone mark (with Mark)
)

// Info is what the scanners need of one rune.
type Info struct {
	Fold  rune // lower case without the tone mark ('Ế' → 'ê'); 0 for a tone mark
	Tone  Tone
	Class Class
}

const tableSize = 0x1F00

// table is built once from Unicode decompositions; it is read-only after
// package initialisation.
var table = buildTable()

func buildTable() []Info {
	t := make([]Info, tableSize)
	for r := rune(0); r < tableSize; r++ {
		lr := unicode.ToLower(r)
		t[r] = Info{Fold: lr, Class: classify(r)}
		if tone := CombiningTone(r); tone != None {
			t[r] = Info{Tone: tone, Class: Mark | ToneMark}
			continue
		}
		if r < 0xC0 {
			continue
		}
		d := []rune(norm.NFD.String(string(lr)))
		var tone Tone
		kept := d[:0]
		for _, c := range d {
			if ct := CombiningTone(c); ct != None {
				tone = ct
			} else {
				kept = append(kept, c)
			}
		}
		if tone == None {
			continue
		}
		b := []rune(norm.NFC.String(string(kept)))
		if len(b) == 1 {
			t[r].Fold, t[r].Tone = b[0], tone
		}
	}
	return t
}

// CombiningTone returns the tone of a combining tone mark, None for any
// other rune.
func CombiningTone(r rune) Tone {
	switch r {
	case 0x300:
		return Grave
	case 0x301:
		return Acute
	case 0x309:
		return Hook
	case 0x303:
		return Tilde
	case 0x323:
		return Dot
	}
	return None
}

func classify(r rune) Class {
	var c Class
	switch {
	case r == '\n' || r == '\r':
		c = Space | Newline
	case unicode.IsSpace(r):
		c = Space
	case unicode.IsLetter(r):
		c = Letter
		if unicode.IsUpper(r) {
			c |= Upper
		}
	case unicode.IsDigit(r):
		c = Digit
	case unicode.Is(unicode.Mn, r):
		c = Mark
	}
	return c
}

// Of returns the information of any rune.
func Of(r rune) Info {
	if r >= 0 && r < tableSize {
		return table[r]
	}
	if r == '’' {
		return Info{Fold: '\''} // R’Lấp as the normalizer writes it
	}
	return Info{Fold: unicode.ToLower(r), Class: classify(r)}
}

// DecodeRune is utf8.DecodeRuneInString(text[i:]) with the ASCII case
// inline.
func DecodeRune(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return DecodeMulti(text, i)
}

// DecodeMulti decodes the two- and three-byte sequences of Vietnamese
// letters directly (U+0080–U+07FF; U+1000–U+CFFF and U+E000–U+FFFF, whose
// lead bytes take any continuation bytes) and leaves every other case,
// including invalid input, to utf8.DecodeRuneInString.
func DecodeMulti(text string, i int) (rune, int) {
	c := text[i]
	switch {
	case c >= 0xC2 && c <= 0xDF && i+1 < len(text):
		if b1 := text[i+1]; b1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(b1&0x3F), 2
		}
	case (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) && i+2 < len(text):
		if b1, b2 := text[i+1], text[i+2]; b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(text[i:])
}
