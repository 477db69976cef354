package gazetteer

import (
	"unicode/utf8"

	"github.com/vntext/vntext/internal/letters"
)

// The location matcher reads the text as its own light token stream: words
// (letters, digits, combining marks) with their folded syllable id, and
// single punctuation runes. It does not need the tokenizer's segmentation,
// so it runs on the raw text and its offsets are the caller's offsets.

type tokKind uint8

const (
	tokWord tokKind = iota + 1
	tokPunct
)

const (
	fCap      uint8 = 1 << iota // first letter upper case
	fDigit                      // starts with a digit
	fBoundary                   // first word of a sentence, line, quote or bracket
	fAbbrev                     // two or more letters, all upper case (UBND, HCM)
)

type ltok struct {
	start, end int
	syl        uint32 // folded syllable id; 0 = in no gazetteer name
	r          rune   // the rune of a punctuation token
	kind       tokKind
	flags      uint8
}

func (t *ltok) is(f uint8) bool { return t.flags&f != 0 }

// joiner reports whether a punctuation rune may sit inside a name
// (Bà Rịa - Vũng Tàu, Phan Rang-Tháp Chàm, Ea H'Leo).
func joiner(r rune) bool {
	switch r {
	case '-', '–', '\'', '’', '‘', 'ʼ':
		return true
	}
	return false
}

// opensSentence reports whether a word after r starts a sentence-like unit,
// where capitals say nothing about names.
func opensSentence(r rune) bool {
	switch r {
	case '.', '!', '?', ':', ';', '…', '"', '“', '”', '(', '[', '«', '•', '-', '–', '—':
		return true
	}
	return false
}

// scanner tokenizes one piece of text.
type scanner struct {
	g       *Gazetteer
	text    string
	base    int  // offset of text in the caller's string
	intern  bool // add unseen syllables to the vocabulary (building only)
	key     []byte
	scratch []byte
}

func (s *scanner) reset(text string) { s.text, s.base = text, 0 }

// tokens appends the tokens of s.text to dst. Runes are classified by the
// module's rune table (letters.Of), which agrees with unicode.IsSpace,
// IsLetter (or a combining mark), IsUpper and IsDigit; a word without
// combining marks is folded in the same pass.
func (s *scanner) tokens(dst []ltok) []ltok {
	lt := letters.Get()
	text := s.text
	boundary := true
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1 // decodeRune, inlined by hand: the hottest loop
		if r >= utf8.RuneSelf {
			r, n = letters.DecodeMulti(text, i)
		}
		c := lt.Of(r).Class
		if c&letters.Space != 0 {
			if c&letters.Newline != 0 {
				boundary = true
			}
			i += n
			continue
		}
		if c&(letters.Alpha|letters.Digit|letters.Mark) == 0 {
			dst = append(dst, ltok{start: s.base + i, end: s.base + i + n, r: r, kind: tokPunct})
			boundary = opensSentence(r)
			i += n
			continue
		}
		start := i
		upper, nLetters := 0, 0
		var flags uint8
		if c&letters.Upper != 0 {
			flags |= fCap
		} else if c&letters.Digit != 0 {
			flags |= fDigit
		}
		key := s.key[:0]
		tone, marks := letters.None, false
		for i < len(text) {
			r, n = rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, n = letters.DecodeMulti(text, i)
			}
			c = lt.Of(r).Class
			if c&(letters.Alpha|letters.Digit|letters.Mark) == 0 {
				break
			}
			if c&letters.Alpha != 0 {
				nLetters++
				if c&letters.Upper != 0 {
					upper++
				}
			}
			if c&letters.Mark != 0 {
				marks = true
			} else if !marks {
				key = appendRune(lt, key, r, &tone)
			}
			i += n
		}
		if nLetters >= 2 && upper == nLetters {
			flags |= fAbbrev
		}
		if boundary {
			flags |= fBoundary
		}
		boundary = false
		w := text[start:i]
		if marks {
			key, s.scratch = foldWord(key[:0], s.scratch, w)
		} else {
			key = finish(key, 0, tone)
		}
		s.key = key
		var id uint32
		if s.intern {
			id = s.g.syllableID(s.key)
		} else {
			id = s.g.sylID(s.key)
		}
		dst = append(dst, ltok{start: s.base + start, end: s.base + i, syl: id, kind: tokWord, flags: flags})
	}
	return dst
}
