package vntext

import (
	"unicode/utf8"

	"github.com/vntext/vntext/normalize"
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
		return []byte(normalize.Decode(b, normalize.UTF8)) // U+FFFD per maximal subpart
	}
	return []byte(normalize.Decode(b, normalize.AutoDetect))
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
