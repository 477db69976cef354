package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A pass reused from the pool leaves nothing behind: texts extracted in
// any order give what they give first, with and without places.
func TestPassReuse(t *testing.T) {
	x := newTestExtractor(t)
	raw, err := os.ReadFile("../normalize/testdata/norm_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(raw),
		"Ông Nguyễn Văn An nói chuyện với bà Lê Thị Bình.",
		exampleSentence,
		"không có tên riêng nào ở đây",
		strings.Repeat("Chủ tịch UBND tỉnh Bình Định Trần Văn Cường. ", 3),
	}
	want := make([][]Entity, len(texts))
	for i, s := range texts {
		want[i] = extract(x, s)
	}
	for round := range 3 {
		for i := len(texts) - 1; i >= 0; i-- {
			assert.Equal(t, want[i], extract(x, texts[i]), "round %d text %d", round, i)
		}
	}
}
