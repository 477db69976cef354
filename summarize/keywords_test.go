package summarize

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

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

func TestKeywordsNames(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	text := "Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng phát biểu. " +
		"Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến cho biết quận thực hiện Nghị quyết số 15-NQ/TW. " +
		"HĐND quận khóa VI họp tại Hà Nội. Ngoại trưởng Anh Boris Johnson cũng có mặt."
	var got []string
	for _, k := range s.Keywords(text, 20) {
		got = append(got, k.Text)
	}
	for _, want := range []string{"Tây Hồ", "Lê Thị Thu Hằng", "Nguyễn Đình Khuyến", "HĐND", "UBND", "Hà Nội", "Boris Johnson"} {
		assert.Contains(t, got, want)
	}
	for _, bad := range []string{"NQ", "TW", "VI", "Phó Bí", "Tây Hồ Lê Thị Thu Hằng", "Anh Boris Johnson", "Bí"} {
		assert.NotContains(t, got, bad)
	}
}

// Spelling variants count as one phrase, reported in the most frequent form.
func TestKeywordsFoldVariants(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	text := "Tỉnh Hoà Bình có mưa lớn. Người dân Hoà Bình sơ tán. Mưa ở Hòa Bình kéo dài."
	kws := s.Keywords(text, 5)
	require.NotEmpty(t, kws)
	assert.Equal(t, "Hoà Bình", kws[0].Text)
	for _, k := range kws[1:] {
		assert.NotEqual(t, "Hòa Bình", k.Text)
	}
}

// Every keyword is the caller's text at its offsets, whether the text was
// NFC or decomposed (NFD), and the first mention of its spelling.
func TestKeywordsVerbatim(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	nfc := "Ông Hoàng Văn Lợi, Giám đốc Sở Y tế tỉnh Hòa Bình, cho biết tỉnh Hòa Bình có 12 ca ma túy. " +
		"Theo ông Hoàng Văn Lợi, tỉnh Hoà Bình sẽ kiểm tra ma túy tại các xã."
	nfd := norm.NFD.String(nfc)
	for _, text := range []string{nfc, nfd} {
		kws := s.Keywords(text, 10)
		require.NotEmpty(t, kws)
		for _, k := range kws {
			require.True(t, k.Start >= 0 && k.Start <= k.End && k.End <= len(text), "%+v", k)
			assert.Equal(t, text[k.Start:k.End], k.Text)
			assert.Equal(t, k.Start, strings.Index(text, k.Text), "first mention of %q", k.Text)
		}
	}
}
