package normalize

import (
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
	"golang.org/x/text/unicode/norm"
)

// What the clean-up stage does with a rune.
const (
	cleanKeep = iota
	cleanDrop
	cleanSpace
	cleanNewline
	cleanCR
	cleanZWJ
	cleanMap      // replaced by the string cleanAction returns
	cleanInWord   // Cyrillic/Greek look-alike: Latin inside a word with Latin letters
	cleanASCIIOut // full-width form: r - 0xFEE0
)

// cleanAction classifies r for the clean-up stage (rules VN-NORM-1 §3–6).
func cleanAction(r rune) (int, string) {
	switch r {
	case ' ', '\t', 0xA0, 0x1680, 0x202F, 0x205F, 0x3000:
		return cleanSpace, ""
	case '\n', 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
		return cleanNewline, ""
	case '\r':
		return cleanCR, ""
	case 0x200D:
		return cleanZWJ, ""
	case 0x200B, 0x200C, 0x2060, 0xFEFF, 0xAD, 0x200E, 0x200F, 0x061C, 0x034F, 0x180E:
		return cleanDrop, ""
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC:
		return cleanMap, "'"
	case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB:
		return cleanMap, `"`
	case 0x2212, 0xFE58, 0xFE63:
		return cleanMap, "-"
	case 0x2026:
		return cleanMap, "..."
	case 0xFB01:
		return cleanMap, "fi"
	case 0xFB02:
		return cleanMap, "fl"
	}
	switch {
	case r < 0x20 || r >= 0x7F && r < 0xA0:
		return cleanDrop, ""
	case r < 0x80:
		return cleanKeep, ""
	case r >= 0x2000 && r <= 0x200A:
		return cleanSpace, ""
	case r >= 0x2010 && r <= 0x2015:
		return cleanMap, "-"
	case r >= 0x202A && r <= 0x202E, r >= 0x2061 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
		return cleanDrop, ""
	case r >= 0xFF01 && r <= 0xFF5E:
		return cleanASCIIOut, ""
	}
	if t := lookalikeAlways(r); t != 0 {
		return cleanMap, string(t)
	}
	if lookalikeInWord(r) != 0 {
		return cleanInWord, ""
	}
	return cleanKeep, ""
}

// isPictographic approximates Extended_Pictographic plus the emoji
// modifiers and VS16 that may sit before a ZWJ.
func isPictographic(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == 0xFE0F ||
		r >= 0x2190 && r <= 0x21FF || r >= 0x2B00 && r <= 0x2BFF || r == 0xA9 || r == 0xAE
}

func isLetterOrMark(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// cleanStage applies look-alikes, width, punctuation, invisible-character,
// line-break and space rules. keepLines keeps every line break. mid says s
// continues a line after visible text (a run inside a document, see
// pipelineRuns). needNFC reports a change right before a rune that may
// compose with what precedes it (a dropped ZWSP between e and U+0301), so
// the text needs NFC again.
func cleanStage(s string, m []int32, track, keepLines, mid bool) (out string, outMap []int32, needNFC bool) {
	w := newNormWriter(s, m, track)
	var (
		pendSpace = -1 // offset of a pending space, -1 when none
		pendNL    = 0  // pending line breaks (without keepLines; with it they are written at once)
		nlAt      [2]int
		prevVis   rune // last visible rune emitted (0 after space/line break)
		textStart = !mid
		lineStart = !mid
		// the word around the last look-alike checked, and whether it has Latin letters
		wordHi    = -1
		wordLatin bool
	)
	flush := func() {
		if pendNL > 0 {
			// At most two line breaks (a paragraph break) survive, each
			// mapped to its own source; none before the text.
			if !textStart {
				for k := range min(pendNL, 2) {
					w.emitByte('\n', nlAt[k])
				}
			}
		} else if pendSpace >= 0 {
			w.emitByte(' ', pendSpace)
		}
		pendNL, pendSpace = 0, -1
	}
	for i := 0; i < len(s); {
		if j, last := plainRun(s, i); j > i {
			// Visible ASCII and Vietnamese letters are copied as they are.
			flush()
			w.copyIn(i, j)
			prevVis = last
			textStart, lineStart = false, false
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		act, repl := cleanAction(r)
		if act != cleanKeep && act != cleanSpace && !needNFC && i+size < len(s) && s[i+size] >= 0xCC {
			needNFC = !norm.NFC.PropertiesString(s[i+size:]).BoundaryBefore()
		}
		switch act {
		case cleanSpace:
			if pendSpace < 0 && pendNL == 0 && !lineStart {
				pendSpace = i
			}
			prevVis = 0
		case cleanCR, cleanNewline:
			if act == cleanCR && i+1 < len(s) && s[i+1] == '\n' {
				break // the LF that follows is the line break
			}
			pendSpace = -1
			if keepLines {
				w.emitByte('\n', i)
				prevVis = 0
				lineStart = true
				break
			}
			if pendNL < 2 {
				nlAt[pendNL] = i
			}
			pendNL++
			prevVis = 0
			lineStart = true
		case cleanDrop:
		case cleanZWJ:
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if isPictographic(prevVis) && isPictographic(next) {
				flush()
				w.copyIn(i, i+size)
				textStart, lineStart = false, false
			}
		default:
			flush()
			switch act {
			case cleanKeep:
				w.copyIn(i, i+size)
			case cleanMap:
				w.emit(repl, i)
			case cleanASCIIOut:
				w.emitByte(byte(r-0xFEE0), i)
			case cleanInWord:
				if i >= wordHi {
					_, wordHi, wordLatin = lookalikeWordSpan(s, i)
				}
				if wordLatin {
					w.emitRune(lookalikeInWord(r), i)
				} else {
					w.copyIn(i, i+size)
				}
			}
			prevVis = r
			textStart, lineStart = false, false
		}
		i += size
	}
	if keepLines {
		pendSpace = -1
		flush()
	}
	out, outMap = w.result()
	return out, outMap, needNFC
}

// plainRun returns the end of the run at i of bytes the clean-up stage
// keeps as they are (visible ASCII, Vietnamese letters) and its last rune.
func plainRun(s string, i int) (int, rune) {
	var last rune
	for i < len(s) {
		c := s[i]
		if c > ' ' && c < 0x7F {
			last = rune(c)
			i++
			continue
		}
		if c < 0xC3 || c > 0xE1 {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if letters.Vowel(r) == 0 && r != 'đ' && r != 'Đ' {
			break
		}
		last = r
		i += size
	}
	return i, last
}

// lookalikeWordSpan returns the word (letters and marks) around offset i and whether
// it has a Latin letter.
func lookalikeWordSpan(s string, i int) (lo, hi int, latin bool) {
	lo = i
	for lo > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:lo])
		if !isLetterOrMark(r) {
			break
		}
		lo -= size
	}
	hi = i
	for hi < len(s) {
		r, size := utf8.DecodeRuneInString(s[hi:])
		if !isLetterOrMark(r) {
			break
		}
		hi += size
	}
	for _, r := range s[lo:hi] {
		if unicode.Is(unicode.Latin, r) {
			return lo, hi, true
		}
	}
	return lo, hi, false
}

// toneStage places tone marks word by word and maps caron letters (ǎ) to
// the breve when the word is then a Vietnamese syllable.
func toneStage(s string, m []int32, track bool, style ToneStyle) (string, []int32) {
	w := newNormWriter(s, m, track)
	last := 0
	var buf [letters.MaxSyllableLetters]letters.Letter
	for i := 0; i < len(s); {
		// Scan one word, learning its shape; foreign letters make it a
		// word that never changes.
		j := i
		var shape wordShape
		foreign, caron := false, false
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				cls := normASCII[c]
				if cls&ncLetter == 0 {
					break
				}
				if cls&ncVowel != 0 {
					shape.vowel(uint8(letters.VowelASCII(c)) + 1)
				} else {
					shape.consonant(c | 0x20)
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if v := letters.Vowel(r); v != 0 {
				shape.vowel(v)
			} else if r == 'đ' || r == 'Đ' {
				shape.consonant(0)
			} else if r == 'ǎ' || r == 'Ǎ' {
				caron = true
			} else if isLetterOrMark(r) {
				foreign = true
			} else {
				break
			}
			j += size
		}
		if j == i {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if !foreign && (caron || !shape.settled()) {
			if ls, ok := letters.WordLetters(s[i:j], &buf); ok && fixSyllable(ls, style) {
				w.copyIn(last, i)
				var b [4 * letters.MaxSyllableLetters]byte
				n := 0
				for _, l := range ls {
					n += utf8.EncodeRune(b[n:], l.Rune())
				}
				w.emit(string(b[:n]), i)
				last = j
			}
		}
		i = j
	}
	w.copyIn(last, len(s))
	return w.result()
}
