package entities

// lexicon maps phrases (sequences of folded token keys) to a set of classes
// and finds phrases starting at a token. Phrases may contain punctuation
// tokens ("lao động - thương binh và xã hội").
//
// Keys are interned: every key of a phrase gets a small id in a vocabulary
// shared by the lexicons of an Extractor, and the scanner's tokens carry
// the id of their key (Extractor.scan), so a lookup hashes an integer
// instead of a string and a token whose key is in no lexicon stops a
// search at once. Lookups dominate Extract's time.
type lexicon struct {
	// roots[id] is the node of the phrases beginning with key id: an array
	// rather than a map, as most lookups stop at the first key.
	roots []*lexNode
	vocab vocab
	// maxLen is the number of keys of the longest phrase, which bounds
	// the search for a phrase ending at a token (endingAt).
	maxLen int
}

type lexNode struct {
	kids  map[uint32]*lexNode
	class lexClass // bit set; 0: no phrase ends here
}

// vocab numbers the keys of the lexicons' phrases from 1; 0 is "in no
// phrase".
type vocab map[string]uint32

func (v vocab) intern(key string) uint32 {
	id := v[key]
	if id == 0 {
		id = uint32(len(v) + 1)
		v[key] = id
	}
	return id
}

// lexClass is a bit set of classes, so a phrase can be a head noun and a
// sector at once.
type lexClass uint32

// add stores phrase; l.vocab must be set.
func (l *lexicon) add(phrase string, c lexClass) { l.addKeys(foldPhrase(phrase), c) }

// addKeys stores the phrase of folded keys; l.vocab must be set.
func (l *lexicon) addKeys(keys []string, c lexClass) {
	if len(keys) == 0 {
		return
	}
	l.maxLen = max(l.maxLen, len(keys))
	id := l.vocab.intern(keys[0])
	if int(id) >= len(l.roots) {
		l.roots = append(l.roots, make([]*lexNode, int(id)+1-len(l.roots))...)
	}
	if l.roots[id] == nil {
		l.roots[id] = &lexNode{}
	}
	n := l.roots[id]
	for _, k := range keys[1:] {
		id := l.vocab.intern(k)
		if n.kids == nil {
			n.kids = map[uint32]*lexNode{}
		}
		next := n.kids[id]
		if next == nil {
			next = &lexNode{}
			n.kids[id] = next
		}
		n = next
	}
	n.class |= c
}

// scan is the package scan with each token's key id in x.vocab, into
// sb's buffers.
func (x *Extractor) scan(sb *scanBuffers, text string) []token {
	toks := sb.scan(text)
	for i := range toks {
		toks[i].id = x.vocab[toks[i].key]
	}
	return toks
}

// longest returns the end (exclusive token index) and classes of the
// longest phrase of a class in mask starting at toks[i], or (i, 0). A
// phrase never runs across a line break.
func (l *lexicon) longest(toks []token, i int, mask lexClass) (int, lexClass) {
	end, class := i, lexClass(0)
	if i >= len(toks) {
		return end, class
	}
	for j, n := i+1, l.first(toks[i].id); n != nil; j++ {
		if n.class&mask != 0 {
			end, class = j, n.class&mask
		}
		if j >= len(toks) || n.kids == nil || toks[j].nl || toks[j].id == 0 {
			break
		}
		n = n.kids[toks[j].id]
	}
	return end, class
}

// longestSkipping is longest over a lexicon whose phrases were stored
// without the tokens skip accepts: such tokens between two words of a
// phrase are passed over, so one entry matches however the words are
// joined. A phrase never begins or ends with a skipped token.
func (l *lexicon) longestSkipping(toks []token, i int, mask lexClass, skip func(*token) bool) (int, lexClass) {
	end, class := i, lexClass(0)
	if i >= len(toks) {
		return end, class
	}
	for j, n := i+1, l.first(toks[i].id); n != nil; j++ {
		if n.class&mask != 0 {
			end, class = j, n.class&mask
		}
		for skipped := 0; skipped < maxSkipped && j < len(toks) && !toks[j].nl && skip(&toks[j]); skipped++ {
			j++
		}
		if j >= len(toks) || n.kids == nil || toks[j].nl || toks[j].id == 0 {
			break
		}
		n = n.kids[toks[j].id]
	}
	return end, class
}

// maxSkipped bounds the skipped tokens between two words of a phrase
// (", và").
const maxSkipped = 2

// first returns the node of the phrases beginning with key id, or nil.
func (l *lexicon) first(id uint32) *lexNode {
	if int(id) < len(l.roots) {
		return l.roots[id] // nil for id 0: no key
	}
	return nil
}

// lexHit is one phrase found at a token: where it ends and its classes.
type lexHit struct {
	end   int
	class lexClass
}

// all appends to dst every phrase of a class in mask starting at toks[i],
// shortest first.
func (l *lexicon) all(dst []lexHit, toks []token, i int, mask lexClass) []lexHit {
	if i >= len(toks) {
		return dst
	}
	for j, n := i+1, l.first(toks[i].id); n != nil; j++ {
		if n.class&mask != 0 {
			dst = append(dst, lexHit{j, n.class & mask})
		}
		if j >= len(toks) || n.kids == nil || toks[j].nl || toks[j].id == 0 {
			break
		}
		n = n.kids[toks[j].id]
	}
	return dst
}

// starts reports whether some phrase, of any class, begins with key.
func (l *lexicon) starts(key string) bool {
	return l.first(l.vocab[key]) != nil
}

// exact returns the classes in mask of the phrase that is exactly
// toks[s:e], or 0. Like every lookup, it does not run across a line break.
func (l *lexicon) exact(toks []token, s, e int, mask lexClass) lexClass {
	if s < 0 || s >= e || e > len(toks) {
		return 0
	}
	n := l.first(toks[s].id)
	for j := s + 1; n != nil && j < e; j++ {
		if n.kids == nil || toks[j].nl || toks[j].id == 0 {
			return 0
		}
		n = n.kids[toks[j].id]
	}
	if n == nil {
		return 0
	}
	return n.class & mask
}

// endingAt returns the first token of the longest phrase of a class in
// mask whose last token is toks[k], or -1.
func (l *lexicon) endingAt(toks []token, k int, mask lexClass) int {
	if k < 0 || k >= len(toks) {
		return -1
	}
	for s := max(0, k+1-l.maxLen); s <= k; s++ {
		if l.exact(toks, s, k+1, mask) != 0 {
			return s
		}
	}
	return -1
}
