package entities

import (
	"context"
	"testing"

	"github.com/vntext/vntext/normalize"
)

// A ratio takes the counted noun after it, whole: a span never ends inside
// a word of two syllables.
func TestRatioCountedNouns(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct{ text, want string }{
		{"Xã Tân Lập đạt 19/19 tiêu chí nông thôn mới.", "19/19 tiêu chí"},
		{"Huyện đã hoàn thành 12/15 chỉ tiêu đề ra.", "12/15 chỉ tiêu"},
		{"Có 7/9 đơn vị nộp báo cáo đúng hạn.", "7/9 đơn vị"},
		{"Nghị quyết được 45/47 đại biểu tán thành.", "45/47 đại biểu"},
		{"Đã có 3/5 thành viên có mặt.", "3/5 thành viên"},
		{"Kết quả 33/33 phiếu đồng ý.", "33/33 phiếu"},
		// The first word of a two-word noun alone is not a counted noun.
		{"Tỷ lệ 19/19 tiêu biểu cho cả tỉnh.", "19/19"},
		{"Đã xử lý 12/13 đơn thư phản ánh.", "12/13"},
	}
	for _, c := range cases {
		var got []string
		for _, e := range extract(x, c.text) {
			if e.Type == Ratio {
				got = append(got, e.Text)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: RATIO %q, want %q", c.text, got, c.want)
		}
	}
}

// ExtractNormalized gives what Extract gives, from a text the caller has
// normalized already.
func TestExtractNormalizedMatchesExtract(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		exampleSentence,
		// NFD, an old-style tone placement and odd spaces: normalization moves bytes.
		"Chu\u0309 ti\u0323ch UBND xa\u0303 Hoà Phú\u00a0Trần Văn Bình – đã ký.",
		"",
	} {
		n := normalize.NormalizeWithMap(text)
		got, err := x.ExtractNormalized(context.Background(), text, n)
		if err != nil {
			t.Fatal(err)
		}
		want := extract(x, text)
		if len(got) != len(want) {
			t.Fatalf("%q: %d entities, want %d\n%v\n%v", text, len(got), len(want), got, want)
		}
		for i := range got {
			if got[i].Text != want[i].Text || got[i].Start != want[i].Start || got[i].End != want[i].End {
				t.Errorf("%q: entity %d = %+v, want %+v", text, i, got[i], want[i])
			}
			if text[got[i].Start:got[i].End] != got[i].Text {
				t.Errorf("%q: entity %q not the input at its offsets", text, got[i].Text)
			}
		}
	}
}
