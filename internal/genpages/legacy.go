package main

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/normalize"
)

// legacyEncoder writes NFC text in an old Vietnamese encoding. Its tables
// are the inverse of the project's own decoders (normalize.Decode), found by
// decoding every short byte sequence, so the pages are written exactly the
// way the library reads them back.
type legacyEncoder struct {
	enc   normalize.Encoding
	table map[rune][]byte
}

// vietLetters are the letters the encoders must cover.
var vietLetters = func() []rune {
	var out []rune
	for _, base := range "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" {
		for _, tone := range []rune{0, 0x300, 0x301, 0x303, 0x309, 0x323} {
			s := string(base)
			if tone != 0 {
				s += string(tone)
			}
			out = append(out, []rune(norm.NFC.String(s))[0])
		}
	}
	return append(out, 'đ', 'Đ')
}()

func newLegacyEncoder(enc normalize.Encoding) (*legacyEncoder, error) {
	e := &legacyEncoder{enc: enc, table: map[rune][]byte{}}
	if enc == normalize.CP1258 {
		return e, nil // composed from charmap below
	}
	want := map[rune]bool{}
	for _, r := range vietLetters {
		want[r] = true
	}
	try := func(b []byte) {
		s := []rune(norm.NFC.String(normalize.Decode(b, enc)))
		if len(s) != 1 || !want[s[0]] {
			return
		}
		if old, ok := e.table[s[0]]; !ok || len(b) < len(old) {
			e.table[s[0]] = append([]byte(nil), b...)
		}
	}
	var alphabet []byte
	for b := 1; b < 256; b++ {
		if b >= 0x80 || b < 0x20 || strings.ContainsRune("aeiouyAEIOUYdD", rune(b)) {
			alphabet = append(alphabet, byte(b))
		}
	}
	for _, a := range alphabet {
		try([]byte{a})
		for _, b := range alphabet {
			try([]byte{a, b})
		}
	}
	for _, a := range []byte("aeiouyAEIOUY") {
		for _, b := range alphabet {
			for _, c := range alphabet {
				try([]byte{a, b, c})
			}
		}
	}
	// TCVN3 has no code for capitals with a tone mark: old pages used the
	// small letter's code in a capitals font, as written here.
	for _, r := range vietLetters {
		if _, ok := e.table[r]; !ok {
			if low, ok := e.table[unicode.ToLower(r)]; ok {
				e.table[r] = low
			} else if r >= 0x80 {
				return nil, fmt.Errorf("genpages: %s has no code for %q", enc, r)
			}
		}
	}
	return e, nil
}

// tones are the combining tone marks Windows-1258 writes after a letter.
var tones = map[rune]bool{0x300: true, 0x301: true, 0x303: true, 0x309: true, 0x323: true}

// encode writes an HTML page s in the encoding; a character the encoding
// lacks becomes a character reference.
func (e *legacyEncoder) encode(s string) ([]byte, error) {
	var out []byte
	enc1258 := charmap.Windows1258.NewEncoder()
	for _, r := range norm.NFC.String(s) {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		if e.enc != normalize.CP1258 {
			if b, ok := e.table[r]; ok {
				out = append(out, b...)
				continue
			}
		}
		if e.enc != normalize.CP1258 {
			// Not a Vietnamese letter: a character reference, as the pages
			// of the time wrote such symbols.
			out = fmt.Appendf(out, "&#%d;", r)
			continue
		}
		// Windows-1258: the letter without its tone, then the combining
		// tone.
		var base, tone []rune
		for _, d := range norm.NFD.String(string(r)) {
			if tones[d] {
				tone = append(tone, d)
			} else {
				base = append(base, d)
			}
		}
		for _, part := range []string{norm.NFC.String(string(base)), string(tone)} {
			if part == "" {
				continue
			}
			b, err := enc1258.Bytes([]byte(part))
			if err != nil {
				// Not in the code page: an HTML character reference, as
				// the pages of the time wrote such symbols.
				out = fmt.Appendf(out, "&#%d;", r)
				break
			}
			out = append(out, b...)
		}
	}
	return out, nil
}
