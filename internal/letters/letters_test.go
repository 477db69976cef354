package letters

import (
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

var toneMarks = [...]rune{Grave: 0x300, Acute: 0x301, Hook: 0x309, Tilde: 0x303, Dot: 0x323}

// The table agrees with package unicode, and a rune's Fold plus its Tone
// composes back to its lower-case form.
func TestTableMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x20000; r++ {
		x := Of(r)
		if x.Lower != unicode.ToLower(r) {
			t.Fatalf("%U: Lower %U", r, x.Lower)
		}
		for _, c := range []struct {
			bit  Class
			want bool
		}{
			{Space, unicode.IsSpace(r)}, {Newline, r == '\n' || r == '\r'}, {Alpha, unicode.IsLetter(r)},
			{Upper, unicode.IsUpper(r)}, {Lower, unicode.IsLower(r)}, {Digit, unicode.IsDigit(r)},
			{Number, unicode.IsNumber(r)}, {Mark, unicode.Is(unicode.Mn, r)},
		} {
			if (x.Class&c.bit != 0) != c.want {
				t.Fatalf("%U: class bit %#x is %v", r, c.bit, !c.want)
			}
		}
		if x.IsToneMark() {
			if CombiningTone(r) != x.Tone || x.Fold != 0 {
				t.Fatalf("%U: tone mark %+v", r, x)
			}
			continue
		}
		if r == '’' {
			continue // folds to the apostrophe
		}
		got := string(x.Fold)
		if x.Tone != None {
			got = norm.NFC.String(got + string(toneMarks[x.Tone]))
		}
		if lower := string(unicode.ToLower(r)); got != lower {
			t.Fatalf("%U: fold %q tone %d gives %q, want %q", r, x.Fold, x.Tone, got, lower)
		}
	}
}

// Every precomposed Vietnamese vowel folds to its base with its tone, and
// Compose inverts Vowel.
func TestVowels(t *testing.T) {
	n := 0
	for r := rune(0); r < 0x2000; r++ {
		v := Vowel(r)
		if v == 0 {
			continue
		}
		n++
		base, upper, tone := int8(v&0xF)-1, v&0x10 != 0, Tone(v>>5)
		if got := Compose(base, upper, tone); got != r {
			t.Errorf("Compose(Vowel(%c)) = %c", r, got)
		}
		if x := Of(r); x.Tone != tone || x.Fold != Compose(base, false, None) {
			t.Errorf("Of(%c) = %+v, want fold %c tone %d", r, x, Compose(base, false, None), tone)
		}
	}
	// 12 bases × 2 cases × 6 tones, less the 12 ASCII vowels.
	if n != 12*2*6-12 {
		t.Errorf("%d vowels", n)
	}
}

func TestIsSyllable(t *testing.T) {
	for _, w := range []string{"Hà", "NGHIÊNG", "quốc", "gìn", "giữ", "Nguyễn", "khoẻ", "khỏe", "HOÀ", "người",
		"nghi\u00ea\u0300ng", "Đắc", "uỷ", "a", "ở", "chuyện", "oai"} {
		if !IsSyllable(w) {
			t.Errorf("IsSyllable(%q) = false", w)
		}
	}
	for _, w := range []string{"UBND", "HĐND", "Pepsi", "Thomas", "TP", "ng", "", "ab", "Zalo", "iPhone", "ngườiii", "qa", "12"} {
		if IsSyllable(w) {
			t.Errorf("IsSyllable(%q) = true", w)
		}
	}
}
