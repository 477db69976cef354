package summarize

import "fmt"

func tuneGrid(b params) []variant {
	var out []variant
	add := func(name string, f func(p *params)) {
		p := b
		f(&p)
		out = append(out, variant{name, p})
	}
	for _, v := range []float64{0.5, 1, 2} {
		add(fmt.Sprint("cover ", v), func(p *params) { p.cover = v })
		add(fmt.Sprint("cover-title ", v), func(p *params) { p.cover = v; p.title = 0.75 })
		add(fmt.Sprint("cover-title0 ", v), func(p *params) { p.cover = v; p.title = 0 })
	}
	return out
}
