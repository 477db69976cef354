package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
