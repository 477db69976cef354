package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/htmlpage"
	"github.com/vntext/vntext/tokenize"
)

// batchLines runs batch and returns its output lines decoded as objects.
func batchLines(t *testing.T, args []string, stdin string) (int, []map[string]any, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runBatch(append([]string{"--quiet"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, decodeLines(t, out.Bytes()), errb.String()
}

func decodeLines(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for _, line := range bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		require.True(t, utf8.Valid(line), "output line is not UTF-8: %q", line)
		var m map[string]any
		require.NoError(t, json.Unmarshal(line, &m), "output line is not JSON: %q", line)
		recs = append(recs, m)
	}
	return recs
}

// checkRecordSpans asserts that every span of an output record lies inside
// its "text" and, when the text is already normal, cuts it at the bytes the
// span's text names.
func checkRecordSpans(t testing.TB, rec map[string]any) {
	t.Helper()
	text, _ := rec["text"].(string)
	normal := tokenize.Normalize(text) == text
	for _, key := range []string{"entities", "summary_sentences", "sentences"} {
		list, _ := rec[key].([]any)
		for _, x := range list {
			span := x.(map[string]any)
			start, end := int(span["start"].(float64)), int(span["end"].(float64))
			require.True(t, 0 <= start && start <= end && end <= len(text), "%s span [%d,%d) outside %d bytes", key, start, end, len(text))
			if normal {
				assert.Equal(t, span["text"], text[start:end], key)
			}
		}
	}
}

func TestBatchRecordsInRecordsOut(t *testing.T) {
	input := strings.Join([]string{
		`{"id":"a","title":"Tây Hồ","text":"HĐND quận Tây Hồ họp. Ông Nguyễn Văn Bình phát biểu.","source":"hanoimoi","tags":["x",1]}`,
		`{"id":"b", "text": broken`,
		``, // blank lines are not records
		"{\"id\":\"c\",\"text\":\"Sai mã \xff\xfe ở đây, còn lại đúng: Hà Nội.\"}",
		`{"id":"d","text":""}`,
		`["not","an","object"]`,
		`{"id":"e"}`,
		`{"id":"f","text":"Hai. Câu."} trailing`,
		`{"id":{"x":1},"text":"id kiểu lạ"}`,
		`{"id":7,"text":"Số bảy.","segmented":"old","summary":"old"}`,
		`{"text":"Không có id & <ký tự> đặc biệt."}`,
	}, "\n") + "\n"
	code, recs, stderr := batchLines(t, []string{"--tasks", "normalize,segment,entities,summary", "--workers", "3"}, input)
	assert.Equal(t, 1, code, "some records failed")
	assert.Contains(t, stderr, "5 of 10 records failed")
	require.Len(t, recs, 10, "one output line per input record")

	// Good records keep their fields and order and gain the added ones.
	a := recs[0]
	assert.Equal(t, "a", a["id"])
	assert.Equal(t, "hanoimoi", a["source"])
	assert.Equal(t, []any{"x", 1.0}, a["tags"])
	for _, k := range []string{"normalized", "segmented", "entities", "summary", "summary_sentences"} {
		assert.Contains(t, a, k)
	}
	assert.Equal(t, "HĐND quận Tây Hồ họp. Ông Nguyễn Văn Bình phát biểu.", a["normalized"])
	assert.NotEmpty(t, a["segmented"])
	assert.NotEmpty(t, a["summary"])
	for _, r := range recs {
		checkRecordSpans(t, r)
	}

	wantErr := map[int]string{1: "malformed JSON", 4: "not a JSON object", 5: `missing "text"`, 6: "data after the object", 7: `"id" must be`}
	lines := []float64{1, 2, 4, 5, 6, 7, 8, 9, 10, 11}
	for i, r := range recs {
		if msg, bad := wantErr[i]; bad {
			assert.Contains(t, r["error"], msg, "record %d", i)
			assert.Equal(t, lines[i], r["line"], "record %d", i)
			continue
		}
		assert.NotContains(t, r, "error", "record %d", i)
	}
	assert.Equal(t, "e", recs[5]["id"], "an error record keeps the id when there is one")

	// Invalid UTF-8 inside otherwise UTF-8 text becomes U+FFFD.
	assert.Equal(t, "Sai mã \uFFFD ở đây, còn lại đúng: Hà Nội.", recs[2]["text"])
	// An empty text is a record like any other.
	assert.Equal(t, "", recs[3]["segmented"])
	assert.Equal(t, []any{}, recs[3]["entities"])
	assert.Equal(t, []any{}, recs[3]["summary_sentences"])
	// Fields that batch adds are replaced, not doubled.
	assert.Equal(t, 7.0, recs[8]["id"])
	assert.NotEqual(t, "old", recs[8]["segmented"])
	assert.NotEqual(t, "old", recs[8]["summary"])
	assert.Equal(t, "Không có id & <ký tự> đặc biệt.", recs[9]["text"])
}

func TestBatchKeepsOrderAndFieldOrder(t *testing.T) {
	var in strings.Builder
	for i := range 300 {
		// Uneven sizes make workers finish out of order.
		fmt.Fprintf(&in, `{"z":%d,"id":"r%03d","text":%q}`+"\n", i, i, strings.Repeat("Hà Nội mùa thu. ", 1+(i*37)%50))
	}
	var out, errb bytes.Buffer
	require.Equal(t, 0, runBatch([]string{"--quiet", "--workers", "4", "--tasks", "segment"}, strings.NewReader(in.String()), &out, &errb), errb.String())
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, 300)
	for i, l := range lines {
		require.True(t, strings.HasPrefix(l, fmt.Sprintf(`{"z":%d,"id":"r%03d","text":`, i, i)), l[:min(len(l), 40)])
		require.NotContains(t, l, `"summary"`)
	}
}

func TestBatchLongRecord(t *testing.T) {
	if testing.Short() {
		t.Skip("long record")
	}
	text := strings.Repeat("Hà Nội mùa thu. Trời trong xanh. ", longRecordSize/36)
	line, err := json.Marshal(map[string]string{"id": "big", "text": text})
	require.NoError(t, err)
	require.Greater(t, len(line), longRecordSize)
	input := `{"id":"before","text":"Trước."}` + "\n" + string(line) + "\n" + `{"id":"after","text":"Sau."}` + "\n"
	var out, errb bytes.Buffer
	require.Equal(t, 0, runBatch([]string{"--quiet", "--tasks", "normalize", "--workers", "2"}, strings.NewReader(input), &out, &errb), errb.String())
	br := bufio.NewReader(&out)
	var ids []string
	for {
		l, err := br.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			break
		}
		var rec struct {
			ID         string `json:"id"`
			Text       string `json:"text"`
			Normalized string `json:"normalized"`
		}
		require.NoError(t, json.Unmarshal(l, &rec))
		// Not compared whole: a failure would print 100 MB.
		assert.True(t, strings.HasPrefix(rec.Normalized, rec.Text[:min(len(rec.Text), 100)]), rec.ID)
		assert.InDelta(t, len(rec.Text), len(rec.Normalized), 2, rec.ID)
		ids = append(ids, rec.ID)
	}
	assert.Equal(t, []string{"before", "big", "after"}, ids)
}

func TestBatchTxtDirectoryAndLegacy(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "2024", "03"), 0o755))
	write := func(name, content string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	write("a.txt", "Tin Hà Nội\n\nHà Nội đón khách. Trời đẹp.")
	write("2024/03/legacy.TXT", "Tin cu\xDE\n\n"+cp1258ThuDo) // Windows-1258
	write("2024/notes.md", "not an article")
	write("b.txt", "")

	code, recs, stderr := batchLines(t, []string{"--tasks", "normalize,summary", dir}, "")
	require.Equal(t, 0, code, stderr)
	require.Len(t, recs, 3)
	assert.Equal(t, "2024/03/legacy.TXT", recs[0]["id"])
	assert.Equal(t, "Tin cũ", recs[0]["title"])
	assert.Equal(t, "Thủ đô Hà Nội có 30 quận, huyện.", recs[0]["text"], "decoded text is written out normalized")
	assert.Equal(t, "Thủ đô Hà Nội có 30 quận, huyện.", recs[0]["normalized"])
	assert.Equal(t, "a.txt", recs[1]["id"])
	assert.Equal(t, "Tin Hà Nội", recs[1]["title"])
	assert.Equal(t, "Hà Nội đón khách. Trời đẹp.", recs[1]["text"])
	assert.Equal(t, "b.txt", recs[2]["id"])
	assert.Equal(t, "", recs[2]["summary"])
	for _, r := range recs {
		checkRecordSpans(t, r)
	}

	// A .txt file named on the command line is one record, its path the id.
	one := filepath.Join(dir, "a.txt")
	code, recs, stderr = batchLines(t, []string{"--tasks", "segment", one}, "")
	require.Equal(t, 0, code, stderr)
	require.Len(t, recs, 1)
	assert.Equal(t, one, recs[0]["id"])
	assert.Equal(t, "Tin Hà Nội", recs[0]["title"])
}

func TestBatchGzipAndSeveralInputs(t *testing.T) {
	dir := t.TempDir()
	gzPath := filepath.Join(dir, "part1.jsonl.gz")
	var gzBuf bytes.Buffer
	zw := gzip.NewWriter(&gzBuf)
	_, err := zw.Write([]byte(`{"id":"g1","text":"Một."}` + "\n" + `{"id":"g2","text":"Hai."}` + "\n"))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(gzPath, gzBuf.Bytes(), 0o644))
	plain := filepath.Join(dir, "part2.jsonl")
	require.NoError(t, os.WriteFile(plain, []byte(`{"id":"p1","text":"Ba."}`+"\n"+`oops`+"\n"), 0o644))

	code, recs, _ := batchLines(t, []string{"--tasks", "segment", gzPath, "-", plain}, `{"id":"s1","text":"Bốn."}`+"\n")
	assert.Equal(t, 1, code)
	require.Len(t, recs, 5)
	for i, id := range []string{"g1", "g2", "s1", "p1"} {
		assert.Equal(t, id, recs[i]["id"])
	}
	assert.Equal(t, plain, recs[4]["file"])
	assert.Equal(t, 2.0, recs[4]["line"])

	// A corrupt gzip file is a read error, reported, exit 1.
	bad := filepath.Join(dir, "bad.jsonl.gz")
	require.NoError(t, os.WriteFile(bad, []byte("not gzip"), 0o644))
	code, _, stderr := batchLines(t, []string{bad}, "")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "reading input")
}

func TestBatchResume(t *testing.T) {
	dir := t.TempDir()
	outPath := filepath.Join(dir, "out.jsonl")
	var in strings.Builder
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&in, `{"id":"n%d","text":"Bài số %d."}`+"\n", i, i)
	}
	// A first run that got through two records and died in the middle of
	// the third line.
	require.NoError(t, os.WriteFile(outPath, []byte(`{"id":"n1","text":"Bài số 1.","segmented":"x"}`+"\n"+
		`{"id":"n2","text":"Bài số 2.","segmented":"x"}`+"\n"+`{"id":"n3","te`), 0o644))

	var out, errb bytes.Buffer
	code := runBatch([]string{"--tasks", "segment", "-o", outPath, "--resume"}, strings.NewReader(in.String()), &out, &errb)
	require.Equal(t, 0, code, errb.String())
	assert.Contains(t, errb.String(), "4 records written, 0 failed, 2 skipped")
	b, err := os.ReadFile(outPath)
	require.NoError(t, err)
	recs := decodeLines(t, b)
	require.Len(t, recs, 6)
	for i, r := range recs {
		assert.Equal(t, fmt.Sprintf("n%d", i+1), r["id"])
	}
	assert.Equal(t, "x", recs[0]["segmented"], "records already done are left alone")

	// Resuming a finished run writes nothing more.
	errb.Reset()
	require.Equal(t, 0, runBatch([]string{"--tasks", "segment", "-o", outPath, "--resume"}, strings.NewReader(in.String()), &out, &errb))
	assert.Contains(t, errb.String(), "0 records written, 0 failed, 6 skipped")
	b2, err := os.ReadFile(outPath)
	require.NoError(t, err)
	assert.Equal(t, b, b2)

	// Without --resume the output starts afresh.
	require.Equal(t, 0, runBatch([]string{"--quiet", "--tasks", "segment", "-o", outPath}, strings.NewReader(in.String()), &out, &errb))
	b3, err := os.ReadFile(outPath)
	require.NoError(t, err)
	assert.Len(t, decodeLines(t, b3), 6)
	assert.NotContains(t, string(b3), `"segmented":"x"`)
}

func newTestProcessor(t testing.TB, tasks vntext.Task) *batchProcessor {
	a, err := vntext.New(vntext.WithTasks(tasks))
	require.NoError(t, err)
	pages, err := htmlpage.New()
	require.NoError(t, err)
	return &batchProcessor{a: a, tasks: tasks, pages: pages}
}

func TestBatchInterrupted(t *testing.T) {
	var in strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&in, `{"id":"r%d","text":"Câu số %d ở Hà Nội."}`+"\n", i, i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out bytes.Buffer
	p := newTestProcessor(t, vntext.TaskWords)
	sources := []batchSource{{stdin: strings.NewReader(in.String()), size: -1}}
	st := batchRun(ctx, p, sources, 2, &out, func(n int, _ *batchItem) {
		if n == 5 {
			cancel() // as Ctrl-C would
		}
	})
	assert.True(t, st.interrupted)
	assert.GreaterOrEqual(t, st.written, 5)
	assert.Less(t, st.written, 2000, "reading stopped")
	recs := decodeLines(t, out.Bytes())
	require.Len(t, recs, st.written, "everything handed out was finished and flushed")
	for i, r := range recs {
		assert.Equal(t, fmt.Sprintf("r%d", i), r["id"])
	}
	assert.Equal(t, st.written, st.last.line)

	var errb bytes.Buffer
	assert.Equal(t, 1, batchReport(&errb, st, "out.jsonl", false))
	assert.Contains(t, errb.String(), fmt.Sprintf("stopped after line %d of standard input", st.written))
	assert.Contains(t, errb.String(), "--resume -o out.jsonl")
}

// A reader blocked on a quiet pipe (a terminal, a stalled producer) must not
// keep an interrupted run from finishing.
func TestBatchInterruptedWhileReading(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for i := range 3 {
			fmt.Fprintf(pw, `{"id":"p%d","text":"Câu."}`+"\n", i)
		}
	}()
	var out bytes.Buffer
	done := make(chan batchStats)
	go func() {
		done <- batchRun(ctx, newTestProcessor(t, vntext.TaskWords), []batchSource{{stdin: pr, size: -1}}, 2, &out, func(n int, _ *batchItem) {
			if n == 3 {
				cancel()
			}
		})
	}()
	select {
	case st := <-done:
		assert.True(t, st.interrupted)
		assert.Equal(t, 3, st.written)
		assert.Len(t, decodeLines(t, out.Bytes()), 3)
	case <-time.After(10 * time.Second):
		t.Fatal("batch did not stop after the interruption")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestBatchWriteError(t *testing.T) {
	var in strings.Builder
	for range 3000 {
		in.WriteString(`{"text":"` + strings.Repeat("Hà Nội. ", 20) + `"}` + "\n")
	}
	st := batchRun(context.Background(), newTestProcessor(t, vntext.TaskNormalize), []batchSource{{stdin: strings.NewReader(in.String()), size: -1}}, 2, failingWriter{}, nil)
	require.Error(t, st.writeErr)
	var errb bytes.Buffer
	assert.Equal(t, 1, batchReport(&errb, st, "", true))
	assert.Contains(t, errb.String(), "disk full")
}

func TestBatchUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--workers", "0"},
		{"--tasks", "bogus"},
		{"--resume"},
		{"--sentences", "0"},
		{"--max-syllables", "-1"},
		{"--nope"},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, 2, runBatch(args, strings.NewReader(""), &out, &errb), args)
		assert.NotEmpty(t, errb.String())
	}
	var out, errb bytes.Buffer
	assert.Equal(t, 0, runBatch([]string{"-h"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), "usage: vntext batch")
	assert.Equal(t, 0, runServe([]string{"-h"}, nil, &out, &errb))
	assert.Equal(t, 0, runAnalyze([]string{"-h"}, nil, &out, &errb))
	errb.Reset()
	assert.Equal(t, 1, runBatch([]string{"/nonexistent/archive.jsonl"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), "no such file")
	assert.Empty(t, out.String())
}

func TestBatchDecode(t *testing.T) {
	assert.Equal(t, "Hà Nội", string(batchDecode([]byte("Hà Nội"))))
	assert.Equal(t, "Hà \uFFFDNội", string(batchDecode([]byte("Hà \xff\xfeNội"))))
	assert.Equal(t, "Ha\u0300 N\u00f4\u0323i", string(batchDecode([]byte("Ha\xCC N\xF4\xF2i"))))
	assert.Equal(t, "", string(batchDecode(nil)))
}

// FuzzBatchRecord: whatever a line holds, batch writes exactly one valid
// JSON object for it, in valid UTF-8, and never panics.
func FuzzBatchRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Hà Nội. Trời đẹp."}`,
		`{"text":""}`, `{bad`, `[]`, `{"text":1}`, `{"id":null,"text":"x"}`,
		"{\"text\":\"Ha\xCC N\xF4\xF2i\"}", "{\"text\":\"\xff\"}", `{"text":"a","text":"b","segmented":1}`,
		`{"id":"h","html":"<p>Hà Nội mở cửa Đại Nội cho du khách trong ba ngày lễ.</p>"}`, `{"html":"<"}`,
		`{"text":"Chính trị\nQuận Tây Hồ lấy phiếu tín nhiệm\nHương Ly 11/02/2024 15:00\nÔng A nói."}`,
	} {
		f.Add([]byte(s))
	}
	p := newTestProcessor(f, vntext.AllTasks)
	f.Fuzz(func(t *testing.T, line []byte) {
		out := p.process(context.Background(), &batchItem{line: 1, data: line})
		if !utf8.Valid(out.data) {
			t.Fatalf("output not UTF-8: %q", out.data)
		}
		var rec map[string]any
		if err := json.Unmarshal(out.data, &rec); err != nil {
			t.Fatalf("output not one JSON object: %q: %v", out.data, err)
		}
		if out.failed != (rec["error"] != nil) {
			t.Fatalf("failed=%v but record %q", out.failed, out.data)
		}
		if !out.failed {
			checkRecordSpans(t, rec)
		}
	})
}

// endlessRecords hands out one ~100 KB record per Read, for ever, and
// counts them.
type endlessRecords struct{ n atomic.Int64 }

func (e *endlessRecords) Read(p []byte) (int, error) {
	i := e.n.Add(1)
	line := fmt.Sprintf(`{"id":"e%d","text":"%s"}`+"\n", i, strings.Repeat("a", 100<<10))
	if len(p) < len(line) {
		return 0, errors.New("buffer too small for the test record")
	}
	return copy(p, line), nil
}

// blockingWriter stands for a stalled disk or pipe: every write waits for
// release.
type blockingWriter struct {
	release chan struct{}
	writes  atomic.Int64
}

func (w *blockingWriter) Write(p []byte) (int, error) {
	w.writes.Add(1)
	<-w.release
	return len(p), nil
}

// When the output stalls, batch stops reading after a window of records:
// memory is bounded by the workers, not by the archive.
func TestBatchMemoryBoundedByWindow(t *testing.T) {
	in := &endlessRecords{}
	out := &blockingWriter{release: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan batchStats)
	go func() {
		done <- batchRun(ctx, newTestProcessor(t, vntext.TaskNormalize), []batchSource{{stdin: in, size: -1}}, 2, out, nil)
	}()
	require.Eventually(t, func() bool { return out.writes.Load() > 0 }, 10*time.Second, time.Millisecond)
	time.Sleep(200 * time.Millisecond) // time to read ahead, were it unbounded
	read := in.n.Load()
	// 4 × workers slots, what bufio's 256 KB output buffer holds (2 records)
	// and one record in the reader's hands.
	assert.LessOrEqual(t, read, int64(4*2+2+2), "records read while the output was stalled")
	cancel()
	close(out.release)
	select {
	case st := <-done:
		assert.True(t, st.interrupted)
		assert.LessOrEqual(t, int64(st.written), read)
	case <-time.After(10 * time.Second):
		t.Fatal("batch did not stop")
	}
}

func TestBatchKeepsOddKeys(t *testing.T) {
	in := `{"id":"k","tên":"Hà Nội","a\"b":1,"c\\d":2,"\u0001":3,"<x>":4,"text":"Câu."}` + "\n"
	code, recs, stderr := batchLines(t, []string{"--tasks", "segment"}, in)
	require.Equal(t, 0, code, stderr)
	require.Len(t, recs, 1)
	for k, v := range map[string]any{"tên": "Hà Nội", `a"b`: 1.0, `c\d`: 2.0, "\x01": 3.0, "<x>": 4.0} {
		assert.Equal(t, v, recs[0][k], "%q", k)
	}
}
