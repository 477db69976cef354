package summarize

import "fmt"

func tuneGrid(b params) []variant {
	var out []variant
	add := func(name string, f func(p *params)) {
		p := b
		f(&p)
		out = append(out, variant{name, p})
	}
	for _, v := range []float64{0, 0.5, 1, 2, 4} {
		add(fmt.Sprint("over ", v), func(p *params) { p.over = v })
		add(fmt.Sprint("over+bi1 ", v), func(p *params) { p.over = v; p.bigram = 1 })
	}
	return out
}
