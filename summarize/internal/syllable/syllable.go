// Package syllable scans text into syllables: maximal runs of letters and
// digits, the unit ROUGE, the budgets and the IDF table share. Syllables
// are keyed by a hash that ignores letter case and tone-mark placement
// ("hòa"/"hoà", or a combining tone mark anywhere in the syllable).
package syllable

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FNV-1a constants: a fast, stable hash so the IDF table and per-article
// vectors can key syllables without building lower-case strings.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// IsPart reports whether r belongs to a syllable: a letter or a number.
// Combining marks count too, so NFD text does not break a syllable apart.
func IsPart(r rune) bool { return info(r).part }

// Latin Extended Additional, where Vietnamese letters with two marks live
// (Ạ U+1EA0 … ỹ U+1EF9).
const (
	vietFirst = 0x1EA0
	vietLast  = 0x1EF9
)

// tableSize covers ASCII, Latin-1, Latin Extended-A/B and the combining
// diacritics: every other Vietnamese letter and mark.
const tableSize = 0x370

// runeInfo is how a rune enters a syllable hash: its lower-case form
// without the tone mark, and the tone apart. Hashing the tone once per
// syllable makes "hòa" and "hoà" (classic and modern tone placement), and
// NFD input, hash alike, while "ma", "mà" and "má" stay distinct.
type runeInfo struct {
	base rune  // lower case, tone removed; 0 for a combining tone mark
	tone uint8 // 1–5: grave, acute, tilde, hook above, dot below
	part bool
}

// The five Vietnamese tone marks as combining characters.
var toneMarks = [...]rune{0x0300, 0x0301, 0x0303, 0x0309, 0x0323}

func computeInfo(r rune) runeInfo {
	x := runeInfo{base: unicode.ToLower(r), part: unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)}
	for i, m := range toneMarks {
		if r == m {
			return runeInfo{tone: uint8(i + 1), part: true}
		}
	}
	if !x.part {
		return x
	}
	var rest []rune
	for _, d := range norm.NFD.String(string(x.base)) {
		tone := 0
		for i, m := range toneMarks {
			if d == m {
				tone = i + 1
			}
		}
		if tone > 0 {
			x.tone = uint8(tone)
		} else {
			rest = append(rest, d)
		}
	}
	if x.tone > 0 {
		b := []rune(norm.NFC.String(string(rest)))
		// Only letters that split into one base letter and a trailing tone
		// mark (all of Vietnamese) fold; others hash as they are.
		if len(b) == 1 && norm.NFC.String(string(b[0])+string(toneMarks[x.tone-1])) == string(x.base) {
			x.base = b[0]
		} else {
			x.base, x.tone = unicode.ToLower(r), 0
		}
	}
	return x
}

// The tables are computed once at start-up and only read afterwards.
var (
	table = func() (t [tableSize]runeInfo) {
		for r := range rune(tableSize) {
			t[r] = computeInfo(r)
		}
		return t
	}()
	vietTable = func() (t [vietLast - vietFirst + 1]runeInfo) {
		for i := range t {
			t[i] = computeInfo(vietFirst + rune(i))
		}
		return t
	}()
)

func info(r rune) runeInfo {
	switch {
	case r < tableSize:
		return table[r]
	case vietFirst <= r && r <= vietLast:
		return vietTable[r-vietFirst]
	}
	return runeInfo{base: unicode.ToLower(r), part: unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)}
}

// Next finds the first syllable of s at or after byte i. It returns the
// syllable's byte span and the hash of its lower-cased, tone-placement-free
// form; start == len(s) when there is none.
func Next(s string, i int) (start, end int, hash uint64) {
	// Skip separators.
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsPart(r) {
			break
		}
		i += n
	}
	start = i
	h := uint64(offset64)
	var tone uint8
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				return start, i, withTone(h, tone)
			}
			h = (h ^ uint64(c)) * prime64
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		x := info(r)
		if !x.part {
			return start, i, withTone(h, tone)
		}
		if x.base != 0 {
			h = hashRune(h, x.base)
		}
		if x.tone != 0 {
			tone = x.tone
		}
		i += n
	}
	return start, i, withTone(h, tone)
}

// withTone adds the syllable's tone; bytes 1–5 never occur in a syllable.
func withTone(h uint64, tone uint8) uint64 {
	if tone == 0 {
		return h
	}
	return (h ^ uint64(tone)) * prime64
}

// Hash returns the hash Next gives the syllable word (already one syllable).
func Hash(word string) uint64 {
	_, _, h := Next(word, 0)
	return h
}

func hashRune(h uint64, r rune) uint64 {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h = (h ^ uint64(c)) * prime64
	}
	return h
}

// Count returns the number of syllables in s.
func Count(s string) int {
	n := 0
	for i := 0; ; n++ {
		start, end, _ := Next(s, i)
		if start == len(s) {
			return n
		}
		i = end
	}
}

// IsUpperStart reports whether the syllable s[start:] starts with an
// upper-case letter.
func IsUpperStart(s string, start int) bool {
	if start >= len(s) {
		return false
	}
	c := s[start]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[start:])
	return unicode.IsUpper(r)
}

// PhraseHash hashes the syllables of p in order (Combine over their
// hashes), so a phrase's case and tone-placement variants hash alike.
func PhraseHash(p string) uint64 {
	var h uint64
	for i := 0; ; {
		start, end, sh := Next(p, i)
		if start == len(p) {
			return h
		}
		h = Combine(h, sh)
		i = end
	}
}

// Combine extends the phrase hash h with the next syllable hash s.
func Combine(h, s uint64) uint64 { return (h^s)*prime64 + 0x9e3779b97f4a7c15 }
