package normalize

import (
	"unicode"
	"unicode/utf8"
)

// OrigSpan maps the span [s, e) of n.Text to the span of in, the input n
// was made from, that holds exactly its content. Orig(e) is where the
// next output character comes from, so on its own it would take in the
// characters normalization dropped after the span (collapsed spaces, line
// breaks, invisible and control characters): OrigSpan leaves them out, and
// never cuts into the source of the span's last character.
// Offsets outside 0..len(n.Text) are clamped to it.
func (n Normalized) OrigSpan(in string, s, e int) (int, int) {
	s, e = min(max(s, 0), len(n.Text)), min(max(e, 0), len(n.Text))
	bs := min(max(n.Orig(s), 0), len(in))
	be := min(max(n.Orig(e), bs), len(in))
	if e <= s {
		return bs, bs
	}
	// The source of the last output character starts at last; its first
	// rune is always part of the span.
	last := min(max(n.Orig(e-1), bs), be)
	_, size := utf8.DecodeRuneInString(in[last:])
	floor := min(last+size, be)
	for be > floor {
		r, size := utf8.DecodeLastRuneInString(in[:be])
		if !dropped(r) {
			break
		}
		be -= size
	}
	return bs, be
}

// dropped reports a character normalization may delete or fold into a
// neighbour's space: spaces, controls and format characters.
func dropped(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
}
