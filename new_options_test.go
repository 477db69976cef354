package vntext

import (
	"testing"

	"github.com/vntext/vntext/tokenize"
)

// Normalization options are validated by New, like every stage's options.
func TestNewRejectsBadNormOptions(t *testing.T) {
	if _, err := New(WithNormOptions(tokenize.WithTone(tokenize.ToneStyle(99)))); err == nil {
		t.Fatal("New accepted an unknown tone style")
	}
	if _, err := New(WithNormOptions(tokenize.WithTone(tokenize.ToneClassic))); err != nil {
		t.Fatal(err)
	}
}
