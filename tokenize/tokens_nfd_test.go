package tokenize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTokensSameInNFCAndNFD builds random Vietnamese-looking text and checks
// that its NFD form tokenizes into the same tokens (compared in NFC) with
// the same kinds: the word segmenter relies on it.
func TestTokensSameInNFCAndNFD(t *testing.T) {
	tk, err := New()
	if err != nil {
		t.Fatal(err)
	}
	pieces := strings.Fields(`Việt Nam Hà Nội Đắk Lắk thủy hoà khỏe NGƯỜI ĐẢNG ỦY UBND HĐND TP. Q. GS.TS. ThS. Ths. C.
		ông bà quận huyện ưu tiên 19,2% 1.234,5 11/02/2024 30/4 14h30 15:00 33/33 H'Mông Đ/c NĐ-CP 15-NQ/TW
		. , ; : ! ? … ... “ ” " ( ) - – www.cần.vn a@b.vn https://x.vn/ơ ở ờ ỡ ợ ạ ả ã ẵ ặ Ư Ơ ẫ`)
	seps := []string{" ", " ", " ", "", "\n", ".", ","}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		checkSameInNFD(t, tk, b.String())
	}
}
