package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Place-name keys. Every name in the gazetteer and every word of the text goes
// through foldWord, the one function that decides when two spellings are the
// same place, so the rules below apply to both sides alike:
//
//   - NFC and NFD input give the same key (decomposed words are composed first);
//   - case is ignored;
//   - the tone mark is taken off its vowel and appended as a control byte, so
//     tone placement does not matter (hòa = hoà, thủy = thuỷ);
//   - a final k is read as c (Đắk = Đắc, Lắk = Lắc);
//   - a closed syllable (final c, ch, p, t) written without a mark gets the
//     sắc mark it must carry (Đăk Nông = Đắk Nông);
//   - a final y after a consonant is read as i (Kỳ = Kì, Quy = Qui, Mỹ = Mĩ);
//   - the eth Ð, used for Đ in legacy text, is read as Đ.

// Tone codes appended to keys; control bytes never occur inside words.
const (
	toneNone byte = iota
	toneGrave
	toneAcute
	toneTilde
	toneHook
	toneDot
)

// foldRange covers Latin, Latin Extended and Vietnamese precomposed letters.
const foldRange = 0x1F00

// foldEntry is the lower-case toneless letter and the tone of one rune.
type foldEntry struct {
	base rune
	tone byte
}

// folder holds the rune table; it is built once with the gazetteer.
type folder struct {
	table [foldRange]foldEntry
}

func newFolder() *folder {
	f := new(folder)
	for r := rune(0); r < foldRange; r++ {
		// Only Latin letters carry Vietnamese marks; other scripts are
		// lower-cased by appendRune.
		if !unicode.IsLetter(r) || (r >= 0x250 && r < 0x1E00) {
			continue
		}
		lower := unicode.ToLower(r)
		if lower >= foldRange {
			continue
		}
		var rest []rune
		tone := toneNone
		for _, m := range norm.NFD.String(string(lower)) {
			switch m {
			case '\u0300':
				tone = toneGrave
			case '\u0301':
				tone = toneAcute
			case '\u0303':
				tone = toneTilde
			case '\u0309':
				tone = toneHook
			case '\u0323':
				tone = toneDot
			default:
				rest = append(rest, m)
			}
		}
		base := []rune(norm.NFC.String(string(rest)))
		if len(base) != 1 {
			base = []rune{lower}
			tone = toneNone
		}
		f.table[r] = foldEntry{base: base[0], tone: tone}
	}
	// Legacy text writes Đ as the Icelandic eth (Ðà Nẵng).
	f.table['Ð'] = foldEntry{base: 'đ'}
	f.table['ð'] = foldEntry{base: 'đ'}
	return f
}

// hasMarks reports whether w holds a combining mark (NFD or mixed input).
func hasMarks(w string) bool {
	for i := 0; i < len(w); i++ {
		// Combining diacritics U+0300–U+036F are encoded as 0xCC 0x80 – 0xCD 0xAF.
		if c := w[i]; c == 0xCC || (c == 0xCD && i+1 < len(w) && w[i+1] <= 0xAF) {
			return true
		}
	}
	return false
}

// foldWord appends the key of word w (a run of letters, digits and marks) to
// dst. scratch is reused for composing NFD input; both buffers are returned
// so callers can keep them between words without allocating.
func (f *folder) foldWord(dst, scratch []byte, w string) ([]byte, []byte) {
	start := len(dst)
	tone := toneNone
	if hasMarks(w) {
		scratch = norm.NFC.AppendString(scratch[:0], w)
		for i := 0; i < len(scratch); {
			r, n := utf8.DecodeRune(scratch[i:])
			i += n
			dst = f.appendRune(dst, r, &tone)
		}
	} else {
		for _, r := range w {
			dst = f.appendRune(dst, r, &tone)
		}
	}
	return f.finish(dst, start, tone), scratch
}

func (f *folder) appendRune(dst []byte, r rune, tone *byte) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	case r < foldRange:
		if e := f.table[r]; e.base != 0 {
			if e.tone != toneNone {
				*tone = e.tone
			}
			return utf8.AppendRune(dst, e.base)
		}
		if unicode.Is(unicode.Mn, r) {
			return dst // a stray mark NFC could not attach
		}
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// finish applies the spelling rules to the key dst[start:] and appends the tone.
func (f *folder) finish(dst []byte, start int, tone byte) []byte {
	key := dst[start:]
	n := len(key)
	if n >= 2 && key[n-1] == 'k' && isVowelEnd(key[:n-1]) {
		key[n-1] = 'c'
	}
	if tone == toneNone && n >= 2 && isVowelEnd(trimFinal(key)) && closedFinal(key) {
		tone = toneAcute
	}
	if n >= 2 && key[n-1] == 'y' {
		prev := key[:n-1]
		if !isVowelEnd(prev) || (n >= 3 && key[n-2] == 'u' && key[n-3] == 'q') {
			key[n-1] = 'i'
		}
	}
	if tone != toneNone {
		dst = append(dst, tone)
	}
	return dst
}

// closedFinal reports whether key ends in c, ch, p or t.
func closedFinal(key []byte) bool {
	n := len(key)
	switch key[n-1] {
	case 'c', 'p', 't':
		return true
	case 'h':
		return n >= 2 && key[n-2] == 'c'
	}
	return false
}

// trimFinal drops the final consonant letters of a closed syllable.
func trimFinal(key []byte) []byte {
	n := len(key)
	if n >= 2 && key[n-1] == 'h' && key[n-2] == 'c' {
		return key[:n-2]
	}
	return key[:n-1]
}

// isVowelEnd reports whether b ends with a Vietnamese vowel letter.
func isVowelEnd(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(b)
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư':
		return true
	}
	return false
}
