package summarize

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/summarize/internal/syllable"
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

// namesIn returns the caller's names for text: every occurrence of each
// "TYPE:name" that no name listed before it overlaps, as an entity
// extractor finds them.
func namesIn(text string, names ...string) []NameSpan {
	var out []NameSpan
	for _, n := range names {
		typ, name, _ := strings.Cut(n, ":")
		for i := 0; ; {
			j := strings.Index(text[i:], name)
			if j < 0 {
				break
			}
			sp := NameSpan{i + j, i + j + len(name), typ}
			if !slices.ContainsFunc(out, func(o NameSpan) bool { return o.Start < sp.End && sp.Start < o.End }) {
				out = append(out, sp)
			}
			i += j + len(name)
		}
	}
	slices.SortFunc(out, func(a, b NameSpan) int { return a.Start - b.Start })
	return out
}

// texts returns the Text of each keyword.
func texts(kws []Keyword) []string {
	out := make([]string, len(kws))
	for i, k := range kws {
		out[i] = k.Text
	}
	return out
}

// A keyword names a thing: not an administrative head word alone
// ("phường"), nor one with a generic abbreviation only ("UBND thành
// phố"), nor a numbered period ("IV/2026"), nor a one-syllable piece of a
// place name ("Cấm" of "sông Cấm"), whether the capitals or the caller's
// names find it.
func TestKeywordsNameSomething(t *testing.T) {
	s := mustNew(t)
	text := "Sáng 2/4, UBND thành phố Hải Phòng khởi công cầu mới qua sông Cấm, dự kiến xong vào quý IV/2026. " +
		"Chủ tịch UBND thành phố Trần Văn Lâm cho biết phường Máy Chai và phường Vạn Mỹ được hưởng lợi. " +
		"Người dân phường Máy Chai mong cầu sớm xong; UBND thành phố cũng nạo vét sông Cấm. " +
		"Các phường ven sông Cấm sẽ có thêm đường mới trước quý IV/2026."
	in := KeywordInput{Title: "Khởi công cầu qua sông Cấm",
		Names: namesIn(text, "LOCATION:sông Cấm", "ORGANIZATION:UBND thành phố Hải Phòng", "ORGANIZATION:UBND thành phố", "PERSON:Trần Văn Lâm", "LOCATION:phường Máy Chai")}
	got := texts(keywordsOf(s, text, in, 20))
	for _, bad := range []string{"phường", "UBND thành phố", "IV/2026", "Cấm", "IV", "2026"} {
		assert.NotContains(t, got, bad)
	}
	assert.Contains(t, got, "sông Cấm")
	assert.Contains(t, got, "UBND thành phố Hải Phòng")
	assert.Contains(t, got, "Máy Chai")
	// An administrative head before a one-syllable name goes: "Huế".
	got = texts(keywordsOf(s, "Mưa lớn ở thành phố Huế. Thành phố Huế ngập sâu; người dân Huế sơ tán.",
		KeywordInput{Names: []NameSpan{{len("Mưa lớn ở "), len("Mưa lớn ở thành phố Huế"), "LOCATION"}}}, 10))
	assert.Contains(t, got, "Huế")
	assert.NotContains(t, got, "thành phố Huế")
}

// A run of capitals that joins a place and a person is two names: by the
// caller's names when it has them, else by the middle name "Thị".
func TestKeywordsSplitJoinedNames(t *testing.T) {
	s := mustNew(t)
	text := "Trưởng Ban Tổ chức Tỉnh ủy Bắc Kạn Ma Thị Thúy dự hội nghị. Bà Ma Thị Thúy đề nghị các xã ở Bắc Kạn rà soát cán bộ."
	org := strings.Index(text, "Ban Tổ chức")
	person := strings.Index(text, "Ma Thị Thúy")
	for _, in := range []KeywordInput{{}, {Names: []NameSpan{
		{org, person - 1, "ORGANIZATION"}, {person, person + len("Ma Thị Thúy"), "PERSON"},
	}}} {
		got := texts(keywordsOf(s, text, in, 20))
		assert.NotContains(t, got, "Bắc Kạn Ma Thị Thúy", "%d names", len(in.Names))
		assert.Contains(t, got, "Ma Thị Thúy", "%d names", len(in.Names))
	}
	// Only two adjacent names split a run: "Bắc Hướng Hóa" stays whole
	// when the caller's name starts at "Hướng Hóa".
	text = "Đàn voọc sống trong khu bảo tồn Bắc Hướng Hóa. Khu bảo tồn Bắc Hướng Hóa tăng tuần tra."
	i := strings.Index(text, "Hướng Hóa")
	got := texts(keywordsOf(s, text, KeywordInput{Names: []NameSpan{{i, i + len("Hướng Hóa"), "LOCATION"}}}, 10))
	assert.Contains(t, got, "Bắc Hướng Hóa")
}

// The variants of one name count as one keyword, the most informative:
// with and without an administrative head word, a short name and the one
// longer name that goes on with a place, an organisation's name and the
// one longer name of the same type that ends with it. A short name that
// two longer ones continue stays apart, and so does a name continued by a
// number (another thing).
func TestKeywordsMergeVariants(t *testing.T) {
	s := mustNew(t)
	for _, tc := range []struct {
		text     string
		names    []string // the caller's names: PERSON/ORGANIZATION/LOCATION by prefix
		want     string
		mentions int // when not 0
		not      []string
	}{
		{text: "Sở Y tế Hà Nội họp báo. Theo Sở Y tế, số ca sốt xuất huyết tăng. Sở Y tế đề nghị người dân diệt muỗi.",
			names: []string{"ORGANIZATION:Sở Y tế Hà Nội", "ORGANIZATION:Sở Y tế"},
			want:  "Sở Y tế Hà Nội", mentions: 3, not: []string{"Sở Y tế"}},
		{text: "Bệnh viện Chợ Rẫy ghép thận cho bé. Các bác sĩ Chợ Rẫy theo dõi bé. Chợ Rẫy đã ghép thận cho 20 ca.",
			names: []string{"ORGANIZATION:Bệnh viện Chợ Rẫy", "ORGANIZATION:Chợ Rẫy"},
			want:  "Bệnh viện Chợ Rẫy", mentions: 3, not: []string{"Chợ Rẫy"}},
		{text: "Bộ đội Biên phòng tỉnh An Giang bắt giữ tàu buôn lậu. Chỉ huy Bộ đội Biên phòng An Giang cho biết đây là vụ thứ ba.",
			names: []string{"ORGANIZATION:Bộ đội Biên phòng tỉnh An Giang", "ORGANIZATION:Bộ đội Biên phòng An Giang"},
			want:  "Bộ đội Biên phòng tỉnh An Giang", mentions: 2, not: []string{"Bộ đội Biên phòng An Giang"}},
		{text: "Sở Y tế Hà Nội và Sở Y tế Bắc Ninh họp. Sở Y tế hai tỉnh thống nhất kế hoạch. Sở Y tế sẽ báo cáo.",
			names: []string{"ORGANIZATION:Sở Y tế Hà Nội", "ORGANIZATION:Sở Y tế Bắc Ninh", "ORGANIZATION:Sở Y tế"},
			want:  "Sở Y tế"},
		{text: "Cầu Nhật Lệ 3 bắc qua sông Nhật Lệ. Cầu Nhật Lệ 3 dài 600 m. Sông Nhật Lệ chảy qua Đồng Hới; sông Nhật Lệ rất sâu.",
			want: "Nhật Lệ", mentions: 3},
	} {
		kws := keywordsOf(s, tc.text, KeywordInput{Names: namesIn(tc.text, tc.names...)}, 20)
		got := texts(kws)
		require.Contains(t, got, tc.want, tc.text)
		for _, k := range kws {
			if k.Text == tc.want && tc.mentions > 0 {
				assert.Len(t, k.Mentions, tc.mentions, "%s: %+v", tc.want, k.Mentions)
			}
		}
		for _, n := range tc.not {
			assert.NotContains(t, got, n, tc.text)
		}
	}
}

// A keyword's Normalized form is its text as the normalizer writes it;
// its Text and mentions stay the caller's bytes.
func TestKeywordsNormalized(t *testing.T) {
	s := mustNew(t)
	text := "Ông&nbsp;Lê Văn Tâm, Giám đốc Sở Nông nghiệp&#32;và Môi trường, kiểm tra tàu cá. " +
		"Sở Nông nghiệp&#32;và Môi trường đề nghị ngư dân khai báo. Sở Nông nghiệp&#32;và Môi trường sẽ hỗ trợ."
	kws := keywordsOf(s, text, KeywordInput{Names: namesIn(text, "ORGANIZATION:Sở Nông nghiệp&#32;và Môi trường")}, 10)
	found := false
	for _, k := range kws {
		assert.Equal(t, normalize.Normalize(k.Text), k.Normalized)
		if k.Normalized == "Sở Nông nghiệp và Môi trường" {
			found = true
			assert.Equal(t, "Sở Nông nghiệp&#32;và Môi trường", k.Text)
			for _, m := range k.Mentions {
				assert.Equal(t, k.Text, text[m.Start:m.End])
			}
		}
	}
	assert.True(t, found, "%+v", kws)
}

func TestNumeralsAndHeads(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{{"IV", true}, {"XIII", true}, {"MCMXC", true}, {"2026", true}, {"CDC", false}, {"IIII", false}, {"VX", false}, {"Cấm", false}, {"U23", false}} {
		assert.Equal(t, tc.want, isNumeral(tc.s), tc.s)
	}
	hashes := func(p string) []uint64 {
		var out []uint64
		for i := 0; ; {
			start, end, h := syllable.Next(p, i)
			if start == len(p) {
				return out
			}
			out = append(out, h)
			i = end
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{{"phường", true}, {"thành phố", true}, {"UBND thành phố", true}, {"HĐND quận", true}, {"UBND tỉnh Nam Định", false},
		{"Sở Y tế", false}, {"đặc khu", true}, {"sông", false}} {
		assert.Equal(t, tc.want, headsOnly(hashes(tc.s)), tc.s)
	}
}
