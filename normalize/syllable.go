package normalize

import "unicode/utf8"

// Vowel bases, in the order of the generated vowel tables.
const (
	vA int8 = iota
	vĂ
	vÂ
	vE
	vÊ
	vI
	vO
	vÔ
	vƠ
	vU
	vƯ
	vY
)

// Tones, in the order of the generated vowel tables.
const (
	toneNone uint8 = iota
	toneGrave
	toneAcute
	toneHook
	toneTilde
	toneDot
)

// consĐ stands for đ in vnLetter.cons (ASCII consonants are themselves).
const consĐ = 1

// maxSyllableLetters bounds a syllable's letters ("nghiêng" has 7); longer words are
// never syllables, which also keeps the per-word work constant.
const maxSyllableLetters = 8

// vnLetter is one letter of a word seen as a Vietnamese syllable.
type vnLetter struct {
	r     rune // the letter as written
	base  int8 // vowel base, or -1 for a consonant
	cons  byte // lower-case consonant (consĐ for đ) when base < 0
	upper bool
	tone  uint8
	caron bool // ǎ/Ǎ standing for ă/Ă
}

// vowelOf returns the vowel table entry of r (0 when r is not a precomposed
// Vietnamese vowel outside ASCII).
func vowelOf(r rune) uint8 {
	switch {
	case r >= 0xC0 && r <= 0x1B0:
		return vowelLatin[r-0xC0]
	case r >= 0x1EA0 && r <= 0x1EF9:
		return vowelExt[r-0x1EA0]
	}
	return 0
}

var asciiVowel = [128]int8{
	'a': vA, 'e': vE, 'i': vI, 'o': vO, 'u': vU, 'y': vY,
	'A': vA, 'E': vE, 'I': vI, 'O': vO, 'U': vU, 'Y': vY,
}

// decodeLetter describes r; ok is false for anything that cannot be part of
// a Vietnamese syllable (f j w z, foreign accents, digits, marks).
func decodeLetter(r rune) (l vnLetter, ok bool) {
	l.r = r
	if r < utf8.RuneSelf {
		c := byte(r)
		lower := c | 0x20
		if lower < 'a' || lower > 'z' || c < 'A' || (c > 'Z' && c < 'a') {
			return l, false
		}
		l.upper = c < 'a'
		switch lower {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			l.base = asciiVowel[c]
			return l, true
		case 'f', 'j', 'w', 'z':
			return l, false
		}
		l.base, l.cons = -1, lower
		return l, true
	}
	switch r {
	case 'đ', 'Đ':
		return vnLetter{r: r, base: -1, cons: consĐ, upper: r == 'Đ'}, true
	case 'ǎ', 'Ǎ':
		return vnLetter{r: r, base: vĂ, upper: r == 'Ǎ', caron: true}, true
	}
	v := vowelOf(r)
	if v == 0 {
		return l, false
	}
	l.base = int8(v&0xF) - 1
	l.upper = v&0x10 != 0
	l.tone = v >> 5
	return l, true
}

// rune returns the NFC letter for l.
func (l vnLetter) rune() rune {
	if l.base < 0 {
		return l.r
	}
	u := 0
	if l.upper {
		u = 1
	}
	return vowelCompose[l.base][u][l.tone]
}

// nucleusKind flags for the valid vowel sequences.
const (
	nucValid    = 1 << iota
	nucOpenOnly // ends in a semivowel: no final consonant may follow
	nucNeedCoda // must be followed by a final consonant
	nucStyle    // oa, oe, uy: open syllables place the tone by style
)

// nucleusKey packs up to three vowel bases.
func nucleusKey(v []vnLetter) uint16 {
	var k uint16
	for _, l := range v {
		k = k<<4 | uint16(l.base+1)
	}
	return k & (1<<12 - 1)
}

// nuclei maps nucleusKey (12 bits) to its nucleusKind flags. Built once at
// package initialisation and only read afterwards.
var nuclei = func() *[1 << 12]uint8 {
	m := new([1 << 12]uint8)
	add := func(flags uint8, list ...string) {
		for _, s := range list {
			var ls []vnLetter
			for _, r := range s {
				l, _ := decodeLetter(r)
				ls = append(ls, l)
			}
			m[nucleusKey(ls)] |= nucValid | flags
		}
	}
	add(0, "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uê", "uâ", "oo")
	add(nucNeedCoda, "ă", "â", "iê", "yê", "uô", "ươ", "oă", "uyê")
	add(nucOpenOnly, "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi",
		"ua", "ui", "ưa", "ưi", "ưu", "uơ", "uya", "iêu", "yêu", "oai", "oao", "oay", "oeo",
		"uây", "uôi", "uyu", "ươi", "ươu")
	add(nucStyle, "oa", "oe", "uy")
	return m
}()

// onsetOK reports whether the lower-case consonant cluster c is a
// Vietnamese initial (gi and qu are handled by the caller).
func onsetOK(c []vnLetter) bool {
	switch len(c) {
	case 0:
		return true
	case 1:
		switch c[0].cons {
		case 'b', 'c', 'd', consĐ, 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x':
			return true
		}
	case 2:
		switch string([]byte{c[0].cons, c[1].cons}) {
		case "ch", "gh", "kh", "ng", "nh", "ph", "th", "tr":
			return true
		}
	case 3:
		return c[0].cons == 'n' && c[1].cons == 'g' && c[2].cons == 'h'
	}
	return false
}

// codaOK reports whether c is a Vietnamese final consonant.
func codaOK(c []vnLetter) bool {
	switch len(c) {
	case 0:
		return true
	case 1:
		switch c[0].cons {
		case 'c', 'm', 'n', 'p', 't':
			return true
		}
	case 2:
		return (c[0].cons == 'c' || c[0].cons == 'n') && c[1].cons == 'h' || c[0].cons == 'n' && c[1].cons == 'g'
	}
	return false
}

// syllable is a parsed word: ls[nucStart:nucEnd] is the vowel nucleus.
type vnSyllable struct {
	ls               []vnLetter
	nucStart, nucEnd int
	kind             uint8
	toned            int // index of the toned letter, -1 when none
}

// parseSyllable parses ls (one word's letters) as a Vietnamese syllable with
// at most one tone mark. The gi and qu initials take their vowel letter.
func parseSyllable(ls []vnLetter) (vnSyllable, bool) {
	sy := vnSyllable{ls: ls, toned: -1}
	if len(ls) == 0 || len(ls) > maxSyllableLetters {
		return sy, false
	}
	i := 0
	for i < len(ls) && ls[i].base < 0 {
		i++
	}
	onset := ls[:i]
	j := i
	for j < len(ls) && ls[j].base >= 0 {
		j++
	}
	if j == i {
		return sy, false
	}
	coda := ls[j:]
	for _, l := range coda {
		if l.base >= 0 {
			return sy, false
		}
	}
	// gi + vowel and qu + vowel: the i/u belongs to the initial.
	if len(onset) == 1 && j-i >= 2 {
		if onset[0].cons == 'g' && ls[i].base == vI || onset[0].cons == 'q' && ls[i].base == vU {
			i++
		}
	} else if len(onset) == 1 && onset[0].cons == 'q' {
		return sy, false
	}
	if !(i > len(onset) || onsetOK(onset)) || !codaOK(coda) || j-i > 3 {
		return sy, false
	}
	kind := nuclei[nucleusKey(ls[i:j])]
	if kind&nucValid == 0 ||
		kind&nucOpenOnly != 0 && len(coda) > 0 ||
		kind&nucNeedCoda != 0 && len(coda) == 0 {
		return sy, false
	}
	for k, l := range ls {
		if l.tone != toneNone {
			if sy.toned >= 0 {
				return sy, false
			}
			sy.toned = k
		}
	}
	// A tone on the gi/qu letter counts as the syllable's tone; any other
	// position outside the nucleus is impossible (consonants carry none).
	sy.nucStart, sy.nucEnd, sy.kind = i, j, kind
	return sy, true
}

// toneTarget returns the index in sy.ls where the tone belongs.
func (sy vnSyllable) toneTarget(style ToneStyle) int {
	nuc := sy.ls[sy.nucStart:sy.nucEnd]
	last := -1
	for k, l := range nuc {
		switch l.base {
		case vĂ, vÂ, vÊ, vÔ, vƠ, vƯ:
			last = k
		}
	}
	hasCoda := sy.nucEnd < len(sy.ls)
	switch {
	case last >= 0:
	case len(nuc) == 1:
		last = 0
	case hasCoda:
		last = len(nuc) - 1
	case len(nuc) == 3:
		last = 1
	case sy.kind&nucStyle != 0:
		last = 0
		if style == ToneModern {
			last = 1
		} else if style == ToneKeep && sy.toned == sy.nucStart+1 {
			last = 1
		}
	default:
		last = 0
	}
	return sy.nucStart + last
}

// fixSyllable moves ls's tone mark to its place for style and maps caron
// letters to the breve. It reports whether any letter changed; ls is
// modified in place.
func fixSyllable(ls []vnLetter, style ToneStyle) bool {
	sy, ok := parseSyllable(ls)
	if !ok {
		return false
	}
	changed := false
	for k := range ls {
		if ls[k].caron {
			ls[k].caron = false
			changed = true
		}
	}
	if sy.toned < 0 {
		return changed
	}
	t := sy.toneTarget(style)
	if t == sy.toned {
		return changed
	}
	ls[t].tone, ls[sy.toned].tone = ls[sy.toned].tone, toneNone
	return true
}
