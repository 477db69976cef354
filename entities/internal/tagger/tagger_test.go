package tagger

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/vntext/vntext/internal/letters"
	"github.com/vntext/vntext/internal/testenv"
)

// toy builds annotated sentences from templates the tests write: fictional
// people in real provinces. "{P}" takes a person's name, "{L}" a place.
func toy(seed uint64, n int) []Example {
	templates := []string{
		"Ông {P} làm việc tại {L} .",
		"Bà {P} về thăm {L} hôm qua .",
		"Tại {L} , anh {P} phát biểu .",
		"Chị {P} sinh ra ở {L} và lớn lên ở {L} .",
		"Đoàn công tác của {L} gặp ông {P} .",
		"Nhiều người dân {L} biết đến bà {P} .",
	}
	surnames := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"}
	middles := []string{"Văn", "Thị", "Đình", "Minh", "Thu", "Quang"}
	givens := []string{"An", "Bình", "Cường", "Dung", "Hằng", "Khuyến", "Lan", "Nam", "Phúc", "Sơn"}
	places := []string{"Hà Nội", "Khánh Hòa", "Bình Định", "Đà Nẵng", "Nghệ An", "Cao Bằng", "Lâm Đồng"}
	rng := rand.New(rand.NewPCG(seed, 1))
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	var out []Example
	for range n {
		s := &Sentence{}
		var spans []Span
		for _, w := range strings.Fields(pick(templates)) {
			var words []string
			typ := -1
			switch w {
			case "{P}":
				words, typ = strings.Fields(pick(surnames)+" "+pick(middles)+" "+pick(givens)), 1
			case "{L}":
				words, typ = strings.Fields(pick(places)), 0
			default:
				words = []string{w}
			}
			start := s.Len()
			for _, x := range words {
				s.Add(x, key(x), Space)
			}
			if typ >= 0 {
				spans = append(spans, Span{typ, start, s.Len()})
			}
		}
		out = append(out, Example{Sentence: s, Spans: spans})
	}
	return out
}

var toyTypes = []string{"LOCATION", "PERSON"}

func TestTrainIsDeterministic(t *testing.T) {
	train, dev := toy(1, 300), toy(2, 50)
	opt := Options{Types: toyTypes, Seed: 7, Epochs: 3, Bits: 16}
	a, _, err := Train(context.Background(), train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Train(context.Background(), train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("same data and seed gave different model bytes")
	}
	opt.Seed = 8
	c, _, err := Train(context.Background(), train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a, c) {
		t.Log("another seed gave the same bytes (possible on easy data)")
	}
}

func TestTrainRunsAreDeterministicAndLearn(t *testing.T) {
	train, dev := toy(1, 300), toy(2, 50)
	opt := Options{Types: toyTypes, Seed: 7, Epochs: 3, Bits: 16, Runs: 3}
	a, rep, err := Train(context.Background(), train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Train(context.Background(), train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("same data, seed and runs gave different model bytes")
	}
	m, err := Load(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if sc := Score(m, dev); sc.Micro != rep.Dev.Micro || sc.Micro.F1() < 95 {
		t.Errorf("dev: model written scores %+v, report says %+v (want equal, F1 >= 95)", sc.Micro, rep.Dev.Micro)
	}
	if _, _, err := Train(context.Background(), train, dev, Options{Types: toyTypes, Runs: 101}); err == nil {
		t.Error("Runs 101: no error")
	}
}

func TestSnapshotMean(t *testing.T) {
	a := &snapshot{nl: 2, buck: []uint32{1, 5}, rows: []float64{1, 2, 3, 4}, trans: []float64{2}}
	b := &snapshot{nl: 2, buck: []uint32{3, 5}, rows: []float64{10, 20, 30, 40}, trans: []float64{4}}
	a.add(b)
	a.scale(0.5)
	want := &snapshot{nl: 2, buck: []uint32{1, 3, 5}, rows: []float64{0.5, 1, 5, 10, 16.5, 22}, trans: []float64{3}}
	if !slices.Equal(a.buck, want.buck) || !slices.Equal(a.rows, want.rows) || !slices.Equal(a.trans, want.trans) {
		t.Errorf("mean = %+v, want %+v", a, want)
	}
}

func TestTrainLearnsNames(t *testing.T) {
	train, dev := toy(1, 400), toy(3, 100)
	b, rep, err := Train(context.Background(), train, dev, Options{Types: toyTypes, Bits: 18})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Types(), toyTypes) {
		t.Errorf("Types() = %v, want %v", m.Types(), toyTypes)
	}
	if rep.Best < 1 || rep.Bytes != len(b) || rep.Rows == 0 {
		t.Errorf("report %+v", rep)
	}
	if f := Score(m, dev).Micro.F1(); f < 99 {
		t.Errorf("dev F1 %.2f on template sentences, want ≥ 99", f)
	}
	// A sentence no template wrote, with names the data never had.
	s := &Sentence{}
	for _, w := range strings.Fields("Hôm nay ông Đỗ Hữu Tâm đến Cao Bằng .") {
		s.Add(w, key(w), Space)
	}
	got := fmt.Sprint(m.Tag(s))
	if want := "[{1 3 6} {0 7 9}]"; got != want {
		t.Errorf("Tag = %s, want %s", got, want)
	}
}

func TestTrainRejectsBadInput(t *testing.T) {
	good := toy(1, 5)
	cases := map[string]struct {
		train []Example
		opt   Options
	}{
		"no examples":    {nil, Options{Types: toyTypes}},
		"no types":       {good, Options{}},
		"unsorted types": {good, Options{Types: []string{"PERSON", "LOCATION"}}},
		"bad type index": {[]Example{{Sentence: good[0].Sentence, Spans: []Span{{5, 0, 1}}}}, Options{Types: toyTypes}},
		"overlap":        {[]Example{{Sentence: good[0].Sentence, Spans: []Span{{0, 0, 2}, {0, 1, 3}}}}, Options{Types: toyTypes}},
		"past the end":   {[]Example{{Sentence: good[0].Sentence, Spans: []Span{{0, 0, 99}}}}, Options{Types: toyTypes}},
		"bits":           {good, Options{Types: toyTypes, Bits: 40}},
		"epochs":         {good, Options{Types: toyTypes, Epochs: -1}},
	}
	for name, c := range cases {
		if _, _, err := Train(context.Background(), c.train, nil, c.opt); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestLoadRejectsDamage(t *testing.T) {
	b, _, err := Train(context.Background(), toy(1, 50), nil, Options{Types: toyTypes, Epochs: 1, Bits: 16})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bytes.NewReader(b)); err != nil {
		t.Fatal(err)
	}
	flip := slices.Clone(b)
	flip[len(flip)/2] ^= 1
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not ours":  []byte("hello world, this is not a model"),
		"truncated": b[:len(b)/2],
		"flipped":   flip,
	} {
		if _, err := Load(bytes.NewReader(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	spans := []Span{{0, 0, 1}, {1, 2, 5}, {0, 5, 7}, {2, 9, 10}}
	labels := make([]uint8, 10)
	if err := encode(labels, spans); err != nil {
		t.Fatal(err)
	}
	if got := decode(nil, labels); !slices.Equal(got, spans) {
		t.Errorf("decode(encode(%v)) = %v", spans, got)
	}
	for _, bad := range [][]Span{{{0, 1, 1}}, {{0, 2, 4}, {0, 3, 5}}, {{0, 8, 11}}} {
		if encode(labels, bad) == nil {
			t.Errorf("encode(%v): no error", bad)
		}
	}
}

// randomScores returns emission scores for n tokens and transition
// weights for nl labels, random and without ties.
func randomScores(rng *rand.Rand, n, nl int) (emit, trans []int32) {
	emit = make([]int32, n*nl)
	for i := range emit {
		emit[i] = rng.Int32N(1<<20) - 1<<19
	}
	trans = make([]int32, (nl+1)*(nl+1))
	for i := range trans {
		trans[i] = rng.Int32N(1<<18) - 1<<17
	}
	return emit, trans
}

// rowsOf serves the rows of emit (n×nl) to viterbiPacked.
func rowsOf(emit []int32, nl int) func(i int, e []int32) {
	return func(i int, e []int32) { copy(e, emit[i*nl:(i+1)*nl]) }
}

// TestViterbi: whatever the scores, the decoded labels form spans (no I or
// L without an open B, nothing left open), and the quantized model's
// decoder finds the same labels as the generic one the trainer uses.
func TestViterbi(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	nl := numLabels(4)
	for range 300 {
		n := 1 + rng.IntN(15)
		emit, trans := randomScores(rng, n, nl)
		lt := newLattice(trans, nl)
		a, b := make([]uint8, n), make([]uint8, n)
		viterbi(emit, lt, make([]int64, n*nl), make([]uint8, n*nl), a)
		viterbiPacked(n, rowsOf(emit, nl), make([]int32, nl), newPackedLattice(lt), make([]uint8, n*nl), b)
		if !slices.Equal(a, b) {
			t.Fatalf("generic %v, packed %v", a, b)
		}
		prev := -1
		for _, l := range a {
			if !allowed(prev, int(l)) {
				t.Fatalf("labels %v: %d after %d", a, l, prev)
			}
			prev = int(l)
		}
		if !allowed(prev, -1) {
			t.Fatalf("labels %v end open", a)
		}
	}
}

// key is the word key the entities scanner gives the tagger.
func key(w string) string { return string(letters.AppendKey(nil, w)) }

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Hòa":       "hoa1",
		"Hoà":       "hoa1",
		"HÒA":       "hoa1",
		"Hằng":      "hăng1",
		"Nguyễn":    "nguyên4",
		"R’Lấp":     "r'lâp2",
		"UBND":      "ubnd",
		"Ho\u0300a": "hoa1", // NFD
		"QH15":      "qh15",
	} {
		if got := key(in); got != want {
			t.Errorf("key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEmbeddedClusters(t *testing.T) {
	c, err := parseClusters(clustersTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(clustersTSV) > 0 && len(c.keys) == 0 {
		t.Error("clusters file has lines but no keys")
	}
	for _, bad := range []string{"01x\tkey\t3\n", "01\tkey\n", "\tkey\t3\n", "01\tkey\tmany\n"} {
		if _, err := parseClusters(bad); err == nil {
			t.Errorf("parseClusters(%q): no error", bad)
		}
	}
}

func FuzzLoad(f *testing.F) {
	b, _, err := Train(context.Background(), toy(1, 20), nil, Options{Types: toyTypes, Epochs: 1, Bits: 16})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		s := &Sentence{}
		for _, w := range strings.Fields("Ông Lê Văn An ở Hà Nội .") {
			s.Add(w, key(w), Space)
		}
		for _, sp := range m.Tag(s) {
			if sp.Start < 0 || sp.End > s.Len() || sp.Start >= sp.End || sp.Type >= len(m.Types()) {
				t.Fatalf("bad span %v", sp)
			}
		}
	})
}

// BenchmarkParseClusters is the one-time start-up work of the cluster
// file (parsed on the first Sentence.Add of a process).
func BenchmarkParseClusters(b *testing.B) {
	b.SetBytes(int64(len(clustersTSV)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseClusters(clustersTSV); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkViterbi decodes 4,000 tokens with four types (17 labels), the
// shipped model's shape.
func BenchmarkViterbi(b *testing.B) {
	nl, n := numLabels(4), 4000
	emit, trans := randomScores(rand.New(rand.NewPCG(5, 6)), n, nl)
	lt := newPackedLattice(newLattice(trans, nl))
	back, labels := make([]uint8, n*nl), make([]uint8, n)
	rows, em := rowsOf(emit, nl), make([]int32, nl)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	c0 := testenv.CPUTime()
	for b.Loop() {
		viterbiPacked(n, rows, em, lt, back, labels)
	}
	if cpu := testenv.CPUTime() - c0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*n), "cpu-ns/token")
	}
}
