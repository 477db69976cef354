package normalize

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
	"golang.org/x/text/unicode/norm"
)

// maxEntity bounds an HTML character reference ("&CounterClockwiseContourIntegral;").
const maxEntity = 40

// entityStage decodes one level of HTML character references (&#7879;,
// &#x1EC7;, &agrave;). A reference needs its closing semicolon; anything
// else is left as written.
func entityStage(s string, m []int32, track bool) (string, []int32) {
	if strings.IndexByte(s, '&') < 0 || !hasEntityEvidence(s) {
		return s, m
	}
	return decodeEntities(s, m, track)
}

// decodeEntities is entityStage once the text has evidence of HTML.
func decodeEntities(s string, m []int32, track bool) (string, []int32) {
	w := newNormWriter(s, m, track)
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		j := entityEnd(s[i:])
		if j < 0 {
			continue
		}
		ref := s[i : i+j]
		dec := html.UnescapeString(ref)
		if dec == ref || ref == "&amp;" && createsReference(s[i+j:]) {
			continue
		}
		w.copyIn(last, i)
		w.emit(dec, i)
		last = i + j
		i += j - 1
	}
	w.copyIn(last, len(s))
	return w.result()
}

// createsReference reports whether a decoded "&" followed by rest would be
// a live reference other than &amp; ("&amp;lt;" → "&lt;"). Such an &amp; is
// kept, so normalizing the output again cannot decode a second level.
func createsReference(rest string) bool {
	probe := "&" + rest[:min(len(rest), maxEntity)]
	j := entityEnd(probe)
	return j > 0 && probe[:j] != "&amp;" && html.UnescapeString(probe[:j]) != probe[:j]
}

// hasEntityEvidence reports whether s has a character reference other than
// &amp;. Text whose only reference is &amp; is not treated as HTML: that
// keeps a decoded "&amp;amp;" (→ "&amp;") stable when normalized again.
func hasEntityEvidence(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		if j := entityEnd(s[i:]); j > 0 && s[i:i+j] != "&amp;" && html.UnescapeString(s[i:i+j]) != s[i:i+j] {
			return true
		}
	}
	return false
}

// entityEnd returns the length of the reference at the start of s, or -1.
func entityEnd(s string) int {
	k := 1
	if k < len(s) && s[k] == '#' {
		k++
		if k < len(s) && (s[k] == 'x' || s[k] == 'X') {
			k++
		}
	}
	start := k
	for k < len(s) && k < maxEntity && (normASCII[s[k]]&ncLetter != 0 || s[k] >= '0' && s[k] <= '9') {
		k++
	}
	if k == start || k >= len(s) || s[k] != ';' {
		return -1
	}
	return k + 1
}

// mojibakeStage repairs UTF-8 that was decoded as Windows-1252, Latin-1 or
// Windows-1258 (once or twice), word by word so correct text around a
// damaged segment is kept. A word is re-encoded and accepted when the bytes
// are valid UTF-8 with fewer debris characters.
func mojibakeStage(s string, m []int32, track bool) (string, []int32) {
	if !maybeMojibake(s) {
		return s, m
	}
	return repairMojibake(s, m, track, mojibakeEvidence(s))
}

// mojibakeEvidence reports whether some word of s is repaired the ordinary
// way (without the NBSP rule).
func mojibakeEvidence(s string) bool {
	for i := 0; i < len(s); i = wordEnd(s, i) + 1 {
		if _, ok := repairWord(s[i:wordEnd(s, i)]); ok {
			return true
		}
	}
	return false
}

// repairMojibake is mojibakeStage on text that may hold mojibake; evidence
// is mojibakeEvidence of the whole text.
func repairMojibake(s string, m []int32, track, evidence bool) (string, []int32) {
	w := newNormWriter(s, m, track)
	last := 0
	for i := 0; i < len(s); {
		if isNormSpace(s[i]) {
			i++
			continue
		}
		j := wordEnd(s, i)
		word := s[i:j]
		fixed, ok := repairWord(word)
		if j < len(s) && s[j] == ' ' && s[j-1] >= utf8.RuneSelf && (!ok || debrisCount(fixed) > 0) &&
			(evidence && j+1 < len(s) && s[j+1] == ' ' || innerCapitalAtEnd(word)) {
			// Pipelines that turn NBSP into a space break "à" (C3 A0, shown
			// "Ã\u00A0") and "Ơ" (C6 A0): try the word with its NBSP back
			// when the damage shows ("vÃ" with an inner capital, or two
			// spaces in text with other mojibake), not on a capital word
			// such as "XÃ".
			if f, ok2 := repairWord(word + "\u00A0"); ok2 && debrisCount(f) == 0 {
				fixed, ok = f, true
			}
		}
		if ok {
			// Repair leaves ASCII alone: the word's unchanged ASCII ends are
			// copied, so offsets inside the word ("Nguyá»…n" → "Nguyễn",
			// the full stop after it) keep their own place in the map.
			p, q := asciiAffixes(word, fixed)
			w.copyIn(last, i+p)
			w.emit(fixed[p:len(fixed)-q], i+p)
			last = j - q
		}
		i = j
	}
	w.copyIn(last, len(s))
	return w.result()
}

// asciiAffixes returns the lengths of the longest ASCII prefix and suffix
// that a and b share, not overlapping in either.
func asciiAffixes(a, b string) (p, q int) {
	for p < len(a) && p < len(b) && a[p] == b[p] && a[p] < utf8.RuneSelf {
		p++
	}
	for q < len(a)-p && q < len(b)-p && a[len(a)-1-q] == b[len(b)-1-q] && a[len(a)-1-q] < utf8.RuneSelf {
		q++
	}
	return p, q
}

// wordEnd returns the end of the word (run of non-space bytes) at i.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) && !isNormSpace(s[j]) {
		j++
	}
	return j
}

// innerCapitalAtEnd reports a word whose last letter is upper case after a
// lower-case letter ("vÃ", "nhÃ"): no Vietnamese word is written so.
func innerCapitalAtEnd(w string) bool {
	r, size := utf8.DecodeLastRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(w[:len(w)-size])
	return unicode.IsLower(p)
}

func isNormSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// maybeMojibake reports whether s has a rune that could be a UTF-8 lead
// byte followed by one that could be a continuation byte.
func maybeMojibake(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != 0xC3 && c != 0xC4 && c != 0xC2 {
			continue
		}
		// U+00C2..U+00FF and U+0100..U+013F start with C3/C4; º and » with C2.
		r, size := utf8.DecodeRuneInString(s[i:])
		if i+size >= len(s) {
			return false
		}
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		if (r >= 0xC2 && r <= 0xF4 || r == 'Ă') && isContLike(next) {
			return true
		}
		if next == ' ' && (r == 'Ã' || r == 'Æ' || r == 'º' || r == '»') {
			return true // à, Ơ, Ạ, Ỡ whose NBSP became a space
		}
	}
	return false
}

func isContLike(r rune) bool {
	return r >= 0x80 && r <= 0xBF || cp1252Special(r)
}

// repairWord undoes up to three rounds of mis-decoding.
func repairWord(word string) (string, bool) {
	if !maybeMojibake(word) {
		return word, false
	}
	cur, changed := word, false
	for range 3 {
		best, ok := "", false
		for _, enc := range []func(rune) (byte, bool){encodeCP1252, encodeLatin1, encodeCP1258} {
			b, enc := reencode(cur, enc)
			if !enc || !utf8.Valid(b) {
				continue
			}
			if t := string(b); debrisCount(t) < debrisCount(cur) {
				best, ok = t, true
				break
			}
		}
		if !ok {
			break
		}
		cur, changed = best, true
	}
	return cur, changed
}

func encodeLatin1(r rune) (byte, bool) { return byte(r), r < 0x100 }

// reencode encodes s to bytes with enc; ok is false when a rune has no byte
// or nothing but ASCII would change.
func reencode(s string, enc func(rune) (byte, bool)) ([]byte, bool) {
	b := make([]byte, 0, len(s))
	high := false
	for _, r := range s {
		c, ok := enc(r)
		if !ok {
			return nil, false
		}
		if c >= 0x80 {
			high = true
		}
		b = append(b, c)
	}
	return b, high
}

// debrisCount counts runes that are neither ASCII, Vietnamese letters nor
// combining marks: what mojibake leaves behind (» ‡ ¡ Ä Æ C1 controls NBSP).
func debrisCount(s string) int {
	n := 0
	for _, r := range s {
		if r < utf8.RuneSelf || letters.Vowel(r) != 0 || r == 'đ' || r == 'Đ' || r >= 0x300 && r < 0x370 {
			continue
		}
		n++
	}
	return n
}

// nfcStage composes s to NFC, keeping the offset map.
func nfcStage(s string, m []int32, track bool) (string, []int32) {
	if nfcIsNormal(s) {
		return s, m
	}
	if t, tm, ok := composeVietnamese(s, m, track); ok && nfcIsNormal(t) {
		return t, tm
	}
	if !track {
		return norm.NFC.String(s), nil
	}
	w := newNormWriter(s, m, track)
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		w.emit(string(seg), start)
	}
	return w.result()
}

// composeVietnamese is NFC for Vietnamese vowels followed by Vietnamese
// combining marks (NFD text, "Unicode tổ hợp", any mark order), without
// x/text's general machinery. ok is false for anything else (a mark after a
// consonant, two tones, other marks), and the caller uses x/text.
func composeVietnamese(s string, m []int32, track bool) (string, []int32, bool) {
	w := newNormWriter(s, m, track)
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		if j >= len(s) || s[j] != 0xCC && s[j] != 0xCD {
			w.copyIn(i, j)
			i = j
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		l, ok := letters.DecodeLetter(r)
		if !ok || l.Base < 0 || l.Caron {
			return "", nil, false
		}
		modified := false
		for j < len(s) && (s[j] == 0xCC || s[j] == 0xCD) {
			mark, size := utf8.DecodeRuneInString(s[j:])
			if t := letters.CombiningTone(mark); t != letters.None {
				if l.Tone != 0 {
					return "", nil, false
				}
				l.Tone = t
			} else if b := modifiedVowel(l.Base, mark); b >= 0 && !modified {
				l.Base, modified = b, true
			} else {
				return "", nil, false
			}
			j += size
		}
		w.emitRune(l.Rune(), i)
		i = j
	}
	t, tm := w.result()
	return t, tm, true
}

// modifiedVowel returns the vowel base that mark (circumflex, breve, horn)
// makes of base, or -1.
func modifiedVowel(base int8, mark rune) int8 {
	switch {
	case mark == 0x302 && base == letters.A:
		return letters.Â
	case mark == 0x302 && base == letters.E:
		return letters.Ê
	case mark == 0x302 && base == letters.O:
		return letters.Ô
	case mark == 0x306 && base == letters.A:
		return letters.Ă
	case mark == 0x31B && base == letters.O:
		return letters.Ơ
	case mark == 0x31B && base == letters.U:
		return letters.Ư
	}
	return -1
}

// nfcIsNormal reports whether s is NFC. Text made of ASCII, precomposed
// Latin letters, Vietnamese letters and common punctuation is settled
// without x/text's per-rune trie lookups.
func nfcIsNormal(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0xA0 && r <= 0x1B0 || r >= 0x1EA0 && r <= 0x1EF9 || r >= 0x2010 && r <= 0x206F {
			i += size
			continue
		}
		// Everything before is NFC and ends with a starter: check from it.
		// QuickSpanString first: IsNormalString allocates on every call.
		_, prev := utf8.DecodeLastRuneInString(s[:i])
		rest := s[i-prev:]
		return norm.NFC.QuickSpanString(rest) == len(rest) || norm.NFC.IsNormalString(rest)
	}
	return true
}
