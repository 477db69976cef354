package entities

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The extractor scans text itself instead of calling the tokenizer: it needs
// every letter run and every punctuation mark as a separate token, with a
// folded key for case- and tone-placement-insensitive lexicon lookups, in one
// linear pass whatever the tokenizer decides to keep whole.

type xtokKind uint8

const (
	tkWord  xtokKind = iota + 1 // letters, possibly with digits (A1, 11km)
	tkNum                       // digits only
	tkPunct                     // one punctuation or symbol rune
)

type token struct {
	s, e   int    // byte offsets in the scanned (normalized) text
	key    string // lower-case, tone mark moved to a trailing digit
	kind   xtokKind
	cap    bool // first rune is upper-case
	allCap bool // every letter upper-case (UBND, HĐND, TP)
	digit  bool // a word with a digit (A1, QH15)
	sp     bool // white space (or start of text) before the token
	nl     bool // a line break before the token
}

// foldInfo maps a precomposed Latin rune to its lower-case form without the
// tone mark, and the tone (1 grave, 2 acute, 3 hook, 4 tilde, 5 dot below).
type foldInfo struct {
	base rune
	tone byte
}

const foldLimit = 0x1F00

// foldTable is built once from Unicode decompositions; it is read-only after
// package initialisation.
var foldTable = buildFoldTable()

func buildFoldTable() []foldInfo {
	t := make([]foldInfo, foldLimit)
	for r := rune(0); r < foldLimit; r++ {
		lr := unicode.ToLower(r)
		t[r] = foldInfo{base: lr}
		if r < 0xC0 {
			continue
		}
		d := []rune(norm.NFD.String(string(lr)))
		var tone byte
		kept := d[:0]
		for _, c := range d {
			switch c {
			case 0x300:
				tone = 1
			case 0x301:
				tone = 2
			case 0x309:
				tone = 3
			case 0x303:
				tone = 4
			case 0x323:
				tone = 5
			default:
				kept = append(kept, c)
			}
		}
		if tone == 0 {
			continue
		}
		b := []rune(norm.NFC.String(string(kept)))
		if len(b) == 1 {
			t[r] = foldInfo{base: b[0], tone: tone}
		}
	}
	return t
}

func isTokRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// foldWord appends the key of w to buf: lower case, tone marks removed and
// the tone written as a trailing digit, so "Hoà", "hòa" and "HÒA" share a key.
func foldWord(buf []byte, w string) []byte {
	var tone byte
	for _, r := range w {
		if r < foldLimit {
			f := foldTable[r]
			r = f.base
			if f.tone != 0 {
				tone = f.tone
			}
		} else {
			switch r {
			case 0x300:
				tone = 1
				continue
			case 0x301:
				tone = 2
				continue
			case 0x309:
				tone = 3
				continue
			case 0x303:
				tone = 4
				continue
			case 0x323:
				tone = 5
				continue
			}
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
	}
	if tone != 0 {
		buf = append(buf, '0'+tone)
	}
	return buf
}

// foldPhrase returns the space-joined keys of a phrase, for building lexicons.
func foldPhrase(p string) []string {
	toks := scan(p)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.key
	}
	return out
}

// quote runes are classified once: opening, closing or both.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '‟':
		return true
	}
	return false
}

// scan splits text into word, number and punctuation tokens. Keys point
// into one shared string, so a call allocates the token slice and one buffer.
func scan(text string) []token {
	toks := make([]token, 0, len(text)/4+1)
	type keySpan struct{ s, e int }
	spans := make([]keySpan, 0, cap(toks))
	buf := make([]byte, 0, len(text)+len(text)/4)
	sp, nl := true, false
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			sp = true
			if r == '\n' || r == '\r' {
				nl = true
			}
			i += n
			continue
		}
		start := i
		t := token{s: start, sp: sp, nl: nl}
		sp, nl = false, false
		if isTokRune(r) {
			digits, letters, upper := true, 0, 0
			for i < len(text) {
				r, n = utf8.DecodeRuneInString(text[i:])
				if !isTokRune(r) {
					// Keep R'Lấp and O'Neil whole.
					if (r == '\'' || r == '’') && i+n < len(text) && letters > 0 {
						r2, _ := utf8.DecodeRuneInString(text[i+n:])
						if unicode.IsLetter(r2) {
							i += n
							continue
						}
					}
					break
				}
				if unicode.IsLetter(r) {
					digits = false
					letters++
					if unicode.IsUpper(r) {
						upper++
					}
				}
				i += n
			}
			t.e = i
			if digits {
				t.kind = tkNum
			} else {
				t.kind = tkWord
				r0, _ := utf8.DecodeRuneInString(text[start:])
				t.cap = unicode.IsUpper(r0)
				t.allCap = letters >= 2 && upper == letters
				t.digit = letters < utf8.RuneCountInString(text[start:i])
			}
		} else {
			i += n
			t.e = i
			t.kind = tkPunct
		}
		ks := len(buf)
		if t.kind == tkPunct {
			if isQuote(r) {
				buf = append(buf, '"')
			} else {
				buf = append(buf, text[start:i]...)
			}
		} else {
			buf = foldWord(buf, text[start:i])
		}
		spans = append(spans, keySpan{ks, len(buf)})
		toks = append(toks, t)
	}
	keys := string(buf)
	for j := range toks {
		toks[j].key = keys[spans[j].s:spans[j].e]
	}
	return toks
}
