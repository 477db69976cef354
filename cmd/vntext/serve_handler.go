package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/htmlpage"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

//go:embed serve_page.html
var servePage []byte

// serveRequest is the body of every POST endpoint. A text/plain body is
// taken as Text, a text/html body as HTML.
type serveRequest struct {
	ID    string  `json:"id,omitempty"`
	Title string  `json:"title,omitempty"`
	Text  *string `json:"text"`
	// HTML is a page to read the article of, instead of Text; URL is its
	// address when known.
	HTML *string `json:"html,omitempty"`
	URL  string  `json:"url,omitempty"`
	// Tasks narrows /v1/analyze: "words,entities" (vntext.ParseTasks).
	Tasks string `json:"tasks,omitempty"`

	page *htmlpage.Article // the article read from HTML
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
	*http.ServeMux
	cfg     serveConfig
	sumOpts []summarize.Option
	slots   chan struct{}
	// analyzers holds one Analyzer per task set asked for; an Analyzer is
	// cheap and there are at most 127 sets.
	analyzers sync.Map // vntext.Task → *vntext.Analyzer
	pages     *htmlpage.Extractor
}

func newServeHandler(cfg serveConfig) (*server, error) {
	if cfg.maxBody < 1 || cfg.timeout <= 0 || cfg.readTimeout <= 0 || cfg.concurrency < 1 || cfg.queueWait < 0 {
		return nil, errors.New("limits must be positive")
	}
	sumOpts, err := summaryOptions(cfg.sentences, cfg.maxSyllables)
	if err != nil {
		return nil, err
	}
	pages, err := htmlpage.New()
	if err != nil {
		return nil, err
	}
	s := &server{cfg: cfg, sumOpts: sumOpts, slots: make(chan struct{}, cfg.concurrency), pages: pages}
	if _, err := s.analyzer(vntext.AllTasks); err != nil { // load the data now, not on the first request
		return nil, err
	}
	mux := http.NewServeMux()
	s.ServeMux = mux
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	for path, h := range map[string]func(context.Context, serveRequest) (any, error){
		"/v1/analyze":   s.analyze,
		"/v1/normalize": s.normalize,
		"/v1/segment":   s.segment,
		"/v1/entities":  s.entities,
		"/v1/summarize": s.summarize,
	} {
		mux.Handle("POST "+path, s.endpoint(h))
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", "POST")
			writeJSON(w, http.StatusMethodNotAllowed, serveError{"use POST with a JSON body {\"text\": ...}", http.StatusMethodNotAllowed})
		})
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, serveError{"no such endpoint: " + r.URL.Path, http.StatusNotFound})
	})
	return s, nil
}

func (s *server) analyzer(t vntext.Task) (*vntext.Analyzer, error) {
	if a, ok := s.analyzers.Load(t); ok {
		return a.(*vntext.Analyzer), nil
	}
	a, err := vntext.New(vntext.WithTasks(t), vntext.WithSummaryOptions(s.sumOpts...))
	if err != nil {
		return nil, err
	}
	got, _ := s.analyzers.LoadOrStore(t, a)
	return got.(*vntext.Analyzer), nil
}

func (s *server) page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'")
	_, _ = w.Write(servePage) // a client that went away is not an error
}

// endpoint wraps a stage with the service's limits: body size and read
// time, a bounded number of analyses at once (others wait up to queueWait,
// then get 503), and a time limit per analysis.
func (s *server) endpoint(h func(context.Context, serveRequest) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, err := s.readRequest(w, r)
		if err != nil {
			writeErr(w, err)
			return
		}
		if err := s.acquire(r.Context()); err != nil {
			if he := (*httpError)(nil); errors.As(err, &he) && he.status == http.StatusServiceUnavailable {
				w.Header().Set("Retry-After", "1")
			}
			writeErr(w, err)
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
			v, err := h(ctx, req)
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
			writeJSON(w, http.StatusOK, a.v)
		case <-ctx.Done():
			if r.Context().Err() != nil {
				return // the client left
			}
			writeErr(w, s.timeoutError())
		}
	})
}

func (s *server) timeoutError() error {
	return errorf(http.StatusServiceUnavailable, "analysis took longer than %s; send a shorter text", s.cfg.timeout)
}

func (s *server) acquire(ctx context.Context) error {
	select {
	case s.slots <- struct{}{}:
		return nil
	default:
	}
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

func (s *server) readRequest(w http.ResponseWriter, r *http.Request) (serveRequest, error) {
	var req serveRequest
	ct := r.Header.Get("Content-Type")
	mt := "application/json"
	if ct != "" {
		var err error
		if mt, _, err = mime.ParseMediaType(ct); err != nil {
			return req, errorf(http.StatusUnsupportedMediaType, "bad Content-Type %q", ct)
		}
	}
	if mt != "application/json" && mt != "text/plain" && mt != "text/html" {
		return req, errorf(http.StatusUnsupportedMediaType, "Content-Type must be application/json, text/plain or text/html, not %s", mt)
	}
	if r.ContentLength > s.cfg.maxBody {
		return req, errorf(http.StatusRequestEntityTooLarge, "request body of %d bytes is over the limit of %d", r.ContentLength, s.cfg.maxBody)
	}
	// A client that trickles its body must not hold a connection forever.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(s.cfg.readTimeout))
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		var netErr net.Error
		switch {
		case errors.As(err, &tooBig):
			return req, errorf(http.StatusRequestEntityTooLarge, "request body is over the limit of %d bytes", s.cfg.maxBody)
		case errors.As(err, &netErr) && netErr.Timeout():
			return req, errorf(http.StatusRequestTimeout, "request body not received within %s", s.cfg.readTimeout)
		default:
			return req, errorf(http.StatusBadRequest, "reading request body: %v", err)
		}
	}
	if mt == "text/plain" {
		text := string(batchDecode(body))
		req.Text = &text
		return req, nil
	}
	if mt == "text/html" {
		return s.htmlRequest(req, body, ct)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return req, errorf(http.StatusBadRequest, "malformed JSON body: %v", err)
	}
	if dec.More() {
		return req, errorf(http.StatusBadRequest, "malformed JSON body: data after the object")
	}
	if req.Text == nil && req.HTML != nil {
		return s.htmlRequest(req, []byte(*req.HTML), "")
	}
	if req.Text == nil {
		return req, errorf(http.StatusBadRequest, `missing "text"`)
	}
	return req, nil
}

// htmlRequest reads the article of an HTML page: it becomes the request's
// Title and Text, and its page fields are kept for the result.
func (s *server) htmlRequest(req serveRequest, page []byte, contentType string) (serveRequest, error) {
	a, err := s.pages.Extract(page, req.URL, contentType)
	if err != nil {
		return req, errorf(http.StatusUnprocessableEntity, "%v", err)
	}
	req.Text, req.page = &a.Text, &a
	if req.Title == "" {
		req.Title = a.Title
	}
	return req, nil
}

func (s *server) run(ctx context.Context, t vntext.Task, req serveRequest) (vntext.Result, error) {
	a, err := s.analyzer(t)
	if err != nil {
		return vntext.Result{}, err
	}
	res, err := a.Analyze(ctx, vntext.Doc{ID: req.ID, Title: req.Title, Text: *req.Text})
	applyPage(&res, req.page)
	return res, err
}

func (s *server) analyze(ctx context.Context, req serveRequest) (any, error) {
	t := vntext.AllTasks
	if req.Tasks != "" {
		var err error
		if t, err = vntext.ParseTasks(req.Tasks); err != nil {
			return nil, errorf(http.StatusBadRequest, "%v", err)
		}
	}
	res, err := s.run(ctx, t, req)
	if req.page != nil {
		// The offsets index the article's text, which the caller has not
		// seen: it comes with the result.
		return struct {
			Text string `json:"text"`
			vntext.Result
		}{*req.Text, res}, err
	}
	return res, err
}

func (s *server) normalize(ctx context.Context, req serveRequest) (any, error) {
	res, err := s.run(ctx, vntext.TaskNormalize, req)
	return struct {
		Normalized string `json:"normalized"`
	}{res.Normalized}, err
}

func (s *server) segment(ctx context.Context, req serveRequest) (any, error) {
	res, err := s.run(ctx, vntext.TaskSentences|vntext.TaskWords, req)
	return struct {
		Segmented string              `json:"segmented"`
		Sentences []tokenize.Sentence `json:"sentences"`
		Words     []tokenize.Token    `json:"words"`
	}{res.Segmented, orEmpty(res.Sentences), orEmpty(res.Words)}, err
}

func (s *server) entities(ctx context.Context, req serveRequest) (any, error) {
	res, err := s.run(ctx, vntext.TaskEntities|vntext.TaskOfficials, req)
	return struct {
		Entities  []entities.Entity   `json:"entities"`
		Officials []entities.Official `json:"officials"`
	}{orEmpty(res.Entities), orEmpty(res.Officials)}, err
}

func (s *server) summarize(ctx context.Context, req serveRequest) (any, error) {
	res, err := s.run(ctx, vntext.TaskSummary|vntext.TaskKeywords, req)
	return struct {
		Summary    string               `json:"summary"`
		Sentences  []summarize.Sentence `json:"sentences"`
		OverBudget bool                 `json:"over_budget,omitempty"`
		Keywords   []summarize.Keyword  `json:"keywords"`
	}{res.Summary.Text(), orEmpty(res.Summary.Sentences), res.Summary.OverBudget, orEmpty(res.Keywords)}, err
}

// orEmpty makes an empty list print as [] rather than null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func writeErr(w http.ResponseWriter, err error) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		writeJSON(w, he.status, serveError{he.msg, he.status})
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads the answer.
	default:
		writeJSON(w, http.StatusInternalServerError, serveError{err.Error(), http.StatusInternalServerError})
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := marshalNoEscape(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"cannot encode the response","status":500}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n')) // a client that went away is not an error
}
