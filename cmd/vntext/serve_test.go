package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/internal/schematest"
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
		{"form", "POST", "/v1/segment", "application/x-www-form-urlencoded", `text=x`, 415, "-H 'Content-Type: application/json'"},
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
	assert.Contains(t, page, `fetch("/v1/analyze?offsets=utf16"`)
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
	for _, args := range [][]string{{"--nope"}, {"extra"}, {"--concurrency", "0"}, {"--sentences", "-1"}, {"--max-body", "0"}} {
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

// Every answer carries the security headers; with --cors, pages from that
// origin may call the API, preflight included; without it, no CORS header.
func TestServeHeadersAndCORS(t *testing.T) {
	_, open := newTestService(t, func(c *serveConfig) { c.cors = "https://app.example" })
	_, closed := newTestService(t, nil)
	do := func(ts *httptest.Server, method, path, origin string, hdr map[string]string) *http.Response {
		req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(`{"text":"Hà Nội."}`))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/json")
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := ts.Client().Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		return resp
	}
	for _, path := range []string{"/v1/entities", "/healthz", "/", "/nope", "/metrics"} {
		method := "POST"
		if path != "/v1/entities" {
			method = "GET"
		}
		resp := do(closed, method, path, "", nil)
		assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"), path)
		assert.Equal(t, "DENY", resp.Header.Get("X-Frame-Options"), path)
		assert.Equal(t, "no-referrer", resp.Header.Get("Referrer-Policy"), path)
		assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "frame-ancestors 'none'", path)
	}

	pre := map[string]string{"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
	resp := do(open, "OPTIONS", "/v1/analyze", "https://app.example", pre)
	assert.Equal(t, 204, resp.StatusCode)
	assert.Equal(t, "https://app.example", resp.Header.Get("Access-Control-Allow-Origin"))
	assert.Contains(t, resp.Header.Get("Access-Control-Allow-Methods"), "POST")
	assert.Equal(t, "Content-Type, Content-Encoding", resp.Header.Get("Access-Control-Allow-Headers"))
	resp = do(open, "POST", "/v1/entities", "https://app.example", nil)
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "https://app.example", resp.Header.Get("Access-Control-Allow-Origin"))
	assert.Contains(t, resp.Header.Values("Vary"), "Origin")

	// Another origin, or no --cors: no permission given.
	resp = do(open, "OPTIONS", "/v1/analyze", "https://evil.example", pre)
	assert.Empty(t, resp.Header.Get("Access-Control-Allow-Origin"))
	resp = do(closed, "OPTIONS", "/v1/analyze", "https://app.example", pre)
	assert.Equal(t, 204, resp.StatusCode, "OPTIONS is answered, not 405")
	assert.Empty(t, resp.Header.Get("Access-Control-Allow-Origin"))
}

// /metrics reports requests by route and status, latencies, the queue and
// the documents analysed, in the Prometheus text format; the request log
// has one structured line per request.
func TestServeMetricsAndLog(t *testing.T) {
	var logged bytes.Buffer
	var mu sync.Mutex
	_, ts := newTestService(t, func(c *serveConfig) {
		c.log = slog.New(slog.NewJSONHandler(&lockedWriter{w: &logged, mu: &mu}, nil))
	})
	call(t, ts, "POST", "/v1/entities", "application/json", `{"text":"Ông Lê Văn An."}`)
	call(t, ts, "POST", "/v1/entities", "application/json", `{"text":`)
	call(t, ts, "GET", "/v1/entities", "", "")
	call(t, ts, "GET", "/no/such/path/123", "", "")
	for _, req := range []struct{ method, path string }{{"GET", "/"}, {"OPTIONS", "/v1/entities"}, {"GET", "/healthz"}} {
		r, err := http.NewRequest(req.method, ts.URL+req.path, nil)
		require.NoError(t, err)
		resp, err := ts.Client().Do(r)
		require.NoError(t, err)
		_, _ = io.Copy(io.Discard, resp.Body) // the whole answer: the request is counted by then
		resp.Body.Close()
	}
	resp, err := ts.Client().Get(ts.URL + "/metrics")
	require.NoError(t, err)
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	m := string(body)
	assert.Equal(t, "text/plain; version=0.0.4; charset=utf-8", resp.Header.Get("Content-Type"))
	// One label per route, its path, whatever the method or the status:
	// the page is "/", what no route serves is "unmatched".
	for _, want := range []string{
		`vntext_http_requests_total{route="/v1/entities",code="200"} 1`,
		`vntext_http_requests_total{route="/v1/entities",code="204"} 1`,
		`vntext_http_requests_total{route="/v1/entities",code="400"} 1`,
		`vntext_http_requests_total{route="/v1/entities",code="405"} 1`,
		`vntext_http_requests_total{route="/",code="200"} 1`,
		`vntext_http_requests_total{route="/healthz",code="200"} 1`,
		`vntext_http_requests_total{route="unmatched",code="404"} 1`,
		`vntext_http_request_duration_seconds_count{route="/v1/entities"} 4`,
		`vntext_http_request_duration_seconds_bucket{route="/v1/entities",le="+Inf"} 4`,
		"# TYPE vntext_queue_length gauge\nvntext_queue_length 0",
		"vntext_documents_analyzed_total 1",
	} {
		assert.Contains(t, m, want)
	}
	assert.NotContains(t, m, "/no/such/path", "routes, not raw paths, label the series")
	for _, l := range strings.Split(m, "\n") {
		if strings.HasPrefix(l, "vntext_http_") {
			assert.Regexp(t, `route="(unmatched|/[a-z0-9/]*)"`, l, "no method, no pattern syntax")
		}
	}

	mu.Lock()
	defer mu.Unlock()
	lines := strings.Split(strings.TrimSpace(logged.String()), "\n")
	require.GreaterOrEqual(t, len(lines), 7)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	assert.Equal(t, "POST", first["method"])
	assert.Equal(t, "/v1/entities", first["path"])
	assert.Equal(t, 200.0, first["status"])
	assert.Greater(t, first["bytes"], 10.0)
	assert.Contains(t, first, "duration")
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// /v1/batch answers JSONL records as batch writes them, an error record in
// place of each bad line, and a record over --max-body as an error record.
func TestServeBatch(t *testing.T) {
	_, ts := newTestService(t, func(c *serveConfig) { c.maxBody = 2000 })
	body := `{"id":"1","text":"Ông Lê Văn An, Chủ tịch UBND tỉnh Nam Định."}` + "\n" +
		"{broken\n" +
		`{"id":"3","text":"` + strings.Repeat("a", 3000) + `"}` + "\n" +
		`{"id":"4","text":"Hà Nội."}`
	resp, err := ts.Client().Post(ts.URL+"/v1/batch?tasks=entities", "application/x-ndjson", strings.NewReader(body))
	require.NoError(t, err)
	out, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	assert.Equal(t, "application/jsonl; charset=utf-8", resp.Header.Get("Content-Type"))
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	require.Len(t, lines, 4)
	assert.Contains(t, lines[0], `"id":"1"`)
	assert.Contains(t, lines[1], `"error":"malformed JSON`)
	assert.Contains(t, lines[2], `"error":"record longer than the limit`)
	assert.Contains(t, lines[3], `"id":"4"`)
	for _, l := range lines {
		schematest.Validate(t, schematest.Record, []byte(l))
	}
}

// On a stop signal the connections the server has not accepted yet are
// served, not reset: the listener drains its queue before shutting down.
func TestServeDrainsWaitingConnections(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeJSONAnswer(w, 200, map[string]string{"status": "ok"})
	})
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serveOn(ctx, ln, ok, 5*time.Second) }()
	// Connections made, then the stop, then their requests.
	var conns []net.Conn
	for range 50 {
		c, err := net.Dial("tcp", ln.Addr().String())
		require.NoError(t, err)
		conns = append(conns, c)
	}
	cancel()
	time.Sleep(20 * time.Millisecond)
	for i, c := range conns {
		_, err := c.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
		require.NoError(t, err, "connection %d", i)
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		require.NoError(t, err, "connection %d was not served", i)
		assert.Equal(t, 200, resp.StatusCode)
		assert.True(t, resp.Close, "keep-alive is off while stopping")
		resp.Body.Close()
		c.Close()
	}
	require.NoError(t, <-served)
}

// What curl -d sends (a form content type) is read as JSON when it is a
// JSON object; ?tasks= chooses the tasks of /v1/analyze as ?offsets= does
// its unit, and is refused where it would do nothing.
func TestServeCurlDefaultsAndTasksQuery(t *testing.T) {
	_, ts := newTestService(t, nil)
	form := "application/x-www-form-urlencoded"
	code, m, _ := call(t, ts, "POST", "/v1/analyze", form, `{"text":"Ông Nguyễn Văn An về Hà Nội."}`)
	require.Equal(t, 200, code, m)
	assert.NotEmpty(t, m["entities"])

	code, m, _ = call(t, ts, "POST", "/v1/analyze?tasks=words", "application/json", `{"text":"Hà Nội."}`)
	require.Equal(t, 200, code, m)
	assert.Equal(t, "words", m["tasks"])
	assert.NotEmpty(t, m["words"])
	assert.Equal(t, []any{}, m["entities"])

	code, m, _ = call(t, ts, "POST", "/v1/analyze?tasks=words", "application/json", `{"text":"Hà Nội.","tasks":"sentences"}`)
	require.Equal(t, 200, code, m)
	assert.Equal(t, "sentences", m["tasks"], "the body wins, as for offsets")

	code, m, _ = call(t, ts, "POST", "/v1/analyze?tasks=bogus", "application/json", `{"text":"Hà Nội."}`)
	assert.Equal(t, 400, code, m)

	code, m, _ = call(t, ts, "POST", "/v1/entities?tasks=words", "application/json", `{"text":"Hà Nội."}`)
	assert.Equal(t, 400, code, m)
	assert.Contains(t, m["error"], "/v1/analyze")
}

// /v1/batch answers one record per input line however long the body: the
// answer streams while the body is still arriving, so the server reads and
// writes at once (full duplex). Without that, Go's HTTP/1.1 server stops
// the body at the first byte of the answer: it discards up to 256 KB of
// what is left, or closes the connection after the answer. The bodies here
// go through a real HTTP/1.1 client and server, with a length and chunked,
// from a few records to far more than any buffer on the way (bufio, that
// 256 KB, socket buffers); the answer is larger still.
func TestServeBatchLongBodyFullDuplex(t *testing.T) {
	_, ts := newTestService(t, nil)
	for _, n := range []int{12, 200, 6000} {
		var body bytes.Buffer
		for i := range n {
			fmt.Fprintf(&body, `{"id":"r%d","text":"Ông Lê Văn An, Chủ tịch UBND tỉnh Nam Định, về thăm Hà Nội. %s"}`+"\n", i, strings.Repeat("Hội nghị kết thúc. ", 40))
		}
		for _, chunked := range []bool{false, true} {
			t.Run(fmt.Sprintf("%d records, %d bytes, chunked %v", n, body.Len(), chunked), func(t *testing.T) {
				var in io.Reader = bytes.NewReader(body.Bytes())
				if chunked {
					in = struct{ io.Reader }{in} // no length: sent chunked
				}
				// ts.Client() speaks HTTP/1.1 to an httptest.Server, and
				// keeps sending the body while it reads the answer.
				resp, err := ts.Client().Post(ts.URL+"/v1/batch?tasks=normalize", "application/jsonl", in)
				require.NoError(t, err)
				defer resp.Body.Close()
				require.Equal(t, "HTTP/1.1", resp.Proto)
				sc := bufio.NewScanner(resp.Body)
				sc.Buffer(nil, 1<<20)
				i := 0
				for sc.Scan() {
					var rec struct {
						ID    string `json:"id"`
						Error string `json:"error"`
					}
					require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
					require.Empty(t, rec.Error, "record %d", i)
					require.Equal(t, fmt.Sprintf("r%d", i), rec.ID)
					i++
				}
				require.NoError(t, sc.Err())
				assert.Equal(t, n, i, "one output record per input line")
			})
		}
	}
}

func gzipBytes(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return out.Bytes()
}

// A body sent with Content-Encoding: gzip is read gunzipped, on every
// endpoint, /v1/batch too; one in another encoding is refused with 415,
// never read as text; a gzip body over --max-body once gunzipped is 413.
func TestServeContentEncoding(t *testing.T) {
	_, ts := newTestService(t, func(c *serveConfig) { c.maxBody = 4000 })
	post := func(path, ctype, encoding string, body []byte) (int, []byte) {
		t.Helper()
		req, err := http.NewRequest("POST", ts.URL+path, bytes.NewReader(body))
		require.NoError(t, err)
		req.Header.Set("Content-Type", ctype)
		if encoding != "" {
			req.Header.Set("Content-Encoding", encoding)
		}
		// The transport would not gunzip an answer it did not ask to be
		// gzipped; what is read here is what the server wrote.
		resp, err := ts.Client().Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp.StatusCode, b
	}
	text := []byte("Chủ tịch UBND tỉnh Lê Văn An về thăm Hà Nội.")
	jsonl := []byte(`{"id":"a","text":"Ông Lê Văn An về Hà Nội."}` + "\n" + `{"id":"b","text":"Đà Nẵng."}` + "\n")
	cluster := []byte(`{"documents":[{"text":"Hà Nội mưa lớn."},{"text":"Hà Nội ngập sâu."}]}`)
	for _, tc := range []struct {
		path, ctype string
		body        []byte
	}{
		{"/v1/entities", "text/plain", text},
		{"/v1/analyze", "application/json", []byte(`{"text":"Hà Nội."}`)},
		{"/v1/summarize/cluster", "application/json", cluster},
		{"/v1/batch", "application/jsonl", jsonl},
	} {
		code, plain := post(tc.path, tc.ctype, "", tc.body)
		require.Equal(t, 200, code, "%s", plain)
		for _, enc := range []string{"gzip", "x-gzip", "GZIP"} {
			code, got := post(tc.path, tc.ctype, enc, gzipBytes(t, tc.body))
			assert.Equal(t, 200, code, "%s %s: %s", tc.path, enc, got)
			assert.Equal(t, string(plain), string(got), "%s %s", tc.path, enc)
		}
		code, got := post(tc.path, tc.ctype, "identity", tc.body)
		assert.Equal(t, 200, code)
		assert.Equal(t, string(plain), string(got), "%s identity", tc.path)
		for _, enc := range []string{"br", "deflate", "gzip, br"} {
			code, got := post(tc.path, tc.ctype, enc, gzipBytes(t, tc.body))
			assert.Equal(t, 415, code, "%s %s: %s", tc.path, enc, got)
			assert.Contains(t, string(got), "Content-Encoding", tc.path)
		}
		code, got = post(tc.path, tc.ctype, "gzip", tc.body) // says gzip, is not
		assert.Equal(t, 400, code, "%s: %s", tc.path, got)
		assert.Contains(t, string(got), "gzip", tc.path)
	}
	// Small on the wire, over the limit once gunzipped.
	big := gzipBytes(t, []byte(`{"text":"`+strings.Repeat("a", 100000)+`"}`))
	require.Less(t, len(big), 4000)
	code, got := post("/v1/analyze", "application/json", "gzip", big)
	assert.Equal(t, 413, code, "%s", got)
}
