package tokenize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A place name directly followed by a person's name stays two words.
func TestSegmentPlaceThenName(t *testing.T) {
	tok, err := New()
	require.NoError(t, err)
	for in, want := range map[string]string{
		"Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng và Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến đạt phiếu tín nhiệm cao, 33/33 phiếu.": "Bí_thư Quận_ủy , Chủ_tịch HĐND quận Tây_Hồ Lê_Thị_Thu_Hằng và Phó_Bí_thư Quận_ủy , Chủ_tịch UBND quận Tây_Hồ Nguyễn_Đình_Khuyến đạt phiếu tín_nhiệm cao , 33/33 phiếu .",
		"Chủ tịch UBND tỉnh Hà Giang Trần Minh Khôi phát biểu.": "Chủ_tịch UBND tỉnh Hà_Giang Trần_Minh_Khôi phát_biểu .",
	} {
		assert.Equal(t, want, tok.Segment(in))
	}
}
