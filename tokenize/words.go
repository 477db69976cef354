package tokenize

import (
	"strings"
	"sync"
	"unicode"

	"github.com/vntext/vntext/tokenize/internal/wseg"
)

// Words segments text into words. Multi-syllable words are one token of
// kind Word whose Text spans the syllables and the spaces between them.
// Single syllables are words too (kind Word); numbers, punctuation, URLs and
// the other non-syllable tokens of Tokens are words by themselves and keep
// their kind. Offsets and Text refer to text exactly as given.
func (t *Tokenizer) Words(text string) []Token {
	if t == nil || t.model == nil {
		// A zero or nil Tokenizer (not built by New) segments with the
		// built-in model instead of panicking.
		if d := defaultTokenizer(); d != nil {
			return d.Words(text)
		}
		return t.Tokens(text)
	}
	toks := t.Tokens(text)
	if len(toks) == 0 {
		return toks
	}
	in := t.pool.Get().(*wseg.Input)
	defer t.pool.Put(in)
	// Segment chunk by chunk: a chunk ends at a line break, and long runs are
	// cut after a non-syllable token (or, failing that, anywhere), so memory
	// stays bounded on huge single-line input.
	out := 0
	for start := 0; start < len(toks); {
		end := chunkEnd(text, toks, start)
		out = t.segmentChunk(in, text, toks, start, end, out)
		start = end
	}
	return toks[:out]
}

const (
	softChunk = 256  // cut after a non-syllable token beyond this many units
	hardChunk = 4096 // cut anywhere beyond this many units
)

func chunkEnd(text string, toks []Token, start int) int {
	for j := start + 1; j < len(toks); j++ {
		if strings.IndexByte(text[toks[j-1].End:toks[j].Start], '\n') >= 0 {
			return j
		}
		n := j - start
		if n >= hardChunk || (n >= softChunk && toks[j-1].Kind != Syllable) {
			return j
		}
	}
	return len(toks)
}

// unitShape maps a token kind to the segmenter's view of it. The training
// command (internal/wstrain) mirrors this mapping.
func unitShape(k Kind) uint8 {
	switch k {
	case Number, Percent, Ratio, Date, Time:
		return wseg.ShapeNumber
	case Punct:
		return wseg.ShapePunct
	}
	return wseg.ShapeOther
}

// segmentChunk segments toks[start:end] and writes its words into toks from
// index out on (never past the tokens already read), returning the new out.
func (t *Tokenizer) segmentChunk(in *wseg.Input, text string, toks []Token, start, end, out int) int {
	in.Reset()
	for i, tok := range toks[start:end] {
		glued := i > 0 && toks[start+i-1].End == tok.Start
		if tok.Kind == Syllable {
			in.AddSyllable(t.model, tok.Text, glued)
		} else {
			in.AddOther(t.model, tok.Text, unitShape(tok.Kind), glued)
		}
	}
	fixHyphens(in, toks[start:end])
	t.user.fix(t.model, in, toks[start:end])
	fixJoiners(in, toks[start:end])
	t.model.SplitNameRuns(in)
	t.model.Segment(in)
	n := end - start
	for i := 0; i < n; {
		j := i + 1
		for j < n && !in.Begin(j) {
			j++
		}
		first, last := toks[start+i], toks[start+j-1]
		w := Token{Text: text[first.Start:last.End], Start: first.Start, End: last.End, Kind: wordKind(toks[start+i : start+j])}
		toks[out] = w
		out++
		i = j
	}
	return out
}

// Segment returns text in the segmented line format: words separated by one
// space, syllables inside a word joined with '_' ("Thủ_đô Hà_Nội , năm 2023 .").
// Line breaks are kept, so each input line gives one output line.
func (t *Tokenizer) Segment(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	words := t.Words(text)
	prevEnd := 0
	for i, w := range words {
		if i > 0 {
			if strings.IndexByte(text[prevEnd:w.Start], '\n') >= 0 {
				b.WriteString(strings.Repeat("\n", strings.Count(text[prevEnd:w.Start], "\n")))
			} else {
				b.WriteByte(' ')
			}
		}
		writeJoined(&b, w.Text)
		prevEnd = w.End
	}
	return b.String()
}

// writeJoined writes a word with the white space between its syllables
// replaced by a single '_'.
func writeJoined(b *strings.Builder, s string) {
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte('_')
			space = false
		}
		b.WriteRune(r)
	}
}

// fixJoiners keeps already segmented input as it is: an underscore glued
// between two tokens ("Thủ_đô") joins them into one word.
func fixJoiners(in *wseg.Input, toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Text == "_" && toks[i-1].End == toks[i].Start && toks[i].End == toks[i+1].Start {
			in.Fix(i, false)
			in.Fix(i+1, false)
		}
	}
}

// fixHyphens decides hyphens written without spaces between two syllables
// or a number and a syllable. Inside one word ("knock-out", "cà-rem",
// "Wai-kru") the pieces make one word; between two names of two or more
// syllables ("Hà Nội-Hải Phòng") the hyphen stands alone. Training text
// never holds such hyphens, so the model has no evidence either way.
func fixHyphens(in *wseg.Input, toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Text != "-" || toks[i-1].End != toks[i].Start || toks[i].End != toks[i+1].Start {
			continue
		}
		l, r := toks[i-1].Kind, toks[i+1].Kind
		if (l != Syllable && l != Number) || (r != Syllable && r != Number) || (l == Number && r == Number) {
			continue
		}
		if capitalRun(toks, i-2, i-1) && capitalRun(toks, i+2, i+1) {
			in.Fix(i, true)
			in.Fix(i+1, true)
			continue
		}
		in.Fix(i, false)
		in.Fix(i+1, false)
	}
}

// capitalRun reports whether toks[j] is a capitalised syllable set apart by
// white space from its neighbour toks[k] (itself capitalised), so the two
// may form a multi-syllable name.
func capitalRun(toks []Token, j, k int) bool {
	if j < 0 || j >= len(toks) || toks[j].Kind != Syllable || toks[k].Kind != Syllable {
		return false
	}
	a, b := toks[min(j, k)], toks[max(j, k)]
	return a.End < b.Start && startsUpper(toks[j].Text) && startsUpper(toks[k].Text)
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// wordKind is Word for syllables, and the tokens' own kind for a word made
// of non-syllable tokens of one kind ("..." from three "." tokens).
func wordKind(toks []Token) Kind {
	k := toks[0].Kind
	for _, t := range toks[1:] {
		if t.Kind != k {
			return Word
		}
	}
	if k == Syllable {
		return Word
	}
	return k
}

// defaultTokenizer is New() with no options, built once per process, for
// Tokenizers that were not built by New.
var defaultTokenizer = sync.OnceValue(func() *Tokenizer {
	d, err := New()
	if err != nil {
		return nil
	}
	return d
})
