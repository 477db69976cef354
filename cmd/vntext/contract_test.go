package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/internal/schematest"
	"github.com/vntext/vntext/internal/spancheck"
	"github.com/vntext/vntext/internal/testenv"
)

// post sends body to the test service and returns the answer's bytes.
func post(t *testing.T, url, ctype string, body []byte) []byte {
	t.Helper()
	resp, err := http.Post(url, ctype, bytes.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Equal(t, 200, resp.StatusCode, "%s", b)
	return b
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

// The same article through the library, "analyze --json", batch,
// /v1/analyze and /v1/batch gives the same bytes; "entities",
// /v1/entities, "summarize --json" and /v1/summarize give the same entity
// lists and summaries; every output follows the schema and every span is
// the article's own text. The article is decomposed (NFD) and uses an old
// tone placement, so normalization changes it and verbatim spans matter.
func TestSameArticleEveryFrontEnd(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/sample.txt")
	require.NoError(t, err)
	doc := vntext.Doc{Text: norm.NFD.String(strings.ReplaceAll(string(raw), "hòa", "hoà"))}
	file := filepath.Join(t.TempDir(), "a.txt")
	require.NoError(t, os.WriteFile(file, []byte(doc.Text), 0o644))

	a, err := vntext.New()
	require.NoError(t, err)
	res, err := a.Analyze(context.Background(), doc)
	require.NoError(t, err)
	lib := marshal(t, res)
	schematest.Validate(t, schematest.Result, lib)
	spancheck.Check(t, lib)
	require.NotEmpty(t, res.Entities)
	require.NotEmpty(t, res.Officials)

	code, out, errs := runCmd(t, "", "analyze", "--json", file)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, string(lib)+"\n", out, "analyze --json")

	line := marshal(t, doc)
	code, out, errs = runCmd(t, string(line)+"\n", "batch", "--quiet", "--tasks", "all")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, string(lib)+"\n", out, "batch")

	_, ts := newTestService(t, nil)
	got := post(t, ts.URL+"/v1/analyze", "application/json", line)
	assert.Equal(t, string(lib)+"\n", string(got), "/v1/analyze")
	got = post(t, ts.URL+"/v1/batch?tasks=all", "application/jsonl", append(line, '\n'))
	assert.Equal(t, string(lib)+"\n", string(got), "/v1/batch")

	ents := marshal(t, entitiesOutput{res.Entities, res.Officials})
	schematest.Validate(t, schematest.Entities, ents)
	code, out, errs = runCmd(t, doc.Text, "entities", "-")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, string(ents)+"\n", out, "vntext entities")
	got = post(t, ts.URL+"/v1/entities", "application/json", line)
	assert.Equal(t, string(ents)+"\n", string(got), "/v1/entities")

	sum := marshal(t, summarizeOutput{res.Summary, res.Keywords})
	schematest.Validate(t, schematest.Summarize, sum)
	code, out, errs = runCmd(t, doc.Text, "summarize", "--json", "-")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, string(sum)+"\n", out, "vntext summarize --json")
	got = post(t, ts.URL+"/v1/summarize", "application/json", line)
	assert.Equal(t, string(sum)+"\n", string(got), "/v1/summarize")

	// segment reads every line, the title's too: the page task is not
	// one of its tasks.
	sa, err := vntext.New(vntext.WithTasks(vntext.TaskSentences | vntext.TaskWords | vntext.TaskSegmented))
	require.NoError(t, err)
	sres, err := sa.Analyze(context.Background(), doc)
	require.NoError(t, err)
	seg := marshal(t, segmentOutput{sres.Sentences, sres.Words, sres.Segmented})
	schematest.Validate(t, schematest.Segment, seg)
	code, out, errs = runCmd(t, doc.Text, "segment", "--json")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, string(seg)+"\n", out, "vntext segment --json")
	got = post(t, ts.URL+"/v1/segment", "application/json", line)
	assert.Equal(t, string(seg)+"\n", string(got), "/v1/segment")
}

// realTexts returns articles of the licence-clean Wikipedia text and of the
// VietNews evaluation set (read, never shipped), each also decomposed
// (NFD) and with Windows line ends: text a front end meets.
func realTexts(t *testing.T, n int) []vntext.Doc {
	t.Helper()
	var docs []vntext.Doc
	add := func(path string, gz bool) {
		f, err := os.Open(path)
		require.NoError(t, err)
		defer f.Close()
		var r io.Reader = f
		if gz {
			zr, err := gzip.NewReader(f)
			require.NoError(t, err)
			defer zr.Close()
			r = zr
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for i := 0; i < n && sc.Scan(); i++ {
			var d struct {
				ID    string `json:"id"`
				Title string `json:"title"`
				Text  string `json:"text"`
			}
			require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
			docs = append(docs,
				vntext.Doc{ID: d.ID, Title: d.Title, Text: d.Text},
				vntext.Doc{ID: d.ID + "-nfd", Title: d.Title, Text: norm.NFD.String(d.Text)},
				vntext.Doc{ID: d.ID + "-crlf", Title: d.Title, Text: strings.ReplaceAll(d.Text, "\n", "\r\n")})
		}
		require.NoError(t, sc.Err())
	}
	add(testenv.DataDir(t, "text", "viwiki", "viwiki.jsonl.gz"), true)
	add(testenv.DataDir(t, "sum", "vietnews", "dev.jsonl"), false)
	return docs
}

// Every span of every front end is the input's own text, on real text, in
// every offset unit: the library, batch and /v1/batch (the record path of
// "analyze --json" and /v1/analyze, shown identical above).
func TestRealTextVerbatimEveryFrontEnd(t *testing.T) {
	docs := realTexts(t, 25)
	var jsonl bytes.Buffer
	for _, d := range docs {
		jsonl.Write(marshal(t, d))
		jsonl.WriteByte('\n')
	}
	for _, unit := range []string{"bytes", "runes", "utf16"} {
		code, out, errs := runCmd(t, jsonl.String(), "batch", "--quiet", "--tasks", "all", "--offsets", unit)
		require.Equal(t, 0, code, errs)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		require.Len(t, lines, len(docs))
		for _, l := range lines {
			schematest.Validate(t, schematest.Result, []byte(l))
			spancheck.Check(t, []byte(l))
		}
	}
	_, ts := newTestService(t, func(c *serveConfig) { c.maxBody = 64 << 20 })
	got := post(t, ts.URL+"/v1/batch?tasks=all&offsets=utf16", "application/jsonl", jsonl.Bytes())
	lines := strings.Split(strings.TrimSuffix(string(got), "\n"), "\n")
	require.Len(t, lines, len(docs))
	for _, l := range lines {
		spancheck.Check(t, []byte(l))
	}
}

// /v1/batch reads every record form "vntext batch" reads from standard
// input, and answers the same bytes: records of "text", of "html" (the
// page's article, with its title when the record has none), both, and the
// bad ones (an "html" that is no string, a page with no article, broken
// JSON, no "text") as the same error records.
func TestBatchRecordFormsEveryFrontEnd(t *testing.T) {
	page := `<html><head><title>Cầu mới qua sông Hồng - Báo Mẫu</title></head><body><article><h1>Cầu mới qua sông Hồng</h1>` +
		`<p>Sáng 3/5/2025, UBND thành phố Hà Nội khởi công cầu Tứ Liên qua sông Hồng. Chủ tịch UBND thành phố Trần Minh Khôi dự lễ.</p>` +
		`<p>Cây cầu dài 5,2 km, dự kiến hoàn thành năm 2028.</p></article></body></html>`
	lines := []any{
		map[string]any{"id": "t1", "title": "Hà Giang", "text": "UBND tỉnh Hà Giang họp. Chủ tịch UBND tỉnh Lê Văn An phát biểu."},
		map[string]any{"id": "h1", "url": "https://bao.example/cau.html", "html": page},
		map[string]any{"id": "h2", "title": "Tiêu đề riêng", "html": page, "source": "crawl-7"},
		map[string]any{"id": "h3", "html": page, "text": "Văn bản có sẵn thắng trang."},
		map[string]any{"id": "h4", "html": 42},
		map[string]any{"id": "h5", "html": "<html><body></body></html>"},
		map[string]any{"id": 7, "text": "Hà Nội."},
		map[string]any{"id": "n1"},
	}
	var body bytes.Buffer
	for _, l := range lines {
		body.Write(marshal(t, l))
		body.WriteByte('\n')
	}
	body.WriteString("{broken\n")

	code, want, errs := runCmd(t, body.String(), "batch", "--quiet", "--workers", "1")
	require.Equal(t, 1, code, errs) // the bad records fail the run
	require.Equal(t, len(lines)+1, strings.Count(want, "\n"))
	require.Contains(t, want, `"id":"h1","title":"Cầu mới qua sông Hồng`)

	_, ts := newTestService(t, nil)
	got := post(t, ts.URL+"/v1/batch", "application/jsonl", body.Bytes())
	assert.Equal(t, want, string(got))
}
