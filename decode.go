package vntext

import (
	"unicode/utf8"

	"github.com/vntext/vntext/tokenize"
)

// Decode turns the bytes of an article, a JSONL line or a request body into
// UTF-8. It is the one place where vntext meets other encodings: the front
// ends decode what they read with it, and Analyze decodes a Doc.Text that
// is not UTF-8 with it; offsets then index the decoded text (Result.Text).
//
// Valid UTF-8 is returned as is. Bytes that are mostly UTF-8 with a few
// broken sequences keep their good characters, and each maximal subpart of
// a broken sequence becomes one U+FFFD (the Unicode Standard's recommended
// practice, section 3.9, which browsers' TextDecoder follows, so a
// JavaScript client decoding the same bytes gets the same text and
// offsets). Bytes with no multi-byte UTF-8 sequence at all are a legacy
// encoding: tokenize's detector picks TCVN3, VNI, VPS, VISCII or
// Windows-1258 and decodes; tone marks compose later, in normalization.
func Decode(b []byte) []byte {
	if utf8.Valid(b) { // the common case, checked at memory speed
		return b
	}
	if hasMultiByteRune(b) {
		return toValidUTF8(b)
	}
	return []byte(tokenize.Decode(b, tokenize.AutoDetect))
}

// toValidUTF8 replaces each maximal subpart of an ill-formed sequence with
// U+FFFD.
func toValidUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			out = append(out, b[i])
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			out = append(out, b[i:i+n]...)
			i += n
			continue
		}
		out = append(out, "\uFFFD"...)
		i += maximalSubpart(b[i:])
	}
	return out
}

// maximalSubpart returns the length of the longest prefix of b that starts
// a well-formed UTF-8 sequence (at least 1): the bytes one U+FFFD stands
// for. The ranges are those of Table 3-7 of the Unicode Standard.
func maximalSubpart(b []byte) int {
	lo, hi := byte(0x80), byte(0xBF)
	var need int
	switch c := b[0]; {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	n := 1
	for ; n <= need && n < len(b); n++ {
		if b[n] < lo || b[n] > hi {
			break
		}
		lo, hi = 0x80, 0xBF // only the second byte has narrower ranges
	}
	return n
}

// hasMultiByteRune reports whether b holds at least one valid UTF-8 sequence
// of two or more bytes, the sign of a UTF-8 text with some damage rather
// than a legacy one.
func hasMultiByteRune(b []byte) bool {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r != utf8.RuneError && n > 1 {
			return true
		}
		b = b[n:]
	}
	return false
}
