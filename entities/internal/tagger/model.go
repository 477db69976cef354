package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
)

// Model is a trained tagger: hashed feature weights per label, label
// transition weights, and the entity types it knows. It is immutable and
// safe for concurrent use; each call brings its own Sentence.
type Model struct {
	types []string
	nl    int      // labels: 1 + 4*len(types)
	bits  uint8    // feature buckets: 1 << bits
	index []uint32 // bucket → 1 + row; 0: the bucket has no weights
	rows  []int16  // row r is rows[r*nl : (r+1)*nl]
	trans []int32  // [(a+1)*(nl+1) + b+1]: label a then b; -1 is start/end
	pred  [][]int  // allowed predecessors of each label
	scale float64  // weight = int / scale
}

// Types returns the entity types the model tags, sorted.
func (m *Model) Types() []string { return slices.Clone(m.types) }

// Tag labels the tokens of s and returns the entity spans found, in order.
// The returned slice is s's until the next Tag call on s.
func (m *Model) Tag(s *Sentence) []Span {
	n, nl := len(s.toks), m.nl
	s.spans = s.spans[:0]
	if n == 0 {
		return s.spans
	}
	s.emit = grow(s.emit, n*nl)
	clear(s.emit)
	var fbuf [maxFeatures]uint64
	shift := 64 - uint(m.bits)
	for i := range n {
		e := s.emit[i*nl : (i+1)*nl]
		for _, h := range s.features(i, fbuf[:0]) {
			r := m.index[bucket(h, shift)]
			if r == 0 {
				continue
			}
			row := m.rows[int(r-1)*nl : int(r)*nl]
			for l, w := range row {
				e[l] += int32(w)
			}
		}
	}
	s.labels = grow(s.labels, n)
	s.delta = grow(s.delta, n*nl)
	s.back = grow(s.back, n*nl)
	viterbi(s.emit, m.trans, nl, m.pred, s.delta, s.back, s.labels)
	s.spans = decode(s.spans, s.labels)
	return s.spans
}

// bucket maps a feature hash to one of 1<<(64-shift) buckets.
func bucket(h uint64, shift uint) uint32 { return uint32((h * 0x9E3779B97F4A7C15) >> shift) }

type number interface {
	~int32 | ~int64 | ~float32 | ~float64
}

type sum interface{ ~int64 | ~float64 }

// viterbi writes the best well-formed label sequence for the emission
// scores emit (n×nl) and transitions trans into labels, using delta and
// back (n×nl) as scratch. Scores are summed in D (int64 for quantized
// models: an article-long sum overflows int32).
func viterbi[E, T number, D sum](emit []E, trans []T, nl int, pred [][]int, delta []D, back []uint8, labels []uint8) {
	n := len(emit) / nl
	minusInf := D(-1 << 60)
	w := nl + 1
	for y := range nl {
		if allowed(-1, y) {
			delta[y] = D(emit[y]) + D(trans[0*w+y+1])
		} else {
			delta[y] = minusInf
		}
	}
	for i := 1; i < n; i++ {
		prev, cur := delta[(i-1)*nl:i*nl], delta[i*nl:(i+1)*nl]
		bk := back[i*nl : (i+1)*nl]
		for y := range nl {
			best, arg := minusInf, 0
			for _, a := range pred[y] {
				if v := prev[a] + D(trans[(a+1)*w+y+1]); v > best {
					best, arg = v, a
				}
			}
			cur[y] = best + D(emit[i*nl+y])
			bk[y] = uint8(arg)
		}
	}
	last := delta[(n-1)*nl : n*nl]
	best, arg := minusInf, 0
	for y := range nl {
		if !allowed(y, -1) {
			continue
		}
		if v := last[y] + D(trans[(y+1)*w+0]); v > best {
			best, arg = v, y
		}
	}
	for i := n - 1; i >= 0; i-- {
		labels[i] = uint8(arg)
		arg = int(back[i*nl+arg])
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Model file format (little-endian, all integers unsigned varints unless
// said otherwise):
//
//	magic "vntext-tagger\n", format version
//	feature signature (string: FeatureVersion and the clusters' hash)
//	bits, number of types, each type (string)
//	scale (float64 bits, fixed 8 bytes)
//	transitions: (nl+1)² zigzag varints
//	rows: count, then per row (sorted by bucket): bucket delta, a bit mask
//	of the labels with a non-zero weight, each such weight (zigzag varint)
//	CRC-32 (IEEE) of everything before it, fixed 4 bytes
//
// Strings are a length and bytes.

const (
	magic         = "vntext-tagger\n"
	formatVersion = 1
	maxTypes      = 15 // 1+4*15 = 61 labels: a row's label mask fits 64 bits
)

// signature identifies the features a model was trained with: the
// templates and the clusters they read.
func signature() string {
	return fmt.Sprintf("%s clusters-%016x", FeatureVersion, defaultClusters().sum)
}

// Load reads a model written by Train. It refuses models of another
// format or trained with other features, with an error that says so.
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("tagger: reading model: %w", err)
	}
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, errors.New("tagger: not a vntext entity model")
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, errors.New("tagger: model file is damaged (checksum mismatch)")
	}
	d := decoder{b: body[len(magic):]}
	if v := d.uvarint(); v != formatVersion {
		return nil, fmt.Errorf("tagger: model format %d, this build reads %d", v, formatVersion)
	}
	if sig := d.string(); d.err == nil && sig != signature() {
		return nil, fmt.Errorf("tagger: model trained with features %q, this build has %q: train it again", sig, signature())
	}
	m := &Model{bits: uint8(d.uvarint())}
	if d.err == nil && (m.bits < 10 || m.bits > 26) {
		return nil, fmt.Errorf("tagger: model has 2^%d feature buckets, want 2^10 to 2^26", m.bits)
	}
	nt := d.uvarint()
	if d.err == nil && (nt == 0 || nt > maxTypes) {
		return nil, fmt.Errorf("tagger: model has %d types, want 1 to %d", nt, maxTypes)
	}
	for range nt {
		m.types = append(m.types, d.string())
	}
	m.nl = numLabels(len(m.types))
	m.scale = math.Float64frombits(d.fixed64())
	m.trans = make([]int32, (m.nl+1)*(m.nl+1))
	for i := range m.trans {
		m.trans[i] = int32(d.varint())
	}
	nrows := d.uvarint()
	if d.err == nil && nrows > uint64(len(d.b)) {
		return nil, errors.New("tagger: model file is truncated")
	}
	m.index = make([]uint32, 1<<m.bits)
	m.rows = make([]int16, 0, int(nrows)*m.nl)
	b := uint64(0)
	for r := range nrows {
		b += d.uvarint()
		mask := d.uvarint()
		if d.err != nil || b >= uint64(len(m.index)) || mask>>m.nl != 0 {
			return nil, errors.New("tagger: model rows are damaged")
		}
		m.index[b] = uint32(r + 1)
		for l := range m.nl {
			var w int16
			if mask&(1<<l) != 0 {
				w = int16(d.varint())
			}
			m.rows = append(m.rows, w)
		}
		b++ // buckets are stored as the gap after the previous one
	}
	if d.err != nil {
		return nil, fmt.Errorf("tagger: model file: %w", d.err)
	}
	if len(d.b) != 0 {
		return nil, errors.New("tagger: model file has trailing bytes")
	}
	m.pred = predecessors(m.nl)
	return m, nil
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errors.New("truncated or bad number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errors.New("truncated or bad number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) fixed64() uint64 {
	if d.err != nil {
		return 0
	}
	if len(d.b) < 8 {
		d.err = errors.New("truncated")
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	return v
}

func (d *decoder) string() string {
	n := d.uvarint()
	if d.err != nil {
		return ""
	}
	if n > uint64(len(d.b)) {
		d.err = errors.New("truncated string")
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

// encoder writes the model format.
type encoder struct{ b []byte }

func (e *encoder) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) varint(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) string(s string) {
	e.uvarint(uint64(len(s)))
	e.b = append(e.b, s...)
}
