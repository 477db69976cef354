package wseg

import "unicode/utf8"

// Input holds one sentence's units and the scratch space to segment it. It
// is reused across sentences (Reset) so segmenting allocates nothing once
// the buffers have grown.
type Input struct {
	key     []uint64 // vocabulary ID, or the spelling's hash with the top bit set
	id      []uint32 // vocabulary ID, 0 when unknown
	rec     []uint32 // weight record: the ID, or the number record
	bosRec  int
	shape   []uint8
	free    []bool   // a syllable (joined to its neighbours only by the model)
	glued   []bool   // no white space between this unit and the previous one
	fix     []int8   // 0: free; fixBegin/fixInside: forced by a user word or a line break
	lex     []uint16 // bit L set: a lexicon word of L units starts here
	cw      []uint16 // the same for corpus words
	ng      []uint16 // the same for lexicon words the corpus splits
	lm      []uint8  // tag from forward longest match over the lexicon
	bm      []uint8  // tag from backward longest match
	ends    []uint16 // longest lexicon word ending before unit i
	um      []uint16 // lex | cw
	sig     []uint8  // coverSigs
	capL    []uint8  // capitalRuns
	capR    []uint8
	lm2     []uint8 // lm and bm over lexicon and corpus words
	bm2     []uint8
	attr    []uint8 // attrCapital, attrSurname...
	lmStart []uint8 // bit k: longest-match tagging k starts a word here
	begin   []bool  // output: a word starts at this unit
	buf     []byte
	feats   []uint64
	em      []float32 // emission: score of a word starting at unit i
	best    []float32 // best score of a segmentation of units [0, b)
	from    []int32   // start of the last word in that segmentation
}

// Reset empties the input for a new sentence.
func (in *Input) Reset() {
	in.key = in.key[:0]
	in.id = in.id[:0]
	in.rec = in.rec[:0]
	in.shape = in.shape[:0]
	in.free = in.free[:0]
	in.glued = in.glued[:0]
	in.fix = in.fix[:0]
}

// Tag constraints for Fix.
const (
	fixNone int8 = iota
	fixBegin
	fixInside
)

// Fix forces unit i to begin a word (begin) or to continue the previous one.
func (in *Input) Fix(i int, begin bool) {
	if begin {
		in.fix[i] = fixBegin
	} else {
		in.fix[i] = fixInside
	}
}

// Len returns the number of units.
func (in *Input) Len() int { return len(in.key) }

// Begin reports whether a word starts at unit i (valid after Segment).
func (in *Input) Begin(i int) bool { return in.begin[i] }

const unknownBit = 1 << 63

// AddSyllable appends a syllable unit; glued means no white space separates
// it from the previous unit.
func (in *Input) AddSyllable(m *Model, text string, glued bool) {
	id, key := m.lookup(in, text)
	in.key = append(in.key, key)
	in.id = append(in.id, id)
	in.rec = append(in.rec, id)
	in.shape = append(in.shape, shapeOf(text))
	in.free = append(in.free, true)
	in.glued = append(in.glued, glued)
	in.fix = append(in.fix, fixNone)
}

// AddOther appends a unit that is not a syllable (number, punctuation,
// URL...): the model joins it to a neighbour only when no white space
// separates them (the pieces of "2.000" or "..." from a tokenizer that split
// them). shape is one of ShapeNumber, ShapePunct, ShapeOther.
func (in *Input) AddOther(m *Model, text string, shape uint8, glued bool) {
	var key uint64
	var id, rec uint32
	if shape == ShapeNumber {
		key, rec = numberKey, uint32(m.nVocab+1)
	} else {
		id, key = m.lookup(in, text)
		rec = id
	}
	in.key = append(in.key, key)
	in.id = append(in.id, id)
	in.rec = append(in.rec, rec)
	in.shape = append(in.shape, shape)
	in.free = append(in.free, false)
	in.glued = append(in.glued, glued)
	in.fix = append(in.fix, fixNone)
}

const numberKey = unknownBit | 0x4E554D

// lookup maps a unit's text to its vocabulary ID and feature key. Fast path:
// the lower-cased text is a vocabulary key or a stored spelling variant. Only
// on a miss is the normalizer consulted (NFD input, unseen tone placement,
// unknown syllables).
func (m *Model) lookup(in *Input, text string) (uint32, uint64) {
	in.buf = AppendLower(in.buf[:0], text)
	h := hashBytes(in.buf)
	if id, ok := m.vocab.get(h); ok {
		return id, uint64(id)
	}
	if m.norm != nil && !isASCII(in.buf) {
		if n := m.norm(text); n != text {
			in.buf = AppendLower(in.buf[:0], n)
			h = hashBytes(in.buf)
			if id, ok := m.vocab.get(h); ok {
				return id, uint64(id)
			}
		}
	}
	return 0, h | unknownBit
}

// Key returns the canonical feature key of a syllable: equal for every
// spelling (case, Unicode form, tone-mark style) of the same syllable.
func (m *Model) Key(in *Input, text string) uint64 {
	_, k := m.lookup(in, text)
	return k
}

// SeqHash folds a sequence of syllable keys into the hash used for
// dictionary lookups.
func SeqHash(h uint64, key uint64) uint64 { return mix(h, key) }

// SeqSeed starts a SeqHash chain.
const SeqSeed = lexSeed

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
