package tokenize

import (
	"testing"
)

// checkSentences asserts the offset invariant for sentences: in order, not
// overlapping, trimmed, Text == in[Start:End], and nothing but gap runes
// between them.
func checkSentences(t *testing.T, in string, sents []Sentence) {
	t.Helper()
	prev := 0
	for _, s := range sents {
		if s.Start < prev || s.Start >= s.End || s.End > len(in) {
			t.Fatalf("bad span [%d,%d) after %d in %q", s.Start, s.End, prev, in)
		}
		if s.Text != in[s.Start:s.End] {
			t.Fatalf("Text %q != input span %q", s.Text, in[s.Start:s.End])
		}
		if !isGapText(in[prev:s.Start]) {
			t.Fatalf("gap %q before sentence %q is not white space", in[prev:s.Start], s.Text)
		}
		if isGapRune(firstRune(s.Text)) || isGapRune(lastRune(s.Text)) {
			t.Fatalf("sentence %q is not trimmed", s.Text)
		}
		prev = s.End
	}
	if !isGapText(in[prev:]) {
		t.Fatalf("trailing gap %q is not white space", in[prev:])
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range tokenFuzzSeeds {
		f.Add(s)
	}
	tk, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkSentences(t, in, tk.Sentences(in))
	})
}
