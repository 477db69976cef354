package vntext

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

const article = `Sáng 11/02/2024, HĐND quận Tây Hồ (TP Hà Nội) tổ chức kỳ họp thứ 12. ` +
	`Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khang đạt 33/33 phiếu tín nhiệm cao. ` +
	`Quận tiếp tục triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới.`

func TestNewValidatesOptions(t *testing.T) {
	for name, opt := range map[string]Option{
		"no tasks":       WithTasks(0),
		"unknown task":   WithTasks(1 << 12),
		"keywords":       WithKeywords(0),
		"negative boost": WithEntityBoost(-1),
		"summary option": WithSummaryOptions(summarize.WithSentences(0)),
		"nil":            nil,
	} {
		_, err := New(opt)
		assert.Error(t, err, name)
	}
}

func TestParseTasks(t *testing.T) {
	for in, want := range map[string]Task{
		"words":                         TaskWords,
		"segment, summary":              TaskWords | TaskSummary,
		"normalize,entities,summarize":  TaskNormalize | TaskEntities | TaskSummary,
		"all":                           AllTasks,
		"Officials,KEYWORDS,sentences,": TaskOfficials | TaskKeywords | TaskSentences,
	} {
		got, err := ParseTasks(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", " , ", "summaries", "words,nope"} {
		_, err := ParseTasks(in)
		assert.Error(t, err, in)
	}
	assert.Equal(t, "words,summary", (TaskSummary | TaskWords).String())
}

// checkSpans asserts the invariant of package doc: every span lies inside
// the caller's text and, where the text was already normal, Text is exactly
// the slice it points at.
func checkSpans(t testing.TB, text string, r Result) {
	t.Helper()
	normal := norm.NFC.IsNormalString(text) && utf8.ValidString(text)
	check := func(what, s string, start, end int) {
		if start < 0 || end < start || end > len(text) {
			t.Fatalf("%s %q: span [%d,%d) outside text of %d bytes", what, s, start, end, len(text))
		}
		if normal && r.Normalized == text && text[start:end] != s {
			t.Fatalf("%s %q: text[%d:%d] = %q", what, s, start, end, text[start:end])
		}
	}
	for _, s := range r.Sentences {
		check("sentence", s.Text, s.Start, s.End)
	}
	for _, w := range r.Words {
		check("word", w.Text, w.Start, w.End)
	}
	for _, e := range r.Entities {
		check("entity", e.Text, e.Start, e.End)
	}
	for _, o := range r.Officials {
		for _, m := range o.Mentions {
			if m.Start < 0 || m.End < m.Start || m.End > len(text) {
				t.Fatalf("mention of %q: span [%d,%d) outside text of %d bytes", o.Name, m.Start, m.End, len(text))
			}
		}
	}
	for _, s := range r.Summary.Sentences {
		check("summary sentence", s.Text, s.Start, s.End)
	}
}

func TestAnalyzeSpansPointIntoCallerText(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	ctx := context.Background()

	res, err := a.Analyze(ctx, Doc{ID: "a1", Title: "Tây Hồ", Text: article})
	require.NoError(t, err)
	assert.Equal(t, "a1", res.ID)
	assert.Equal(t, article, res.Normalized)
	require.Len(t, res.Sentences, 3)
	assert.Equal(t, "Quận tiếp tục triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới.", res.Sentences[2].Text)
	assert.NotEmpty(t, res.Words)
	assert.NotEmpty(t, res.Summary.Sentences)
	checkSpans(t, article, res)

	// The same article decomposed (NFD, as macOS writes it): offsets now
	// index the NFD bytes, and the normalized spans are the NFC of those.
	nfd := norm.NFD.String(article)
	require.NotEqual(t, article, nfd)
	res2, err := a.Analyze(ctx, Doc{Text: nfd})
	require.NoError(t, err)
	assert.Equal(t, article, res2.Normalized)
	require.Len(t, res2.Sentences, len(res.Sentences))
	for i, s := range res2.Sentences {
		assert.Equal(t, res.Sentences[i].Text, s.Text)
		assert.Equal(t, s.Text, norm.NFC.String(nfd[s.Start:s.End]))
	}
	for _, w := range res2.Words {
		assert.Equal(t, w.Text, norm.NFC.String(nfd[w.Start:w.End]))
	}
	// Summary sentences quote the caller's own bytes, not the NFC copy.
	require.NotEmpty(t, res2.Summary.Sentences)
	for _, s := range res2.Summary.Sentences {
		assert.Equal(t, nfd[s.Start:s.End], s.Text)
	}
	checkSpans(t, nfd, res2)
}

func TestAnalyzeTasks(t *testing.T) {
	a, err := New(WithTasks(TaskWords))
	require.NoError(t, err)
	assert.Equal(t, TaskWords, a.Tasks())
	res, err := a.Analyze(context.Background(), Doc{Text: article})
	require.NoError(t, err)
	assert.NotEmpty(t, res.Words)
	assert.Empty(t, res.Normalized)
	assert.Empty(t, res.Sentences)
	assert.Empty(t, res.Entities)
	assert.Empty(t, res.Summary.Sentences)

	b, err := json.Marshal(res)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"summary"`)
	assert.NotContains(t, string(b), `"normalized"`)
	assert.Contains(t, string(b), `"words":[{"text":"Sáng","start":0,"end":5,"kind":"`)
}

func TestAnalyzeSummaryOptions(t *testing.T) {
	a, err := New(WithTasks(TaskSummary), WithSummaryOptions(summarize.WithSentences(1)))
	require.NoError(t, err)
	res, err := a.Analyze(context.Background(), Doc{Text: article})
	require.NoError(t, err)
	require.Len(t, res.Summary.Sentences, 1)
	checkSpans(t, article, res)

	// Without the boost the summarizer built at New serves every call.
	a, err = New(WithTasks(TaskSummary), WithEntityBoost(0))
	require.NoError(t, err)
	res, err = a.Analyze(context.Background(), Doc{Text: article})
	require.NoError(t, err)
	assert.NotEmpty(t, res.Summary.Sentences)
}

func TestAnalyzeOddInput(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	for name, text := range map[string]string{
		"empty":        "",
		"spaces":       " \n\t ",
		"invalid utf8": "Hà Nội \xff\xfe ngày \xc3",
		"binary":       "\x00\x01\x02Hà\x00Nội",
		"no breaks":    strings.Repeat("Hà Nội ", 600),
		"many":         strings.Repeat("Câu ngắn. ", 10000),
	} {
		res, err := a.Analyze(context.Background(), Doc{Text: text})
		require.NoError(t, err, name)
		checkSpans(t, text, res)
	}
}

func TestAnalyzeHonoursContext(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = a.Analyze(ctx, Doc{Text: article})
	assert.ErrorIs(t, err, context.Canceled)
}

func TestAnalyzeConcurrent(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	want, err := a.Analyze(context.Background(), Doc{Text: article})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				got, err := a.Analyze(context.Background(), Doc{Text: article})
				assert.NoError(t, err)
				assert.Equal(t, want, got)
			}
		})
	}
	wg.Wait()
}

func TestEntityDensity(t *testing.T) {
	text := "Ông Nguyễn Văn An đến Hà Nội. Trời mưa."
	a, err := New()
	require.NoError(t, err)
	sents := a.Tokenizer().Sentences(text)
	require.Len(t, sents, 2)
	span := func(typ entities.Type, s string) entities.Entity {
		i := strings.Index(text, s)
		return entities.Entity{Type: typ, Text: s, Start: i, End: i + len(s)}
	}
	person, place, date := span(entities.Person, "Nguyễn Văn An"), span(entities.Location, "Hà Nội"), span(entities.Date, "mưa")
	f := entityDensity(sents, []entities.Entity{person}, 1)
	assert.InDelta(t, float64(len(person.Text))/float64(len(sents[0].Text)), f(sents[0].Text), 1e-9)
	assert.Zero(t, f(sents[1].Text))
	assert.Zero(t, f("không có"))
	f = entityDensity(sents, []entities.Entity{person, place, date}, 0.5)
	assert.InDelta(t, 0.5*float64(len(person.Text)+len(place.Text))/float64(len(sents[0].Text)), f(sents[0].Text), 1e-9)
	assert.Zero(t, f(sents[1].Text), "dates do not count")
}

func TestSegmented(t *testing.T) {
	a, err := New(WithTasks(TaskWords))
	require.NoError(t, err)
	for _, text := range []string{
		"",
		"Thủ đô Hà Nội, năm 2023.",
		article,
	} {
		res, err := a.Analyze(context.Background(), Doc{Text: text})
		require.NoError(t, err)
		assert.Equal(t, a.Tokenizer().Segment(text), res.Segmented, "%q", text)
	}
	// Line breaks between words are kept, as Segment keeps them.
	text := "Dòng một.\n\nThành  phố Hồ Chí Minh"
	word := func(s string) tokenize.Token {
		i := strings.Index(text, s)
		return tokenize.Token{Text: s, Start: i, End: i + len(s), Kind: tokenize.Word}
	}
	words := []tokenize.Token{word("Dòng một"), word("."), word("Thành  phố"), word("Hồ Chí Minh")}
	assert.Equal(t, "Dòng_một .\n\nThành_phố Hồ_Chí_Minh", segmentLine(text, words))

	res, err := a.Analyze(context.Background(), Doc{Text: "Hà Nội"})
	require.NoError(t, err)
	b, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"segmented":"Hà`)
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{article, "", "Hà Nội\xff", norm.NFD.String(article), "Q. 1, TP.HCM. Ông A nói: “Tốt…”\n\nHết.",
		"Chính trị\nQuận Tây Hồ lấy phiếu tín nhiệm\nHương Ly 11/02/2024 15:00\n(0) Bình luận\nÔng A nói.\n© 2024"} {
		f.Add(s)
	}
	a, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := a.Analyze(context.Background(), Doc{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, text, res)
		for _, s := range res.Furniture {
			if s.Start < 0 || s.End < s.Start || s.End > len(text) || text[s.Start:s.End] != s.Text {
				t.Fatalf("furniture %+v is not the input's text", s)
			}
		}
	})
}
