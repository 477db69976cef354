package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vntext/vntext/tokenize"
)

// refSplit is a rule-based splitter like the research note's baseline (a
// boundary is [.!?…]+, closing quotes, space, then an upper-case letter,
// digit or opening quote; abbreviations and initials do not end a sentence;
// a line break always does). Tuning uses it to see how scores move when
// the tokenizer's real splitter replaces today's stub.
func refSplit(text string) []tokenize.Sentence {
	var out []tokenize.Sentence
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && strings.ContainsRune(" \t\r\n", rune(text[s])) {
			s++
		}
		for e > s && strings.ContainsRune(" \t\r\n", rune(text[e-1])) {
			e--
		}
		if s < e {
			out = append(out, tokenize.Sentence{Text: text[s:e], Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			emit(i + n)
			i += n
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == '"' || r2 == '”' || r2 == '\'' || r2 == ')' {
				j += n2
				continue
			}
			break
		}
		if j >= len(text) || text[j] != ' ' {
			i = j
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		nr, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || nr == '"' || nr == '“') {
			i = j
			continue
		}
		// Abbreviation or initial before the dot.
		w := i
		for w > start && text[w-1] != ' ' {
			w--
		}
		word := text[w:i]
		if r == '.' && (utf8.RuneCountInString(word) == 1 || abbrevs[word]) {
			i = j
			continue
		}
		emit(j)
		i = j
	}
	emit(len(text))
	return out
}

var abbrevs = map[string]bool{"TP": true, "TS": true, "PGS": true, "GS": true, "ThS": true, "Th.S": true, "BS": true, "Q": true, "P": true, "Mr": true, "Dr": true, "St": true, "PGS.TS": true, "GS.TS": true, "TT": true, "Tp": true}
