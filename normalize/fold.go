package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
	"golang.org/x/text/unicode/norm"
)

// foldBase is the unmarked ASCII letter of each vowel base (a ă â → a ...).
var foldBase = [...]byte{'a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'}

// Fold returns the search key of s: Normalize(s) with every tone
// and vowel mark removed and đ/Đ written d/D; case, digits and punctuation
// are kept. Other Latin accents go too (café → cafe). Fold("Đắk Lắk") is
// "Dak Lak".
func Fold(s string) string {
	t := Normalize(s)
	i := 0
	for i < len(t) && t[i] < utf8.RuneSelf {
		i++
	}
	if i == len(t) {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	b.WriteString(t[:i])
	for _, r := range t[i:] {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case r == 'đ':
			b.WriteByte('d')
		case r == 'Đ':
			b.WriteByte('D')
		case letters.Vowel(r) != 0:
			v := letters.Vowel(r)
			c := foldBase[v&0xF-1]
			if v&0x10 != 0 {
				c -= 'a' - 'A'
			}
			b.WriteByte(c)
		default:
			foldOther(&b, r)
		}
	}
	return b.String()
}

// foldOther writes r without its combining marks (NFD, drop Mn).
func foldOther(b *strings.Builder, r rune) {
	if unicode.Is(unicode.Mn, r) {
		return
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFD.Properties(buf[:n]).Decomposition()
	if d == nil {
		b.WriteRune(r)
		return
	}
	for _, c := range string(d) {
		if !unicode.Is(unicode.Mn, c) {
			b.WriteRune(c)
		}
	}
}

// Slug returns the URL slug of s: Fold, lower case, every run of characters
// outside [a-z0-9] replaced by one '-', no '-' at either end.
// Slug("Đắk Lắk") is "dak-lak".
func Slug(s string) string {
	f := Fold(s)
	b := make([]byte, 0, len(f))
	dash := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = append(b, c)
			continue
		}
		dash = true
	}
	return string(b)
}

// Upper returns Normalize(s) in upper case. Normalizing first
// matters: a look-alike Ð/ð must become Đ/đ before the case mapping.
func Upper(s string) string {
	return strings.ToUpper(Normalize(s))
}

// Lower returns Normalize(s) in lower case (ÐÀ → đà, not ðà).
func Lower(s string) string {
	return strings.ToLower(Normalize(s))
}
