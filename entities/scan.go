package entities

import (
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
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

// foldKey returns the key of one word (letters.AppendKey), as scan writes it.
func foldKey(w string) string { return string(letters.AppendKey(nil, w)) }

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

// scan splits text into word, number and punctuation tokens. Keys point
// into one shared string, so a call allocates the token slice and one
// buffer; every rune is decoded, classified and folded once.
func scan(text string) []token {
	var sb scanBuffers
	return sb.scan(text)
}

// scanBuffers are scan's slices, kept between the calls of one Extractor
// pass pool (pool.go).
type scanBuffers struct {
	toks    []token
	keyEnds []int // end of each key in buf
	buf     []byte
}

// scan is the package scan reusing sb's slices; the tokens are sb.toks
// until the next call.
func (sb *scanBuffers) scan(text string) []token {
	lt := letters.Get()
	toks := reuse(sb.toks, len(text)/4+1)
	keyEnds := reuse(sb.keyEnds, cap(toks))
	buf := reuse(sb.buf, len(text)+len(text)/4)
	sp, nl := true, false
	i := 0
	for i < len(text) {
		r, n := rune(text[i]), 1 // decodeRune, inlined by hand: the hottest loop
		if r >= utf8.RuneSelf {
			r, n = letters.DecodeMulti(text, i)
		}
		f := lt.Of(r)
		if f.Class&letters.Space != 0 {
			sp = true
			if f.Class&letters.Newline != 0 {
				nl = true
			}
			i += n
			continue
		}
		start := i
		t := token{s: start, sp: sp, nl: nl}
		sp, nl = false, false
		if f.Class&(letters.Alpha|letters.Digit|letters.Mark) != 0 {
			nLetters, upper, runes := 0, 0, 0
			var tone letters.Tone
			lower := false
			for i < len(text) {
				r, n = rune(text[i]), 1
				if r >= utf8.RuneSelf {
					r, n = letters.DecodeMulti(text, i)
				}
				f = lt.Of(r)
				if f.Class&(letters.Alpha|letters.Digit|letters.Mark) == 0 {
					// Keep R'Lấp and O'Neil whole.
					if (r == '\'' || r == '’') && i+n < len(text) && nLetters > 0 {
						r2, _ := letters.DecodeRune(text, i+n)
						if lt.Of(r2).Class&letters.Alpha != 0 {
							buf = append(buf, '\'') // a letter's mark, not a digit
							i += n
							continue
						}
					}
					break
				}
				runes++
				if f.Class&letters.Alpha != 0 {
					nLetters++
					if f.Class&letters.Upper != 0 {
						upper++
						t.camel = t.camel || lower
					} else {
						lower = true
					}
				}
				if f.Tone != 0 {
					tone = f.Tone
				}
				if !f.IsToneMark() {
					buf = appendRune(buf, f.Fold)
				}
				i += n
			}
			if tone != 0 {
				buf = append(buf, '0'+byte(tone))
			}
			t.e = i
			if nLetters == 0 {
				t.kind = tkNum
			} else {
				t.kind = tkWord
				r0, _ := letters.DecodeRune(text, start)
				t.cap = lt.Of(r0).Class&letters.Upper != 0
				t.allCap = nLetters >= 2 && upper == nLetters
				t.digit = nLetters < runes
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

// nativeKey reports whether a folded word key spells one Vietnamese
// syllable (letters.IsSyllable; the key's tone digit does not matter), which
// tells native words from foreign ones ("Pepsi", "Microsoft", "Thomas"): a
// foreign word is not a Vietnamese given name, and a foreign brand closes an
// organisation name.
func nativeKey(key string) bool {
	if n := len(key); n > 0 && key[n-1] >= '1' && key[n-1] <= '5' {
		key = key[:n-1]
	}
	return letters.IsSyllable(key)
}
