// Package letters is the module's one table of letters. For every rune it
// gives the lower-case form, the lower-case form without the tone mark, the
// tone and the character class (Of); for the Vietnamese vowels their base,
// case and tone (Vowel, Compose); and it holds the one test of whether a
// word is a Vietnamese syllable (IsSyllable, Parse).
//
// The tone-mark tables are generated from the Unicode decompositions
// (go generate ./internal/letters), so no decomposition runs at start-up;
// the Info table is built from them on first use.
package letters

//go:generate go run ./internal/gen

import (
	"sync"
	"unicode"
	"unicode/utf8"
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
	Space   Class = 1 << iota // unicode.IsSpace
	Newline                   // \n or \r (with Space)
	Alpha                     // unicode.IsLetter
	Upper                     // unicode.IsUpper
	Lower                     // unicode.IsLower
	Digit                     // unicode.IsDigit (with Number)
	Number                    // unicode.IsNumber
	Mark                      // a non-spacing combining mark (Mn); tone marks too
)

// Info is what the scanners need of one rune.
type Info struct {
	Lower rune // unicode.ToLower
	// Fold is Lower without the tone mark ('Ế' → 'ê', 'Đ' → 'đ'); 0 for a
	// combining tone mark, which has only a Tone.
	Fold  rune
	Tone  Tone
	Class Class
}

// IsToneMark reports a combining tone mark.
func (x Info) IsToneMark() bool { return x.Class&Mark != 0 && x.Tone != None }

// tableSize covers Latin with every Vietnamese letter, the combining marks,
// Greek and Cyrillic.
const tableSize = 0x2000

// Table holds the Info of the runes below tableSize.
type Table struct {
	info [tableSize]Info
}

// Get returns the table, built on first use (from the generated tables,
// in microseconds) and read-only afterwards.
var Get = sync.OnceValue(func() *Table {
	t := new(Table)
	for r := rune(0); r < tableSize; r++ {
		t.info[r] = info(r, Class(classData[r]))
	}
	return t
})

// Of returns the information of any rune.
func (t *Table) Of(r rune) Info {
	if uint32(r) < tableSize {
		return t.info[r]
	}
	return compute(r)
}

// Of returns the information of any rune (Get().Of(r)).
func Of(r rune) Info { return Get().Of(r) }

func compute(r rune) Info { return info(r, classify(r)) }

func info(r rune, c Class) Info {
	x := Info{Lower: unicode.ToLower(r), Class: c}
	x.Fold = x.Lower
	switch {
	case r >= latinFirst && r < latinEnd:
		f := foldLatin[r-latinFirst]
		x.Fold, x.Tone = rune(f>>3), Tone(f&7)
	case r >= extFirst && r < extEnd:
		f := foldExt[r-extFirst]
		x.Fold, x.Tone = rune(f>>3), Tone(f&7)
	case r == '’':
		x.Fold = '\'' // R’Lấp as the normalizer writes it
	default:
		if t := CombiningTone(r); t != None {
			x.Fold, x.Tone = 0, t
		}
	}
	return x
}

// The blocks of the generated fold tables.
const (
	latinFirst, latinEnd = 0xC0, 0x250
	extFirst, extEnd     = 0x1E00, 0x1F00
)

// CombiningTone returns the tone of a combining tone mark, None for any
// other rune. U+0340 and U+0341, the deprecated tone marks NFC replaces,
// count as grave and acute.
func CombiningTone(r rune) Tone {
	switch r {
	case 0x300, 0x340:
		return Grave
	case 0x301, 0x341:
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
	if r == '\n' || r == '\r' {
		c |= Newline
	}
	if unicode.IsSpace(r) {
		c |= Space
	}
	if unicode.IsLetter(r) {
		c |= Alpha
	}
	if unicode.IsUpper(r) {
		c |= Upper
	}
	if unicode.IsLower(r) {
		c |= Lower
	}
	if unicode.IsNumber(r) {
		c |= Number
		if unicode.IsDigit(r) {
			c |= Digit
		}
	}
	if unicode.Is(unicode.Mn, r) {
		c |= Mark
	}
	return c
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

// AppendKey appends the key of the word w to buf: every rune's Fold (lower
// case without the tone mark, a right single quote written '), then the
// tone as one trailing digit in the Tone numbering, so "Hoà", "hòa" and
// "HÒA" are all "hoa1". It is the module's one word key: the entities
// scanner writes it inline in its hot loop (a test there checks the two
// agree) and the entity tagger's word clusters are keyed by it. w should be
// NFC: a decomposed tone mark is read, but other combining marks are kept
// as written.
func AppendKey(buf []byte, w string) []byte {
	var tone Tone
	lt := Get()
	for _, r := range w {
		f := lt.Of(r)
		if f.Tone != None {
			tone = f.Tone
		}
		if !f.IsToneMark() {
			buf = utf8.AppendRune(buf, f.Fold)
		}
	}
	if tone != None {
		buf = append(buf, '0'+byte(tone))
	}
	return buf
}
