package tokenize

import (
	"testing"

	"github.com/vntext/vntext/internal/growth"
)

// Tokens, Sentences and Words are linear, on news text and on the one-line
// patterns that would expose a quadratic look-ahead or look-behind.
func TestLinear(t *testing.T) {
	tk, err := New()
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]func(int) string{
		"news": growth.Repeat("Sáng 11/02/2024, HĐND huyện Ba Vì (Hà Nội) họp; ông Nguyễn Văn A. cho biết 19,2% hộ dân đã đồng ý.\n", 150),
	}
	for _, p := range []string{"A. ", "a.", "Nguyễn Văn ", "(a) ", "Điều 1. "} {
		inputs["line of "+p] = growth.Repeat(p, 16000/len(p))
	}
	for name, in := range inputs {
		growth.Linear(t, "Tokens/"+name, in, func(s string) { tk.Tokens(s) })
		growth.Linear(t, "Sentences/"+name, in, func(s string) { tk.Sentences(s) })
		switch name {
		case "news", "line of A. ", "line of Nguyễn Văn ": // Words is the slow one
			growth.Linear(t, "Words/"+name, in, func(s string) { tk.Words(s) })
		}
	}
}
