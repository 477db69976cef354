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
		s, err := New(WithMaxSyllables(devBudget), withParams(p))
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
	add("parts all", func(p *params) {})
	add("parts suffix", func(p *params) { p.partSuffix = true })
	add("parts prefix", func(p *params) { p.partPrefix = true })
	add("parts pool+16", func(p *params) { p.partPool = 16 })
	add("parts pen .02", func(p *params) { p.partPen = 0.02 })
	add("parts pen .05", func(p *params) { p.partPen = 0.05 })
	add("parts lower .05", func(p *params) { p.lowerPen = 0.05 })
	add("parts long45", func(p *params) { p.partLong = 45 })
	add("parts min10", func(p *params) { p.partMin = 10 })
	return out
}
