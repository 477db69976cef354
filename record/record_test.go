package record

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/internal/spancheck"
)

func newAnalyzer(t testing.TB, opts ...vntext.Option) *vntext.Analyzer {
	t.Helper()
	a, err := vntext.New(opts...)
	require.NoError(t, err)
	return a
}

// writeResult writes what json.Marshal writes, byte for byte, for short
// and long texts with every kind of character JSON escapes.
func TestWriteResultIsMarshal(t *testing.T) {
	a := newAnalyzer(t)
	long := strings.Repeat("Ông Trần Văn Bình <b>&</b> nói: \"tốt\"\u2028\t\x01. ", 4000) + "\xff\xfe cuối."
	for _, text := range []string{
		"",
		"Hà Nội <script>&amp; \u2029 \\ \"q\"",
		long,
		strings.Repeat("\xe1", strChunk+10), // no rune start in a whole chunk
	} {
		res, err := a.Analyze(context.Background(), vntext.Doc{ID: "x<1>", Title: "T&T", Text: text})
		require.NoError(t, err)
		want, err := json.Marshal(res)
		require.NoError(t, err)
		got := Output{res: res}.String()
		require.Equal(t, string(want), got)
	}
	var zero vntext.Result
	want, err := json.Marshal(zero)
	require.NoError(t, err)
	assert.Equal(t, string(want), Output{res: zero}.String())
}

// An output record is the Result's JSON, followed by the input's other
// members unchanged.
func TestProcessKeepsOtherMembers(t *testing.T) {
	a := newAnalyzer(t)
	line := `{"source":"http://x/1?a=1&b=2", "id":7,"text":"Hà Nội mưa.","tags":["a",{"b":[1,2]}],"summary":"cũ","n":null}`
	out := Process(context.Background(), a, Input{Data: []byte(line), Line: 1})
	require.NoError(t, out.Err)
	res, err := a.Analyze(context.Background(), vntext.Doc{ID: "7", Text: "Hà Nội mưa."})
	require.NoError(t, err)
	want, err := json.Marshal(res)
	require.NoError(t, err)
	got := out.String()
	require.True(t, strings.HasPrefix(got, string(want[:len(want)-1])+","), got)
	assert.True(t, strings.HasSuffix(got, `,"source":"http://x/1?a=1&b=2","tags":["a",{"b":[1,2]}],"n":null}`), got)
	spancheck.Check(t, []byte(got))
}

// The members that say what a page or an archive knows of the article
// (issue 16) fill the Result's fields when they read as such; otherwise
// they stay other members, and never appear twice.
func TestProcessPageMembers(t *testing.T) {
	a := newAnalyzer(t)
	line := `{"id":1,"url":"https://x.vn/a","fetched":"2024-02-11T08:00:01Z","byline":"Hương Ly",` +
		`"published":"11/02/2024 15:00","category":"Chính trị","text":"Hà Nội mưa to."}`
	out := Process(context.Background(), a, Input{Data: []byte(line), Line: 1})
	require.NoError(t, out.Err)
	res := out.Result()
	assert.Equal(t, "https://x.vn/a", res.URL)
	assert.Equal(t, "2024-02-11T15:00+07:00", res.Published.String())
	assert.Equal(t, "Hương Ly", res.Byline)
	assert.Equal(t, "Chính trị", res.Category)
	assert.Equal(t, "2024-02-11T08:00:01Z", res.Fetched.UTC().Format(time.RFC3339))
	want, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Equal(t, string(want), out.String())

	odd := `{"id":2,"published":"hôm qua","fetched":5,"text":"Chính trị\nHà Nội mưa to trong đêm\nHương Ly 11/02/2024 15:00\nMưa lớn làm nhiều tuyến phố ngập sâu."}`
	out = Process(context.Background(), a, Input{Data: []byte(odd), Line: 2})
	require.NoError(t, out.Err)
	got := out.String()
	assert.Equal(t, 1, strings.Count(got, `"published":`), got)
	assert.Contains(t, got, `"published":"2024-02-11T15:00+07:00"`) // the text's date shadows the unreadable member
	assert.Contains(t, got, `"fetched":5`)                          // kept as it was
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(got), &m))
}

func TestProcessInputErr(t *testing.T) {
	out := Process(context.Background(), newAnalyzer(t), Input{ID: "p.html", File: "p.html", Err: errors.New("no article text found")})
	require.Error(t, out.Err)
	assert.Contains(t, out.String(), `"error":"no article text found"`)
	assert.Contains(t, out.String(), `"id":"p.html"`)
}

func TestParseErrors(t *testing.T) {
	for line, want := range map[string]string{
		`{"id":"b", "text": broken`:         "malformed JSON",
		`["not","an","object"]`:             "not a JSON object",
		`{"id":"e"}`:                        `missing "text"`,
		`{"id":"f","text":"Hai."} trailing`: "malformed JSON",
		`{"id":{"x":1},"text":"lạ"}`:        `"id" must be a string or a number`,
		`{"title":3,"text":"lạ"}`:           `"title" must be a string`,
		`{"text":["a"]}`:                    `"text" must be a string`,
		`"text"`:                            "not a JSON object",
	} {
		_, err := Parse(Input{Data: []byte(line)})
		if assert.Error(t, err, line) {
			assert.Contains(t, err.Error(), want, line)
		}
	}
	_, err := Parse(Input{TooLong: 99})
	assert.True(t, errors.Is(err, ErrTooLong))
}

// Error records carry the position, the id when known and the error; every
// member is always present.
func TestErrorRecord(t *testing.T) {
	a := newAnalyzer(t)
	out := Process(context.Background(), a, Input{Data: []byte(`{"id":"k9","text":3}`), File: "a.jsonl", Line: 4})
	require.Error(t, out.Err)
	assert.Equal(t, `{"schema":"vntext/v1","id":"k9","file":"a.jsonl","line":4,"error":"\"text\" must be a string"}`, out.String())
	out = Process(context.Background(), a, Input{TooLong: 1 << 30, Line: 2})
	assert.Equal(t, `{"schema":"vntext/v1","id":"","file":"","line":2,"error":"record longer than the limit: 1073741824 bytes"}`, out.String())
}

// members agrees with encoding/json on any valid object.
func FuzzMembers(f *testing.F) {
	for _, s := range []string{
		`{"a":1,"b":"x\"y","c":[1,{"d":"}"}],"e":null}`,
		` { "text" : "Hà Nội" , "k":{} } `,
		`{}`,
		`{"a":"\\","b":true}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want map[string]json.RawMessage
		if json.Unmarshal([]byte(s), &want) != nil || want == nil {
			return
		}
		ms, err := members([]byte(s))
		require.NoError(t, err)
		got := map[string]json.RawMessage{}
		for _, m := range ms {
			got[m.key] = m.value
		}
		require.Len(t, got, len(want))
		for k, v := range want {
			require.JSONEq(t, string(v), string(got[k]), "member %q of %q", k, s)
		}
	})
}

func TestReaderLimit(t *testing.T) {
	in := "{\"text\":\"a\"}\n\n" + `{"text":"` + strings.Repeat("x", 200) + "\"}\n{\"text\":\"b\"}"
	r := NewReader(strings.NewReader(in), "f", 100)
	var got []Input
	for x := range r.All() {
		got = append(got, x)
	}
	require.NoError(t, r.Err())
	require.Len(t, got, 3)
	assert.Equal(t, 1, got[0].Line)
	assert.Equal(t, int64(212), got[1].TooLong)
	assert.Equal(t, 3, got[1].Line)
	assert.Empty(t, got[1].Data)
	assert.Equal(t, `{"text":"b"}`, string(got[2].Data))
	assert.Equal(t, 4, got[2].Line)
}

// Stream writes the records in input order, an error record in place of
// each bad one.
func TestStream(t *testing.T) {
	a := newAnalyzer(t, vntext.WithTasks(vntext.TaskEntities))
	var in bytes.Buffer
	for i := range 50 {
		if i%7 == 3 {
			in.WriteString("{broken\n")
			continue
		}
		in.WriteString(`{"id":"` + strings.Repeat("x", i) + `","text":"Ông Lê Văn An, Chủ tịch UBND tỉnh Nam Định."}` + "\n")
	}
	var out bytes.Buffer
	bw := bufio.NewWriter(&out)
	r := NewReader(&in, "in", 0)
	n := 0
	err := Stream(context.Background(), a, r.All(), func(in Input, o Output) error {
		n++
		assert.Equal(t, n, in.Line)
		_, err := o.WriteTo(bw)
		return err
	}, vntext.StreamWorkers(4))
	require.NoError(t, err)
	require.NoError(t, bw.Flush())
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, 50)
	for i, l := range lines {
		if i%7 == 3 {
			assert.Contains(t, l, `"error":"malformed JSON`)
			continue
		}
		assert.Contains(t, l, `"id":"`+strings.Repeat("x", i)+`"`)
		spancheck.Check(t, []byte(l))
	}
}

// Blank lines are not records; Blank counts them, not the end of the input
// after its last line feed.
func TestReaderCountsBlankLines(t *testing.T) {
	for in, want := range map[string][2]int{
		"{\"text\":\"a\"}\n":                        {1, 0},
		"{\"text\":\"a\"}\n\n \t\n{\"text\":\"b\"}": {2, 2},
		"\n":                   {0, 1},
		"":                     {0, 0},
		"{\"text\":\"a\"}\n  ": {1, 1},
	} {
		r := NewReader(strings.NewReader(in), "f", 0)
		n := 0
		for range r.All() {
			n++
		}
		assert.Equal(t, want, [2]int{n, r.Blank()}, "%q", in)
	}
}

// A .txt record's text is the whole file, decoded, without its byte-order
// mark: the title line stays in it (the page task finds it).
func TestArticleText(t *testing.T) {
	for in, want := range map[string]string{
		"Tiêu đề\n\nNội dung.":           "Tiêu đề\n\nNội dung.",
		"\uFEFFTiêu đề\r\n\r\nNội dung.": "Tiêu đề\r\n\r\nNội dung.",
		"Ti\xEAu \xF0\xEA\xCC":           "Tiêu đê\u0300", // Windows-1258: a combining tone mark
		"":                               "",
	} {
		assert.Equal(t, want, ArticleText([]byte(in)), "%q", in)
		doc, err := Parse(Input{Data: []byte(in), Txt: true, ID: "a.txt"})
		require.NoError(t, err)
		assert.Equal(t, vntext.Doc{ID: "a.txt", Text: want}, doc)
	}
}
