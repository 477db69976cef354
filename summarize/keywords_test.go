package summarize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKeywords(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	text := "Sáng 12/3, ông Trần Văn Khải, Chủ tịch UBND huyện Đông Sơn, đã thăm trường học. " +
		"Ông Trần Văn Khải cho biết UBND huyện sẽ hỗ trợ nhà trường. " +
		"Theo ông Trần Văn Khải, huyện Đông Sơn còn nhiều khó khăn."
	kws := s.Keywords(text, 3)
	require.Len(t, kws, 3)
	assert.Equal(t, "Trần Văn Khải", kws[0].Text)
	texts := []string{kws[0].Text, kws[1].Text, kws[2].Text}
	assert.Contains(t, texts, "Đông Sơn")
	assert.Contains(t, texts, "UBND")
	for i := 1; i < len(kws); i++ {
		assert.GreaterOrEqual(t, kws[i-1].Score, kws[i].Score)
	}
	// Sentence-initial capitals of common words are not names.
	for _, k := range s.Keywords(text, 20) {
		assert.NotContains(t, []string{"Sáng", "Ông", "Theo", "Ông Trần Văn Khải"}, k.Text)
	}
	assert.Empty(t, s.Keywords("", 5))
	assert.Empty(t, s.Keywords(text, 0))
}
