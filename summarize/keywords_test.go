package summarize

import (
	"context"
	"encoding/json"
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
	kws := keywords(s, text, 3)
	require.GreaterOrEqual(t, len(kws), 2)
	assert.Equal(t, "Trần Văn Khải", kws[0].Text)
	assert.Equal(t, "Đông Sơn", kws[1].Text)
	// The full name gathers its mentions, by given name too; each span is
	// the text's own.
	assert.Len(t, kws[0].Mentions, 3)
	for _, m := range kws[0].Mentions {
		assert.Equal(t, "Trần Văn Khải", text[m.Start:m.End])
	}
	assert.Equal(t, Name, kws[0].Kind)
	for i := 1; i < len(kws); i++ {
		assert.GreaterOrEqual(t, kws[i-1].Score, kws[i].Score)
	}
	// Sentence-initial capitals of common words are not names.
	for _, k := range keywords(s, text, 20) {
		// UBND (a People's Committee, of somewhere) is a generic abbreviation.
		assert.NotContains(t, []string{"Sáng", "Ông", "Theo", "Ông Trần Văn Khải", "UBND"}, k.Text)
	}
	assert.Empty(t, keywords(s, "", 5))
	assert.Empty(t, keywords(s, text, 0))
}

func TestKeywordsNames(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	text := "Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng phát biểu. " +
		"Phó Bí thư Quận ủy, Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khuyến cho biết quận thực hiện Nghị quyết số 15-NQ/TW. " +
		"HĐND quận khóa VI họp tại Hà Nội. Ngoại trưởng Anh Boris Johnson cũng có mặt."
	var got []string
	for _, k := range keywords(s, text, 20) {
		got = append(got, k.Text)
	}
	for _, want := range []string{"Tây Hồ", "Lê Thị Thu Hằng", "Nguyễn Đình Khuyến", "Hà Nội", "Boris Johnson"} {
		assert.Contains(t, got, want)
	}
	for _, bad := range []string{"NQ", "TW", "VI", "Phó Bí", "Tây Hồ Lê Thị Thu Hằng", "Anh Boris Johnson", "Bí", "HĐND", "UBND"} {
		assert.NotContains(t, got, bad)
	}
}

// Spelling variants count as one phrase, reported in the most frequent form.
func TestKeywordsFoldVariants(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	text := "Tỉnh Hoà Bình có mưa lớn. Người dân Hoà Bình sơ tán. Mưa ở Hòa Bình kéo dài."
	kws := keywords(s, text, 5)
	require.NotEmpty(t, kws)
	assert.Equal(t, "Hoà Bình", kws[0].Text)
	for _, k := range kws[1:] {
		assert.NotEqual(t, "Hòa Bình", k.Text)
	}
}

// Keywords and cluster summaries round-trip through JSON.
func TestJSONRoundTrip(t *testing.T) {
	s, err := New(WithSentences(2))
	require.NoError(t, err)
	kws := keywords(s, testText, 5)
	require.NotEmpty(t, kws)
	b, err := json.Marshal(kws)
	require.NoError(t, err)
	var back []Keyword
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, kws, back)
	assert.Contains(t, string(b), `"kind":"name"`)

	sum, err := s.SummarizeCluster(context.Background(), testCluster)
	require.NoError(t, err)
	b, err = json.Marshal(sum)
	require.NoError(t, err)
	var cs ClusterSummary
	require.NoError(t, json.Unmarshal(b, &cs))
	assert.Equal(t, sum, cs)

	for _, k := range []KeywordKind{Name, Term} {
		text, err := k.MarshalText()
		require.NoError(t, err)
		var got KeywordKind
		require.NoError(t, got.UnmarshalText(text))
		assert.Equal(t, k, got)
	}
	_, err = KeywordKind(0).MarshalText()
	assert.Error(t, err)
	var bad KeywordKind
	assert.Error(t, bad.UnmarshalText([]byte("place")))
}

// Every keyword mention is the caller's text at its offsets, whether the
// text was NFC or decomposed (NFD), and the keyword's Text is one of them.
func TestKeywordsVerbatim(t *testing.T) {
	s, err := New()
	require.NoError(t, err)
	nfc := "Ông Hoàng Văn Lợi, Giám đốc Sở Y tế tỉnh Hòa Bình, cho biết tỉnh Hòa Bình có 12 ca ma túy. " +
		"Theo ông Hoàng Văn Lợi, tỉnh Hoà Bình sẽ kiểm tra ma túy tại các xã."
	nfd := norm.NFD.String(nfc)
	for _, text := range []string{nfc, nfd} {
		kws := keywords(s, text, 10)
		require.NotEmpty(t, kws)
		for _, k := range kws {
			require.NotEmpty(t, k.Mentions, "%+v", k)
			seen := false
			for _, m := range k.Mentions {
				require.True(t, m.Start >= 0 && m.Start <= m.End && m.End <= len(text), "%+v", k)
				seen = seen || text[m.Start:m.End] == k.Text
			}
			assert.True(t, seen, "keyword %q is none of its mentions", k.Text)
		}
	}
}

// A name written after a media head word ("hãng tin", "theo báo") is the
// outlet the story cites, never a keyword, wherever else it stands; a
// bare "báo" inside another word ("thông báo") marks nothing.
func TestKeywordsOutlets(t *testing.T) {
	s := mustNew(t)
	text := "Hà Nội (Kyodo) - Công ty Sông Đà khởi công nhà máy thủy điện Nậm Pông, hãng tin Kyodo cho biết. " +
		"Theo báo Hải Phòng Ngày Nay, Công ty Sông Đà sẽ hoàn thành nhà máy Nậm Pông vào năm 2027. " +
		"UBND tỉnh thông báo Công ty Sông Đà đã nộp đủ hồ sơ cho nhà máy Nậm Pông. Kyodo cũng đưa tin về Hải Phòng Ngày Nay."
	got := map[string]bool{}
	for _, k := range keywordsOf(s, text, KeywordInput{}, 10) {
		got[k.Text] = true
	}
	for _, outlet := range []string{"Kyodo", "Hải Phòng Ngày Nay"} {
		if got[outlet] {
			t.Errorf("outlet %q is a keyword: %v", outlet, got)
		}
	}
	for _, want := range []string{"Sông Đà", "Nậm Pông"} {
		if !got[want] {
			t.Errorf("keyword %q missing: %v", want, got)
		}
	}
}
