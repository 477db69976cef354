package entities

// lexicon maps phrases (sequences of folded token keys) to a set of classes
// and finds phrases starting at a token. Phrases may contain punctuation
// tokens ("lao động - thương binh và xã hội").
type lexicon struct {
	root lexNode
}

type lexNode struct {
	kids  map[string]*lexNode
	class lexClass // bit set; 0: no phrase ends here
}

// lexClass is a bit set of classes, so a phrase can be a head noun and a
// sector at once.
type lexClass uint16

func (l *lexicon) add(phrase string, c lexClass) {
	keys := foldPhrase(phrase)
	if len(keys) == 0 {
		return
	}
	n := &l.root
	for _, k := range keys {
		if n.kids == nil {
			n.kids = map[string]*lexNode{}
		}
		next := n.kids[k]
		if next == nil {
			next = &lexNode{}
			n.kids[k] = next
		}
		n = next
	}
	n.class |= c
}

// longest returns the end (exclusive token index) and classes of the
// longest phrase of a class in mask starting at toks[i], or (i, 0). A
// phrase never runs across a line break.
func (l *lexicon) longest(toks []token, i int, mask lexClass) (int, lexClass) {
	n := &l.root
	end, class := i, lexClass(0)
	for j := i; j < len(toks) && n.kids != nil; j++ {
		if j > i && toks[j].nl {
			break
		}
		next := n.kids[toks[j].key]
		if next == nil {
			break
		}
		n = next
		if n.class&mask != 0 {
			end, class = j+1, n.class&mask
		}
	}
	return end, class
}

// lexHit is one phrase found at a token: where it ends and its classes.
type lexHit struct {
	end   int
	class lexClass
}

// all appends to dst every phrase of a class in mask starting at toks[i],
// shortest first.
func (l *lexicon) all(dst []lexHit, toks []token, i int, mask lexClass) []lexHit {
	n := &l.root
	for j := i; j < len(toks) && n.kids != nil; j++ {
		if j > i && toks[j].nl {
			break
		}
		next := n.kids[toks[j].key]
		if next == nil {
			break
		}
		n = next
		if n.class&mask != 0 {
			dst = append(dst, lexHit{j + 1, n.class & mask})
		}
	}
	return dst
}

// starts reports whether some phrase of a class in mask begins with key.
func (l *lexicon) starts(key string) bool {
	return l.root.kids[key] != nil
}
