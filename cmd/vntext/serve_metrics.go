package main

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// serveMetrics counts what GET /metrics reports, in the Prometheus text
// exposition format (version 0.0.4). Written here rather than with
// prometheus/client_golang: the handful of series below are a page of
// code, while that library would bring about 30 modules (protobuf among
// them) into a binary that has four dependencies.
type serveMetrics struct {
	mu       sync.Mutex
	requests map[reqKey]int64             // by route and status
	latency  map[string]*latencyHistogram // by route

	queued    atomic.Int64 // requests waiting for an analysis slot
	documents atomic.Int64 // documents analysed (a /v1/batch record is one)
}

type reqKey struct {
	route  string
	status int
}

// latencyBuckets are the histogram's upper bounds in seconds.
var latencyBuckets = []float64{0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

type latencyHistogram struct {
	counts []int64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      int64
}

func newServeMetrics() *serveMetrics {
	return &serveMetrics{requests: map[reqKey]int64{}, latency: map[string]*latencyHistogram{}}
}

// observe counts one request. route names the route that served it
// (routeLabel), never the raw path: a scan of random paths must not grow
// the series without bound.
func (m *serveMetrics) observe(route string, status int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[reqKey{route, status}]++
	h := m.latency[route]
	if h == nil {
		h = &latencyHistogram{counts: make([]int64, len(latencyBuckets)+1)}
		m.latency[route] = h
	}
	sec := d.Seconds()
	i, _ := slices.BinarySearch(latencyBuckets, sec)
	h.counts[i]++
	h.sum += sec
	h.n++
}

func (m *serveMetrics) write(w io.Writer, inFlight int) {
	m.mu.Lock()
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b reqKey) int {
		if c := strings.Compare(a.route, b.route); c != 0 {
			return c
		}
		return a.status - b.status
	})
	var b strings.Builder
	b.WriteString("# HELP vntext_http_requests_total HTTP requests answered, by route and status.\n")
	b.WriteString("# TYPE vntext_http_requests_total counter\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "vntext_http_requests_total{route=%s,code=\"%d\"} %d\n", quote(k.route), k.status, m.requests[k])
	}
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	b.WriteString("# HELP vntext_http_request_duration_seconds Time to answer an HTTP request, by route.\n")
	b.WriteString("# TYPE vntext_http_request_duration_seconds histogram\n")
	for _, r := range routes {
		h := m.latency[r]
		cum := int64(0)
		for i, le := range latencyBuckets {
			cum += h.counts[i]
			fmt.Fprintf(&b, "vntext_http_request_duration_seconds_bucket{route=%s,le=\"%s\"} %d\n", quote(r), strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(&b, "vntext_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", quote(r), h.n)
		fmt.Fprintf(&b, "vntext_http_request_duration_seconds_sum{route=%s} %g\n", quote(r), h.sum)
		fmt.Fprintf(&b, "vntext_http_request_duration_seconds_count{route=%s} %d\n", quote(r), h.n)
	}
	m.mu.Unlock()
	fmt.Fprintf(&b, "# HELP vntext_queue_length Requests waiting for an analysis slot.\n# TYPE vntext_queue_length gauge\nvntext_queue_length %d\n", m.queued.Load())
	fmt.Fprintf(&b, "# HELP vntext_analyses_in_flight Analyses running now.\n# TYPE vntext_analyses_in_flight gauge\nvntext_analyses_in_flight %d\n", inFlight)
	fmt.Fprintf(&b, "# HELP vntext_documents_analyzed_total Documents analysed (each /v1/batch record counts).\n# TYPE vntext_documents_analyzed_total counter\nvntext_documents_analyzed_total %d\n", m.documents.Load())
	_, _ = io.WriteString(w, b.String())
}

// quote writes a label value as the exposition format wants it.
func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// statusWriter remembers the status and counts the body bytes of an
// answer, for the log and the metrics.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection (deadlines,
// flushing).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func levelOf(status int) slog.Level {
	switch {
	case status >= 500:
		return slog.LevelError
	case status >= 400:
		return slog.LevelWarn
	}
	return slog.LevelInfo
}

// slogAttrs are the fields of one request's log line.
func slogAttrs(r *http.Request, w *statusWriter, d time.Duration) []slog.Attr {
	return []slog.Attr{
		slog.String("method", r.Method),
		slog.String("path", r.URL.Path),
		slog.Int("status", w.status),
		slog.Int64("bytes", w.bytes),
		slog.Duration("duration", d),
		slog.String("remote", r.RemoteAddr),
	}
}
