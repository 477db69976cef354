package summarize

// tuneGrid halves and doubles one weight at a time around the defaults;
// TestTune prints the dev ROUGE of each. The defaults were chosen this way,
// on dev only.
func tuneGrid(b params) []variant {
	var out []variant
	for _, f := range []struct {
		name  string
		field func(p *params) *float64
	}{
		{"titleBase", func(p *params) *float64 { return &p.titleBase }},
		{"titleSlope", func(p *params) *float64 { return &p.titleSlope }},
		{"otherSlope", func(p *params) *float64 { return &p.otherSlope }},
		{"otherMax", func(p *params) *float64 { return &p.otherMax }},
		{"repeat", func(p *params) *float64 { return &p.repeat }},
		{"titleRepeat", func(p *params) *float64 { return &p.titleRepeat }},

		{"refLen", func(p *params) *float64 { return &p.refLen }},
		{"pos", func(p *params) *float64 { return &p.pos }},
		{"title", func(p *params) *float64 { return &p.title }},
		{"bigram", func(p *params) *float64 { return &p.bigram }},
		{"lambda", func(p *params) *float64 { return &p.lambda }},
		{"demonstrative", func(p *params) *float64 { return &p.demonstrative }},
		{"quote", func(p *params) *float64 { return &p.quote }},
	} {
		for _, k := range []float64{0.5, 2} {
			p := b
			*f.field(&p) *= k
			out = append(out, variant{f.name + map[float64]string{0.5: " ×0.5", 2: " ×2"}[k], p})
		}
	}
	return out
}
