package wseg

// table is an open-addressing hash table from non-zero, well-mixed uint64
// keys to values: flat arrays, no pointers, so lookups touch one or two cache
// lines and the garbage collector has nothing to scan.
type table[V any] struct {
	keys []uint64
	vals []V
	mask uint64
	n    int
}

func newTable[V any](n int) table[V] {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return table[V]{keys: make([]uint64, size), vals: make([]V, size), mask: uint64(size - 1)}
}

func nonZero(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

func (t *table[V]) put(k uint64, v V) {
	k = nonZero(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case 0:
			t.keys[i], t.vals[i] = k, v
			t.n++
			return
		case k:
			t.vals[i] = v
			return
		}
	}
}

func (t *table[V]) get(k uint64) (v V, ok bool) {
	k = nonZero(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return v, false
		}
	}
}

// slot returns the index of k's slot, claiming an empty one if k is absent.
func (t *table[V]) slot(k uint64) uint64 {
	k = nonZero(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case 0:
			t.keys[i] = k
			t.n++
			return i
		case k:
			return i
		}
	}
}
