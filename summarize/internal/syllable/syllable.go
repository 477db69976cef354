// Package syllable scans text into syllables: maximal runs of letters and
// digits, the unit ROUGE, the budgets and the IDF table share. Syllables
// are keyed by a hash that ignores letter case and tone-mark placement
// ("hòa"/"hoà", or a combining tone mark anywhere in the syllable).
package syllable

import (
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
)

// FNV-1a constants: a fast, stable hash so the IDF table and per-article
// vectors can key syllables without building lower-case strings.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// IsPart reports whether r belongs to a syllable: a letter or a number.
// Combining marks count too, so NFD text does not break a syllable apart.
func IsPart(r rune) bool { return isPart(letters.Of(r)) }

func isPart(x letters.Info) bool {
	return x.Class&(letters.Alpha|letters.Number|letters.Mark) != 0
}

// Next finds the first syllable of s at or after byte i. It returns the
// syllable's byte span and the hash of its lower-cased, tone-placement-free
// form; start == len(s) when there is none.
func Next(s string, i int) (start, end int, hash uint64) {
	lt := letters.Get()
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
		if isPart(lt.Of(r)) {
			break
		}
		i += n
	}
	start = i
	h := uint64(offset64)
	var tone letters.Tone
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
		x := lt.Of(r)
		if !isPart(x) {
			return start, i, withTone(h, tone)
		}
		if x.Fold != 0 {
			h = hashRune(h, x.Fold)
		}
		if x.Tone != letters.None {
			tone = x.Tone
		}
		i += n
	}
	return start, i, withTone(h, tone)
}

// withTone adds the syllable's tone; bytes 1–5 never occur in a syllable.
func withTone(h uint64, tone letters.Tone) uint64 {
	if tone == letters.None {
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
