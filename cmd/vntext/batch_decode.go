package main

import (
	"bytes"
	"unicode/utf8"

	"github.com/vntext/vntext/normalize"
)

// batchDecode turns the bytes of an article or of a JSONL line into UTF-8.
// It is the one place where the commands meet legacy encodings.
//
// Valid UTF-8 is returned as is. Bytes that are mostly UTF-8 with a few
// broken sequences keep their good characters and get one U+FFFD for each
// run of broken bytes. Bytes with no multi-byte UTF-8 sequence at all are a
// legacy encoding: tokenize's detector picks TCVN3, VNI, VPS, VISCII or
// Windows-1258 and decodes; tone marks compose later, in normalization.
func batchDecode(b []byte) []byte {
	if utf8.Valid(b) { // the common case, checked at memory speed
		return b
	}
	if hasMultiByteRune(b) {
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
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
