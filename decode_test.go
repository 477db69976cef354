package vntext

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// Decode replaces each maximal subpart of a broken sequence with one
// U+FFFD (the Unicode Standard's table 3-8 example, and more), keeps valid
// UTF-8 as is, and decodes legacy text.
func TestDecode(t *testing.T) {
	for in, want := range map[string]string{
		"à a\xF1\x80\x80\xE1\x80\xC2b\x80c\x80\xBFd": "à a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd",
		"Hà Nội \xff\xfe ngày":                       "Hà Nội \uFFFD\uFFFD ngày",
		"Hà \xed\xa0\x80 Nội":                        "Hà \uFFFD\uFFFD\uFFFD Nội", // a surrogate: ED then A0 is out of range
		"Hà Nội \xe1\xba":                            "Hà Nội \uFFFD",             // cut short: one subpart
		"Hà Nội \xf0\x90\x80":                        "Hà Nội \uFFFD",
		"Hà Nội":                                     "Hà Nội",
	} {
		got := string(Decode([]byte(in)))
		assert.Equal(t, want, got, "%q", in)
	}
	// TCVN3 (no multi-byte sequence at all): decoded, not replaced.
	legacy := Decode([]byte("H\xb5 N\xe9i"))
	assert.True(t, utf8.Valid(legacy))
	assert.NotContains(t, string(legacy), "\uFFFD")
}
