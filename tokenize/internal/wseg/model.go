// Package wseg is the word-segmentation engine behind tokenize.Words: an
// averaged-perceptron B/I tagger over syllables with first-order Viterbi
// decoding, its features, its training and its compact binary model format.
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
	"sort"
)

// Syllable flags stored with vocabulary entries.
const (
	FlagSurname uint8 = 1 << iota // a Vietnamese family name (Nguyễn, Trần)
	FlagMiddle                    // a common middle name (Văn, Thị)
	flagLexicon                   // part of some lexicon word: a Vietnamese syllable
)

// Normalizer maps a syllable to its canonical spelling (NFC, one tone-mark
// style). It must return s itself when s is already canonical.
type Normalizer func(s string) string

// Model is an immutable trained segmenter, safe for concurrent use.
type Model struct {
	norm    Normalizer
	vocab   table[uint32] // hash of lower-cased spelling -> vocabulary ID
	flags   []uint8       // by vocabulary ID
	lex     wordSet       // the external lexicon
	corpus  wordSet       // multi-syllable words of the training corpus
	places  wordSet       // names of provinces, districts and communes
	neg     wordSet       // lexicon words the training corpus mostly splits
	weights table[float32]
	wordW   []float32 // dense word features (see wordFeatures)
}

// wordSet holds words as hashed vocabulary-ID sequences, prefixes marked so
// a lookup walk stops early.
type wordSet struct {
	t      table[uint8] // hash of an ID sequence -> lexWord|lexPrefix
	maxLen int
}

func newWordSet(words [][]uint32) wordSet {
	n := 0
	for _, w := range words {
		n += len(w)
	}
	ws := wordSet{t: newTable[uint8](n)}
	for _, w := range words {
		ws.add(w)
	}
	return ws
}

func (ws *wordSet) add(ids []uint32) {
	if len(ids) > maxLexLen {
		return
	}
	ws.maxLen = max(ws.maxLen, len(ids))
	h := uint64(lexSeed)
	for i, id := range ids {
		h = mix(h, uint64(id))
		f, _ := ws.t.get(h)
		if i == len(ids)-1 {
			f |= lexWord
		} else {
			f |= lexPrefix
		}
		ws.t.put(h, f)
	}
}

const (
	lexWord   uint8 = 1
	lexPrefix uint8 = 2
)

const magic = "VNWS1\n"

// modelData is the decoded content of a model file, also what training
// produces before encoding.
type modelData struct {
	vocab    []string // canonical keys; ID = index+1
	flags    []uint8
	variants []variant
	lexicon  [][]uint32
	corpus   [][]uint32
	negative [][]uint32
	wordW    []float32
	weights  map[uint64]float32
}

type variant struct {
	key string
	id  uint32
}

// Load decodes a model produced by Encode.
func Load(data []byte, norm Normalizer) (*Model, error) {
	d, err := decode(data)
	if err != nil {
		return nil, err
	}
	return d.build(norm), nil
}

func (d *modelData) build(norm Normalizer) *Model {
	m := &Model{norm: norm, wordW: make([]float32, wordFeatSize)}
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
	m.lex = newWordSet(d.lexicon)
	m.corpus = newWordSet(d.corpus)
	m.neg = newWordSet(d.negative)
	m.weights = newTable[float32](len(d.weights))
	for k, w := range d.weights {
		m.weights.put(k, w)
	}
	return m
}

const (
	lexSeed   = 0x5EED
	maxLexLen = 8
)

// Encode serializes the model: vocabulary, lexicon, transitions and weights
// quantized to 16 bits, keys sorted so the bytes are deterministic.
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
	keys := make([]uint64, 0, len(d.weights))
	var maxAbs float32
	for k, w := range d.weights {
		keys = append(keys, k)
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(scale)))
	putU(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		putU(k - prev)
		prev = k
		q := int16(math.Round(float64(d.weights[k] / scale)))
		b.Write(binary.LittleEndian.AppendUint16(nil, uint16(q)))
	}
	return b.Bytes()
}

var errCorrupt = errors.New("wseg: corrupt model")

func decode(data []byte) (d *modelData, err error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, fmt.Errorf("wseg: not a model file")
	}
	p := data[len(magic):]
	fail := false
	getU := func() uint64 {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			fail = true
			return 0
		}
		p = p[n:]
		return v
	}
	getS := func() string {
		n := getU()
		if fail || n > uint64(len(p)) {
			fail = true
			return ""
		}
		s := string(p[:n])
		p = p[n:]
		return s
	}
	getB := func(n int) []byte {
		if fail || n > len(p) {
			fail = true
			return make([]byte, n)
		}
		b := p[:n]
		p = p[n:]
		return b
	}
	d = &modelData{}
	nv := getU()
	if nv > uint64(len(p)) {
		return nil, errCorrupt
	}
	d.vocab = make([]string, 0, nv)
	d.flags = make([]uint8, 0, nv)
	for i := uint64(0); i < nv && !fail; i++ {
		d.vocab = append(d.vocab, getS())
		d.flags = append(d.flags, getB(1)[0])
	}
	nvar := getU()
	if nvar > uint64(len(p)) {
		return nil, errCorrupt
	}
	for i := uint64(0); i < nvar && !fail; i++ {
		k := getS()
		id := getU()
		if id == 0 || id > nv {
			fail = true
		}
		d.variants = append(d.variants, variant{k, uint32(id)})
	}
	getWords := func() [][]uint32 {
		nl := getU()
		if nl > uint64(len(p)) {
			fail = true
			return nil
		}
		list := make([][]uint32, 0, nl)
		for i := uint64(0); i < nl && !fail; i++ {
			n := getU()
			if n > uint64(len(p)) {
				fail = true
				break
			}
			w := make([]uint32, n)
			for j := range w {
				id := getU()
				if id == 0 || id > nv {
					fail = true
				}
				w[j] = uint32(id)
			}
			list = append(list, w)
		}
		return list
	}
	d.lexicon = getWords()
	d.corpus = getWords()
	d.negative = getWords()
	nww := getU()
	if nww > wordFeatSize {
		return nil, errCorrupt
	}
	d.wordW = make([]float32, nww)
	for i := range d.wordW {
		d.wordW[i] = math.Float32frombits(binary.LittleEndian.Uint32(getB(4)))
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(getB(4)))
	nw := getU()
	if nw > uint64(len(p)) {
		return nil, errCorrupt
	}
	d.weights = make(map[uint64]float32, nw)
	prev := uint64(0)
	for i := uint64(0); i < nw && !fail; i++ {
		prev += getU()
		q := int16(binary.LittleEndian.Uint16(getB(2)))
		d.weights[prev] = float32(q) * scale
	}
	if fail || len(p) != 0 {
		return nil, errCorrupt
	}
	return d, nil
}

// Empty returns the encoding of a model that knows nothing: every syllable
// is a word. Training uses it to tokenize before any model exists.
func Empty() []byte {
	d := modelData{weights: map[uint64]float32{}}
	return d.encode()
}
