package vntext

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/summarize"
)

// The pipeline's keywords on the articles written for summarize's keyword
// test (summarize/testdata/keywords.jsonl), with the entities passed in:
// precision and recall at 5 and 10 against the expected keywords, by the
// normalized form an application shows.
func TestKeywordsWithEntities(t *testing.T) {
	f, err := os.Open(filepath.Join("summarize", "testdata", "keywords.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	type article struct {
		ID, Title, Text string
		Keywords        []string
	}
	var arts []article
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var a article
		require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
		arts = append(arts, a)
	}
	require.NoError(t, sc.Err())
	// Phrases compare by their letters and digits, normalized (one tone
	// placement), lower case.
	fold := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(normalize.Normalize(s)), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " ")
	}
	a, err := New(WithTasks(TaskKeywords), WithKeywords(10))
	require.NoError(t, err)
	floors := map[int][2]float64{5: {80, 78.5}, 10: {76, 76.5}} // measured 80.9/79.5, 77.1/77.6
	for _, k := range []int{5, 10} {
		var p, r float64
		for _, art := range arts {
			res, err := a.Analyze(context.Background(), Doc{Title: art.Title, Text: art.Text})
			require.NoError(t, err)
			got := res.Keywords[:min(k, len(res.Keywords))]
			used := make([]bool, len(art.Keywords))
			hit := 0
			for _, g := range got {
				assert.True(t, slices.ContainsFunc(g.Mentions, func(m summarize.Span) bool { return art.Text[m.Start:m.End] == g.Text }),
					"%q is none of its mentions", g.Text)
			match:
				for i, want := range art.Keywords {
					for _, form := range strings.Split(want, "|") {
						if !used[i] && fold(form) == fold(g.Normalized) {
							used[i] = true
							hit++
							break match
						}
					}
				}
			}
			if len(got) > 0 {
				p += float64(hit) / float64(len(got))
			}
			r += float64(hit) / float64(min(k, len(art.Keywords)))
		}
		p, r = 100*p/float64(len(arts)), 100*r/float64(len(arts))
		t.Logf("@%d: precision %.1f%%, recall %.1f%%", k, p, r)
		assert.GreaterOrEqual(t, p, floors[k][0])
		assert.GreaterOrEqual(t, r, floors[k][1])
	}
}

// A title or an organisation head written as a name names no one: it is
// not a keyword ("Công an", "Giám đốc", "HLV", "Công an huyện"), while the
// organisation it heads and the same words in lower case as a topic are.
func TestKeywordsLeaveOutGenericNames(t *testing.T) {
	a, err := New(WithTasks(TaskKeywords), WithKeywords(20))
	require.NoError(t, err)
	text := "Ngày 12/3, Công an huyện Đông Anh bắt giữ hai đối tượng trộm cắp xe máy tại xã Uy Nỗ. " +
		"Công an xác định hai đối tượng đã thực hiện nhiều vụ trộm cắp xe máy trong tháng. " +
		"Sau khi nhận báo cáo, Giám đốc Công an tỉnh Bắc Ninh khen ngợi tổ công tác. Giám đốc nhận định các vụ mất xe máy giảm mạnh. " +
		"HLV Trần Văn Tâm của đội bóng xã cũng bị mất xe máy. HLV Tâm cảm ơn Công an huyện. " +
		"Nhiều tài xế xe ôm cũng mất xe máy; các tài xế đề nghị tăng tuần tra."
	res, err := a.Analyze(context.Background(), Doc{Title: "Bắt giữ hai đối tượng trộm cắp xe máy", Text: text})
	require.NoError(t, err)
	var got []string
	for _, k := range res.Keywords {
		got = append(got, k.Text)
	}
	for _, generic := range []string{"Công an", "Giám đốc", "HLV", "Công an huyện"} {
		assert.NotContains(t, got, generic)
	}
	assert.Contains(t, got, "Công an huyện Đông Anh")
	assert.Contains(t, got, "tài xế")
}

// Decomposed text (NFD, as macOS writes it) gives the keywords of its NFC
// twin: the keyword finder reads the normalized text, as every stage does,
// and maps the mentions back to the caller's bytes.
func TestKeywordsNFDLikeNFC(t *testing.T) {
	nfc := "Sở Y tế Hà Nội kiện toàn lãnh đạo\n\n" +
		"Sáng 3/3/2025, UBND thành phố Hà Nội tổ chức buổi lễ công bố quyết định bổ nhiệm Giám đốc Sở Y tế. " +
		"Phó Chủ tịch UBND thành phố Hà Nội Lê Minh Quang trao quyết định bổ nhiệm ông Đinh Công Tuấn, " +
		"nguyên Phó Giám đốc Sở Y tế, giữ chức Giám đốc Sở Y tế Hà Nội. Tại buổi lễ, Giám đốc Sở Y tế " +
		"Đinh Công Tuấn cảm ơn Thành ủy. Quyền Giám đốc Sở Y tế trước đó là bà Hoàng Thu Hà, " +
		"nay là Bí thư Quận ủy Ba Đình. Bà Hoàng Thu Hà chúc Sở Y tế hoàn thành nhiệm vụ. " +
		"Ông Đinh Công Tuấn cho biết Sở Y tế sẽ tập trung vào y tế cơ sở của thành phố."
	nfd := norm.NFD.String(nfc)
	require.NotEqual(t, nfc, nfd)
	type kw struct {
		text     string
		kind     summarize.KeywordKind
		typ      string
		score    float64
		mentions int
	}
	keywords := func(a *Analyzer, text string) []kw {
		t.Helper()
		res, err := a.Analyze(context.Background(), Doc{Text: text})
		require.NoError(t, err)
		checkSpans(t, text, res)
		var out []kw
		for _, k := range res.Keywords {
			out = append(out, kw{norm.NFC.String(k.Text), k.Kind, k.Type, k.Score, len(k.Mentions)})
		}
		return out
	}
	for _, opts := range [][]Option{nil, {WithTasks(TaskKeywords)}} {
		a, err := New(opts...)
		require.NoError(t, err)
		want := keywords(a, nfc)
		require.NotEmpty(t, want)
		assert.Equal(t, want, keywords(a, nfd))
		for _, k := range want {
			assert.NotEqual(t, "Giám đốc", k.text, "a title is no keyword")
		}
	}
}

// The pipeline's keywords with its entities: a province and the person
// named after it are two keywords, an administrative head word or a
// generic body ("UBND tỉnh") is none, and the Normalized form is written
// by the pipeline's normalizer (its tone option) while Text and the
// mentions stay the caller's bytes.
func TestKeywordsPipelineForms(t *testing.T) {
	text := "Trưởng Ban Tổ chức Tỉnh ủy Bắc Kạn Ma Thị Thúy chủ trì hội nghị về sắp xếp các phường.&nbsp;" +
		"Bà Ma Thị Thúy cho biết UBND tỉnh đã giao Sở Nội&#32;vụ tỉnh Bắc Kạn rà soát cán bộ các phường. " +
		"Theo Sở Nội&#32;vụ tỉnh Bắc Kạn, các phường mới sẽ hoạt động từ quý III/2025. " +
		"Chủ tịch UBND tỉnh Hoàng Văn Hòa đề nghị các phường hoàn thành bàn giao."
	for _, tc := range []struct {
		opts      []Option
		hoa, thuy string
	}{
		{nil, "Hoàng Văn Hoà", "Ma Thị Thuý"},
		{[]Option{WithNormOptions(normalize.WithTone(normalize.ToneClassic))}, "Hoàng Văn Hòa", "Ma Thị Thúy"},
	} {
		a, err := New(append([]Option{WithTasks(TaskKeywords), WithKeywords(20)}, tc.opts...)...)
		require.NoError(t, err)
		res, err := a.Analyze(context.Background(), Doc{Title: "Bắc Kạn sắp xếp các phường", Text: text})
		require.NoError(t, err)
		got := map[string]string{}
		for _, k := range res.Keywords {
			got[k.Normalized] = k.Text
			assert.True(t, slices.ContainsFunc(k.Mentions, func(m summarize.Span) bool { return text[m.Start:m.End] == k.Text }), k.Text)
		}
		for _, bad := range []string{"phường", "UBND tỉnh", "Bắc Kạn " + tc.thuy, "III/2025"} {
			assert.NotContains(t, got, bad)
		}
		assert.Contains(t, got, tc.thuy)
		assert.Contains(t, got, tc.hoa)
		assert.Equal(t, "Sở Nội&#32;vụ tỉnh Bắc Kạn", got["Sở Nội vụ tỉnh Bắc Kạn"], "%v", got)
	}
}
