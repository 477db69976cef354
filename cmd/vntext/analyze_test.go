package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/gazetteer"
	"github.com/vntext/vntext/internal/spancheck"
	"github.com/vntext/vntext/summarize"
)

// cp1258ThuDo is "Thủ đô Hà Nội có 30 quận, huyện." as Vietnamese Windows
// (code page 1258) writes it: base letters followed by tone-mark bytes.
const cp1258ThuDo = "Thu\xD2 \xF0\xF4 Ha\xCC N\xF4\xF2i co\xEC 30 qu\xE2\xF2n, huy\xEA\xF2n."

func TestAnalyzeSample(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, runAnalyze([]string{"../../testdata/sample.txt"}, nil, &out, &errb), errb.String())
	report := out.String()
	assert.True(t, strings.HasPrefix(report, "Hà Giang: 68 xã đạt chuẩn nông thôn mới"), report)
	for _, h := range []string{"Summary", "Officials", "Administrative units", "Organisations", "Programmes", "Keywords"} {
		assert.Contains(t, report, "\n"+h+"\n", h)
	}
	// The summary is sentences of the article, one per bullet.
	sample, err := os.ReadFile("../../testdata/sample.txt")
	require.NoError(t, err)
	_, after, ok := strings.Cut(report, "Summary\n-------\n")
	require.True(t, ok)
	summary, _, _ := strings.Cut(after, "\n\n")
	lines := strings.Split(summary, "\n")
	require.NotEmpty(t, lines)
	for _, l := range lines {
		require.True(t, strings.HasPrefix(l, "• "), l)
		assert.Contains(t, string(sample), strings.TrimPrefix(l, "• "))
	}
	assert.Empty(t, errb.String())
}

func TestAnalyzeJSON(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/sample.txt")
	require.NoError(t, err)
	var out, errb bytes.Buffer
	require.Equal(t, 0, runAnalyze([]string{"--json", "--sentences", "2"}, bytes.NewReader(raw), &out, &errb), errb.String())
	var got vntext.Result
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	assert.Equal(t, "Hà Giang: 68 xã đạt chuẩn nông thôn mới, hộ nghèo giảm còn 29,5%", got.Title)
	assert.Equal(t, string(raw), got.Text, "the whole file: the page task finds the title line")
	require.Len(t, got.Summary.Sentences, 2)
	spancheck.Check(t, out.Bytes())

	// The bytes are json.Marshal's, as from the library.
	a, err := vntext.New(vntext.WithSummaryOptions(summarize.WithSentences(2)))
	require.NoError(t, err)
	res, err := a.Analyze(context.Background(), vntext.Doc{Text: string(raw)})
	require.NoError(t, err)
	want, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Equal(t, string(want)+"\n", out.String())

	// --indent is the same JSON, indented.
	out.Reset()
	require.Equal(t, 0, runAnalyze([]string{"--json", "--indent", "--tasks", "sentences"}, strings.NewReader("Bộ Nông nghiệp & Môi trường họp."), &out, &errb))
	assert.Contains(t, out.String(), "\n  \"schema\": \"vntext/v1\",\n")
	spancheck.Check(t, out.Bytes())
}

func TestAnalyzeLegacyAndErrors(t *testing.T) {
	// A Windows-1258 file: decoded, then normalized (its tone marks are
	// combining characters).
	var out, errb bytes.Buffer
	require.Equal(t, 0, runAnalyze([]string{"--json"}, strings.NewReader("Tin\n\n"+cp1258ThuDo), &out, &errb), errb.String())
	var got struct {
		Normalized string `json:"normalized"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	assert.Equal(t, "Tin\n\nThủ đô Hà Nội có 30 quận, huyện.", got.Normalized)

	for _, args := range [][]string{{"--bogus"}, {"a", "b"}, {"--sentences", "-1"}} {
		assert.Equal(t, 2, runAnalyze(args, strings.NewReader(""), &out, &errb), args)
	}
	errb.Reset()
	assert.Equal(t, 1, runAnalyze([]string{"/nonexistent/file.txt"}, nil, &out, &errb))
	assert.Contains(t, errb.String(), "no such file")
}

func TestWriteReportEntities(t *testing.T) {
	res := vntext.Result{
		Tasks:     vntext.AllTasks, // the report shows the sections of the tasks computed
		Summary:   summarize.Summary{Sentences: []summarize.Sentence{{Text: "Câu tóm tắt."}}},
		Officials: []entities.Official{{Name: "Trần Minh Khôi", Roles: []entities.Role{{Text: "Chủ tịch UBND tỉnh Hà Giang", Status: entities.StatusFormer}}, Mentions: make([]entities.Span, 2)}},
		Entities: []entities.Entity{
			{Type: entities.Location, Text: "tỉnh Hà Giang", Level: gazetteer.LevelProvince, Periods: gazetteer.PeriodsOf(gazetteer.PeriodPre2025),
				Successors: []gazetteer.Successor{{Code: "08", Name: "tỉnh Tuyên Quang"}}},
			{Type: entities.Organization, Text: "UBND tỉnh Hà Giang"},
			{Type: entities.Location, Text: "tỉnh Hà Giang"},
			{Type: entities.Program, Text: "Chương trình mục tiêu quốc gia nước sạch vùng cao"},
			{Type: entities.Location, Text: "Pháp", Level: gazetteer.LevelCountry},
			{Type: entities.Location, Text: "Văn Miếu", Level: gazetteer.LevelOther},
			{Type: entities.Person, Text: "Tra\u0300n Va\u0306n Ta\u0302m", Normalized: "Trần Văn Tâm", Start: 10},
			{Type: entities.Person, Text: "Nguyễn Văn Long", Normalized: "Nguyễn Văn Long", Start: 20},
			{Type: entities.Person, Text: "Long", Normalized: "Long", Start: 30},
			{Type: entities.Person, Text: "Khôi", Normalized: "Khôi", Start: 40},
		},
		Keywords: []summarize.Keyword{{Text: "nông thôn mới"}, {Text: "hộ nghèo"}},
	}
	var out bytes.Buffer
	res.Title = "T"
	require.NoError(t, writeReport(&out, res))
	r := out.String()
	assert.Contains(t, r, "• Trần Minh Khôi — Chủ tịch UBND tỉnh Hà Giang (former) (2 mentions)")
	assert.Contains(t, r, "• tỉnh Hà Giang [province, pre-2025] → since 2025: tỉnh Tuyên Quang (2 mentions)")
	assert.Contains(t, r, "• UBND tỉnh Hà Giang (1 mention)")
	assert.Contains(t, r, "• Chương trình mục tiêu quốc gia nước sạch vùng cao (1 mention)")
	assert.Contains(t, r, "nông thôn mới, hộ nghèo\n")
	// People without a role are listed, by their clean name, a short
	// mention with the full name ending with it; an official's short
	// mention is not a person of its own.
	assert.Contains(t, r, "People\n------\n• Trần Văn Tâm (1 mention)\n• Nguyễn Văn Long (2 mentions)\n\n")
	// Countries and sites are not administrative units.
	units := r[strings.Index(r, "Administrative units"):strings.Index(r, "Other places")]
	assert.NotContains(t, units, "Pháp")
	assert.Contains(t, r, "Other places\n------------\n• Pháp [country] (1 mention)\n• Văn Miếu [other] (1 mention)\n")
}
