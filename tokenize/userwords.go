package tokenize

import (
	"github.com/vntext/vntext/tokenize/internal/wseg"
)

// userWords is the WithWords dictionary: hashed sequences of canonical unit
// keys, with a flag for "a longer word continues".
type userWords struct {
	seqs   map[uint64]uint8
	maxLen int
}

const (
	userWord   uint8 = 1
	userPrefix uint8 = 2
)

func (t *Tokenizer) buildUserWords(words []string) userWords {
	u := userWords{seqs: map[uint64]uint8{}}
	var in wseg.Input
	for _, w := range words {
		toks := t.Tokens(w)
		if len(toks) < 2 {
			continue // a single token is already kept whole
		}
		h := uint64(wseg.SeqSeed)
		for i, tok := range toks {
			h = wseg.SeqHash(h, userKey(t.model, &in, tok))
			if i == len(toks)-1 {
				u.seqs[h] |= userWord
			} else {
				u.seqs[h] |= userPrefix
			}
		}
		u.maxLen = max(u.maxLen, len(toks))
	}
	return u
}

// userKey identifies a token for dictionary matching: syllables by their
// canonical key, other tokens by their lower-cased text.
func userKey(m *wseg.Model, in *wseg.Input, tok Token) uint64 {
	return m.Key(in, tok.Text)
}

// fix forces the longest user words found left to right to stay whole.
func (u *userWords) fix(m *wseg.Model, in *wseg.Input, toks []Token) {
	if len(u.seqs) == 0 {
		return
	}
	for i := 0; i < len(toks); {
		h := uint64(wseg.SeqSeed)
		best := 0
		for j := i; j < len(toks) && j-i < u.maxLen; j++ {
			h = wseg.SeqHash(h, userKey(m, in, toks[j]))
			f, ok := u.seqs[h]
			if !ok {
				break
			}
			if f&userWord != 0 {
				best = j - i + 1
			}
			if f&userPrefix == 0 {
				break
			}
		}
		if best == 0 {
			i++
			continue
		}
		in.Fix(i, true)
		for j := i + 1; j < i+best; j++ {
			in.Fix(j, false)
		}
		if i+best < len(toks) {
			in.Fix(i+best, true)
		}
		i += best
	}
}
