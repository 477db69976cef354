package tokenize

import (
	"golang.org/x/text/unicode/norm"
)

// ToneStyle chooses where a tone mark sits on the vowel pairs oa, oe, uy.
type ToneStyle uint8

const (
	// ToneClassic places the mark as in hòa, thủy, khỏe.
	ToneClassic ToneStyle = iota + 1
	// ToneModern places the mark as in hoà, thuỷ, khoẻ.
	ToneModern
	// ToneKeep keeps the writer's placement (misplaced marks are still fixed).
	ToneKeep
)

// NormOption configures normalization.
type NormOption func(*normConfig)

type normConfig struct {
	tone ToneStyle
}

// WithTone selects the tone-mark placement.
func WithTone(s ToneStyle) NormOption { return func(c *normConfig) { c.tone = s } }

// Normalize returns s as clean NFC text. It returns s itself when s is
// already normal.
//
// STUB: NFC only; the full normalizer replaces this.
func Normalize(s string, opts ...NormOption) string {
	return norm.NFC.String(s)
}

// Normalized is normalized text with a map back to the input's byte offsets.
type Normalized struct {
	Text string
	// orig[i] is the input offset of output byte i; nil means identity.
	orig  []int
	inLen int
}

// Orig maps a byte offset in n.Text (0..len(n.Text)) to the byte offset in
// the original input. Offsets are monotone; len(n.Text) maps to len(input).
func (n Normalized) Orig(i int) int {
	if i <= 0 {
		return 0
	}
	if i >= len(n.Text) {
		return n.inLen
	}
	if n.orig == nil {
		return i
	}
	return n.orig[i]
}

// NormalizeWithMap normalizes s like Normalize and keeps an offset map.
func NormalizeWithMap(s string, opts ...NormOption) Normalized {
	out := Normalize(s, opts...)
	if out == s {
		return Normalized{Text: out, inLen: len(s)}
	}
	// STUB: map each NFC segment to its input segment.
	var it norm.Iter
	it.InitString(norm.NFC, s)
	res := make([]byte, 0, len(s))
	orig := make([]int, 0, len(s))
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		for range seg {
			orig = append(orig, start)
		}
		res = append(res, seg...)
	}
	return Normalized{Text: string(res), orig: orig, inLen: len(s)}
}
