package vntext

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/internal/schematest"
	"github.com/vntext/vntext/internal/spancheck"
	"github.com/vntext/vntext/summarize"
)

// A story three outlets tell, written for the tests (fictional people, real
// places): the second copies the first's lead, the third adds news.
var groupDocs = []Doc{
	{ID: "tt-1", Title: "Lũ quét ở Mù Cang Chải, hai xã bị cô lập",
		Text: "Đêm 14/9, mưa lớn gây lũ quét tại huyện Mù Cang Chải, tỉnh Yên Bái, làm sập 12 ngôi nhà và cô lập hai xã vùng cao. " +
			"Ông Hoàng Văn Tiệp, Phó Chủ tịch UBND huyện, nói các đội cứu hộ đã sơ tán 80 hộ dân tới chỗ ở tạm. " +
			"Tuyến quốc lộ 32 qua đèo Khau Phạ bị sạt lở nhiều đoạn."},
	{ID: "vn-2", Title: "Yên Bái: lũ quét làm sập 12 ngôi nhà",
		Text: "(VnE) - Đêm 14/9, mưa lớn gây lũ quét ở huyện Mù Cang Chải, tỉnh Yên Bái, làm sập 12 ngôi nhà và cô lập hai xã vùng cao. " +
			"Nước sông Nậm Kim dâng cao hơn 3 m so với ngày thường. " +
			"Xã đang đếm lại số ruộng ngô bị vùi lấp."},
	{ID: "dt-3", Title: "Mở lại đèo Khau Phạ sau lũ quét",
		Text: "Sáng 16/9, đèo Khau Phạ trên quốc lộ 32 đã thông xe sau hai ngày sạt lở. " +
			"Theo ông Hoàng Văn Tiệp, hai xã bị cô lập đã có đường tạm để đưa lương thực vào. " +
			"Huyện Mù Cang Chải đề nghị tỉnh hỗ trợ 5 tỷ đồng để dựng lại nhà cho các hộ mất nhà."},
}

// A group summary follows the schema and the output contract in every
// offset unit, whatever form the texts come in (NFD, a stray byte that is
// not UTF-8), and leaves out the copied lead.
func TestSummarizeGroup(t *testing.T) {
	docs := append([]Doc(nil), groupDocs...)
	docs[1].Text = norm.NFD.String(docs[1].Text)
	docs[2].Text = strings.Replace(docs[2].Text, "Sáng", "S\xe1ng", 1) // Latin-1 á: decoded
	texts := make([]string, len(docs))
	for i, d := range docs {
		texts[i] = string(Decode([]byte(d.Text)))
	}
	for _, u := range []Offsets{OffsetBytes, OffsetRunes, OffsetUTF16} {
		a, err := New(WithOffsets(u), WithSummaryOptions(summarize.WithSentences(3)))
		require.NoError(t, err)
		g, err := a.SummarizeGroup(context.Background(), "story-1", docs)
		require.NoError(t, err)
		assert.Equal(t, Schema, g.Schema)
		assert.Equal(t, "story-1", g.Group)
		assert.Equal(t, []string{"tt-1", "vn-2", "dt-3"}, g.Documents)
		assert.Equal(t, u, g.Offsets)
		require.Len(t, g.Summary.Sentences, 3)
		b, err := json.Marshal(g)
		require.NoError(t, err)
		schematest.Validate(t, schematest.Group, b)
		schematest.Validate(t, schematest.Record, b)
		spancheck.CheckGroup(t, texts, b)

		leads := 0
		for _, x := range g.Summary.Sentences {
			assert.Equal(t, g.Documents[x.Article], x.ID)
			if strings.Contains(norm.NFC.String(x.Text), "sập 12 ngôi nhà") {
				leads++
				assert.NotEmpty(t, x.Echoes, "the copied lead is an echo")
			}
		}
		assert.Equal(t, 1, leads, "the lead told once")

		var back GroupSummary
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, g, back)
	}
}

func TestSummarizeGroupErrors(t *testing.T) {
	var a *Analyzer // works like New()
	_, err := a.SummarizeGroup(context.Background(), "g", nil)
	assert.True(t, errors.Is(err, summarize.ErrEmptyCluster))
	//lint:ignore SA1012 a nil context is what this checks
	_, err = a.SummarizeGroup(nil, "g", groupDocs)
	assert.Error(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = a.SummarizeGroup(ctx, "g", groupDocs)
	assert.True(t, errors.Is(err, context.Canceled))

	// Empty texts and titles: an empty summary, still a valid record.
	g, err := a.SummarizeGroup(context.Background(), "", []Doc{{}, {ID: "x"}})
	require.NoError(t, err)
	b, err := json.Marshal(g)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"sentences":[]`)
	schematest.Validate(t, schematest.Group, b)
}

// Whatever the documents hold, a group summary is a valid record whose
// sentences are their documents' text at their offsets.
func FuzzSummarizeGroup(f *testing.F) {
	f.Add(groupDocs[0].Text, groupDocs[1].Text, "Lũ quét")
	f.Add("Hà Nội\xff. Trời mưa to.", norm.NFD.String(groupDocs[2].Text), "")
	f.Add("", "\u0300. A.", "\xff")
	a, err := New(WithOffsets(OffsetUTF16), WithSummaryOptions(summarize.WithMaxSyllables(30)))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, x, y, title string) {
		docs := []Doc{{ID: "x", Title: title, Text: x}, {ID: "y", Text: y}, {ID: "x2", Text: x}}
		g, err := a.SummarizeGroup(context.Background(), title, docs)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		texts := []string{string(Decode([]byte(x))), string(Decode([]byte(y))), string(Decode([]byte(x)))}
		spancheck.CheckGroup(t, texts, b)
		schematest.Validate(t, schematest.Group, b)
	})
}
