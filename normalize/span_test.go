package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// OrigSpan gives the input's own text of a normalized span: not the
// spaces, line breaks or invisible characters normalization dropped after
// it, and all of its last character's source (a decomposed letter, an
// entity, a repaired mojibake word up to its full stop).
func TestOrigSpan(t *testing.T) {
	latin := func(s string) string {
		b, err := charmap.Windows1252.NewDecoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, c := range []struct{ in, word, want string }{
		{"Ông Trần Văn A \n 3", "Trần Văn A", "Trần Văn A"},
		{"Ông Trần Văn A  \n", "Trần Văn A", "Trần Văn A"},
		{"xã Tân Lập\u200b\u200b tổ chức", "Tân Lập", "Tân Lập"},
		{norm.NFD.String("xã Hoà Bình họp"), "Hoà Bình", norm.NFD.String("Hoà Bình")},
		{latin("Chủ tịch Nguyễn Văn Bình."), "Nguyễn Văn Bình", latin("Nguyễn Văn Bình")},
		{latin("Chủ tịch Nguyễn Văn Bình phát biểu."), "Văn Bình", latin("Văn Bình")},
	} {
		n := NormalizeWithMap(c.in)
		s := strings.Index(n.Text, c.word)
		if s < 0 {
			t.Fatalf("%q not in %q", c.word, n.Text)
		}
		bs, be := n.OrigSpan(c.in, s, s+len(c.word))
		if got := c.in[bs:be]; got != c.want {
			t.Errorf("OrigSpan(%q) of %q = %q, want %q (normalized %q)", c.word, c.in, got, c.want, n.Text)
		}
	}
}
