package letters

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// DecodeRune agrees with utf8.DecodeRuneInString on every one-, two- and
// three-byte prefix and on random bytes.
func TestDecodeRune(t *testing.T) {
	check := func(s string) {
		for i := 0; i < len(s); i++ {
			r, n := DecodeRune(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("%q at %d: %U %d, want %U %d", s, i, r, n, wr, wn)
			}
		}
	}
	for a := range 256 {
		check(string([]byte{byte(a)}))
		for b := range 256 {
			check(string([]byte{byte(a), byte(b)}))
			for _, c := range []byte{0x00, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF} {
				check(string([]byte{byte(a), byte(b), c}))
			}
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	buf := make([]byte, 64)
	for range 20000 {
		for i := range buf {
			buf[i] = byte(r.IntN(256))
		}
		check(string(buf))
	}
	check("Hoà Bình, Đắk Lắk, Thừa Thiên Huế — “Sài Gòn” ￼ 𝔸")
}
