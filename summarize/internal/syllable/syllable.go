// Package syllable scans text into lower-cased syllables: maximal runs of
// letters and digits, the unit ROUGE, the budgets and the IDF table share.
package syllable

import (
	"unicode"
	"unicode/utf8"
)

// FNV-1a constants: a fast, stable hash so the IDF table and per-article
// vectors can key syllables without building lower-case strings.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// IsPart reports whether r belongs to a syllable: a letter or a number.
// Combining marks count too, so NFD text does not break a syllable apart.
func IsPart(r rune) bool {
	if r < tableSize {
		return table[r].part
	}
	if vietFirst <= r && r <= vietLast {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
}

// lower is unicode.ToLower with fast paths for the Vietnamese alphabet.
func lower(r rune) rune {
	if r < tableSize {
		return table[r].lower
	}
	if vietFirst <= r && r <= vietLast {
		return r | 1 // Latin Extended Additional pairs: upper even, lower odd
	}
	return unicode.ToLower(r)
}

// Latin Extended Additional, where Vietnamese letters with two marks live
// (Ạ U+1EA0 … ỹ U+1EF9): upper case at even, lower case at odd code points.
const (
	vietFirst = 0x1EA0
	vietLast  = 0x1EF9
)

// tableSize covers ASCII, Latin-1, Latin Extended-A/B and the combining
// diacritics: every other Vietnamese letter and mark.
const tableSize = 0x370

type runeInfo struct {
	lower rune
	part  bool
}

// table is computed once at start-up and only read afterwards.
var table = func() (t [tableSize]runeInfo) {
	for r := range rune(tableSize) {
		t[r] = runeInfo{unicode.ToLower(r), unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)}
	}
	return t
}()

// Next finds the first syllable of s at or after byte i. It returns the
// syllable's byte span and the hash of its lower-cased form; start == len(s)
// when there is none.
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
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				return start, i, h
			}
			h = (h ^ uint64(c)) * prime64
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsPart(r) {
			return start, i, h
		}
		h = hashRune(h, lower(r))
		i += n
	}
	return start, i, h
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
