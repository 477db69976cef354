package tokenize

import "strings"

// Words segments text into words. Multi-syllable words are one token of
// kind Word whose Text spans the syllables and the spaces between them.
//
// STUB: every syllable is its own word.
func (t *Tokenizer) Words(text string) []Token {
	toks := t.Tokens(text)
	for i := range toks {
		if toks[i].Kind == Syllable {
			toks[i].Kind = Word
		}
	}
	return toks
}

// Segment returns text in the segmented line format: words separated by one
// space, syllables inside a word joined with '_' ("Thủ_đô Hà_Nội , năm 2023 .").
func (t *Tokenizer) Segment(text string) string {
	words := t.Words(text)
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(strings.Fields(w.Text), "_"))
	}
	return b.String()
}
