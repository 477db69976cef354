// Package wseg is the word-segmentation engine behind tokenize.Words: an
// averaged structured perceptron over syllables with semi-Markov decoding
// (junction features for where words start, dense features for whole
// candidate words), its training and its compact binary model format.
//
// The engine sees a sentence as a sequence of units (the tokens of
// tokenize.Tokens). A syllable's identity is its lower-cased, normalized
// spelling mapped to a vocabulary ID, so NFD input or the other tone-mark
// style reaches the same features as NFC input.
package wseg

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Syllable flags stored with vocabulary entries.
const (
	FlagSurname uint8 = 1 << iota // a Vietnamese family name (Nguyễn, Trần)
	FlagMiddle                    // a common middle name (Văn, Thị)
	flagLexicon                   // part of some lexicon word: a Vietnamese syllable
)

// Lexicon profile of a syllable, in its flags: how many lexicon words it
// begins and ends (bucketed), a prior for "starts/ends a word" that also
// covers syllables the training corpus never saw.
const (
	profFirstShift = 3
	profLastShift  = 5
)

// Normalizer maps a syllable to its canonical spelling (NFC, one tone-mark
// style). It must return s itself when s is already canonical.
type Normalizer func(s string) string

// Model is an immutable trained segmenter, safe for concurrent use.
type Model struct {
	norm   Normalizer
	vocab  table[uint32] // hash of lower-cased spelling -> vocabulary ID
	flags  []uint8       // by vocabulary ID
	nVocab int
	lists  wordLists // lexicon, corpus words and corpus negatives
	rec    []float32
	dense  []float32
	hashed wtable
	wordW  []float32 // dense word features (see wordFeatures)
}

// wordLists holds three word lists — the external lexicon, the corpus's
// words and its negatives — as hashed vocabulary-ID sequences in one table,
// two bits per list (word, prefix of a longer word), so one walk from a unit
// finds the words of all three.
type wordLists struct {
	t      table[uint8]
	maxLen [nLists]int
	walk   int // the longest of maxLen
}

// Word lists.
const (
	listLexicon = iota
	listCorpus
	listNegative
	nLists
)

func newWordLists(lists ...[][]uint32) wordLists {
	n := 0
	for _, l := range lists {
		for _, w := range l {
			n += len(w)
		}
	}
	wl := wordLists{t: newTable[uint8](n)}
	for k, l := range lists {
		for _, w := range l {
			wl.add(w, k)
		}
	}
	return wl
}

func (wl *wordLists) add(ids []uint32, list int) {
	if len(ids) > maxLexLen {
		return
	}
	wl.maxLen[list] = max(wl.maxLen[list], len(ids))
	wl.walk = max(wl.walk, len(ids))
	h := uint64(lexSeed)
	for i, id := range ids {
		h = mix(h, uint64(id))
		f := lexPrefix
		if i == len(ids)-1 {
			f = lexWord
		}
		wl.t.vals[wl.t.slot(h)] |= f << (2 * list)
	}
}

const (
	lexWord   uint8 = 1
	lexPrefix uint8 = 2
	lexSeed         = 0x5EED
	maxLexLen       = 8
)

const magic = "VNWS2\n"

// modelData is what training produces before encoding.
type modelData struct {
	vocab    []string // canonical keys; ID = index+1
	flags    []uint8
	variants []variant
	lexicon  [][]uint32
	corpus   [][]uint32
	negative [][]uint32
	wordW    []float32
	weights  map[uint64]float32 // hashed training keys
}

type variant struct {
	key string
	id  uint32
}

// build makes a Model from training data (the weights may be empty).
func (d *modelData) build(norm Normalizer) *Model {
	m := &Model{norm: norm, nVocab: len(d.vocab), wordW: make([]float32, wordFeatSize)}
	copy(m.wordW, d.wordW)
	m.vocab = newTable[uint32](len(d.vocab) + len(d.variants))
	m.flags = make([]uint8, len(d.vocab)+1)
	for i, k := range d.vocab {
		m.vocab.put(hashString(k), uint32(i+1))
		m.flags[i+1] = d.flags[i]
	}
	for _, v := range d.variants {
		m.vocab.put(hashString(v.key), v.id)
	}
	m.lists = newWordLists(d.lexicon, d.corpus, d.negative)
	c := compile(d.weights, len(d.vocab))
	m.rec, m.dense = c.rec, c.dense
	m.hashed = newWTable(len(c.hashed))
	for k, w := range c.hashed {
		m.hashed.put(k, w)
	}
	return m
}

// encode serializes the model: vocabulary, word lists, word features and
// the compiled weights quantized to 16 bits, hashed keys sorted so the
// bytes are deterministic.
func (d *modelData) encode() []byte {
	var b bytes.Buffer
	b.WriteString(magic)
	putU := func(v uint64) { b.Write(binary.AppendUvarint(nil, v)) }
	putS := func(s string) { putU(uint64(len(s))); b.WriteString(s) }
	putU(uint64(len(d.vocab)))
	for i, k := range d.vocab {
		putS(k)
		b.WriteByte(d.flags[i])
	}
	putU(uint64(len(d.variants)))
	for _, v := range d.variants {
		putS(v.key)
		putU(uint64(v.id))
	}
	for _, list := range [][][]uint32{d.lexicon, d.corpus, d.negative} {
		putU(uint64(len(list)))
		for _, w := range list {
			putU(uint64(len(w)))
			for _, id := range w {
				putU(uint64(id))
			}
		}
	}
	putU(uint64(len(d.wordW)))
	for _, w := range d.wordW {
		b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(w)))
	}
	c := compile(d.weights, len(d.vocab))
	var maxAbs float32
	for _, w := range d.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	q := func(w float32) uint16 { return uint16(int16(math.Round(float64(w / scale)))) }
	b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(scale)))
	for _, arr := range [][]float32{c.rec, c.dense} {
		putU(uint64(len(arr)))
		for _, w := range arr {
			b.Write(binary.LittleEndian.AppendUint16(nil, q(w)))
		}
	}
	keys := make([]uint64, 0, len(c.hashed))
	for k := range c.hashed {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	putU(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		putU(k - prev)
		prev = k
		b.Write(binary.LittleEndian.AppendUint16(nil, q(c.hashed[k])))
	}
	return b.Bytes()
}

var errCorrupt = errors.New("wseg: corrupt model")

// reader decodes a model file; the first error sticks.
type reader struct {
	p   []byte
	err bool
}

func (r *reader) u() uint64 {
	v, n := binary.Uvarint(r.p)
	if n <= 0 {
		r.err = true
		return 0
	}
	r.p = r.p[n:]
	return v
}

// count reads a length that cannot exceed the bytes left (each element
// takes at least one byte).
func (r *reader) count() int {
	n := r.u()
	if n > uint64(len(r.p)) {
		r.err = true
		return 0
	}
	return int(n)
}

func (r *reader) bytes(n int) []byte {
	if r.err || n > len(r.p) {
		r.err = true
		return nil
	}
	b := r.p[:n]
	r.p = r.p[n:]
	return b
}

func (r *reader) f32() float32 {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b))
}

func (r *reader) i16() int16 {
	b := r.bytes(2)
	if b == nil {
		return 0
	}
	return int16(binary.LittleEndian.Uint16(b))
}

// Load decodes a model written by the training command. Tables are built
// straight from the bytes, with no intermediate maps, so loading takes a
// few milliseconds.
func Load(data []byte, norm Normalizer) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, fmt.Errorf("wseg: not a model file")
	}
	r := &reader{p: data[len(magic):]}
	m := &Model{norm: norm}
	nv := r.count()
	m.nVocab = nv
	m.flags = make([]uint8, nv+1)
	type keyID struct {
		h  uint64
		id uint32
	}
	keys := make([]keyID, 0, nv)
	for i := 1; i <= nv && !r.err; i++ {
		keys = append(keys, keyID{hashBytes(r.bytes(r.count())), uint32(i)})
		if f := r.bytes(1); f != nil {
			m.flags[i] = f[0]
		}
	}
	nvar := r.count()
	for range nvar {
		if r.err {
			break
		}
		h := hashBytes(r.bytes(r.count()))
		id := r.u()
		if id == 0 || id > uint64(nv) {
			r.err = true
		}
		keys = append(keys, keyID{h, uint32(id)})
	}
	m.vocab = newTable[uint32](len(keys))
	for _, k := range keys {
		m.vocab.put(k.h, k.id)
	}
	// The three lists follow one another; count entries to size the table.
	listStart := r.p
	total := 0
	for range nLists {
		n := r.count()
		for range n {
			l := r.count()
			total += l
			for range l {
				r.u()
			}
		}
	}
	r.p = listStart
	m.lists = wordLists{t: newTable[uint8](total)}
	var ids [maxLexLen]uint32
	for list := range nLists {
		n := r.count()
		for range n {
			l := r.count()
			if r.err {
				break
			}
			for j := range l {
				id := r.u()
				if id == 0 || id > uint64(nv) {
					r.err = true
				}
				if j < maxLexLen {
					ids[j] = uint32(id)
				}
			}
			if l <= maxLexLen {
				m.lists.add(ids[:l], list)
			}
		}
	}
	nw := r.count()
	if nw != wordFeatSize {
		r.err = true
	}
	m.wordW = make([]float32, wordFeatSize)
	for i := range nw {
		if i < len(m.wordW) {
			m.wordW[i] = r.f32()
		}
	}
	scale := r.f32()
	readArr := func(want int) []float32 {
		n := r.count()
		if n != want {
			r.err = true
			return make([]float32, want)
		}
		a := make([]float32, n)
		for i := range a {
			a[i] = float32(r.i16()) * scale
		}
		return a
	}
	m.rec = readArr((nv + 4) * recSize)
	m.dense = readArr(denseSize)
	nh := r.count()
	m.hashed = newWTable(nh)
	k := uint64(0)
	for range nh {
		if r.err {
			break
		}
		k += r.u()
		m.hashed.put(k, float32(r.i16())*scale)
	}
	if r.err || len(r.p) != 0 {
		return nil, errCorrupt
	}
	return m, nil
}

// Empty returns the encoding of a model that knows nothing: every syllable
// is a word. Training uses it to tokenize before any model exists.
func Empty() []byte {
	d := modelData{weights: map[uint64]float32{}, wordW: make([]float32, wordFeatSize)}
	return d.encode()
}

// Stats describes a model for reports.
type Stats struct {
	Vocabulary, ListEntries, HashedSlots int
}

// Inspect returns a model's sizes.
func Inspect(data []byte) (Stats, error) {
	m, err := Load(data, nil)
	if err != nil {
		return Stats{}, err
	}
	return Stats{m.nVocab, m.lists.t.n, len(m.hashed.slots)}, nil
}
