package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

// runServe serves the pipeline as JSON over HTTP until SIGINT or SIGTERM,
// then stops taking connections and lets the requests in flight finish.
func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := defaultServeConfig()
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	fs.Int64Var(&cfg.maxBody, "max-body", cfg.maxBody, "largest request body in bytes (413 above)")
	fs.DurationVar(&cfg.timeout, "timeout", cfg.timeout, "longest analysis of one request (503 above)")
	fs.DurationVar(&cfg.readTimeout, "read-timeout", cfg.readTimeout, "longest wait for a request body (408 above)")
	fs.IntVar(&cfg.concurrency, "concurrency", cfg.concurrency, "requests analysed at once; more wait in line")
	fs.DurationVar(&cfg.queueWait, "queue-wait", cfg.queueWait, "longest wait in line before 503")
	fs.IntVar(&cfg.sentences, "sentences", cfg.sentences, "summary length in sentences")
	fs.IntVar(&cfg.maxSyllables, "max-syllables", cfg.maxSyllables, "summary budget in syllables (0: none)")
	cfg.entityModel = addEntityModelFlag(fs)
	const usage = "usage: vntext serve [--addr HOST:PORT] [flags]\n" +
		"POST /v1/analyze, /v1/normalize, /v1/segment, /v1/entities, /v1/summarize; GET /healthz; GET / (a page to try it)"
	if code, ok := parseFlags(fs, args, usage, stderr); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "vntext serve: no arguments expected")
		return 2
	}
	h, err := newServeHandler(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "vntext serve: %v\n", err)
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "vntext serve: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(stderr, "vntext serve: listening on http://%s\n", ln.Addr())
	if err := serveOn(ctx, ln, h, 15*time.Second); err != nil {
		fmt.Fprintf(stderr, "vntext serve: %v\n", err)
		return 1
	}
	fmt.Fprintln(stderr, "vntext serve: stopped")
	return 0
}

// serveOn serves h on ln until ctx ends, then shuts down gracefully: no new
// connections, requests in flight get up to grace to finish.
func serveOn(ctx context.Context, ln net.Listener, h http.Handler, grace time.Duration) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// serveConfig holds the service's limits.
type serveConfig struct {
	maxBody      int64
	timeout      time.Duration
	readTimeout  time.Duration
	concurrency  int
	queueWait    time.Duration
	sentences    int
	maxSyllables int
	entityModel  *entityModel // --entity-model; nil: the built-in extractor
}

func defaultServeConfig() serveConfig {
	return serveConfig{
		maxBody:     1 << 20,
		timeout:     10 * time.Second,
		readTimeout: 10 * time.Second,
		concurrency: 2 * runtime.GOMAXPROCS(0),
		queueWait:   time.Second,
		sentences:   3,
	}
}
