package vntext

import (
	"testing"

	"github.com/vntext/vntext/normalize"
)

// Normalization options are validated by New, like every stage's options.
func TestNewRejectsBadNormOptions(t *testing.T) {
	if _, err := New(WithNormOptions(normalize.WithTone(normalize.ToneStyle(99)))); err == nil {
		t.Fatal("New accepted an unknown tone style")
	}
	if _, err := New(WithNormOptions(normalize.WithTone(normalize.ToneClassic))); err != nil {
		t.Fatal(err)
	}
}
