package syllable

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHashFolds(t *testing.T) {
	same := [][]string{
		{"hòa", "hoà", "HOÀ", "Hòa", "hòa", "hoà"},
		{"thủy", "thuỷ", "THUỶ"},
		{"khỏe", "khoẻ"},
		{"Nguyễn", "nguyễn", "NGUYỄN", "nguy\u00ea\u0303n"},
		{"đường", "ĐƯỜNG"},
	}
	for _, group := range same {
		for _, w := range group[1:] {
			assert.Equal(t, Hash(group[0]), Hash(w), "%s vs %s", group[0], w)
		}
	}
	distinct := []string{"ma", "mà", "má", "mả", "mã", "mạ", "mơ", "mở", "hoa", "hòa", "cua", "của", "cửa", "dương", "đương"}
	seen := map[uint64]string{}
	for _, w := range distinct {
		h := Hash(w)
		if prev, ok := seen[h]; ok {
			t.Errorf("%s and %s hash alike", prev, w)
		}
		seen[h] = w
	}
}

func TestNext(t *testing.T) {
	s := "Thủ đô HÀ NỘI, năm 2023: 3,5%"
	var got []string
	for i := 0; ; {
		start, end, h := Next(s, i)
		if start == len(s) {
			break
		}
		got = append(got, s[start:end])
		if h != Hash(s[start:end]) {
			t.Errorf("hash of %q differs from Hash", s[start:end])
		}
		i = end
	}
	want := []string{"Thủ", "đô", "HÀ", "NỘI", "năm", "2023", "3", "5"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
	if Hash("HÀ") != Hash("hà") || Hash("Nội") != Hash("nội") {
		t.Error("hash is not case-insensitive")
	}
	if Count(s) != 8 || Count("") != 0 || Count(" ,. ") != 0 {
		t.Errorf("Count wrong: %d", Count(s))
	}
}
