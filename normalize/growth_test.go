package normalize

import (
	"testing"

	"github.com/vntext/vntext/internal/growth"
)

// Normalize is linear, on text every stage has to repair (NFD, misplaced
// tone marks, character references, odd spaces, legacy bytes) and on one
// long line.
func TestNormalizeLinear(t *testing.T) {
	tcvn, _ := New(WithEncoding(TCVN3))
	for name, c := range map[string]struct {
		in func(int) string
		f  func(string)
	}{
		"repair":   {growth.Repeat("Ủy ban tỉnh Kha\u0301nh Hòa họp về thủy lợi, qúa trình họat động &amp; \u00a0 kế hoạch.\n", 200), func(s string) { Normalize(s) }},
		"one line": {growth.Repeat("qúa trình họat động\u200b ", 1000), func(s string) { Normalize(s) }},
		"with map": {growth.Repeat("Ủy ban tỉnh Kha\u0301nh Hòa họp.\n", 200), func(s string) { NormalizeWithMap(s) }},
		"tcvn3":    {growth.Repeat("Tie\xe1ng Vie\xe4t la\xf8 ngo\xe2n ng\xf6\xf5.\n", 1000), func(s string) { tcvn.Normalize(s) }},
	} {
		growth.Linear(t, name, c.in, c.f)
	}
}
