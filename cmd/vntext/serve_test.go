package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/internal/spancheck"
)

func newTestService(t *testing.T, edit func(*serveConfig)) (*server, *httptest.Server) {
	t.Helper()
	cfg := defaultServeConfig()
	if edit != nil {
		edit(&cfg)
	}
	s, err := newServeHandler(cfg)
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// call sends body to path and decodes the JSON answer.
func call(t *testing.T, ts *httptest.Server, method, path, contentType, body string) (int, map[string]any, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := ts.Client().Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var m map[string]any
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &m), "not JSON: %s", raw)
	assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
	return resp.StatusCode, m, resp.Header
}

const serveArticle = `{"id":"t1","title":"Hà Giang","text":"Sáng 12/3/2024, UBND tỉnh Hà Giang họp. Chủ tịch UBND tỉnh Trần Minh Khôi phát biểu. Hội nghị kết thúc lúc 11 giờ."}`

func TestServeEndpoints(t *testing.T) {
	_, ts := newTestService(t, nil)
	text := "Sáng 12/3/2024, UBND tỉnh Hà Giang họp. Chủ tịch UBND tỉnh Trần Minh Khôi phát biểu. Hội nghị kết thúc lúc 11 giờ."

	code, m, _ := call(t, ts, "GET", "/healthz", "", "")
	assert.Equal(t, 200, code)
	assert.Equal(t, "ok", m["status"])

	code, m, _ = call(t, ts, "POST", "/v1/analyze", "application/json", serveArticle)
	require.Equal(t, 200, code, m)
	assert.Equal(t, "t1", m["id"])
	assert.Equal(t, text, m["normalized"])
	assert.Len(t, m["sentences"], 3)
	assert.NotEmpty(t, m["words"])
	assert.NotEmpty(t, m["summary"].(map[string]any)["sentences"])
	checkRecordSpans(t, m)

	code, m, _ = call(t, ts, "POST", "/v1/analyze", "application/json", `{"text":"Hà Nội.","tasks":"words"}`)
	require.Equal(t, 200, code, m)
	assert.NotEmpty(t, m["words"])
	assert.Equal(t, []any{}, m["summary"].(map[string]any)["sentences"], "every field, empty when not asked for")

	code, m, _ = call(t, ts, "POST", "/v1/normalize", "application/json", `{"text":"Ha\u0300 No\u0323\u0302i"}`)
	require.Equal(t, 200, code, m)
	assert.Equal(t, "Hà Nội", m["normalized"])

	code, m, _ = call(t, ts, "POST", "/v1/segment", "text/plain; charset=utf-8", "Thủ đô Hà Nội.")
	require.Equal(t, 200, code, m)
	assert.NotEmpty(t, m["segmented"])
	assert.Len(t, m["sentences"], 1)
	assert.NotEmpty(t, m["words"])

	code, m, _ = call(t, ts, "POST", "/v1/entities", "", serveArticle)
	require.Equal(t, 200, code, m)
	assert.IsType(t, []any{}, m["entities"])
	assert.IsType(t, []any{}, m["officials"])

	code, m, _ = call(t, ts, "POST", "/v1/summarize", "application/json", serveArticle)
	require.Equal(t, 200, code, m)
	assert.NotEmpty(t, m["summary"].(map[string]any)["sentences"])
	assert.IsType(t, []any{}, m["keywords"])

	code, m, _ = call(t, ts, "POST", "/v1/summarize", "application/json", `{"text":""}`)
	require.Equal(t, 200, code, m)
	assert.Equal(t, map[string]any{"sentences": []any{}, "over_budget": false}, m["summary"])
}

// /v1/analyze answers json.Marshal of the library's Result, byte for byte,
// in the offset unit asked for.
func TestServeAnalyzeIsMarshal(t *testing.T) {
	_, ts := newTestService(t, nil)
	text := "😀 Chủ tịch UBND tỉnh Hà Giang Trần Minh Khôi phát biểu & <b>kết luận</b>."
	for _, unit := range []vntext.Offsets{vntext.OffsetBytes, vntext.OffsetRunes, vntext.OffsetUTF16} {
		a, err := vntext.New(vntext.WithOffsets(unit))
		require.NoError(t, err)
		res, err := a.Analyze(context.Background(), vntext.Doc{ID: "u", Text: text})
		require.NoError(t, err)
		want, err := json.Marshal(res)
		require.NoError(t, err)
		body, err := json.Marshal(map[string]string{"id": "u", "text": text})
		require.NoError(t, err)
		resp, err := ts.Client().Post(ts.URL+"/v1/analyze?offsets="+unit.String(), "application/json", bytes.NewReader(body))
		require.NoError(t, err)
		got, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		require.NoError(t, err)
		assert.Equal(t, string(want)+"\n", string(got), unit)
		spancheck.Check(t, got)
	}
	code, m, _ := call(t, ts, "POST", "/v1/entities", "application/json", `{"text":"Ông An.","offsets":"furlongs"}`)
	assert.Equal(t, 400, code)
	assert.Contains(t, m["error"], "unknown offset unit")
}

func TestServeErrors(t *testing.T) {
	_, ts := newTestService(t, func(c *serveConfig) { c.maxBody = 1000 })
	for _, tc := range []struct {
		name, method, path, ctype, body string
		status                          int
		msg                             string
	}{
		{"wrong method", "GET", "/v1/analyze", "", "", 405, "use POST"},
		{"batch method", "GET", "/v1/batch", "", "", 405, "use POST"},
		{"batch media type", "POST", "/v1/batch", "text/plain", "{}", 415, "Content-Type must be"},
		{"unknown path", "POST", "/v2/analyze", "application/json", `{"text":"x"}`, 404, "no such endpoint"},
		{"media type", "POST", "/v1/analyze", "application/xml", `<text/>`, 415, "Content-Type must be"},
		{"form", "POST", "/v1/segment", "application/x-www-form-urlencoded", `text=x`, 415, "Content-Type must be"},
		{"bad media type", "POST", "/v1/segment", "a/b/c;;", `{"text":"x"}`, 415, "bad Content-Type"},
		{"malformed", "POST", "/v1/analyze", "application/json", `{"text":`, 400, "malformed JSON"},
		{"two objects", "POST", "/v1/analyze", "application/json", `{"text":"a"}{"text":"b"}`, 400, "data after the object"},
		{"unknown field", "POST", "/v1/entities", "application/json", `{"txt":"Hà Nội"}`, 400, `unknown field "txt"`},
		{"missing text", "POST", "/v1/normalize", "application/json", `{"id":"a"}`, 400, `missing "text"`},
		{"text type", "POST", "/v1/normalize", "application/json", `{"text":3}`, 400, "malformed JSON"},
		{"bad tasks", "POST", "/v1/analyze", "application/json", `{"text":"a","tasks":"everything"}`, 400, "unknown task"},
		{"too large", "POST", "/v1/analyze", "application/json", `{"text":"` + strings.Repeat("a", 2000) + `"}`, 413, "over the limit of 1000"},
	} {
		code, m, _ := call(t, ts, tc.method, tc.path, tc.ctype, tc.body)
		assert.Equal(t, tc.status, code, tc.name)
		assert.Contains(t, m["error"], tc.msg, tc.name)
		assert.Equal(t, float64(tc.status), m["status"], tc.name)
	}

	// A body without a length that grows past the limit is cut off too.
	pr, pw := io.Pipe()
	go func() {
		_, _ = pw.Write([]byte(`{"text":"`))
		for range 10 {
			_, _ = pw.Write(bytes.Repeat([]byte("b"), 500))
		}
		_ = pw.Close()
	}()
	resp, err := ts.Client().Post(ts.URL+"/v1/segment", "application/json", pr)
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, 413, resp.StatusCode)
}

func TestServeInvalidUTF8(t *testing.T) {
	_, ts := newTestService(t, nil)
	code, m, _ := call(t, ts, "POST", "/v1/normalize", "text/plain", "Hà \xff Nội")
	require.Equal(t, 200, code, m)
	assert.Equal(t, "Hà \uFFFD Nội", m["normalized"])
	// In JSON too, one U+FFFD per maximal subpart, as batch does (JSON
	// alone would give one per byte).
	code, m, _ = call(t, ts, "POST", "/v1/normalize", "application/json", "{\"text\":\"Hà \xff\xfe \xe1\xba Nội\"}")
	require.Equal(t, 200, code, m)
	assert.Equal(t, "Hà \uFFFD\uFFFD \uFFFD Nội", m["normalized"])
}

func TestServeBusyAndTimeout(t *testing.T) {
	s, ts := newTestService(t, func(c *serveConfig) { c.concurrency = 2; c.queueWait = 20 * time.Millisecond })
	// Every slot taken, as by two long analyses.
	s.slots <- struct{}{}
	s.slots <- struct{}{}
	code, m, h := call(t, ts, "POST", "/v1/analyze", "application/json", serveArticle)
	assert.Equal(t, 503, code)
	assert.Contains(t, m["error"], "server busy")
	assert.Equal(t, "1", h.Get("Retry-After"))
	<-s.slots
	code, _, _ = call(t, ts, "POST", "/v1/analyze", "application/json", serveArticle)
	assert.Equal(t, 200, code, "a free slot serves again")
	<-s.slots

	_, ts2 := newTestService(t, func(c *serveConfig) { c.timeout = time.Nanosecond })
	code, m, _ = call(t, ts2, "POST", "/v1/analyze", "application/json", serveArticle)
	assert.Equal(t, 503, code)
	assert.Contains(t, m["error"], "analysis took longer than 1ns")
}

func TestServeSlowBody(t *testing.T) {
	_, ts := newTestService(t, func(c *serveConfig) { c.readTimeout = 100 * time.Millisecond })
	pr, pw := io.Pipe()
	defer pw.Close()
	go func() { _, _ = pw.Write([]byte(`{"text":"Hà`)) }() // and then nothing
	resp, err := ts.Client().Post(ts.URL+"/v1/analyze", "application/json", pr)
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, 408, resp.StatusCode)
	b, _ := io.ReadAll(resp.Body)
	assert.Contains(t, string(b), "not received within 100ms")
}

func TestServePage(t *testing.T) {
	_, ts := newTestService(t, nil)
	resp, err := ts.Client().Get(ts.URL + "/")
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	page := string(b)
	assert.Contains(t, page, "<script>")
	assert.Contains(t, page, `fetch("/v1/analyze"`)
	// Self-contained: nothing loaded from elsewhere.
	for _, ext := range []string{`src="http`, `href="http`, `src="//`, `href="//`, "@import", "url("} {
		assert.NotContains(t, page, ext)
	}
}

func TestServeGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	started := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(200 * time.Millisecond)
		writeJSONAnswer(w, 200, map[string]string{"status": "done"})
	})
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serveOn(ctx, ln, slow, 5*time.Second) }()

	got := make(chan int, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			got <- -1
			return
		}
		resp.Body.Close()
		got <- resp.StatusCode
	}()
	<-started
	cancel() // SIGINT
	assert.Equal(t, 200, <-got, "the request in flight finished")
	require.NoError(t, <-served)
	_, err = net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	assert.Error(t, err, "no longer listening")
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{{"--nope"}, {"extra"}, {"--concurrency", "0"}, {"--sentences", "0"}, {"--max-body", "0"}} {
		var out, errb bytes.Buffer
		assert.Equal(t, 2, runServe(args, nil, &out, &errb), args)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	var out, errb bytes.Buffer
	assert.Equal(t, 1, runServe([]string{"--addr", ln.Addr().String()}, nil, &out, &errb), "address in use")
	assert.Contains(t, errb.String(), "address already in use")
}
