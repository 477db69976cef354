package page

import (
	"os"
	"strings"
	"testing"
)

// FuzzParse: no panic, every span verbatim, in order and inside the text.
func FuzzParse(f *testing.F) {
	f.Add(seed)
	f.Add("Hương Ly 11/02/2024 15:00\n(0) Bình luận")
	f.Add("Thứ hai, 11/2/2024 - 15:00 (GMT+7)\n\xff\xfe\nẢnh: ")
	f.Add("Trang chủ > > \nBài và ảnh: , - \n© ")
	f.Fuzz(func(t *testing.T, s string) {
		p := Parse(s)
		checkSpans(t, s, p)
		if p.Published.String() != "" {
			var d Date
			if err := d.UnmarshalText([]byte(p.Published.String())); err != nil {
				t.Fatalf("published %q does not round-trip: %v", p.Published, err)
			}
		}
	})
}

// FuzzParseDate: no panic; a date found prints as ISO 8601 that reads back.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"11/02/2024 15:00", "15:00 ngày 11/02/2024", "2024-02-11T15:00:00+07:00", "Ngày 1 tháng 13 năm 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		var back Date
		if err := back.UnmarshalText([]byte(d.String())); err != nil || !back.Time.Equal(d.Time) {
			t.Fatalf("%q: %s does not round-trip (%v)", s, d, err)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	text := strings.Repeat(seed, 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text)
	}
}

// BenchmarkParseArticle: clean article text, the common case in a pipeline.
func BenchmarkParseArticle(b *testing.B) {
	raw, err := os.ReadFile("../testdata/articles/news-vi.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text)
	}
}
