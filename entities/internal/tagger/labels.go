package tagger

import "fmt"

// The tagger labels tokens with BILOU tags: B (first of several), I (inside),
// L (last), U (a one-token entity) and O (outside). BILOU learns the ends
// of names better than BIO for the same features, and Viterbi keeps every
// decoded sequence well formed, so spans are read back without repair.
//
// Label numbering: 0 is O; type t (0-based, in the order of the model's
// type list) has B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t.

const (
	posB = iota
	posI
	posL
	posU
)

func labelOf(typ, pos int) int { return 1 + 4*typ + pos }

// typeOf returns the type index of label l (l > 0) and its position tag.
func typeOf(l int) (typ, pos int) { return (l - 1) / 4, (l - 1) % 4 }

// Span is an entity as a token range [Start, End) with the index of its
// type in the model's Types.
type Span struct {
	Type       int
	Start, End int
}

// encode writes the BILOU labels of spans over n tokens into dst. Spans
// must be sorted, within [0, n) and not overlap.
func encode(dst []uint8, spans []Span) error {
	clear(dst)
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(dst) {
			return fmt.Errorf("tagger: span [%d,%d) out of order, empty or past %d tokens", s.Start, s.End, len(dst))
		}
		if s.End-s.Start == 1 {
			dst[s.Start] = uint8(labelOf(s.Type, posU))
		} else {
			dst[s.Start] = uint8(labelOf(s.Type, posB))
			for i := s.Start + 1; i < s.End-1; i++ {
				dst[i] = uint8(labelOf(s.Type, posI))
			}
			dst[s.End-1] = uint8(labelOf(s.Type, posL))
		}
		prev = s.End
	}
	return nil
}

// decode appends the spans of a well-formed label sequence to dst.
func decode(dst []Span, labels []uint8) []Span {
	start := -1
	for i, l := range labels {
		if l == 0 {
			continue
		}
		typ, pos := typeOf(int(l))
		switch pos {
		case posU:
			dst = append(dst, Span{typ, i, i + 1})
		case posB:
			start = i
		case posL:
			if start >= 0 {
				dst = append(dst, Span{typ, start, i + 1})
			}
			start = -1
		}
	}
	return dst
}

// allowed reports whether label b may follow label a; -1 stands for the
// start or the end of the sequence.
func allowed(a, b int) bool {
	open := a > 0 && (posOf(a) == posB || posOf(a) == posI)
	if b <= 0 { // O or the end
		return !open
	}
	typ, pos := typeOf(b)
	if pos == posI || pos == posL {
		return open && a > 0 && typeOfLabel(a) == typ
	}
	return !open
}

func posOf(l int) int         { _, p := typeOf(l); return p }
func typeOfLabel(l int) int   { t, _ := typeOf(l); return t }
func numLabels(types int) int { return 1 + 4*types }

// predecessors lists, for each label, the labels that may precede it, so
// Viterbi looks only at transitions a well-formed sequence can take.
func predecessors(nl int) [][]int {
	out := make([][]int, nl)
	for b := range nl {
		for a := range nl {
			if allowed(a, b) {
				out[b] = append(out[b], a)
			}
		}
	}
	return out
}
