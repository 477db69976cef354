package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/vntext/vntext/config"
)

// runServe serves the pipeline as JSON over HTTP until SIGINT or SIGTERM,
// then drains: connections already accepted or waiting to be accepted are
// served, then the requests in flight finish.
func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfg := defaultServeConfig()
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	maxBody := config.ByteSize(cfg.maxBody)
	fs.Var(&maxBody, "max-body", "largest request body (1MiB, 512KB, ...; 413 above); for /v1/batch, the longest record")
	fs.DurationVar(&cfg.timeout, "timeout", cfg.timeout, "longest analysis of one document (503 above)")
	fs.DurationVar(&cfg.readTimeout, "read-timeout", cfg.readTimeout, "longest wait for a request body, or for each record of a /v1/batch body (408 above) and for the client to take each record of its answer")
	fs.IntVar(&cfg.concurrency, "concurrency", cfg.concurrency, "requests analysed at once; more wait in line")
	fs.DurationVar(&cfg.queueWait, "queue-wait", cfg.queueWait, "longest wait in line before 503")
	fs.StringVar(&cfg.cors, "cors", "", "allow browser pages from this origin to call the API (https://app.example, or * for any)")
	logFormat := fs.String("log", "text", "request log on standard error: text, json or off")
	cfg.pipeline.Register(fs, config.AllFlags)
	const usage = "usage: vntext serve [--addr HOST:PORT] [--cors ORIGIN] [flags]\n" +
		"POST /v1/analyze, /v1/normalize, /v1/segment, /v1/entities, /v1/summarize, /v1/summarize/cluster (a story's articles), /v1/batch (JSONL);\n" +
		"GET /healthz, /metrics; GET / (a page to try it). docs/GUIDE.md has curl examples."
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "vntext serve: no arguments expected")
		return 2
	}
	cfg.maxBody = int64(maxBody)
	switch *logFormat {
	case "text":
		cfg.log = slog.New(slog.NewTextHandler(stderr, nil))
	case "json":
		cfg.log = slog.New(slog.NewJSONHandler(stderr, nil))
	case "off":
	default:
		fmt.Fprintf(stderr, "vntext serve: --log must be text, json or off, not %q\n", *logFormat)
		return 2
	}
	h, err := newServeHandler(cfg)
	if err != nil {
		return fail(stderr, "serve", err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fail(stderr, "serve", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(stderr, "vntext serve: listening on http://%s\n", ln.Addr())
	if err := serveOn(ctx, ln, h, 15*time.Second); err != nil {
		return fail(stderr, "serve", err)
	}
	fmt.Fprintln(stderr, "vntext serve: stopped")
	return 0
}

// drainIdle is how long the listener keeps accepting after a stop signal
// once no new connection comes: connections the kernel has queued but the
// server had not accepted yet are served rather than reset.
const drainIdle = 250 * time.Millisecond

// serveOn serves h on ln until ctx ends, then shuts down gracefully: keep
// accepting the connections already waiting (drainListener), no keep-alive,
// and requests in flight get up to grace to finish.
func serveOn(ctx context.Context, ln net.Listener, h http.Handler, grace time.Duration) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	dl := &drainListener{Listener: ln}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(dl) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	srv.SetKeepAlivesEnabled(false)
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	var serr error
	served := false
	if dl.drain() {
		select { // Serve returns once the queue is empty
		case serr = <-errc:
			served = true
		case <-sctx.Done():
		}
	}
	err := srv.Shutdown(sctx)
	if !served {
		serr = <-errc
	}
	if serr != nil && !errors.Is(serr, http.ErrServerClosed) && !errors.Is(serr, errDrained) && err == nil {
		err = serr
	}
	return err
}

var errDrained = errors.New("listener drained")

// drainListener, once draining, accepts until no connection has come for
// drainIdle, then reports errDrained (not a temporary error, so Serve
// returns it rather than retrying).
type drainListener struct {
	net.Listener
	draining atomic.Bool
}

type deadliner interface{ SetDeadline(time.Time) error }

// drain starts draining; false when the listener cannot time out its
// Accept (then it is simply closed by Shutdown).
func (l *drainListener) drain() bool {
	d, ok := l.Listener.(deadliner)
	if !ok {
		return false
	}
	l.draining.Store(true)
	_ = d.SetDeadline(time.Now().Add(drainIdle))
	return true
}

func (l *drainListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if !l.draining.Load() {
		return c, err
	}
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return nil, errDrained
		}
		return nil, err
	}
	_ = l.Listener.(deadliner).SetDeadline(time.Now().Add(drainIdle))
	return c, nil
}

// serveConfig holds the service's configuration.
type serveConfig struct {
	maxBody     int64
	timeout     time.Duration
	readTimeout time.Duration
	concurrency int
	queueWait   time.Duration
	cors        string
	pipeline    pipelineFlags
	log         *slog.Logger // nil: no request log
}

func defaultServeConfig() serveConfig {
	cfg := serveConfig{
		maxBody:     1 << 20,
		timeout:     10 * time.Second,
		readTimeout: 10 * time.Second,
		concurrency: 2 * runtime.GOMAXPROCS(0),
		queueWait:   time.Second,
	}
	cfg.pipeline.Register(flag.NewFlagSet("", flag.ContinueOnError), config.AllFlags) // the defaults
	return cfg
}
