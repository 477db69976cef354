package summarize

import (
	"fmt"
	"os"
	"testing"

	"github.com/vntext/vntext/internal/sumeval"
	"github.com/vntext/vntext/summarize/internal/syllable"
)

func TestPartsExp(t *testing.T) {
	if os.Getenv("VNTEXT_PARTS") == "" {
		t.Skip()
	}
	var tune, blind []sumeval.Record
	for _, r := range devRecords(t) {
		if sumeval.Blind(r.ID) {
			blind = append(blind, r)
		} else {
			tune = append(tune, r)
		}
	}
	recs := tune
	if os.Getenv("VNTEXT_PARTS") == "blind" {
		recs = blind
	}
	try := func(name string, p params) {
		opts := []Option{WithMaxSyllables(devBudget), withParams(p)}
		if os.Getenv("VNTEXT_STRICT") != "" {
			opts = append(opts, WithStrictBudget())
		}
		s, err := New(opts...)
		if err != nil {
			t.Fatal(err)
		}
		o, _ := evalDev(t, s, recs)
		fmt.Printf("%-40s %.2f %.2f %.2f\n", name, o.R1, o.R2, o.RL)
	}
	base := defaultParams
	try("default", base)
	for _, v := range partsGrid(base) {
		try(v.name, v.p)
	}
}

func partsGrid(b params) []variant {
	var out []variant
	add := func(name string, f func(p *params)) {
		p := b
		p.parts = true
		p.partMin = 6
		f(&p)
		out = append(out, variant{name, p})
	}
	pb := b
	pb.parts, pb.partMin, pb.partPool, pb.colonStop = true, 6, 16, true
	out = append(out, variant{"base parts", pb})
	for _, pp := range []int{16, 32, 48} {
		for _, m := range []int{3, 6} {
			add(fmt.Sprint("partPool", pp, " min", m), func(p *params) { *p = pb; p.partPool = pp; p.partMin = m })
			add(fmt.Sprint("partPool", pp, " min", m, " pool24"), func(p *params) { *p = pb; p.partPool = pp; p.partMin = m; p.pool = 24 })
		}
	}
	for _, r := range []float64{28, 32, 40} {
		add(fmt.Sprint("refLen", r), func(p *params) { *p = pb; p.refLen = r })
	}
	add("titleSlope .3", func(p *params) { *p = pb; p.titleSlope = 0.3 })
	add("titleSlope .4", func(p *params) { *p = pb; p.titleSlope = 0.4 })
	return out
}

func TestPartsShow(t *testing.T) {
	if os.Getenv("VNTEXT_PARTS") == "" {
		t.Skip()
	}
	p := defaultParams
	p.parts, p.partMin, p.partPool = true, 6, 16
	s, _ := New(WithMaxSyllables(devBudget), withParams(p))
	recs := tuneHalf(devRecords(t))
	var nsum, nparts, nsent, over, syl int
	for k, r := range recs {
		sum, _ := s.Summarize(t.Context(), Article{Title: r.Title, Text: r.Text})
		nsum++
		if sum.OverBudget {
			over++
		}
		syl += syllable.Count(sum.Text())
		for _, x := range sum.Sentences {
			nsent++
			if x.Text != r.Text[x.Start:x.End] {
				t.Fatal("not verbatim")
			}
			whole := s.cfg.tok.Sentences(r.Text)[x.Index]
			if x.End-x.Start < len(whole.Text)-datelineLen(whole.Text) {
				nparts++
				if k < 60 {
					fmt.Printf("PART %q\n  of %q\n", x.Text, whole.Text)
				}
			}
		}
	}
	fmt.Printf("units %.2f/summary, parts %d of %d, over %d, syl %.1f\n", float64(nsent)/float64(nsum), nparts, nsent, over, float64(syl)/float64(nsum))
}

func BenchmarkPartsOff(b *testing.B) {
	recs := devRecords(b)
	p := defaultParams
	p.parts = false
	s, _ := New(WithMaxSyllables(devBudget), withParams(p))
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		r := recs[i%len(recs)]
		s.Summarize(b.Context(), Article{Title: r.Title, Text: r.Text})
	}
	b.ReportMetric(float64(b.N)/(cpuTime()-cpu0).Seconds(), "articles/cpu-s")
}
