package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/archive"
	"github.com/vntext/vntext/config"
	"github.com/vntext/vntext/htmlpage"
	"github.com/vntext/vntext/record"
)

//go:embed serve_page.html
var servePage []byte

// serveRequest is the body of every POST endpoint but /v1/batch. A
// text/plain body is taken as Text, a text/html body as HTML.
type serveRequest struct {
	ID    string  `json:"id,omitempty"`
	Title string  `json:"title,omitempty"`
	Text  *string `json:"text"`
	// HTML is a page whose article is analysed instead of Text; URL is its
	// address when known.
	HTML *string `json:"html,omitempty"`
	URL  string  `json:"url,omitempty"`
	// Tasks narrows /v1/analyze: "words,entities" (vntext.ParseTasks).
	Tasks string `json:"tasks,omitempty"`
	// Offsets is the offset unit: bytes (default), runes or utf16; the
	// query parameter ?offsets= does the same.
	Offsets string `json:"offsets,omitempty"`

	doc *vntext.Doc // the article read from HTML
}

// serveError is the body of every error response.
type serveError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// httpError carries a status through the request handling.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errorf(status int, format string, a ...any) *httpError {
	return &httpError{status, fmt.Sprintf(format, a...)}
}

// server is the HTTP service; it is an http.Handler.
type server struct {
	mux     *http.ServeMux
	cfg     serveConfig
	opts    []vntext.Option // the pipeline flags' options, less tasks and offsets
	slots   chan struct{}
	metrics *serveMetrics
	// analyzers holds one Analyzer per task set and offset unit asked for;
	// an Analyzer is cheap and there are at most 255 × 3 of them.
	analyzers sync.Map // analyzerKey → *vntext.Analyzer
	pages     *htmlpage.Extractor
	// records reads /v1/batch bodies as vntext batch reads JSONL.
	records *archive.Pages
}

type analyzerKey struct {
	tasks   vntext.Task
	offsets vntext.Offsets
}

func newServeHandler(cfg serveConfig) (*server, error) {
	if cfg.maxBody < 1 || cfg.timeout <= 0 || cfg.readTimeout <= 0 || cfg.concurrency < 1 || cfg.queueWait < 0 {
		return nil, usageError{errors.New("limits must be positive")}
	}
	opts, err := cfg.pipeline.options(vntext.AllTasks)
	if err != nil {
		return nil, err
	}
	pages, err := htmlpage.New()
	if err != nil {
		return nil, err
	}
	records, err := archive.NewPages(cfg.maxBody)
	if err != nil {
		return nil, err
	}
	s := &server{cfg: cfg, opts: opts, slots: make(chan struct{}, cfg.concurrency), metrics: newServeMetrics(), pages: pages, records: records}
	if _, err := s.analyzer(vntext.AllTasks, vntext.OffsetBytes); err != nil { // load the data now, not on the first request
		return nil, usageError{err}
	}
	mux := http.NewServeMux()
	s.mux = mux
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSONAnswer(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		s.metrics.write(w, len(s.slots))
	})
	for path, h := range map[string]func(context.Context, serveRequest, vntext.Offsets) (any, error){
		"/v1/analyze":   s.analyze,
		"/v1/normalize": s.normalize,
		"/v1/segment":   s.segment,
		"/v1/entities":  s.entities,
		"/v1/summarize": s.summarize,
	} {
		mux.Handle("POST "+path, s.endpoint(h))
		mux.HandleFunc(path, methodNotAllowed)
	}
	mux.HandleFunc("POST /v1/summarize/cluster", s.cluster)
	mux.HandleFunc("/v1/summarize/cluster", methodNotAllowed)
	mux.HandleFunc("POST /v1/batch", s.batch)
	mux.HandleFunc("/v1/batch", methodNotAllowed)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeJSONAnswer(w, http.StatusNotFound, serveError{"no such endpoint: " + r.URL.Path, http.StatusNotFound})
	})
	return s, nil
}

func methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "POST, OPTIONS")
	writeJSONAnswer(w, http.StatusMethodNotAllowed, serveError{"use POST with a JSON body {\"text\": ...}", http.StatusMethodNotAllowed})
}

// ServeHTTP adds what every answer carries (security headers, CORS),
// answers CORS preflights, and logs and counts each request.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rw := &statusWriter{ResponseWriter: w}
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	// JSON answers load nothing; the page sets its own policy.
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	if origin := r.Header.Get("Origin"); origin != "" && s.cfg.cors != "" {
		h.Add("Vary", "Origin")
		if s.cfg.cors == "*" || origin == s.cfg.cors {
			h.Set("Access-Control-Allow-Origin", s.cfg.cors)
			h.Set("Access-Control-Expose-Headers", "Retry-After")
		}
	}
	if r.Method == http.MethodOptions {
		// A preflight: which methods and headers a page may use. Without
		// --cors the browser finds no Allow-Origin and stops there.
		h.Set("Allow", "GET, POST, OPTIONS")
		if h.Get("Access-Control-Allow-Origin") != "" {
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Content-Type, Content-Encoding")
			h.Set("Access-Control-Max-Age", "600")
		}
		rw.WriteHeader(http.StatusNoContent)
		_, r.Pattern = s.mux.Handler(r) // the route asked about
	} else {
		s.mux.ServeHTTP(rw, r)
	}
	if rw.status == 0 {
		rw.status = http.StatusOK
	}
	d := time.Since(start)
	s.metrics.observe(routeLabel(r.Pattern), rw.status, d)
	if s.cfg.log != nil {
		s.cfg.log.LogAttrs(r.Context(), levelOf(rw.status), "request",
			slogAttrs(r, rw, d)...)
	}
}

// routeLabel is the metrics' name of the route that served a request
// (its mux pattern): the pattern's path, whatever the method ("POST
// /v1/analyze", and "/v1/analyze" that answers 405, are "/v1/analyze"; the
// page "GET /{$}" is "/"), and "unmatched" for the catch-all that answers
// 404 to any other path.
func routeLabel(pattern string) string {
	if _, path, ok := strings.Cut(pattern, " "); ok {
		pattern = path
	}
	switch pattern {
	case "", "/":
		return "unmatched"
	case "/{$}":
		return "/"
	}
	return pattern
}

func (s *server) analyzer(t vntext.Task, u vntext.Offsets) (*vntext.Analyzer, error) {
	t = s.cfg.pipeline.Tasks(t) // --keywords 0: none
	key := analyzerKey{t, u}
	if a, ok := s.analyzers.Load(key); ok {
		return a.(*vntext.Analyzer), nil
	}
	opts := append(append([]vntext.Option(nil), s.opts...), vntext.WithTasks(t), vntext.WithOffsets(u))
	a, err := vntext.New(opts...)
	if err != nil {
		return nil, err
	}
	got, _ := s.analyzers.LoadOrStore(key, a)
	return got.(*vntext.Analyzer), nil
}

func (s *server) page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'")
	_, _ = w.Write(servePage) // a client that went away is not an error
}

// endpoint wraps a stage with the service's limits (see answer).
func (s *server) endpoint(h func(context.Context, serveRequest, vntext.Offsets) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, err := s.readRequest(w, r)
		if err != nil {
			writeErr(w, err)
			return
		}
		// Tasks, like offsets, come in the body or the query (the body
		// wins); only /v1/analyze chooses them, the other endpoints are one
		// task each, and a choice that would be ignored is refused.
		if req.Tasks == "" {
			req.Tasks = r.URL.Query().Get("tasks")
		}
		if req.Tasks != "" && r.URL.Path != "/v1/analyze" {
			writeErr(w, errorf(http.StatusBadRequest, "tasks apply to /v1/analyze and /v1/batch only; %s computes what its name says", r.URL.Path))
			return
		}
		unit, err := requestOffsets(r, req.Offsets)
		if err != nil {
			writeErr(w, err)
			return
		}
		s.answer(w, r, 1, func(ctx context.Context) (any, error) { return h(ctx, req, unit) })
	})
}

// answer runs work, which analyses docs documents, under the service's
// limits: a bounded number of analyses at once (others wait up to
// queueWait, then get 503) and a time limit per analysis; the request body
// was read within its own limits (readBody).
func (s *server) answer(w http.ResponseWriter, r *http.Request, docs int, work func(context.Context) (any, error)) {
	if !s.admit(w, r) {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.timeout)
	defer cancel()
	type answer struct {
		v   any
		err error
	}
	done := make(chan answer, 1)
	go func() {
		// The slot is held until the work really ends, even after a
		// timeout answered the client: that is what bounds the CPU.
		defer func() { <-s.slots }()
		v, err := work(ctx)
		s.metrics.documents.Add(int64(docs))
		done <- answer{v, err}
	}()
	select {
	case a := <-done:
		if errors.Is(a.err, context.DeadlineExceeded) {
			a.err = s.timeoutError()
		}
		if a.err != nil {
			writeErr(w, a.err)
			return
		}
		writeJSONAnswer(w, http.StatusOK, a.v)
	case <-ctx.Done():
		if r.Context().Err() != nil {
			return // the client left
		}
		writeErr(w, s.timeoutError())
	}
}

// requestOffsets reads the offset unit from the query (?offsets=) or the
// body's "offsets"; the body wins.
func requestOffsets(r *http.Request, field string) (vntext.Offsets, error) {
	name := r.URL.Query().Get("offsets")
	if field != "" {
		name = field
	}
	u, err := vntext.ParseOffsets(name)
	if err != nil {
		return 0, errorf(http.StatusBadRequest, "%v", err)
	}
	return u, nil
}

func (s *server) timeoutError() error {
	return errorf(http.StatusServiceUnavailable, "analysis took longer than %s; send a shorter text", s.cfg.timeout)
}

// admit takes an analysis slot for r, or answers the error (503 with
// Retry-After when busy) and returns false.
func (s *server) admit(w http.ResponseWriter, r *http.Request) bool {
	err := s.acquire(r.Context())
	if err == nil {
		return true
	}
	if he := (*httpError)(nil); errors.As(err, &he) && he.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	writeErr(w, err)
	return false
}

func (s *server) acquire(ctx context.Context) error {
	select {
	case s.slots <- struct{}{}:
		return nil
	default:
	}
	s.metrics.queued.Add(1)
	defer s.metrics.queued.Add(-1)
	t := time.NewTimer(s.cfg.queueWait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return nil
	case <-t.C:
		return errorf(http.StatusServiceUnavailable, "server busy: %d requests in progress; retry later", s.cfg.concurrency)
	case <-ctx.Done():
		return ctx.Err()
	}
}

// mediaType checks the Content-Type of a request among those allowed.
func mediaType(r *http.Request, allowed ...string) (string, error) {
	ct := r.Header.Get("Content-Type")
	mt := allowed[0]
	if ct != "" {
		var err error
		if mt, _, err = mime.ParseMediaType(ct); err != nil {
			return "", errorf(http.StatusUnsupportedMediaType, "bad Content-Type %q", ct)
		}
	}
	for _, a := range allowed {
		if mt == a {
			return mt, nil
		}
	}
	named := slices.DeleteFunc(slices.Clone(allowed), func(a string) bool { return a == formType }) // read, not advertised
	return "", errorf(http.StatusUnsupportedMediaType, "Content-Type must be %s, not %s", joinOr(named), mt)
}

func joinOr(s []string) string {
	if len(s) == 1 {
		return s[0]
	}
	out := s[0]
	for _, x := range s[1 : len(s)-1] {
		out += ", " + x
	}
	return out + " or " + s[len(s)-1]
}

func (s *server) readRequest(w http.ResponseWriter, r *http.Request) (serveRequest, error) {
	var req serveRequest
	body, mt, err := s.readBody(w, r, "application/json", "text/plain", "text/html", formType)
	if err != nil {
		return req, err
	}
	if mt == formType {
		// curl -d sends this type whatever the body is: a JSON object is
		// read as JSON, anything else is refused with the fix.
		if !bytes.HasPrefix(bytes.TrimLeft(body, " \t\r\n"), []byte("{")) {
			return req, errorf(http.StatusUnsupportedMediaType, "a form body is not read: send JSON (Content-Type: application/json; with curl, -H 'Content-Type: application/json') or text (text/plain)")
		}
		mt = "application/json"
	}
	if mt == "text/html" {
		// The page's own bytes: htmlpage decodes its declared or legacy
		// encoding.
		return s.htmlRequest(req, body, r.Header.Get("Content-Type"))
	}
	if mt == "text/plain" {
		text := record.ArticleText(body) // as the command line reads a .txt file
		req.Text = &text
		return req, nil
	}
	// Invalid UTF-8 becomes U+FFFD as in batch (one per maximal subpart),
	// before JSON would replace it byte by byte.
	body = vntext.Decode(body)
	if err := decodeJSON(body, &req); err != nil {
		return req, err
	}
	if req.Text == nil && req.HTML != nil {
		return s.htmlRequest(req, []byte(*req.HTML), "")
	}
	if req.Text == nil {
		return req, errorf(http.StatusBadRequest, `missing "text"`)
	}
	return req, nil
}

// formType is what curl -d and HTML forms send.
const formType = "application/x-www-form-urlencoded"

// readBody reads a request body of one of the allowed media types within
// the service's limits (size, read time), as sent.
func (s *server) readBody(w http.ResponseWriter, r *http.Request, allowed ...string) (body []byte, mediaTyp string, err error) {
	mt, err := mediaType(r, allowed...)
	if err != nil {
		return nil, "", err
	}
	if r.ContentLength > s.cfg.maxBody {
		return nil, "", errorf(http.StatusRequestEntityTooLarge, "request body of %d bytes is over the limit of %d", r.ContentLength, s.cfg.maxBody)
	}
	// A client that trickles its body must not hold a connection forever.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(s.cfg.readTimeout))
	in, err := s.decodedBody(r, http.MaxBytesReader(w, r.Body, s.cfg.maxBody))
	if err != nil {
		return nil, "", err
	}
	// The limit holds for the body as analysed: a small gzip body may
	// unpack to gigabytes.
	body, err = io.ReadAll(io.LimitReader(in, s.cfg.maxBody+1))
	if err != nil {
		return nil, "", s.bodyError(err)
	}
	if int64(len(body)) > s.cfg.maxBody {
		return nil, "", s.bodyError(&http.MaxBytesError{Limit: s.cfg.maxBody})
	}
	return body, mt, nil
}

// decodedBody undoes the request's Content-Encoding: a gzip body is read
// gunzipped, one with no encoding (or identity) as it is, and any other is
// refused (415) rather than read as text.
func (s *server) decodedBody(r *http.Request, body io.Reader) (io.Reader, error) {
	enc := strings.ToLower(strings.TrimSpace(strings.Join(r.Header.Values("Content-Encoding"), ", ")))
	switch enc {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if errors.Is(err, gzip.ErrHeader) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, errorf(http.StatusBadRequest, "Content-Encoding: gzip, but the body is not gzip")
		}
		if err != nil {
			return nil, s.bodyError(err)
		}
		return zr, nil
	}
	return nil, errorf(http.StatusUnsupportedMediaType, "Content-Encoding %q is not read: send the body as it is, or gzip", enc)
}

// decodeJSON reads body, one JSON object, into v; unknown members are an
// error.
func decodeJSON(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return errorf(http.StatusBadRequest, "malformed JSON body: %v", err)
	}
	if dec.More() {
		return errorf(http.StatusBadRequest, "malformed JSON body: data after the object")
	}
	return nil
}

// htmlRequest reads the article of an HTML page: its body is the text
// analysed, and what the page says about it goes into the Result.
func (s *server) htmlRequest(req serveRequest, page []byte, contentType string) (serveRequest, error) {
	a, err := s.pages.Extract(page, req.URL, contentType)
	if err != nil {
		return req, errorf(http.StatusUnprocessableEntity, "%v", err)
	}
	doc := articleDoc(a)
	doc.ID = req.ID
	if req.Title != "" {
		doc.Title = req.Title
	}
	req.Text, req.doc = &doc.Text, &doc
	return req, nil
}

func (s *server) bodyError(err error) error {
	var tooBig *http.MaxBytesError
	var netErr net.Error
	switch {
	case errors.As(err, &tooBig):
		return errorf(http.StatusRequestEntityTooLarge, "request body is over the limit of %d bytes", s.cfg.maxBody)
	case errors.As(err, &netErr) && netErr.Timeout():
		return errorf(http.StatusRequestTimeout, "request body not received within %s", s.cfg.readTimeout)
	default:
		return errorf(http.StatusBadRequest, "reading request body: %v", err)
	}
}

func (s *server) run(ctx context.Context, t vntext.Task, u vntext.Offsets, req serveRequest) (vntext.Result, error) {
	a, err := s.analyzer(t, u)
	if err != nil {
		return vntext.Result{}, err
	}
	if req.doc != nil {
		return a.Analyze(ctx, *req.doc)
	}
	return a.Analyze(ctx, vntext.Doc{ID: req.ID, Title: req.Title, Text: *req.Text})
}

func (s *server) analyze(ctx context.Context, req serveRequest, u vntext.Offsets) (any, error) {
	t := vntext.AllTasks
	if req.Tasks != "" {
		var err error
		if t, err = vntext.ParseTasks(req.Tasks); err != nil {
			return nil, errorf(http.StatusBadRequest, "%v", err)
		}
	}
	return s.run(ctx, t, u, req)
}

func (s *server) normalize(ctx context.Context, req serveRequest, u vntext.Offsets) (any, error) {
	res, err := s.run(ctx, vntext.TaskNormalize, u, req)
	return struct {
		Normalized string `json:"normalized"`
	}{res.Normalized}, err
}

func (s *server) segment(ctx context.Context, req serveRequest, u vntext.Offsets) (any, error) {
	res, err := s.run(ctx, vntext.TaskSentences|vntext.TaskWords|vntext.TaskSegmented, u, req)
	return segmentOutput{res.Sentences, res.Words, res.Segmented}, err
}

func (s *server) entities(ctx context.Context, req serveRequest, u vntext.Offsets) (any, error) {
	res, err := s.run(ctx, entitiesTasks, u, req)
	return entitiesOutput{res.Entities, res.Officials}, err
}

func (s *server) summarize(ctx context.Context, req serveRequest, u vntext.Offsets) (any, error) {
	res, err := s.run(ctx, summaryTasks, u, req)
	return summarizeOutput{res.Summary, res.Keywords}, err
}

// clusterRequest is the body of /v1/summarize/cluster: the documents of
// one story, in reading order.
type clusterRequest struct {
	Group     string `json:"group,omitempty"`
	Documents []struct {
		ID    string  `json:"id,omitempty"`
		Title string  `json:"title,omitempty"`
		Text  *string `json:"text"`
	} `json:"documents"`
	Offsets string `json:"offsets,omitempty"`
}

// cluster answers the group summary of the documents of one story
// (vntext.Analyzer.SummarizeGroup), the shape of a "vntext batch
// --group-by" record. The request holds at most record.DefaultMaxGroup
// documents, and --max-body bytes in all.
func (s *server) cluster(w http.ResponseWriter, r *http.Request) {
	body, _, err := s.readBody(w, r, "application/json")
	if err != nil {
		writeErr(w, err)
		return
	}
	var req clusterRequest
	if err := decodeJSON(vntext.Decode(body), &req); err != nil {
		writeErr(w, err)
		return
	}
	switch n := len(req.Documents); {
	case n == 0:
		writeErr(w, errorf(http.StatusBadRequest, `missing "documents": a list of {"id", "title", "text"}`))
		return
	case n > record.DefaultMaxGroup:
		writeErr(w, errorf(http.StatusRequestEntityTooLarge, "%d documents: at most %d in one request", n, record.DefaultMaxGroup))
		return
	}
	docs := make([]vntext.Doc, len(req.Documents))
	for i, d := range req.Documents {
		if d.Text == nil {
			writeErr(w, errorf(http.StatusBadRequest, `document %d: missing "text"`, i))
			return
		}
		docs[i] = vntext.Doc{ID: d.ID, Title: d.Title, Text: *d.Text}
	}
	unit, err := requestOffsets(r, req.Offsets)
	if err != nil {
		writeErr(w, err)
		return
	}
	a, err := s.analyzer(vntext.TaskSummary, unit)
	if err != nil {
		writeErr(w, err)
		return
	}
	s.answer(w, r, len(docs), func(ctx context.Context) (any, error) {
		return a.SummarizeGroup(ctx, req.Group, docs)
	})
}

// batch answers a JSONL body with JSONL records, as "vntext batch" reads
// (archive.Pages.JSONL) and writes them (package record), streamed: each
// record is read, analysed and written in turn, so a long body needs no
// more memory than one record.
// ?tasks= and ?offsets= choose what to compute; each record may be as long
// as --max-body and must arrive within --read-timeout.
func (s *server) batch(w http.ResponseWriter, r *http.Request) {
	if _, err := mediaType(r, "application/jsonl", "application/x-ndjson", "application/json"); err != nil {
		writeErr(w, err)
		return
	}
	t := config.DefaultBatchTasks
	if q := r.URL.Query().Get("tasks"); q != "" {
		var err error
		if t, err = vntext.ParseTasks(q); err != nil {
			writeErr(w, errorf(http.StatusBadRequest, "%v", err))
			return
		}
	}
	unit, err := requestOffsets(r, "")
	if err != nil {
		writeErr(w, err)
		return
	}
	a, err := s.analyzer(t, unit)
	if err != nil {
		writeErr(w, err)
		return
	}
	if !s.admit(w, r) {
		return
	}
	defer func() { <-s.slots }()
	rc := http.NewResponseController(w)
	// Before full duplex: an answer to a body not read yet is safe only
	// without it (the server then reads what is left, or closes).
	body, err := s.decodedBody(r, &deadlineReader{r: r.Body, rc: rc, timeout: s.cfg.readTimeout})
	if err != nil {
		writeErr(w, err)
		return
	}
	// The answer begins before the body ends. Without full duplex, Go's
	// HTTP/1.1 server ends the body at the first byte written (it discards
	// up to 256 KB of what is left, or closes the connection after the
	// answer), and the records after it would be lost. HTTP/2 is always
	// full duplex (ErrNotSupported there).
	if err := rc.EnableFullDuplex(); err != nil && !errors.Is(err, http.ErrNotSupported) {
		writeErr(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/jsonl; charset=utf-8")
	bw := bufio.NewWriterSize(w, 32<<10)
	lines, err := s.records.JSONL(body, "")
	if err != nil { // cannot happen: the name "" asks for no gunzipping
		writeErr(w, err)
		return
	}
	_ = vntext.Stream(r.Context(), lines.All(), record.Size,
		func(ctx context.Context, in record.Input) record.Output {
			ctx, cancel := context.WithTimeout(ctx, s.cfg.timeout)
			defer cancel()
			s.metrics.documents.Add(1)
			return record.Process(ctx, a, in)
		},
		func(o record.Output) error {
			if _, err := o.WriteTo(bw); err != nil {
				return err
			}
			// A client that sends without reading the answer would block
			// this write, and its own, for ever: each record must be
			// taken within the read timeout too.
			_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.readTimeout))
			if err := bw.Flush(); err != nil {
				return err
			}
			return rc.Flush() // each record goes out as soon as it is ready
		}, vntext.StreamWorkers(1))
	_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.readTimeout))
	if err := lines.Err(); err != nil {
		// The answer has begun: the last line says why it ends early.
		e := s.bodyError(err)
		b, _ := json.Marshal(serveError{e.Error(), e.(*httpError).status})
		_, _ = bw.Write(append(b, '\n'))
	}
	_ = bw.Flush()
}

// deadlineReader gives each read of a streamed body its own deadline, so
// that a long body is allowed its length but a stalled one is not.
type deadlineReader struct {
	r       io.Reader
	rc      *http.ResponseController
	timeout time.Duration
}

func (d *deadlineReader) Read(p []byte) (int, error) {
	_ = d.rc.SetReadDeadline(time.Now().Add(d.timeout))
	return d.r.Read(p)
}

func writeErr(w http.ResponseWriter, err error) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		writeJSONAnswer(w, he.status, serveError{he.msg, he.status})
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads the answer.
	default:
		writeJSONAnswer(w, http.StatusInternalServerError, serveError{err.Error(), http.StatusInternalServerError})
	}
}

// writeJSONAnswer writes v as json.Marshal does: the bytes the library and
// the command line give.
func writeJSONAnswer(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"cannot encode the response","status":500}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n')) // a client that went away is not an error
}
