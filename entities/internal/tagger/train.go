package tagger

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// Example is one annotated token sequence.
type Example struct {
	Sentence *Sentence
	Spans    []Span // sorted, not overlapping; Type indexes Options.Types
	// Prior is the caller's own labelling (sorted, not overlapping), for
	// TagPrior; on dev examples, Train picks the model's margin with it.
	Prior []Span
}

// Options control training. The zero value of each field means its default.
type Options struct {
	// Types are the entity types, sorted and distinct; Span.Type indexes it.
	Types []string
	// Seed orders the examples of each epoch. Same data, options and seed:
	// same model bytes.
	Seed uint64
	// Epochs is the number of passes over the training data (default 12);
	// with dev examples it is the most, and the epoch with the best dev
	// F1 is kept.
	Epochs int
	// Runs is the number of training runs (default 1), with seeds Seed,
	// Seed+1, …; the model holds the mean of their weights, each run's at
	// its best epoch on dev: one run's choices depend on the order it
	// met the examples in, the mean's much less.
	Runs int
	// Patience stops training after this many epochs without a better dev
	// F1 (default 4).
	Patience int
	// Bits sets the number of feature buckets to 1<<Bits (default 21;
	// 20 to 22 fit most data).
	Bits int
	// Prune drops weights whose quantized magnitude is below it (default 2
	// of 32767): tiny averaged weights change no decision and fill the file.
	Prune int
	// Log, if set, receives one line per epoch.
	Log io.Writer
}

// EpochScore is the dev score after one epoch.
type EpochScore struct {
	Epoch int
	Dev   Scores
}

// Report says what training did.
type Report struct {
	Epochs []EpochScore // dev scores, one per epoch run (none without dev)
	Best   int          // the epoch whose weights the model holds (1-based; the last run's)
	// Dev: dev scores of the model written (the runs' mean), without the
	// prior; zero without dev.
	Dev    Scores
	Rows   int     // feature buckets with a non-zero weight
	Bytes  int     // model size
	Margin float64 // TagPrior's margin, picked on the dev priors (0: none)
	// PriorDev: dev scores of TagPrior with that margin.
	PriorDev Scores
}

// Train learns an averaged structured perceptron from train and returns
// the model file (see Load). dev, if not empty, picks the epoch. It stops
// with ctx's error when ctx ends (checked every epoch and every thousand
// examples).
func Train(ctx context.Context, train, dev []Example, opt Options) ([]byte, Report, error) {
	var rep Report
	if err := opt.defaults(); err != nil {
		return nil, rep, err
	}
	if len(train) == 0 {
		return nil, rep, errors.New("tagger: no training examples")
	}
	t := newTrainer(opt)
	data := make([]prepared, len(train))
	for k, ex := range train {
		p, err := t.prepare(ex)
		if err != nil {
			return nil, rep, fmt.Errorf("tagger: training example %d: %w", k+1, err)
		}
		data[k] = p
	}
	for k, ex := range dev {
		if err := checkSpans(ex, len(opt.Types)); err != nil {
			return nil, rep, fmt.Errorf("tagger: dev example %d: %w", k+1, err)
		}
	}
	var sum *snapshot
	for run := range opt.Runs {
		// Each run starts afresh with its own seed; the model holds the
		// mean of the runs' weights, each at its best epoch.
		t := t
		if run > 0 {
			t = newTrainer(opt)
		}
		snap, err := t.run(ctx, data, dev, opt.Seed+uint64(run), &rep)
		if err != nil {
			return nil, rep, err
		}
		if sum == nil {
			sum = snap
		} else {
			sum.add(snap)
		}
	}
	sum.scale(1 / float64(opt.Runs))
	best, rows := sum.marshal(opt)
	rep.Rows = rows
	if len(dev) > 0 {
		m, err := Load(bytes.NewReader(best))
		if err != nil {
			return nil, rep, err
		}
		rep.Dev = Score(m, dev)
	}
	if slices.ContainsFunc(dev, func(ex Example) bool { return len(ex.Prior) > 0 }) {
		m, err := Load(bytes.NewReader(best))
		if err != nil {
			return nil, rep, err
		}
		rep.Margin = PickMargin(m, dev)
		best = setMargin(best, rep.Margin)
		if m, err = Load(bytes.NewReader(best)); err != nil {
			return nil, rep, err
		}
		rep.PriorDev = ScorePrior(m, dev)
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "margin %.3f: dev with the prior P %.2f R %.2f F1 %.2f\n", rep.Margin, rep.PriorDev.Micro.P(), rep.PriorDev.Micro.R(), rep.PriorDev.Micro.F1())
		}
	}
	rep.Bytes = len(best)
	return best, rep, nil
}

// run trains t for at most opt.Epochs passes with seed and returns its
// averaged weights at the epoch that scores best on dev (the last without
// dev); the dev scores go to rep.
func (t *trainer) run(ctx context.Context, data []prepared, dev []Example, seed uint64, rep *Report) (*snapshot, error) {
	opt := t.opt
	rng := rand.New(rand.NewPCG(seed, 0x766e74657874)) // "vntext"
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var best *snapshot
	bestF, since := -1.0, 0
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for n, k := range order {
			if n%1000 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			t.learn(&data[k])
		}
		if len(dev) == 0 {
			continue
		}
		snap := t.averaged()
		b, rows := snap.marshal(opt)
		m, err := Load(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		sc := Score(m, dev)
		rep.Epochs = append(rep.Epochs, EpochScore{epoch, sc})
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "seed %d epoch %d: dev P %.2f R %.2f F1 %.2f (%d feature rows)\n", seed, epoch, sc.Micro.P(), sc.Micro.R(), sc.Micro.F1(), rows)
		}
		if f := sc.Micro.F1(); f > bestF {
			best, bestF, since, rep.Best = snap, f, 0, epoch
		} else if since++; since >= opt.Patience {
			break
		}
	}
	if best == nil {
		best = t.averaged()
		rep.Best = opt.Epochs
	}
	return best, nil
}

// setMargin writes margin into model, a model file marshal wrote.
func setMargin(model []byte, margin float64) []byte {
	n := len(model) - 12
	model = binary.LittleEndian.AppendUint64(model[:n], math.Float64bits(margin))
	return binary.LittleEndian.AppendUint32(model, crc32.ChecksumIEEE(model))
}

func (o *Options) defaults() error {
	if len(o.Types) == 0 || len(o.Types) > maxTypes {
		return fmt.Errorf("tagger: %d entity types, want 1 to %d", len(o.Types), maxTypes)
	}
	for i, t := range o.Types {
		if t == "" || i > 0 && o.Types[i-1] >= t {
			return errors.New("tagger: types must be non-empty, sorted and distinct")
		}
	}
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	if o.Runs == 0 {
		o.Runs = 1
	}
	if o.Patience == 0 {
		o.Patience = 4
	}
	if o.Bits == 0 {
		o.Bits = 21
	}
	if o.Prune == 0 {
		o.Prune = 2
	}
	switch {
	case o.Epochs < 1 || o.Epochs > 1000:
		return fmt.Errorf("tagger: %d epochs, want 1 to 1000", o.Epochs)
	case o.Runs < 1 || o.Runs > 100:
		return fmt.Errorf("tagger: %d runs, want 1 to 100", o.Runs)
	case o.Patience < 1:
		return fmt.Errorf("tagger: patience %d, want at least 1", o.Patience)
	case o.Bits < 16 || o.Bits > 24:
		return fmt.Errorf("tagger: 2^%d feature buckets, want 2^16 to 2^24", o.Bits)
	case o.Prune < 0:
		return fmt.Errorf("tagger: prune %d, want at least 0", o.Prune)
	}
	return nil
}

// trainer holds the perceptron's weights. Averaging uses the usual trick:
// u accumulates c·Δ for each update made when c examples had been seen,
// and the average is w − u/c.
type trainer struct {
	opt   Options
	nl    int
	shift uint
	index []int32   // bucket → 1 + row
	buck  []uint32  // row → bucket
	w     []float32 // rows × nl
	u     []float64
	tw    []float64 // (nl+1)², as Model.trans
	tu    []float64
	c     float64
	lat   *lattice[float64] // tw arranged for viterbi, rebuilt after updates
	// scratch
	emit   []float32
	delta  []float64
	back   []uint8
	labels []uint8
}

// prepared is an example's feature buckets (token i's are feats[off[i]:off[i+1]])
// and gold labels, computed once.
type prepared struct {
	feats []uint32
	off   []int32
	gold  []uint8
}

func newTrainer(opt Options) *trainer {
	nl := numLabels(len(opt.Types))
	return &trainer{
		opt:   opt,
		nl:    nl,
		shift: 64 - uint(opt.Bits),
		index: make([]int32, 1<<opt.Bits),
		tw:    make([]float64, (nl+1)*(nl+1)),
		tu:    make([]float64, (nl+1)*(nl+1)),
		c:     1,
	}
}

func checkSpans(ex Example, types int) error {
	if ex.Sentence == nil {
		return errors.New("no sentence")
	}
	for _, s := range ex.Spans {
		if s.Type < 0 || s.Type >= types {
			return fmt.Errorf("span type %d, want 0 to %d", s.Type, types-1)
		}
	}
	return encode(make([]uint8, ex.Sentence.Len()), ex.Spans)
}

func (t *trainer) prepare(ex Example) (prepared, error) {
	if err := checkSpans(ex, len(t.opt.Types)); err != nil {
		return prepared{}, err
	}
	s := ex.Sentence
	p := prepared{gold: make([]uint8, s.Len()), off: make([]int32, s.Len()+1)}
	_ = encode(p.gold, ex.Spans)
	var fbuf [maxFeatures]uint64
	for i := range s.Len() {
		for _, h := range s.features(i, fbuf[:0]) {
			p.feats = append(p.feats, bucket(h, t.shift))
		}
		p.off[i+1] = int32(len(p.feats))
	}
	return p, nil
}

// learn decodes one example with the current weights and, where the
// labels differ from gold, moves weight from the predicted labels to the
// gold ones.
func (t *trainer) learn(p *prepared) {
	n, nl := len(p.gold), t.nl
	if n == 0 {
		return
	}
	t.emit = grow(t.emit, n*nl)
	clear(t.emit)
	for i := range n {
		e := t.emit[i*nl : (i+1)*nl]
		for _, b := range p.feats[p.off[i]:p.off[i+1]] {
			if r := t.index[b]; r != 0 {
				for l, w := range t.w[int(r-1)*nl : int(r)*nl] {
					e[l] += w
				}
			}
		}
	}
	t.delta = grow(t.delta, n*nl)
	t.back = grow(t.back, n*nl)
	t.labels = grow(t.labels, n)
	if t.lat == nil {
		t.lat = newLattice(t.tw, nl)
	}
	viterbi(t.emit, t.lat, t.delta, t.back, t.labels)
	changed := false
	for i := 0; i <= n; i++ {
		ga, pa, gb, pb := -1, -1, -1, -1
		if i > 0 {
			ga, pa = int(p.gold[i-1]), int(t.labels[i-1])
		}
		if i < n {
			gb, pb = int(p.gold[i]), int(t.labels[i])
		}
		if ga != pa || gb != pb {
			t.bumpTrans(ga, gb, 1)
			t.bumpTrans(pa, pb, -1)
			changed = true
		}
		if i < n && gb != pb {
			for _, b := range p.feats[p.off[i]:p.off[i+1]] {
				r := t.row(b)
				t.bump(r*nl+gb, 1)
				t.bump(r*nl+pb, -1)
			}
		}
	}
	if changed {
		t.lat.set(t.tw)
	}
	t.c++
}

func (t *trainer) bump(k int, d float32) {
	t.w[k] += d
	t.u[k] += t.c * float64(d)
}

func (t *trainer) bumpTrans(a, b int, d float64) {
	k := (a+1)*(t.nl+1) + b + 1
	t.tw[k] += d
	t.tu[k] += t.c * d
}

// row returns the row of bucket b, adding a zero row if it has none.
func (t *trainer) row(b uint32) int {
	if r := t.index[b]; r != 0 {
		return int(r - 1)
	}
	t.buck = append(t.buck, b)
	t.w = append(t.w, make([]float32, t.nl)...)
	t.u = append(t.u, make([]float64, t.nl)...)
	t.index[b] = int32(len(t.buck))
	return len(t.buck) - 1
}

// snapshot is a trainer's averaged weights: rows (bucket → weight per
// label, rows[k*nl:(k+1)*nl] for bucket buck[k], buckets in order) and
// transitions.
type snapshot struct {
	nl    int
	buck  []uint32
	rows  []float64
	trans []float64
}

// averaged returns the averaged weights, buckets in order.
func (t *trainer) averaged() *snapshot {
	s := &snapshot{nl: t.nl, trans: make([]float64, len(t.tw))}
	for k, w := range t.tw {
		s.trans[k] = w - t.tu[k]/t.c
	}
	for b, r := range t.index {
		if r == 0 {
			continue
		}
		s.buck = append(s.buck, uint32(b))
		for l := range t.nl {
			k := int(r-1)*t.nl + l
			s.rows = append(s.rows, float64(t.w[k])-t.u[k]/t.c)
		}
	}
	return s
}

// add adds o's weights to s's, bucket by bucket.
func (s *snapshot) add(o *snapshot) {
	for k := range s.trans {
		s.trans[k] += o.trans[k]
	}
	nl := s.nl
	var buck []uint32
	var rows []float64
	i, j := 0, 0
	for i < len(s.buck) || j < len(o.buck) {
		switch {
		case j == len(o.buck) || i < len(s.buck) && s.buck[i] < o.buck[j]:
			buck, rows = append(buck, s.buck[i]), append(rows, s.rows[i*nl:(i+1)*nl]...)
			i++
		case i == len(s.buck) || o.buck[j] < s.buck[i]:
			buck, rows = append(buck, o.buck[j]), append(rows, o.rows[j*nl:(j+1)*nl]...)
			j++
		default:
			buck = append(buck, s.buck[i])
			for l := range nl {
				rows = append(rows, s.rows[i*nl+l]+o.rows[j*nl+l])
			}
			i++
			j++
		}
	}
	s.buck, s.rows = buck, rows
}

func (s *snapshot) scale(f float64) {
	for k := range s.trans {
		s.trans[k] *= f
	}
	for k := range s.rows {
		s.rows[k] *= f
	}
}

// marshal writes the weights in the model format and returns it with the
// number of rows kept.
func (s *snapshot) marshal(opt Options) ([]byte, int) {
	nl := s.nl
	maxAbs := 0.0
	for _, w := range s.rows {
		maxAbs = math.Max(maxAbs, math.Abs(w))
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = math.MaxInt16 / maxAbs
	}
	e := encoder{b: []byte(magic)}
	e.uvarint(formatVersion)
	e.string(signature())
	e.uvarint(uint64(opt.Bits))
	e.uvarint(uint64(len(opt.Types)))
	for _, ty := range opt.Types {
		e.string(ty)
	}
	e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(scale))
	for _, w := range s.trans {
		e.varint(int64(math.Round(w * scale)))
	}
	// Rows in bucket order; a bucket's weights quantized and pruned.
	var rows encoder
	q := make([]int64, nl)
	kept, weights := 0, 0
	last := uint64(0)
	for k, b := range s.buck {
		var mask uint64
		for l := range nl {
			v := int64(math.Round(s.rows[k*nl+l] * scale))
			if v > -int64(opt.Prune) && v < int64(opt.Prune) {
				v = 0
			}
			q[l] = v
			if v != 0 {
				mask |= 1 << l
			}
		}
		if mask == 0 {
			continue
		}
		rows.uvarint(uint64(b) - last)
		last = uint64(b) + 1
		rows.uvarint(mask)
		for l := range nl {
			if q[l] != 0 {
				rows.varint(q[l])
				weights++
			}
		}
		kept++
	}
	e.uvarint(uint64(kept))
	e.uvarint(uint64(weights))
	e.b = append(e.b, rows.b...)
	e.b = binary.LittleEndian.AppendUint64(e.b, 0) // the margin: setMargin
	e.b = binary.LittleEndian.AppendUint32(e.b, crc32.ChecksumIEEE(e.b))
	return e.b, kept
}
