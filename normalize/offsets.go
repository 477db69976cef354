package normalize

import "sort"

// offsetMap maps each byte of a normalized text to the input offset it came
// from. The whole-text stages give one entry per byte (flat); a pass on
// runs gives each run's own map and the identity, shifted, between runs, so
// a long text with a few repairs keeps a small map. The zero value is the
// identity.
type offsetMap struct {
	flat []int32
	runs []mapRun
}

// mapRun is one run of a runs map: output bytes [out, end) came from the
// input run that starts at in, by m (offsets from in; nil: identity); from
// end to the next run, output offset i came from i + shift.
type mapRun struct {
	out, end, in, shift int
	m                   []int32
}

func (o offsetMap) identity() bool { return o.flat == nil && o.runs == nil }

// at returns the input offset of output byte i (0 <= i < the text's length).
func (o offsetMap) at(i int) int {
	switch {
	case o.flat != nil:
		return int(o.flat[i])
	case o.runs == nil:
		return i
	}
	k := sort.Search(len(o.runs), func(k int) bool { return o.runs[k].end > i })
	switch {
	case k < len(o.runs) && i >= o.runs[k].out:
		r := o.runs[k]
		if r.m == nil {
			return r.in + i - r.out
		}
		return r.in + int(r.m[i-r.out])
	case k > 0:
		return i + o.runs[k-1].shift
	}
	return i
}

// flatten returns the map as one entry per byte of a text of n bytes (nil
// for the identity).
func (o offsetMap) flatten(n int) []int32 {
	if o.flat != nil || o.runs == nil {
		return o.flat
	}
	f := make([]int32, n)
	for i := range f {
		f[i] = int32(o.at(i))
	}
	return f
}

// composeMaps returns outer∘inner for a text of n bytes: inner maps it to
// the intermediate text (of nOuter bytes), outer that text to the input.
func composeMaps(outer offsetMap, nOuter int, inner offsetMap, n int) offsetMap {
	if outer.identity() {
		return inner
	}
	out, in := outer.flatten(nOuter), inner.flatten(n)
	if len(out) == 0 {
		return offsetMap{flat: make([]int32, n)}
	}
	res := make([]int32, n)
	for i := range res {
		k := i
		if in != nil {
			k = int(in[i])
		}
		if k >= len(out) {
			res[i] = out[len(out)-1]
			continue
		}
		res[i] = out[k]
	}
	return offsetMap{flat: res}
}
