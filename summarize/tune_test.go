package summarize

import "fmt"

func tuneGrid(b params) []variant {
	var out []variant
	add := func(name string, f func(p *params)) {
		p := b
		f(&p)
		out = append(out, variant{name, p})
	}
	for _, v := range []float64{0, 0.1} {
		add(fmt.Sprint("pos ", v), func(p *params) { p.pos = v })
	}
	return out
}
