package summarize

import "fmt"

func tuneGrid(b params) []variant {
	var out []variant
	add := func(name string, f func(p *params)) {
		p := b
		f(&p)
		out = append(out, variant{name, p})
	}
	add("nopen", func(p *params) { p.connective, p.pronoun, p.demonstrative, p.quote = 0, 0, 0, 0 })
	for _, v := range []float64{0.03, 0.05} {
		add(fmt.Sprint("pos ", v), func(p *params) { p.pos = v })
	}
	for _, v := range []float64{0, 0.1} {
		add(fmt.Sprint("title ", v), func(p *params) { p.title = v })
		add(fmt.Sprint("bigram ", v), func(p *params) { p.bigram = v })
	}
	for _, v := range []float64{30, 40} {
		add(fmt.Sprint("refLen ", v), func(p *params) { p.refLen = v })
	}
	for _, v := range []float64{0.02, 0.04} {
		add(fmt.Sprint("otherSlope ", v), func(p *params) { p.otherSlope = v })
	}
	for _, v := range []float64{0.45, 0.55, 0.6} {
		add(fmt.Sprint("titleBase ", v), func(p *params) { p.titleBase = v })
	}
	return out
}
