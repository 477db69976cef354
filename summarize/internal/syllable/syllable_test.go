package syllable

import (
	"testing"
	"unicode"
)

// The fast paths must agree with the unicode package everywhere.
func TestTablesMatchUnicode(t *testing.T) {
	for r := rune(0); r < 0x20000; r++ {
		want := unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
		if IsPart(r) != want {
			t.Fatalf("IsPart(%U) = %v", r, !want)
		}
		if want && lower(r) != unicode.ToLower(r) {
			t.Fatalf("lower(%U) = %U, want %U", r, lower(r), unicode.ToLower(r))
		}
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
