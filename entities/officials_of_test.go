package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// OfficialsOf on Extract's entities is Officials.
func TestOfficialsOf(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng và Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến đạt phiếu tín nhiệm cao. Bà Hằng cho biết ông Khuyến sẽ phụ trách.",
		"Ông Khuyến phát biểu trước. Sau đó Phó Chủ tịch UBND tỉnh Bình Định Nguyễn Đình Khuyến và bà Lê Thị Thu Hằng ký kết.",
		"",
	} {
		assert.Equal(t, officials(x, text), x.OfficialsOf(extract(x, text)), text)
	}
}

// A name written in NFD, in mojibake (UTF-8 read as Latin-1) or with
// the other tone placement is the same person as the name written in NFC:
// officials are linked by the normalized name, which every mention, role
// and official carries beside its verbatim text.
func TestOfficialsLinkedByNormalizedName(t *testing.T) {
	x := newTestExtractor(t)
	nfc := "Chủ tịch UBND tỉnh Nam Định Trần Minh Đức phát biểu."
	later := " Phó Bí thư Tỉnh ủy Nam Định Trần Minh Đức cho biết thêm."
	mojibake := func(s string) string {
		b, err := charmap.ISO8859_1.NewDecoder().String(s)
		require.NoError(t, err)
		return b
	}
	for name, first := range map[string]string{
		"NFD":      norm.NFD.String(nfc),
		"mojibake": mojibake(nfc),
		"NFC":      nfc,
	} {
		text := first + later
		offs := officials(x, text)
		require.Len(t, offs, 1, name)
		o := offs[0]
		assert.Equal(t, "Trần Minh Đức", o.Normalized, name)
		assert.Equal(t, text[o.Mentions[0].Start:o.Mentions[0].End], o.Name, name)
		assert.Len(t, o.Mentions, 2, name)
		require.Len(t, o.Roles, 2, name)
		assert.Equal(t, "Chủ tịch UBND tỉnh Nam Định", o.Roles[0].Normalized, name)
		for _, e := range extract(x, text) {
			assert.Equal(t, text[e.Start:e.End], e.Text, name)
			assert.Equal(t, norm.NFC.String(e.Normalized), e.Normalized, name)
			if name == "NFC" && e.Type == Person {
				assert.Equal(t, e.Text, e.Normalized, "nothing to normalize")
			}
		}
	}
}
