package entities

import (
	"unicode/utf8"

	"github.com/vntext/vntext/normalize"
)

// normalized is the text the rules read and a map back to the caller's
// offsets.
type normalized struct {
	text string
	n    normalize.Normalized // zero when text is the input itself
	same bool
}

// span maps the span [s, e) of n.text to the span of in, the input,
// that holds it.
func (n *normalized) span(in string, s, e int) (int, int) {
	if n.same {
		return s, e
	}
	return n.n.OrigSpan(in, s, e)
}

// normalizeText returns text ready for the rules. Most news text needs
// nothing the scanner does not already do itself (its keys ignore case
// and tone placement, and it reads curly quotes and dashes), so such
// text skips the normalizer. Anything else (invisible characters,
// mis-decoded bytes, HTML entities, VIQR, look-alike letters, odd spaces)
// goes through normalize.NormalizeWithMap.
//
// The skip still pays after normalize's own fast path (measured with
// go test -bench 'Extract$|ExtractArticle$' -count 6, benchstat p=0.002):
// on the Extract benchmark text the normalizer rewrites tone placement
// (ủy → uỷ) and curly quotes, 573 µs, 607 allocations and 99 KiB where
// plainText takes 81 µs and none, and Extract without the skip reads 9%
// fewer syllables per CPU second with 60% more bytes allocated; on
// ExtractArticle's text it still costs twice the scan (241 µs and 27 KiB
// against 111 µs and none).
func normalizeText(text string) normalized {
	if plainText(text) {
		return normalized{text: text, same: true}
	}
	n := normalize.NormalizeWithMap(text)
	return normalized{text: n.Text, n: n}
}

// plainText reports whether text is valid UTF-8 made only of printable
// ASCII, line breaks, precomposed Vietnamese letters, curly quotes,
// dashes and the ellipsis, and contains at least one non-ASCII Vietnamese
// letter (pure ASCII could be VIQR).
func plainText(text string) bool {
	viet := false
	prev := rune(0)
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 0x20 && c < 0x7F:
				if c == '&' {
					return false // a character reference is possible
				}
			case c == '\n':
			default:
				return false // controls, tabs and CR are cleaned up
			}
			prev = rune(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return false
		case vietLetter(r):
			viet = true
		case r == 0x2013 || r == 0x2014 || r == 0x2018 || r == 0x2019 || r == 0x201C || r == 0x201D || r == 0x2026:
			if prev == 'Ã' || prev == 'â' {
				return false // UTF-8 read as Windows-1252 ("Ã“", "â€œ")
			}
		default:
			return false
		}
		prev = r
		i += n
	}
	return viet
}

// vietLetter reports a precomposed letter of the Vietnamese alphabet.
func vietLetter(r rune) bool {
	switch {
	case r >= 0x1EA0 && r <= 0x1EF9:
		return true
	case r >= 0xC0 && r <= 0xFD:
		switch r | 0x20 {
		case 'à', 'á', 'â', 'ã', 'è', 'é', 'ê', 'ì', 'í', 'ò', 'ó', 'ô', 'õ', 'ù', 'ú', 'ý':
			return true
		}
		return false
	}
	switch r {
	case 'Ă', 'ă', 'Đ', 'đ', 'Ĩ', 'ĩ', 'Ũ', 'ũ', 'Ơ', 'ơ', 'Ư', 'ư':
		return true
	}
	return false
}
