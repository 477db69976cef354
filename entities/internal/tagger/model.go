package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"math/bits"
	"slices"
)

// Model is a trained tagger: hashed feature weights per label, label
// transition weights, and the entity types it knows. It is immutable and
// safe for concurrent use; each call brings its own Sentence.
type Model struct {
	types []string
	nl    int   // labels: 1 + 4*len(types)
	bits  uint8 // feature buckets: 1 << bits
	// table is an open-addressing hash table of the buckets that have
	// weights: a slot is (bucket+1)<<32 | offset<<6 | count, the bucket's
	// non-zero weights being weights[offset:offset+count]; 0 is an empty
	// slot. Few of the 1<<bits buckets have weights, so the table is small
	// enough to stay in cache; rows are sparse (a feature weighs on few
	// labels), so Tag adds only those.
	table   []uint64
	tshift  uint     // 64 - log2(len(table))
	weights []uint32 // label<<16 | uint16(weight)
	lattice *packedLattice
	plain   *lattice[int32] // the same transitions for TagPrior's passes
	scale   float64         // weight = int / scale
	// minMargin: TagPrior's margin, in weight units (format 2; 0 before).
	minMargin float64
}

// Types returns the entity types the model tags, sorted.
func (m *Model) Types() []string { return slices.Clone(m.types) }

// Tag labels the tokens of s and returns the entity spans found, in order.
// The returned slice is s's until the next Tag call on s.
func (m *Model) Tag(s *Sentence) []Span {
	n := len(s.toks)
	s.spans = s.spans[:0]
	if n == 0 {
		return s.spans
	}
	s.labels = grow(s.labels, n)
	s.back = grow(s.back, n*m.nl)
	s.emit = grow(s.emit, m.nl)
	viterbiPacked(n, func(i int, e []int32) { m.emit(s, i, e) }, s.emit, m.lattice, s.back, s.labels)
	s.spans = decode(s.spans, s.labels)
	return s.spans
}

// emit writes the emission scores of token i of s into e.
func (m *Model) emit(s *Sentence, i int, e []int32) {
	clear(e)
	var fbuf, first [maxFeatures]uint64
	fs := s.features(i, fbuf[:0])
	// Load every feature's first slot before using any: the loads are
	// independent, so their cache misses overlap.
	shift := 64 - uint(m.bits)
	for k, h := range fs {
		b := bucket(h, shift)
		fs[k] = uint64(b)
		first[k] = m.table[slot(b, m.tshift)]
	}
	for k, b := range fs {
		x := m.resolve(uint32(b), first[k])
		for _, lw := range m.weights[x>>6 : x>>6+x&63] {
			e[lw>>16] += int32(int16(lw))
		}
	}
	if s.toks[i].line {
		// An entity ends at a line break (a heading, a byline, a
		// paragraph): labels that go on from the token before are barred.
		for l := 1; l < len(e); l += 4 {
			e[l+posI] = lineBarrier
			e[l+posL] = lineBarrier
		}
	}
}

// lineBarrier is the emission score of a barred label: far below any sum
// of weights, and far enough above the decoders' minus infinity that
// adding it to a score cannot overflow.
const lineBarrier = math.MinInt32 / 2

// resolve returns offset<<6 | count of bucket b's weights, 0 if none,
// given s, the content of b's first slot.
func (m *Model) resolve(b uint32, s uint64) uint32 {
	key := uint64(b+1) << 32
	mask := len(m.table) - 1
	for i := int(slot(b, m.tshift)); ; {
		if s&^0xFFFFFFFF == key {
			return uint32(s)
		}
		if s == 0 {
			return 0
		}
		i = (i + 1) & mask
		s = m.table[i]
	}
}

func slot(b uint32, shift uint) uint64 { return (uint64(b) * 0x9E3779B97F4A7C15) >> shift }

// bucket maps a feature hash to one of 1<<(64-shift) buckets.
func bucket(h uint64, shift uint) uint32 { return uint32((h * 0x9E3779B97F4A7C15) >> shift) }

type number interface {
	~int32 | ~int64 | ~float32 | ~float64
}

type sum interface{ ~int64 | ~float64 }

// lattice holds a model's transition weights arranged for Viterbi: for
// each label, its allowed predecessors and the weight of each step from
// them, contiguous so the inner loop reads memory in order.
type lattice[T number] struct {
	nl         int
	pred       [][]int
	step       [][]T // step[y][k]: weight of pred[y][k] followed by y
	start, end []T   // weight of y first, y last
}

// newLattice arranges trans ((nl+1)², [(a+1)*(nl+1)+b+1], -1 for the start
// and end) for nl labels.
func newLattice[T number](trans []T, nl int) *lattice[T] {
	lt := &lattice[T]{nl: nl, pred: predecessors(nl), step: make([][]T, nl), start: make([]T, nl), end: make([]T, nl)}
	lt.set(trans)
	return lt
}

func (lt *lattice[T]) set(trans []T) {
	w := lt.nl + 1
	for y := range lt.nl {
		lt.step[y] = lt.step[y][:0]
		for _, a := range lt.pred[y] {
			lt.step[y] = append(lt.step[y], trans[(a+1)*w+y+1])
		}
		lt.start[y], lt.end[y] = trans[y+1], trans[(y+1)*w]
	}
}

// viterbi writes the best well-formed label sequence for the emission
// scores emit (n×nl) into labels, using delta and back (n×nl) as scratch.
// Scores are summed in D (int64 for quantized models: an article-long sum
// overflows int32).
func viterbi[E, T number, D sum](emit []E, lt *lattice[T], delta []D, back []uint8, labels []uint8) {
	nl := lt.nl
	n := len(emit) / nl
	minusInf := D(-1 << 60)
	for y := range nl {
		if allowed(-1, y) {
			delta[y] = D(emit[y]) + D(lt.start[y])
		} else {
			delta[y] = minusInf
		}
	}
	for i := 1; i < n; i++ {
		prev, cur := delta[(i-1)*nl:i*nl], delta[i*nl:(i+1)*nl]
		bk := back[i*nl : (i+1)*nl]
		em := emit[i*nl : (i+1)*nl]
		for y := range nl {
			best, arg := minusInf, 0
			step := lt.step[y]
			for k, a := range lt.pred[y] {
				if v := prev[a] + D(step[k]); v > best {
					best, arg = v, a
				}
			}
			cur[y] = best + D(em[y])
			bk[y] = uint8(arg)
		}
	}
	last := delta[(n-1)*nl : n*nl]
	best, arg := minusInf, 0
	for y := range nl {
		if !allowed(y, -1) {
			continue
		}
		if v := last[y] + D(lt.end[y]); v > best {
			best, arg = v, y
		}
	}
	for i := n - 1; i >= 0; i-- {
		labels[i] = uint8(arg)
		arg = int(back[i*nl+arg])
	}
}

// packedLattice is a lattice arranged for viterbiPacked: labels grouped
// by their predecessor list (every label that opens or stays outside an
// entity shares one), each step weight stored as weight<<8 | predecessor.
type packedLattice struct {
	nl         int
	groups     []predGroup
	start, end []int64 // shifted left 8
}

type predGroup struct {
	pred  []int
	label []int
	step  [][]int64 // step[j][k]: pred[k] → label[j], weight<<8 | pred[k]
}

func newPackedLattice(lt *lattice[int32]) *packedLattice {
	pl := &packedLattice{nl: lt.nl, start: make([]int64, lt.nl), end: make([]int64, lt.nl)}
	for y := range lt.nl {
		g := slices.IndexFunc(pl.groups, func(g predGroup) bool { return slices.Equal(g.pred, lt.pred[y]) })
		if g < 0 {
			pl.groups = append(pl.groups, predGroup{pred: lt.pred[y]})
			g = len(pl.groups) - 1
		}
		row := make([]int64, len(lt.pred[y]))
		for k, a := range lt.pred[y] {
			row[k] = int64(lt.step[y][k])<<8 | int64(a)
		}
		pl.groups[g].label = append(pl.groups[g].label, y)
		pl.groups[g].step = append(pl.groups[g].step, row)
		pl.start[y], pl.end[y] = int64(lt.start[y])<<8, int64(lt.end[y])<<8
	}
	return pl
}

// viterbiPacked is viterbi for a quantized model, over n tokens whose
// emission scores emit writes one token at a time, so only two rows of
// scores are kept (memory per token: the back pointers). Scores are kept
// shifted left 8 bits and a candidate carries its predecessor in the low
// byte, so the inner loop is an add and a branch-free max over the
// predecessors of a group, gathered once per token; ties go to the higher
// predecessor. em (nl long) is emit's scratch.
func viterbiPacked(n int, emit func(i int, e []int32), em []int32, pl *packedLattice, back []uint8, labels []uint8) {
	nl := pl.nl
	const minusInf = -1 << 58
	var rows [2][64]int64
	prev, cur := rows[0][:nl], rows[1][:nl]
	em = em[:nl]
	emit(0, em)
	for y := range nl {
		if allowed(-1, y) {
			prev[y] = int64(em[y])<<8 + pl.start[y]
		} else {
			prev[y] = minusInf
		}
	}
	var gather [64]int64
	for i := 1; i < n; i++ {
		emit(i, em)
		bk := back[i*nl : (i+1)*nl]
		for gi := range pl.groups {
			g := &pl.groups[gi]
			ps := gather[:len(g.pred)]
			for k, a := range g.pred {
				ps[k] = prev[a]
			}
			for j, y := range g.label {
				step := g.step[j][:len(ps)]
				best := int64(minusInf)
				for k, p := range ps {
					best = max(best, p+step[k])
				}
				cur[y] = best&^0xFF + int64(em[y])<<8
				bk[y] = uint8(best)
			}
		}
		prev, cur = cur, prev
	}
	best := int64(minusInf)
	for y := range nl {
		if allowed(y, -1) {
			best = max(best, prev[y]+pl.end[y]|int64(y))
		}
	}
	arg := int(uint8(best))
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
//	rows: number of rows and of weights, then per row (sorted by bucket):
//	bucket delta, a bit mask of the labels with a non-zero weight, each
//	such weight (zigzag varint)
//	format 2: the margin TagPrior needs (float64 bits, fixed 8 bytes)
//	CRC-32 (IEEE) of everything before it, fixed 4 bytes
//
// Strings are a length and bytes.

const (
	magic         = "vntext-tagger\n"
	formatVersion = 2
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
	version := d.uvarint()
	if version < 1 || version > formatVersion {
		return nil, fmt.Errorf("tagger: model format %d, this build reads 1 to %d", version, formatVersion)
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
	trans := make([]int32, (m.nl+1)*(m.nl+1))
	for i := range trans {
		v := d.varint()
		if v < math.MinInt32/4 || v > math.MaxInt32/4 {
			return nil, errors.New("tagger: model transition weight out of range")
		}
		trans[i] = int32(v)
	}
	nrows, nweights := d.uvarint(), d.uvarint()
	if d.err == nil && (nrows > uint64(len(d.b)) || nweights > uint64(len(d.b)) || nweights >= 1<<26) {
		return nil, errors.New("tagger: model file is truncated or damaged")
	}
	size := 1024
	for size < 3*int(nrows) {
		size *= 2
	}
	m.table = make([]uint64, size)
	m.tshift = 64 - uint(bits.Len(uint(size))-1)
	m.weights = make([]uint32, 0, nweights)
	// The rows, read with the varint calls inline: this loop is most of
	// the start-up time.
	buf, at := d.b, 0
	next := func() (uint64, bool) {
		v, n := binary.Uvarint(buf[at:])
		at += max(n, 0)
		return v, n > 0
	}
	b := uint64(0)
	for range nrows {
		gap, ok1 := next()
		mask, ok2 := next()
		b += gap
		if !ok1 || !ok2 || b >= 1<<m.bits || mask == 0 || mask>>m.nl != 0 || uint64(len(m.weights))+uint64(bits.OnesCount64(mask)) > nweights {
			return nil, errors.New("tagger: model rows are damaged")
		}
		off := len(m.weights)
		for ; mask != 0; mask &= mask - 1 {
			l := bits.TrailingZeros64(mask)
			u, ok := next()
			w := int64(u>>1) ^ -int64(u&1) // zigzag, as binary.AppendVarint writes
			if !ok || w < math.MinInt16 || w > math.MaxInt16 {
				return nil, errors.New("tagger: model weight damaged or out of range")
			}
			m.weights = append(m.weights, uint32(l)<<16|uint32(uint16(w)))
		}
		m.insert(uint32(b), uint32(off)<<6|uint32(len(m.weights)-off))
		b++ // buckets are stored as the gap after the previous one
	}
	d.b = buf[at:]
	if version >= 2 {
		m.minMargin = math.Float64frombits(d.fixed64())
		if d.err == nil && (math.IsNaN(m.minMargin) || math.IsInf(m.minMargin, 0) || m.minMargin < 0) {
			return nil, errors.New("tagger: model margin out of range")
		}
	}
	if uint64(len(m.weights)) != nweights {
		return nil, errors.New("tagger: model rows are damaged")
	}
	if d.err != nil {
		return nil, fmt.Errorf("tagger: model file: %w", d.err)
	}
	if len(d.b) != 0 {
		return nil, errors.New("tagger: model file has trailing bytes")
	}
	m.plain = newLattice(trans, m.nl)
	m.lattice = newPackedLattice(m.plain)
	return m, nil
}

func (m *Model) insert(b, v uint32) {
	mask := len(m.table) - 1
	i := int(slot(b, m.tshift))
	for m.table[i] != 0 {
		i = (i + 1) & mask
	}
	m.table[i] = uint64(b+1)<<32 | uint64(v)
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
