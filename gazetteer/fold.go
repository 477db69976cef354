package gazetteer

import (
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
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

// foldWord appends the key of word w (a run of letters, digits and marks) to
// dst. scratch is reused for composing NFD input; both buffers are returned
// so callers can keep them between words without allocating.
func foldWord(dst, scratch []byte, w string) ([]byte, []byte) {
	start := len(dst)
	tone := letters.None
	lt := letters.Get()
	if letters.HasMarks(w) {
		scratch = norm.NFC.AppendString(scratch[:0], w)
		for i := 0; i < len(scratch); {
			r, n := utf8.DecodeRune(scratch[i:])
			i += n
			dst = appendRune(lt, dst, r, &tone)
		}
	} else {
		for _, r := range w {
			dst = appendRune(lt, dst, r, &tone)
		}
	}
	return finish(dst, start, tone), scratch
}

func appendRune(lt *letters.Table, dst []byte, r rune, tone *letters.Tone) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	case r == 'Ð' || r == 'ð':
		return append(dst, "đ"...) // legacy text writes Đ as the Icelandic eth (Ðà Nẵng)
	}
	x := lt.Of(r)
	switch {
	case x.IsToneMark(), x.Class&letters.Mark != 0:
		return dst // a stray mark NFC could not attach
	case x.Tone != letters.None:
		*tone = x.Tone
	}
	return utf8.AppendRune(dst, x.Fold)
}

// finish applies the spelling rules to the key dst[start:] and appends the tone.
func finish(dst []byte, start int, tone letters.Tone) []byte {
	key := dst[start:]
	n := len(key)
	if n >= 2 && key[n-1] == 'k' && isVowelEnd(key[:n-1]) {
		key[n-1] = 'c'
	}
	if tone == letters.None && n >= 2 && isVowelEnd(trimFinal(key)) && closedFinal(key) {
		tone = letters.Acute
	}
	if n >= 2 && key[n-1] == 'y' {
		prev := key[:n-1]
		if !isVowelEnd(prev) || (n >= 3 && key[n-2] == 'u' && key[n-3] == 'q') {
			key[n-1] = 'i'
		}
	}
	if tone != letters.None {
		dst = append(dst, byte(tone)) // a control byte: never inside a word
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
