package entities

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Augment names a transform of the training texts that Train adds to
// them, a copy of each text it changes: text as it is written elsewhere
// than in the training data, with the same entities, so that the model
// meets it in training and does not drop what the rules find in it.
type Augment string

const (
	// AugmentSpaced writes every token apart, one space between each two
	// ("Ông A , Giám đốc Sở ( ABC ) ."), as word-segmented corpora and
	// tokenized CoNLL files give their text: punctuation no longer sits
	// against a word.
	AugmentSpaced Augment = "spaced"
	// AugmentLowerContext writes every letter outside the entities in lower
	// case ("phó chủ tịch UBND tỉnh …"): titles, sentence starts and
	// headings written without capitals, as much news text does.
	AugmentLowerContext Augment = "lower-context"
	// AugmentInitials writes the last word of each PERSON as its initial
	// and a full stop ("anh Nguyễn Văn H.", "chị D."), as the press writes
	// the names of private people it does not name.
	AugmentInitials Augment = "initials"
)

// augments are the valid Augment values, in the order Train applies them.
var augments = []Augment{AugmentSpaced, AugmentLowerContext, AugmentInitials}

// TrainAugment adds to the training texts a copy of each under each
// transform a (none by default). The dev texts stay as they are.
func TrainAugment(a ...Augment) TrainOption {
	return func(c *trainConfig) error {
		for _, x := range a {
			if !validAugment(x) {
				return fmt.Errorf("entities: TrainAugment: unknown transform %q (want one of %q)", x, augments)
			}
		}
		c.augment = append(c.augment, a...)
		return nil
	}
}

func validAugment(a Augment) bool {
	for _, x := range augments {
		if x == a {
			return true
		}
	}
	return false
}

// UnmarshalText reads an Augment by name, refusing unknown names.
func (a *Augment) UnmarshalText(b []byte) error {
	x := Augment(b)
	if !validAugment(x) {
		return fmt.Errorf("entities: unknown training transform %q", b)
	}
	*a = x
	return nil
}

// MarshalText writes an Augment's name.
func (a Augment) MarshalText() ([]byte, error) { return []byte(a), nil }

// augmented returns in followed by, for each transform in order, the
// copies of the examples it changes.
func (x *Extractor) augmented(in []Example, as []Augment) []Example {
	out := in
	for _, a := range augments {
		if !containsAugment(as, a) {
			continue
		}
		for _, ex := range in {
			var y Example
			var changed bool
			switch a {
			case AugmentSpaced:
				y, changed = x.spaced(ex)
			case AugmentLowerContext:
				y, changed = lowerContext(ex)
			case AugmentInitials:
				y, changed = initials(ex)
			}
			if changed {
				if y.Doc != "" {
					y.Doc += "#" + string(a) // never joined to the original
				}
				out = append(out, y)
			}
		}
	}
	return out
}

func containsAugment(as []Augment, a Augment) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// rewriter rebuilds an example's text piece by piece, moving the entity
// offsets along: each piece of the old text at [s, e) is replaced by new
// text, and an entity boundary at s or e maps to the start or the end of
// what replaced it.
type rewriter struct {
	ex     Example
	b      strings.Builder
	starts map[int]int // old offset → new, for entity starts
	ends   map[int]int // old offset → new, for entity ends
}

func newRewriter(ex Example) *rewriter {
	w := &rewriter{ex: ex, starts: map[int]int{}, ends: map[int]int{}}
	w.b.Grow(len(ex.Text) + len(ex.Text)/4)
	return w
}

// put writes repl for the old text [s, e); an insertion (s == e) moves
// no boundary.
func (w *rewriter) put(s, e int, repl string) {
	if e > s {
		if _, ok := w.starts[s]; !ok {
			w.starts[s] = w.b.Len()
		}
	}
	w.b.WriteString(repl)
	if e > s {
		w.ends[e] = w.b.Len()
	}
}

// copyText writes the old text [s, e) unchanged, a rune at a time, so that
// every boundary in it maps.
func (w *rewriter) copyText(s, e int) {
	for s < e {
		_, n := utf8.DecodeRuneInString(w.ex.Text[s:e])
		w.put(s, s+n, w.ex.Text[s:s+n])
		s += n
	}
}

// done returns the rewritten example; ok is false when an entity boundary
// fell inside a piece (the example is then left out).
func (w *rewriter) done() (Example, bool) {
	y := Example{Text: w.b.String(), Doc: w.ex.Doc, Entities: make([]Entity, 0, len(w.ex.Entities))}
	for _, e := range w.ex.Entities {
		s, ok1 := w.starts[e.Start]
		t, ok2 := w.ends[e.End]
		if !ok1 || !ok2 || t <= s {
			return Example{}, false
		}
		e.Start, e.End, e.Text = s, t, y.Text[s:t]
		y.Entities = append(y.Entities, e)
	}
	return y, y.Text != w.ex.Text
}

// spaced writes ex's tokens (as Extract scans them) one space apart;
// line breaks stay.
func (x *Extractor) spaced(ex Example) (Example, bool) {
	if !utf8.ValidString(ex.Text) {
		return Example{}, false
	}
	n := normalizeText(ex.Text)
	p := x.newPass(n.text)
	defer p.release()
	w := newRewriter(ex)
	prev := 0
	for i, t := range p.toks {
		s, e := n.span(ex.Text, t.s, t.e)
		if s < prev {
			return Example{}, false
		}
		gap := ex.Text[prev:s]
		switch {
		case strings.ContainsRune(gap, '\n'):
			gap = "\n"
		case i > 0:
			gap = " "
		}
		w.put(prev, s, gap)
		w.copyText(s, e)
		prev = e
	}
	w.copyText(prev, len(ex.Text))
	return w.done()
}

// lowerContext writes every letter outside ex's entities in lower case.
func lowerContext(ex Example) (Example, bool) {
	w := newRewriter(ex)
	inside := make([]bool, len(ex.Text)+1)
	for _, e := range ex.Entities {
		if e.Start < 0 || e.End > len(ex.Text) {
			return Example{}, false
		}
		for k := e.Start; k < e.End; k++ {
			inside[k] = true
		}
	}
	for i := 0; i < len(ex.Text); {
		r, n := utf8.DecodeRuneInString(ex.Text[i:])
		if inside[i] || r == utf8.RuneError {
			w.copyText(i, i+n)
		} else {
			w.put(i, i+n, string(unicode.ToLower(r)))
		}
		i += n
	}
	return w.done()
}

// initials writes the last word of each PERSON of ex as its initial and a
// full stop, when the name's last word is a capitalised word of two
// letters or more and no full stop follows already.
func initials(ex Example) (Example, bool) {
	w := newRewriter(ex)
	prev := 0
	for _, e := range ex.Entities {
		if e.Type != Person || e.Start < prev || e.End > len(ex.Text) {
			continue
		}
		name := ex.Text[e.Start:e.End]
		k := strings.LastIndexByte(name, ' ') + 1
		last := name[k:]
		r, size := utf8.DecodeRuneInString(last)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(last) < 2 || strings.IndexFunc(last, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) >= 0 ||
			strings.HasPrefix(ex.Text[e.End:], ".") {
			continue
		}
		w.copyText(prev, e.Start+k)
		w.put(e.Start+k, e.End, last[:size]+".")
		prev = e.End
	}
	if prev == 0 {
		return Example{}, false
	}
	w.copyText(prev, len(ex.Text))
	return w.done()
}
