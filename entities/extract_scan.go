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
	id     uint32 // key's id in the lexicons' vocabulary; 0: in none (Extractor.scan)
	kind   xtokKind
	cap    bool // first rune is upper-case
	allCap bool // every letter upper-case (UBND, HĐND, TP)
	digit  bool // a word with a digit (A1, QH15)
	camel  bool // an upper-case letter after a lower-case one (OceanBank, iPhone)
	sp     bool // white space (or start of text) before the token
	nl     bool // a line break before the token
}

// foldInfo maps a rune below foldLimit to its lower-case form without the
// tone mark, the tone (1 grave, 2 acute, 3 hook, 4 tilde, 5 dot below) and
// its character class, so the scanner asks one table per rune.
type foldInfo struct {
	base  rune
	tone  byte
	class runeClass
}

type runeClass uint8

const (
	rcSpace runeClass = 1 << iota
	rcNewline
	rcLetter
	rcUpper
	rcDigit
	rcMark // a combining mark: part of the word
	rcTone // a combining tone mark: folded into the tone digit
)

const foldLimit = 0x1F00

// foldTable is built once from Unicode decompositions; it is read-only after
// package initialisation.
var foldTable = buildFoldTable()

func buildFoldTable() []foldInfo {
	t := make([]foldInfo, foldLimit)
	for r := rune(0); r < foldLimit; r++ {
		lr := unicode.ToLower(r)
		t[r] = foldInfo{base: lr, class: classify(r)}
		if tone := combiningTone(r); tone != 0 {
			t[r] = foldInfo{tone: tone, class: rcMark | rcTone}
			continue
		}
		if r < 0xC0 {
			continue
		}
		d := []rune(norm.NFD.String(string(lr)))
		var tone byte
		kept := d[:0]
		for _, c := range d {
			if ct := combiningTone(c); ct != 0 {
				tone = ct
			} else {
				kept = append(kept, c)
			}
		}
		if tone == 0 {
			continue
		}
		b := []rune(norm.NFC.String(string(kept)))
		if len(b) == 1 {
			t[r].base, t[r].tone = b[0], tone
		}
	}
	return t
}

func combiningTone(r rune) byte {
	switch r {
	case 0x300:
		return 1
	case 0x301:
		return 2
	case 0x309:
		return 3
	case 0x303:
		return 4
	case 0x323:
		return 5
	}
	return 0
}

func classify(r rune) runeClass {
	var c runeClass
	switch {
	case r == '\n' || r == '\r':
		c = rcSpace | rcNewline
	case unicode.IsSpace(r):
		c = rcSpace
	case unicode.IsLetter(r):
		c = rcLetter
		if unicode.IsUpper(r) {
			c |= rcUpper
		}
	case unicode.IsDigit(r):
		c = rcDigit
	case unicode.Is(unicode.Mn, r):
		c = rcMark
	}
	return c
}

// runeInfo returns the fold information of any rune.
func runeInfo(r rune) foldInfo {
	if r < foldLimit {
		return foldTable[r]
	}
	if r == '’' {
		return foldInfo{base: '\'', class: 0} // R’Lấp as the normalizer writes it
	}
	return foldInfo{base: unicode.ToLower(r), class: classify(r)}
}

// foldWord appends the key of w to buf: lower case, tone marks removed and
// the tone written as a trailing digit, so "Hoà", "hòa" and "HÒA" share a key.
func foldWord(buf []byte, w string) []byte {
	var tone byte
	for _, r := range w {
		f := runeInfo(r)
		if f.tone != 0 {
			tone = f.tone
		}
		if f.class&rcTone == 0 {
			buf = appendRune(buf, f.base)
		}
	}
	if tone != 0 {
		buf = append(buf, '0'+tone)
	}
	return buf
}

func appendRune(buf []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(buf, byte(r))
	}
	return utf8.AppendRune(buf, r)
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

// decodeRune is utf8.DecodeRuneInString(text[i:]) with the ASCII case
// inline.
func decodeRune(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decodeMulti(text, i)
}

// decodeMulti decodes the two- and three-byte sequences of Vietnamese
// letters directly (U+0080–U+07FF; U+1000–U+CFFF and U+E000–U+FFFF, whose
// lead bytes take any continuation bytes) and leaves every other case,
// including invalid input, to utf8.DecodeRuneInString.
func decodeMulti(text string, i int) (rune, int) {
	c := text[i]
	switch {
	case c >= 0xC2 && c <= 0xDF && i+1 < len(text):
		if b1 := text[i+1]; b1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(b1&0x3F), 2
		}
	case (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) && i+2 < len(text):
		if b1, b2 := text[i+1], text[i+2]; b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(text[i:])
}

// scan splits text into word, number and punctuation tokens. Keys point
// into one shared string, so a call allocates the token slice and one
// buffer; every rune is decoded, classified and folded once.
func scan(text string) []token {
	var sb scanBuffers
	return sb.scan(text)
}

// scanBuffers are scan's slices, kept between the calls of one Extractor
// pass pool (extract_pool.go).
type scanBuffers struct {
	toks    []token
	keyEnds []int // end of each key in buf
	buf     []byte
}

// scan is the package scan reusing sb's slices; the tokens are sb.toks
// until the next call.
func (sb *scanBuffers) scan(text string) []token {
	toks := reuse(sb.toks, len(text)/4+1)
	keyEnds := reuse(sb.keyEnds, cap(toks))
	buf := reuse(sb.buf, len(text)+len(text)/4)
	sp, nl := true, false
	i := 0
	for i < len(text) {
		r, n := rune(text[i]), 1 // decodeRune, inlined by hand: the hottest loop
		if r >= utf8.RuneSelf {
			r, n = decodeMulti(text, i)
		}
		f := runeInfo(r)
		if f.class&rcSpace != 0 {
			sp = true
			if f.class&rcNewline != 0 {
				nl = true
			}
			i += n
			continue
		}
		start := i
		t := token{s: start, sp: sp, nl: nl}
		sp, nl = false, false
		if f.class&(rcLetter|rcDigit|rcMark) != 0 {
			letters, upper, runes := 0, 0, 0
			var tone byte
			lower := false
			for i < len(text) {
				r, n = rune(text[i]), 1
				if r >= utf8.RuneSelf {
					r, n = decodeMulti(text, i)
				}
				f = runeInfo(r)
				if f.class&(rcLetter|rcDigit|rcMark) == 0 {
					// Keep R'Lấp and O'Neil whole.
					if (r == '\'' || r == '’') && i+n < len(text) && letters > 0 {
						r2, _ := decodeRune(text, i+n)
						if runeInfo(r2).class&rcLetter != 0 {
							buf = append(buf, '\'')
							runes++
							i += n
							continue
						}
					}
					break
				}
				runes++
				if f.class&rcLetter != 0 {
					letters++
					if f.class&rcUpper != 0 {
						upper++
						t.camel = t.camel || lower
					} else {
						lower = true
					}
				}
				if f.tone != 0 {
					tone = f.tone
				}
				if f.class&rcTone == 0 {
					buf = appendRune(buf, f.base)
				}
				i += n
			}
			if tone != 0 {
				buf = append(buf, '0'+tone)
			}
			t.e = i
			if letters == 0 {
				t.kind = tkNum
			} else {
				t.kind = tkWord
				r0, _ := decodeRune(text, start)
				t.cap = runeInfo(r0).class&rcUpper != 0
				t.allCap = letters >= 2 && upper == letters
				t.digit = letters < runes
			}
		} else {
			i += n
			t.e = i
			t.kind = tkPunct
			switch {
			case isQuote(r):
				buf = append(buf, '"')
			case r == '‘' || r == '’':
				buf = append(buf, '\'')
			case r >= 0x2010 && r <= 0x2015:
				buf = append(buf, '-') // as the normalizer writes dashes
			default:
				buf = append(buf, text[start:i]...)
			}
		}
		keyEnds = append(keyEnds, len(buf))
		toks = append(toks, t)
	}
	keys := string(buf)
	ks := 0
	for j := range toks {
		toks[j].key = keys[ks:keyEnds[j]]
		ks = keyEnds[j]
	}
	sb.toks, sb.keyEnds, sb.buf = toks, keyEnds, buf
	return toks
}

// reuse returns s emptied, or a new slice of capacity n when s is smaller.
func reuse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}
