package vntext

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/internal/spancheck"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

const article = `Sáng 11/02/2024, HĐND quận Tây Hồ (Hà Nội) mở kỳ họp thứ 12. ` +
	`Chủ tịch UBND quận Tây Hồ Nguyễn Đình Khang đạt 33/33 phiếu tín nhiệm cao. ` +
	`Quận tiếp tục triển khai Chương trình mục tiêu quốc gia nước sạch vùng cao.`

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
		"segment, summary":              TaskSegmented | TaskSummary,
		"segmented":                     TaskSegmented,
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
	for _, task := range []Task{AllTasks, TaskWords | TaskKeywords, TaskSegmented, 0} {
		b, err := json.Marshal(task)
		require.NoError(t, err)
		var back Task
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, task, back)
	}
}

// checkSpans asserts the invariant of package doc: every span is the
// caller's own text at its offsets, roles are the caller's text, and an
// official's name is the text of one of its mentions.
func checkSpans(t testing.TB, text string, r Result) {
	t.Helper()
	check := func(what, s string, start, end int) {
		t.Helper()
		if start < 0 || end < start || end > len(text) {
			t.Fatalf("%s %q: span [%d,%d) outside text of %d bytes", what, s, start, end, len(text))
		}
		if text[start:end] != s {
			t.Fatalf("%s %q: text[%d:%d] = %q", what, s, start, end, text[start:end])
		}
	}
	// An entity or role holds no white space, control or format character
	// at its ends, nor a word at its end, whatever normalization dropped
	// around it (a word may start with a space that carries a combining
	// mark).
	trimmed := func(what, s string) {
		t.Helper()
		first, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		ends := []rune{first, last}
		if what == "word" {
			ends = ends[1:]
		}
		for _, r := range ends {
			if unicode.IsSpace(r) || unicode.In(r, unicode.Cc, unicode.Cf) {
				t.Fatalf("%s %q has %U at an end", what, s, r)
			}
		}
	}
	for _, s := range r.Sentences {
		check("sentence", s.Text, s.Start, s.End)
	}
	for _, w := range r.Words {
		check("word", w.Text, w.Start, w.End)
		trimmed("word", w.Text)
	}
	for _, e := range r.Entities {
		check("entity", e.Text, e.Start, e.End)
		trimmed("entity", e.Text)
		for _, role := range e.Roles {
			check("role of "+e.Text, role.Text, role.Start, role.End)
			trimmed("role of "+e.Text, role.Text)
		}
		if e.Unit != "" && !strings.Contains(text, e.Unit) {
			t.Fatalf("unit %q of %q is not in the text", e.Unit, e.Text)
		}
	}
	for _, o := range r.Officials {
		named := false
		for _, m := range o.Mentions {
			check("mention of "+o.Name, text[m.Start:m.End], m.Start, m.End)
			named = named || text[m.Start:m.End] == o.Name
		}
		if !named {
			t.Fatalf("official %q is none of its mentions", o.Name)
		}
		for _, role := range o.Roles {
			check("role of "+o.Name, role.Text, role.Start, role.End)
		}
	}
	for _, s := range r.Summary.Sentences {
		check("summary sentence", s.Text, s.Start, s.End)
	}
	for _, f := range r.Furniture {
		check("furniture "+f.Kind.String(), f.Text, f.Start, f.End)
	}
	for _, k := range r.Keywords {
		// A keyword gathers spelling variants and given-name mentions: its
		// Text is the text at one of its mentions.
		found := false
		for _, m := range k.Mentions {
			check("keyword mention", text[m.Start:m.End], m.Start, m.End)
			found = found || text[m.Start:m.End] == k.Text
		}
		if !found {
			t.Fatalf("keyword %q is none of its mentions", k.Text)
		}
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
	assert.Equal(t, "Quận tiếp tục triển khai Chương trình mục tiêu quốc gia nước sạch vùng cao.", res.Sentences[2].Text)
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
		assert.Equal(t, nfd[s.Start:s.End], s.Text)
		assert.Equal(t, res.Sentences[i].Text, norm.NFC.String(s.Text))
	}
	require.Len(t, res2.Entities, len(res.Entities))
	for i, e := range res2.Entities {
		assert.Equal(t, res.Entities[i].Text, norm.NFC.String(e.Text))
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

	// Every field is present whatever was asked: empty, never missing.
	b, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"summary":{"sentences":[],"over_budget":false}`)
	assert.Contains(t, string(b), `"normalized":""`)
	assert.Contains(t, string(b), `"entities":[],"officials":[]`)
	assert.Contains(t, string(b), `"words":[{"text":"Sáng","start":0,"end":5,"kind":"`)
	assert.Contains(t, string(b), `{"schema":"vntext/v1","id":"","title":"","text":"Sáng`)
	assert.Contains(t, string(b), `"tasks":"words","offsets":"bytes"`)

	// The JSON reads back into the same Result.
	var back Result
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, res, back)
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
		checkSpans(t, res.Text, res)
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

func TestAppendDensity(t *testing.T) {
	text := "Ông Nguyễn Văn An đến Hà Nội. Trời mưa."
	a, err := New()
	require.NoError(t, err)
	sents := a.Tokenizer().Sentences(text)
	require.Len(t, sents, 2)
	at := func(typ entities.Type, s string) entities.Entity {
		i := strings.Index(text, s)
		return entities.Entity{Type: typ, Text: s, Start: i, End: i + len(s)}
	}
	same := func(s, e int) (int, int) { return s, e }
	person, place, date := at(entities.Person, "Nguyễn Văn An"), at(entities.Location, "Hà Nội"), at(entities.Date, "mưa")
	d := appendDensity(nil, sents, []entities.Entity{person}, same, 1)
	require.Len(t, d, 2)
	assert.InDelta(t, float64(len(person.Text))/float64(len(sents[0].Text)), d[0], 1e-9)
	assert.Zero(t, d[1])
	d = appendDensity(nil, sents, []entities.Entity{person, place, date}, same, 0.5)
	assert.InDelta(t, 0.5*float64(len(person.Text)+len(place.Text))/float64(len(sents[0].Text)), d[0], 1e-9)
	assert.Zero(t, d[1], "dates do not count")
}

func TestSegmented(t *testing.T) {
	a, err := New(WithTasks(TaskSegmented))
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
	for _, s := range []string{article, "", "Hà Nội\xff", norm.NFD.String(article), "Q. 1, TP.HCM. Ông A nói: “Tốt…”\n\nHết.", seedPage,
		"Ông Trần Văn A \n 3/7/2025 tân", "Chương trình\n1/7/2025\nTP.HCM", "Ông Lê Văn B\u200b \nđến",
		// Spans over a line the page task blanks out.
		"\"\nN>i\n&#2;", "Ông nói: \"\nThời sự > Xã hội\n&#8220;Chúng tôi sẽ làm."} {
		f.Add(s)
	}
	a, err := New()
	if err != nil {
		f.Fatal(err)
	}
	// Small windows and UTF-16 offsets: the long-document path and the
	// offset conversion, on every input.
	small, err := New(withWindow(64), WithOffsets(OffsetUTF16))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := a.Analyze(context.Background(), Doc{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(res.Text) || utf8.ValidString(text) && res.Text != text {
			t.Fatalf("Result.Text %q for input %q", res.Text, text)
		}
		checkSpans(t, res.Text, res)
		res, err = small.Analyze(context.Background(), Doc{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		spancheck.Check(t, b)
	})
}
