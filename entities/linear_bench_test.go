package entities

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkExtractCapitalRun guards linear time on one endless capitalised
// run: ns/op should double with the input, not quadruple.
func BenchmarkExtractCapitalRun(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 2000, 4000} {
		text := strings.Repeat("Hà Nội ", n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				extract(x, text)
			}
		})
	}
}
