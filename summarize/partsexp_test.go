package summarize

import (
	"fmt"
	"os"
	"testing"

	"github.com/vntext/vntext/internal/sumeval"
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
	base.partPool = 0
	try("no parts", base)
}

func BenchmarkPartsOff(b *testing.B) {
	recs := devRecords(b)
	p := defaultParams
	p.partPool = 0
	s, _ := New(WithMaxSyllables(devBudget), withParams(p))
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		r := recs[i%len(recs)]
		s.Summarize(b.Context(), Article{Title: r.Title, Text: r.Text})
	}
	b.ReportMetric(float64(b.N)/(cpuTime()-cpu0).Seconds(), "articles/cpu-s")
}
