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

	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/internal/schematest"
	"github.com/vntext/vntext/internal/spancheck"
	"github.com/vntext/vntext/record"
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

// checkRecordSpans asserts the output contract on a record: every span is
// its "text" at its offsets.
func checkRecordSpans(t testing.TB, rec map[string]any) {
	t.Helper()
	b, err := json.Marshal(rec)
	require.NoError(t, err)
	spancheck.Check(t, b)
}

func marshalRec(t testing.TB, rec map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(rec)
	require.NoError(t, err)
	return b
}

// testBatchConfig is a run over one reader, as standard input.
func testBatchConfig(a *vntext.Analyzer, in io.Reader, workers int) batchConfig {
	return batchConfig{a: a, sources: []batchSource{{stdin: in, size: -1}}, workers: workers, maxBytes: record.DefaultMaxBytes, inFlight: 16 << 20}
}

func newTestAnalyzer(t testing.TB, tasks vntext.Task) *vntext.Analyzer {
	t.Helper()
	a, err := vntext.New(vntext.WithTasks(tasks))
	require.NoError(t, err)
	return a
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

	// Good records are Results, with the input's other members after.
	a := recs[0]
	assert.Equal(t, "vntext/v1", a["schema"])
	assert.Equal(t, "a", a["id"])
	assert.Equal(t, "hanoimoi", a["source"])
	assert.Equal(t, []any{"x", 1.0}, a["tags"])
	assert.Equal(t, "HĐND quận Tây Hồ họp. Ông Nguyễn Văn Bình phát biểu.", a["normalized"])
	assert.NotEmpty(t, a["segmented"])
	assert.NotEmpty(t, a["summary"].(map[string]any)["sentences"])
	assert.Equal(t, []any{}, a["words"], "every field, empty when not asked for")
	for _, r := range recs {
		checkRecordSpans(t, r)
		schematest.Validate(t, schematest.Record, marshalRec(t, r))
	}

	wantErr := map[int]string{1: "malformed JSON", 4: "not a JSON object", 5: `missing "text"`, 6: "after top-level value", 7: `"id" must be`}
	lines := []float64{1, 2, 4, 5, 6, 7, 8, 9, 10, 11}
	for i, r := range recs {
		if msg, bad := wantErr[i]; bad {
			assert.Contains(t, r["error"], msg, "record %d", i)
			assert.Equal(t, lines[i], r["line"], "record %d", i)
			assert.Equal(t, "vntext/v1", r["schema"])
			continue
		}
		assert.NotContains(t, r, "error", "record %d", i)
	}
	assert.Equal(t, "e", recs[5]["id"], "an error record keeps the id when there is one")

	// Invalid UTF-8 inside otherwise UTF-8 text becomes U+FFFD, one per
	// maximal subpart.
	assert.Equal(t, "Sai mã \uFFFD\uFFFD ở đây, còn lại đúng: Hà Nội.", recs[2]["text"])
	// An empty text is a record like any other.
	assert.Equal(t, "", recs[3]["segmented"])
	assert.Equal(t, []any{}, recs[3]["entities"])
	assert.Equal(t, []any{}, recs[3]["summary"].(map[string]any)["sentences"])
	// Members a Result has are replaced, not doubled; ids are strings.
	assert.Equal(t, "7", recs[8]["id"])
	assert.NotEqual(t, "old", recs[8]["segmented"])
	assert.NotEqual(t, "old", recs[8]["summary"])
	assert.Equal(t, "Không có id & <ký tự> đặc biệt.", recs[9]["text"])
}

// The same article gives the same bytes from the library and from batch.
func TestBatchRecordIsMarshal(t *testing.T) {
	doc := vntext.Doc{ID: "x1", Title: "Tây Hồ", Text: "Bí thư Quận ủy, Chủ tịch HĐND quận Tây Hồ Lê Thị Thu Hằng đạt 33/33 phiếu & <b>."}
	line, err := json.Marshal(doc)
	require.NoError(t, err)
	var out, errb bytes.Buffer
	require.Equal(t, 0, runBatch([]string{"--quiet", "--tasks", "all"}, bytes.NewReader(append(line, '\n')), &out, &errb), errb.String())
	a := newTestAnalyzer(t, vntext.AllTasks)
	res, err := a.Analyze(context.Background(), doc)
	require.NoError(t, err)
	want, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Equal(t, string(want)+"\n", out.String())
}

func TestBatchKeepsOrder(t *testing.T) {
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
		require.True(t, strings.HasPrefix(l, fmt.Sprintf(`{"schema":"vntext/v1","id":"r%03d","title":"","text":`, i)), l[:min(len(l), 60)])
		require.True(t, strings.HasSuffix(l, fmt.Sprintf(`,"z":%d}`, i)), l[max(0, len(l)-20):])
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
	require.Equal(t, 0, runBatch([]string{"--quiet", "--tasks", "normalize", "--workers", "2", "--max-record-bytes", "64MiB"}, strings.NewReader(input), &out, &errb), errb.String())
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

	// Over --max-record-bytes: an error record in its place, and the run
	// goes on.
	out.Reset()
	errb.Reset()
	require.Equal(t, 1, runBatch([]string{"--quiet", "--tasks", "normalize", "--max-record-bytes", "1000"}, strings.NewReader(input), &out, &errb))
	recs := decodeLines(t, out.Bytes())
	require.Len(t, recs, 3)
	assert.Equal(t, "before", recs[0]["id"])
	assert.Contains(t, recs[1]["error"], "record longer than the limit")
	assert.Equal(t, 2.0, recs[1]["line"])
	assert.Equal(t, "after", recs[2]["id"])
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

	code, recs, stderr := batchLines(t, []string{"--tasks", "normalize,summary,page", dir}, "")
	require.Equal(t, 0, code, stderr)
	require.Len(t, recs, 3)
	assert.Equal(t, "2024/03/legacy.TXT", recs[0]["id"])
	assert.Equal(t, "Tin cũ", norm.NFC.String(recs[0]["title"].(string)))
	// The text is the decoded file, title line included (offsets index
	// it); its normalized form is a field of its own.
	assert.Equal(t, "Tin cũ\n\nThủ đô Hà Nội có 30 quận, huyện.", norm.NFC.String(recs[0]["text"].(string)))
	assert.Equal(t, "Tin cũ\n\nThủ đô Hà Nội có 30 quận, huyện.", recs[0]["normalized"])
	assert.Equal(t, "a.txt", recs[1]["id"])
	assert.Equal(t, "Tin Hà Nội", recs[1]["title"])
	assert.Equal(t, "Tin Hà Nội\n\nHà Nội đón khách. Trời đẹp.", recs[1]["text"])
	assert.Equal(t, "b.txt", recs[2]["id"])
	assert.Equal(t, []any{}, recs[2]["summary"].(map[string]any)["sentences"])
	for _, r := range recs {
		checkRecordSpans(t, r)
	}

	// A .txt file named on the command line is one record, its path the id.
	one := filepath.Join(dir, "a.txt")
	code, recs, stderr = batchLines(t, []string{"--tasks", "segment,page", one}, "")
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

// Resume is keyed by input position: the n-th output record stands for the
// n-th input record, whatever their ids (none, repeated) and whether they
// failed (an error record is final, never written again).
func TestBatchResume(t *testing.T) {
	dir := t.TempDir()
	outPath := filepath.Join(dir, "out.jsonl")
	in := `{"id":"n1","text":"Bài số 1."}` + "\n" +
		`{"text":"Không có id."}` + "\n" +
		`{broken` + "\n" +
		`{"id":"n1","text":"Cùng id với bài đầu."}` + "\n" +
		`{"text":"Không có id."}` + "\n" +
		`{"id":"n6","text":"Bài số 6."}` + "\n"
	// The uninterrupted run.
	var full, errb bytes.Buffer
	require.Equal(t, 1, runBatch([]string{"--quiet", "--tasks", "segment"}, strings.NewReader(in), &full, &errb))
	lines := strings.SplitAfter(full.String(), "\n")
	// A run that died in the middle of its fourth record: the partial file
	// holds three records and half a line.
	require.NoError(t, os.WriteFile(partialPath(outPath), []byte(lines[0]+lines[1]+lines[2]+lines[3][:20]), 0o644))

	var out bytes.Buffer
	errb.Reset()
	code := runBatch([]string{"--tasks", "segment", "-o", outPath, "--resume"}, strings.NewReader(in), &out, &errb)
	require.Equal(t, 0, code, errb.String()) // the broken record failed in the first run, not this one
	assert.Contains(t, errb.String(), "3 records written, 0 failed, 3 skipped")
	got, err := os.ReadFile(outPath)
	require.NoError(t, err)
	assert.Equal(t, full.String(), string(got))
	assert.NoFileExists(t, partialPath(outPath), "renamed into place")

	// Resuming a finished run writes nothing more.
	errb.Reset()
	require.Equal(t, 0, runBatch([]string{"--tasks", "segment", "-o", outPath, "--resume"}, strings.NewReader(in), &out, &errb), errb.String())
	assert.Contains(t, errb.String(), "0 records written, 0 failed, 6 skipped")
	got2, err := os.ReadFile(outPath)
	require.NoError(t, err)
	assert.Equal(t, got, got2)

	// Resuming with fewer inputs than the output holds is refused.
	errb.Reset()
	assert.Equal(t, 2, runBatch([]string{"--quiet", "--tasks", "segment", "-o", outPath, "--resume"}, strings.NewReader(lines[0]), &out, &errb))
	assert.Contains(t, errb.String(), "holds 6 records but the inputs only 1")
}

// The output file is replaced only when a run ends: a failing run leaves
// the old output as it was, and the records it did write in OUT.partial.
func TestBatchOutputReplacedAtTheEnd(t *testing.T) {
	dir := t.TempDir()
	outPath := filepath.Join(dir, "out.jsonl")
	require.NoError(t, os.WriteFile(outPath, []byte("old output\n"), 0o644))
	missing := filepath.Join(dir, "missing.jsonl.gz")
	bad := filepath.Join(dir, "bad.jsonl.gz")
	require.NoError(t, os.WriteFile(bad, []byte("not gzip"), 0o644))
	var out, errb bytes.Buffer
	assert.Equal(t, 1, runBatch([]string{"--quiet", "-o", outPath, missing}, strings.NewReader(""), &out, &errb))
	assert.Equal(t, 1, runBatch([]string{"--quiet", "-o", outPath, "-", bad}, strings.NewReader(`{"text":"Một."}`+"\n"), &out, &errb))
	got, err := os.ReadFile(outPath)
	require.NoError(t, err)
	assert.Equal(t, "old output\n", string(got))
	partial, err := os.ReadFile(partialPath(outPath))
	require.NoError(t, err)
	assert.Len(t, decodeLines(t, partial), 1)
}

// An output that is an input, or a link to one, is refused before anything
// is written; the input is left whole.
func TestBatchRefusesInputAsOutput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	content := `{"id":"a","text":"Một."}` + "\n"
	require.NoError(t, os.WriteFile(in, []byte(content), 0o644))
	link := filepath.Join(dir, "link.jsonl")
	require.NoError(t, os.Symlink(in, link))
	hard := filepath.Join(dir, "hard.jsonl")
	require.NoError(t, os.Link(in, hard))
	articles := filepath.Join(dir, "articles")
	require.NoError(t, os.MkdirAll(articles, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(articles, "a.txt"), []byte("Bài."), 0o644))
	f, err := os.Open(in)
	require.NoError(t, err)
	defer f.Close()
	for _, c := range []struct {
		args  []string
		stdin io.Reader
	}{
		{[]string{"-o", in, in}, nil},
		{[]string{"-o", in, "--resume", in}, nil},
		{[]string{"-o", link, in}, nil},
		{[]string{"-o", in, link}, nil},
		{[]string{"-o", hard, in}, nil},
		{[]string{"-o", in}, f}, // vntext batch -o in.jsonl < in.jsonl
		{[]string{"-o", filepath.Join(articles, "out.txt"), articles}, nil},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, 2, runBatch(append([]string{"--quiet"}, c.args...), c.stdin, &out, &errb), c.args)
		assert.Contains(t, errb.String(), "-o ", c.args)
		got, err := os.ReadFile(in)
		require.NoError(t, err)
		require.Equal(t, content, string(got), c.args)
	}
}

func TestBatchInterrupted(t *testing.T) {
	var in strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&in, `{"id":"r%d","text":"Câu số %d ở Hà Nội."}`+"\n", i, i)
	}
	stop := make(chan struct{})
	var out bytes.Buffer
	c := testBatchConfig(newTestAnalyzer(t, vntext.TaskWords), strings.NewReader(in.String()), 2)
	c.stop = stop
	c.progress = func(n int, _ int64) {
		if n == 5 {
			close(stop) // as Ctrl-C would
		}
	}
	st := batchRun(context.Background(), c, &out)
	assert.True(t, st.interrupted)
	assert.GreaterOrEqual(t, st.written, 5)
	assert.Less(t, st.written, 2000, "reading stopped")
	recs := decodeLines(t, out.Bytes())
	require.Len(t, recs, st.written, "everything handed out was finished and flushed")
	for i, r := range recs {
		assert.Equal(t, fmt.Sprintf("r%d", i), r["id"])
	}
	assert.Equal(t, st.written, st.last.Line)

	var errb bytes.Buffer
	assert.Equal(t, 1, batchReport(&errb, st, &batchOutput{path: "out.jsonl"}, false))
	assert.Contains(t, errb.String(), fmt.Sprintf("stopped after line %d of standard input", st.written))
	assert.Contains(t, errb.String(), "--resume -o out.jsonl")
}

// A reader blocked on a quiet pipe (a terminal, a stalled producer) must not
// keep an interrupted run from finishing.
func TestBatchInterruptedWhileReading(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	go func() {
		for i := range 3 {
			fmt.Fprintf(pw, `{"id":"p%d","text":"Câu."}`+"\n", i)
		}
	}()
	stop := make(chan struct{})
	var out bytes.Buffer
	done := make(chan batchStats)
	c := testBatchConfig(newTestAnalyzer(t, vntext.TaskWords), pr, 2)
	c.stop = stop
	c.progress = func(n int, _ int64) {
		if n == 3 {
			close(stop)
		}
	}
	go func() { done <- batchRun(context.Background(), c, &out) }()
	select {
	case st := <-done:
		assert.True(t, st.interrupted)
		assert.Equal(t, 3, st.written)
		assert.Len(t, decodeLines(t, out.Bytes()), 3)
	case <-time.After(10 * time.Second):
		t.Fatal("batch did not stop after the interruption")
	}
}

// fullDisk accepts limit bytes, then fails: a disk that fills up.
type fullDisk struct {
	limit int
	got   bytes.Buffer
}

func (d *fullDisk) Write(p []byte) (int, error) {
	room := d.limit - d.got.Len()
	if room >= len(p) {
		return d.got.Write(p)
	}
	d.got.Write(p[:max(room, 0)])
	return max(room, 0), errors.New("no space left on device")
}

// After a write error the counts are of the records that reached the
// output, not of those buffered.
func TestBatchWriteErrorCountsWhatWasWritten(t *testing.T) {
	var in strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&in, `{"id":"%d","text":"%s"}`+"\n", i, strings.Repeat("Hà Nội. ", 20))
	}
	disk := &fullDisk{limit: 700 << 10}
	st := batchRun(context.Background(), testBatchConfig(newTestAnalyzer(t, vntext.TaskNormalize), strings.NewReader(in.String()), 2), disk)
	require.Error(t, st.writeErr)
	complete := strings.Count(disk.got.String(), "\n")
	assert.Equal(t, complete, st.written, "records whose last byte reached the disk")
	var errb bytes.Buffer
	assert.Equal(t, 1, batchReport(&errb, st, &batchOutput{}, false))
	assert.Contains(t, errb.String(), "no space left on device")
	assert.Contains(t, errb.String(), fmt.Sprintf("%d records written", complete))
}

func TestBatchUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--workers", "0"},
		{"--tasks", "bogus"},
		{"--resume"},
		{"--sentences", "-1"},
		{"--max-syllables", "-1"},
		{"--max-record-bytes", "0"},
		{"--offsets", "words"},
		{"--nope"},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, 2, runBatch(args, strings.NewReader(""), &out, &errb), args)
		assert.NotEmpty(t, errb.String())
	}
	var out, errb bytes.Buffer
	assert.Equal(t, 0, runBatch([]string{"-h"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, out.String(), "usage: vntext batch")
	assert.Equal(t, 0, runServe([]string{"-h"}, nil, &out, &errb))
	assert.Equal(t, 0, runAnalyze([]string{"-h"}, nil, &out, &errb))
	errb.Reset()
	out.Reset()
	assert.Equal(t, 1, runBatch([]string{"/nonexistent/archive.jsonl"}, strings.NewReader(""), &out, &errb))
	assert.Contains(t, errb.String(), "no such file")
	assert.Empty(t, out.String())
}

// FuzzBatchRecord: whatever a line holds, batch writes exactly one valid
// JSON object for it, in valid UTF-8, and never panics.
func FuzzBatchRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Hà Nội. Trời đẹp."}`,
		`{"text":""}`, `{bad`, `[]`, `{"text":1}`, `{"id":null,"text":"x"}`,
		"{\"text\":\"Ha\xCC N\xF4\xF2i\"}", "{\"text\":\"\xff\"}", `{"text":"a","text":"b","segmented":1}`,
	} {
		f.Add([]byte(s))
	}
	a := newTestAnalyzer(f, vntext.AllTasks)
	f.Fuzz(func(t *testing.T, line []byte) {
		out := record.Process(context.Background(), a, record.Input{Line: 1, Data: line})
		s := out.String()
		if !utf8.ValidString(s) || strings.Contains(s, "\n") {
			t.Fatalf("output not one UTF-8 line: %q", s)
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(s), &rec); err != nil {
			t.Fatalf("output not one JSON object: %q: %v", s, err)
		}
		if (out.Err != nil) != (rec["error"] != nil) {
			t.Fatalf("error %v but record %q", out.Err, s)
		}
		if out.Err == nil {
			spancheck.Check(t, []byte(s))
		}
		schematest.Validate(t, schematest.Record, []byte(s))
	})
}

// endlessRecords hands out ~100 KB records for ever, and counts those
// begun.
type endlessRecords struct {
	n    atomic.Int64
	rest []byte
}

func (e *endlessRecords) Read(p []byte) (int, error) {
	if len(e.rest) == 0 {
		i := e.n.Add(1)
		e.rest = fmt.Appendf(nil, `{"id":"e%d","text":"%s"}`+"\n", i, strings.Repeat("a", 100<<10))
	}
	n := copy(p, e.rest)
	e.rest = e.rest[n:]
	return n, nil
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
	stop := make(chan struct{})
	done := make(chan batchStats)
	c := testBatchConfig(newTestAnalyzer(t, vntext.TaskNormalize), in, 2)
	c.stop = stop
	go func() { done <- batchRun(context.Background(), c, out) }()
	require.Eventually(t, func() bool { return out.writes.Load() > 0 }, 10*time.Second, time.Millisecond)
	time.Sleep(200 * time.Millisecond) // time to read ahead, were it unbounded
	read := in.n.Load()
	// 4 × workers slots, what bufio's 256 KB output buffer holds (2 records)
	// and one record in the reader's hands.
	assert.LessOrEqual(t, read, int64(4*2+2+2), "records read while the output was stalled")
	close(stop)
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

// -o /dev/null (or a pipe) is written to as it is: a temporary file must
// never be renamed over a device.
func TestBatchOutputToDevice(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, runBatch([]string{"--quiet", "-o", os.DevNull}, strings.NewReader(`{"text":"Một."}`+"\n"), &out, &errb), errb.String())
	st, err := os.Stat(os.DevNull)
	require.NoError(t, err)
	assert.False(t, st.Mode().IsRegular(), "/dev/null is still a device")
	assert.NoFileExists(t, partialPath(os.DevNull))
	assert.Equal(t, 2, runBatch([]string{"--quiet", "--resume", "-o", os.DevNull}, strings.NewReader(""), &out, &errb))
}

// The README's first set-up command runs batch on the bundled sample archive:
// it must succeed with every record analysed, officials and places found, and
// every span the record's own text.
func TestBatchBundledSample(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.jsonl")
	code, _, errs := batchLines(t, []string{"-o", out, "../../testdata/sample.jsonl"}, "")
	require.Equal(t, 0, code, errs)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	recs := decodeLines(t, b)
	require.Len(t, recs, 4)
	for _, rec := range recs {
		assert.NotContains(t, rec, "error")
		checkRecordSpans(t, rec)
		ents, _ := rec["entities"].([]any)
		var persons, places int
		for _, e := range ents {
			switch e.(map[string]any)["type"] {
			case "PERSON":
				persons++
			case "LOCATION":
				places++
			}
		}
		assert.Positive(t, persons, "%v: a person", rec["id"])
		assert.Positive(t, places, "%v: a place", rec["id"])
		sum, _ := rec["summary"].(map[string]any)
		assert.NotEmpty(t, sum["sentences"], "%v: a summary", rec["id"])
	}
}
