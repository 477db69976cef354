package letters

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Vowel bases, in the order of the generated vowel tables.
const (
	A int8 = iota
	Ă
	Â
	E
	Ê
	I
	O
	Ô
	Ơ
	U
	Ư
	Y
)

// ConsĐ stands for đ in Letter.Cons (ASCII consonants are themselves).
const ConsĐ = 1

// MaxSyllableLetters bounds a syllable's letters ("nghiêng" has 7); longer
// words are never syllables, which also keeps the per-word work constant.
const MaxSyllableLetters = 8

// Letter is one letter of a word seen as a Vietnamese syllable.
type Letter struct {
	R     rune // the letter as written
	Base  int8 // vowel base, or -1 for a consonant
	Cons  byte // lower-case consonant (ConsĐ for đ) when Base < 0
	Upper bool
	Tone  Tone
	Caron bool // ǎ/Ǎ standing for ă/Ă
}

// Vowel returns the vowel table entry of r: Tone<<5 | upper<<4 | base+1,
// or 0 when r is not a precomposed Vietnamese vowel outside ASCII.
func Vowel(r rune) uint8 {
	switch {
	case r >= 0xC0 && r <= 0x1B0:
		return vowelLatin[r-0xC0]
	case r >= 0x1EA0 && r <= 0x1EF9:
		return vowelExt[r-0x1EA0]
	}
	return 0
}

// VowelASCII returns the vowel base of the ASCII letter c (A for 'a' and
// 'A' …), 0 for other bytes below 0x80; use it with IsASCIIVowel.
func VowelASCII(c byte) int8 { return asciiVowel[c&0x7F] }

var asciiVowel = [128]int8{
	'a': A, 'e': E, 'i': I, 'o': O, 'u': U, 'y': Y,
	'A': A, 'E': E, 'I': I, 'O': O, 'U': U, 'Y': Y,
}

// Compose returns the precomposed letter of a vowel base with a case and a
// tone.
func Compose(base int8, upper bool, t Tone) rune {
	u := 0
	if upper {
		u = 1
	}
	return vowelCompose[base][u][t]
}

// DecodeLetter describes r; ok is false for anything that cannot be part of
// a Vietnamese syllable (f j w z, foreign accents, digits, marks).
func DecodeLetter(r rune) (l Letter, ok bool) {
	l.R = r
	if r < utf8.RuneSelf {
		c := byte(r)
		lower := c | 0x20
		if lower < 'a' || lower > 'z' || c < 'A' || (c > 'Z' && c < 'a') {
			return l, false
		}
		l.Upper = c < 'a'
		switch lower {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			l.Base = asciiVowel[c]
			return l, true
		case 'f', 'j', 'w', 'z':
			return l, false
		}
		l.Base, l.Cons = -1, lower
		return l, true
	}
	switch r {
	case 'đ', 'Đ':
		return Letter{R: r, Base: -1, Cons: ConsĐ, Upper: r == 'Đ'}, true
	case 'ǎ', 'Ǎ':
		return Letter{R: r, Base: Ă, Upper: r == 'Ǎ', Caron: true}, true
	}
	v := Vowel(r)
	if v == 0 {
		return l, false
	}
	l.Base = int8(v&0xF) - 1
	l.Upper = v&0x10 != 0
	l.Tone = Tone(v >> 5)
	return l, true
}

// Rune returns the NFC letter for l.
func (l Letter) Rune() rune {
	if l.Base < 0 {
		return l.R
	}
	return Compose(l.Base, l.Upper, l.Tone)
}

// Nucleus kinds: flags of the valid vowel sequences.
const (
	NucValid    = 1 << iota
	NucOpenOnly // ends in a semivowel: no final consonant may follow
	NucNeedCoda // must be followed by a final consonant
	NucStyle    // oa, oe, uy: open syllables place the tone by style
)

// nucleusKey packs up to three vowel bases.
func nucleusKey(v []Letter) uint16 {
	var k uint16
	for _, l := range v {
		k = k<<4 | uint16(l.Base+1)
	}
	return k & (1<<12 - 1)
}

// nuclei maps nucleusKey (12 bits) to its nucleus kind flags. Built once at
// package initialisation (a few microseconds) and only read afterwards.
var nuclei = func() *[1 << 12]uint8 {
	m := new([1 << 12]uint8)
	add := func(flags uint8, list ...string) {
		for _, s := range list {
			var ls []Letter
			for _, r := range s {
				l, _ := DecodeLetter(r)
				ls = append(ls, l)
			}
			m[nucleusKey(ls)] |= NucValid | flags
		}
	}
	add(0, "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uê", "uâ", "oo")
	add(NucNeedCoda, "ă", "â", "iê", "yê", "uô", "ươ", "oă", "uyê")
	add(NucOpenOnly, "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi",
		"ua", "ui", "ưa", "ưi", "ưu", "uơ", "uya", "iêu", "yêu", "oai", "oao", "oay", "oeo",
		"uây", "uôi", "uyu", "ươi", "ươu")
	add(NucStyle, "oa", "oe", "uy")
	return m
}()

// onsetOK reports whether the lower-case consonant cluster c is a
// Vietnamese initial (gi and qu are handled by the caller).
func onsetOK(c []Letter) bool {
	switch len(c) {
	case 0:
		return true
	case 1:
		switch c[0].Cons {
		case 'b', 'c', 'd', ConsĐ, 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x':
			return true
		}
	case 2:
		switch string([]byte{c[0].Cons, c[1].Cons}) {
		case "ch", "gh", "kh", "ng", "nh", "ph", "th", "tr":
			return true
		}
	case 3:
		return c[0].Cons == 'n' && c[1].Cons == 'g' && c[2].Cons == 'h'
	}
	return false
}

// codaOK reports whether c is a Vietnamese final consonant.
func codaOK(c []Letter) bool {
	switch len(c) {
	case 0:
		return true
	case 1:
		switch c[0].Cons {
		case 'c', 'm', 'n', 'p', 't':
			return true
		}
	case 2:
		return (c[0].Cons == 'c' || c[0].Cons == 'n') && c[1].Cons == 'h' || c[0].Cons == 'n' && c[1].Cons == 'g'
	}
	return false
}

// Syllable is a parsed word: Letters[NucStart:NucEnd] is the vowel nucleus.
type Syllable struct {
	Letters          []Letter
	NucStart, NucEnd int
	Kind             uint8 // the nucleus kind flags
	Toned            int   // index of the toned letter, -1 when none
}

// Parse parses ls (one word's letters) as a Vietnamese syllable with at
// most one tone mark and a valid vowel nucleus. The gi and qu initials take
// their vowel letter.
func Parse(ls []Letter) (Syllable, bool) {
	sy := Syllable{Letters: ls, Toned: -1}
	i, j, ok := split(ls)
	if !ok {
		return sy, false
	}
	hasCoda := j < len(ls)
	kind := nuclei[nucleusKey(ls[i:j])]
	if kind&NucValid == 0 ||
		kind&NucOpenOnly != 0 && hasCoda ||
		kind&NucNeedCoda != 0 && !hasCoda {
		return sy, false
	}
	for k, l := range ls {
		if l.Tone != None {
			if sy.Toned >= 0 {
				return sy, false
			}
			sy.Toned = k
		}
	}
	// A tone on the gi/qu letter counts as the syllable's tone; any other
	// position outside the nucleus is impossible (consonants carry none).
	sy.NucStart, sy.NucEnd, sy.Kind = i, j, kind
	return sy, true
}

// split finds the vowel run ls[i:j] between a valid initial and a valid
// final: one to three vowels, gi and qu taking their vowel letter.
func split(ls []Letter) (i, j int, ok bool) {
	if len(ls) == 0 || len(ls) > MaxSyllableLetters {
		return 0, 0, false
	}
	for i < len(ls) && ls[i].Base < 0 {
		i++
	}
	onset := ls[:i]
	j = i
	for j < len(ls) && ls[j].Base >= 0 {
		j++
	}
	if j == i {
		return 0, 0, false
	}
	coda := ls[j:]
	for _, l := range coda {
		if l.Base >= 0 {
			return 0, 0, false
		}
	}
	// gi + vowel and qu + vowel: the i/u belongs to the initial.
	if len(onset) == 1 && j-i >= 2 {
		if onset[0].Cons == 'g' && ls[i].Base == I || onset[0].Cons == 'q' && ls[i].Base == U {
			i++
		}
	} else if len(onset) == 1 && onset[0].Cons == 'q' {
		return 0, 0, false
	}
	if !(i > len(onset) || onsetOK(onset)) || !codaOK(coda) || j-i > 3 {
		return 0, 0, false
	}
	return i, j, true
}

// WordLetters decodes w into buf; ok is false when w cannot be a syllable
// (a rune DecodeLetter refuses, or more than MaxSyllableLetters letters).
func WordLetters(w string, buf *[MaxSyllableLetters]Letter) ([]Letter, bool) {
	n := 0
	for _, r := range w {
		if n == MaxSyllableLetters {
			return nil, false
		}
		l, ok := DecodeLetter(r)
		if !ok {
			return nil, false
		}
		buf[n] = l
		n++
	}
	return buf[:n], true
}

// IsSyllable reports whether w (any case, NFC or NFD) has the shape of one
// Vietnamese syllable: a valid initial and final around one to three vowels
// ("Hà", "NGHIÊNG", "quốc", "gìn"; not "UBND", "HĐND", "Pepsi", "Thomas").
// It tells acronyms and foreign words from Vietnamese ones; tone marks and
// the vowel combination are not checked (Parse checks spelling).
func IsSyllable(w string) bool {
	var buf [MaxSyllableLetters]Letter
	ls, ok := WordLetters(w, &buf)
	if !ok && HasMarks(w) {
		ls, ok = WordLetters(norm.NFC.String(w), &buf)
	}
	if !ok {
		return false
	}
	_, _, ok = split(ls)
	return ok
}

// HasMarks reports whether w holds a combining diacritic (U+0300–U+036F,
// encoded as 0xCC 0x80 – 0xCD 0xAF): NFD or mixed input.
func HasMarks(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == 0xCC || (c == 0xCD && i+1 < len(w) && w[i+1] <= 0xAF) {
			return true
		}
	}
	return false
}
