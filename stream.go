package vntext

import (
	"context"
	"errors"
	"iter"
	"runtime"
	"sync"
)

// StreamOption configures Stream and AnalyzeStream.
type StreamOption func(*streamConfig) error

type streamConfig struct {
	workers  int
	window   int
	maxBytes int64
	progress func(done int)
	stop     <-chan struct{}
}

// StreamWorkers sets how many items are processed at once (default
// GOMAXPROCS).
func StreamWorkers(n int) StreamOption {
	return func(c *streamConfig) error {
		if n < 1 {
			return errors.New("vntext: stream workers must be ≥ 1")
		}
		c.workers = n
		return nil
	}
}

// StreamMaxBytes bounds the input bytes in flight (read, being processed or
// waiting for their turn to be emitted); default 32 MiB. An item larger
// than the bound is processed alone.
func StreamMaxBytes(n int64) StreamOption {
	return func(c *streamConfig) error {
		if n < 1 {
			return errors.New("vntext: stream byte bound must be ≥ 1")
		}
		c.maxBytes = n
		return nil
	}
}

// StreamProgress calls f after each item is emitted with the number emitted
// so far, on the goroutine that emits.
func StreamProgress(f func(done int)) StreamOption {
	return func(c *streamConfig) error { c.progress = f; return nil }
}

// StreamStop ends a stream gently: once stop is closed no more items are
// taken from the input, the items already taken are finished and emitted,
// and the stream returns nil. (Cancelling the context instead abandons the
// items in flight, inside long documents too.) The input may stay blocked
// in a read (standard input): the stream does not wait for it.
func StreamStop(stop <-chan struct{}) StreamOption {
	return func(c *streamConfig) error { c.stop = stop; return nil }
}

const defaultStreamBytes = 32 << 20

// AnalyzeStream analyses the documents of docs on several workers and calls
// emit with each result in input order. A document that fails (or a read
// error yielded by docs) is emitted with its error and the stream goes on.
// Memory is bounded: at most 4 documents per worker, and StreamMaxBytes of
// text, are in flight however slow one document is. AnalyzeStream returns
// when docs ends, when emit returns an error (that error), or when ctx ends
// (ctx.Err()).
func (a *Analyzer) AnalyzeStream(ctx context.Context, docs iter.Seq2[Doc, error], emit func(Result, error) error, opts ...StreamOption) error {
	if docs == nil || emit == nil {
		return errors.New("vntext: AnalyzeStream needs its documents and an emit function")
	}
	type item struct {
		doc Doc
		err error
	}
	type out struct {
		res Result
		err error
	}
	in := func(yield func(item) bool) {
		for d, err := range docs {
			if !yield(item{d, err}) {
				return
			}
		}
	}
	return Stream(ctx, in,
		func(it item) int { return len(it.doc.Text) + len(it.doc.Title) },
		func(ctx context.Context, it item) out {
			if it.err != nil {
				return out{Result{Schema: Schema, ID: it.doc.ID}, it.err}
			}
			res, err := a.Analyze(ctx, it.doc)
			return out{res, err}
		},
		func(o out) error { return emit(o.res, o.err) },
		opts...)
}

// Stream is the engine of AnalyzeStream for any kind of item: it runs f on
// the items of in on several workers and calls emit with the results in
// input order, with the same bounds (size reports an item's bytes) and the
// same ways to end. To analyse documents, use AnalyzeStream; Stream is for
// items that are not Docs or outputs that are not Results: package record
// streams JSONL records into output records with it (error records in
// place, members kept), and so do the Beam pipeline's workers.
func Stream[In, Out any](ctx context.Context, in iter.Seq[In], size func(In) int, f func(context.Context, In) Out, emit func(Out) error, opts ...StreamOption) error {
	if ctx == nil {
		return errors.New("vntext: nil context")
	}
	if in == nil || size == nil || f == nil || emit == nil {
		return errors.New("vntext: Stream needs its input, size, work and emit functions")
	}
	c := streamConfig{workers: runtime.GOMAXPROCS(0), maxBytes: defaultStreamBytes}
	for _, o := range opts {
		if o == nil {
			return errors.New("vntext: nil stream option")
		}
		if err := o(&c); err != nil {
			return err
		}
	}
	c.window = 4 * c.workers

	type job struct {
		seq  int
		in   In
		size int
	}
	type result struct {
		seq  int
		out  Out
		size int
	}
	jobs := make(chan job, c.window)
	results := make(chan result, c.window)
	quit := make(chan struct{})
	defer close(quit)
	fed := make(chan struct{})

	// The feeder takes an item once the window has room for it. Under mu:
	// the counts of the window, and stopped, which once set keeps the
	// feeder from handing out more, so that dispatched is final.
	var (
		mu         sync.Mutex
		inFlight   int
		bytes      int64
		dispatched int
		stopped    bool
	)
	freed := make(chan struct{}, 1)
	stop := func() int {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
		return dispatched
	}
	take := func(it In) bool {
		n := size(it)
		for {
			select {
			case <-c.stop: // checked first: a closed stop takes nothing more
				return false
			default:
			}
			mu.Lock()
			if stopped {
				mu.Unlock()
				return false
			}
			if inFlight < c.window && (inFlight == 0 || bytes+int64(n) <= c.maxBytes) {
				inFlight++
				bytes += int64(n)
				jobs <- job{dispatched, it, n} // never blocks: room for the window
				dispatched++
				mu.Unlock()
				return true
			}
			mu.Unlock()
			select {
			case <-freed:
			case <-ctx.Done():
				return false
			case <-c.stop:
				return false
			case <-quit:
				return false
			}
		}
	}
	release := func(n int) {
		mu.Lock()
		inFlight--
		bytes -= int64(n)
		mu.Unlock()
		select {
		case freed <- struct{}{}:
		default:
		}
	}

	for range c.workers {
		go func() {
			for {
				select {
				case j := <-jobs:
					// j is dead once f has its input: f can let go of a
					// large input (a 50 MB record) before its work is done.
					seq, size := j.seq, j.size
					r := result{seq, f(ctx, j.in), size}
					select {
					case results <- r: // never blocks: room for the window
					case <-quit:
						return
					}
				case <-quit:
					return
				}
			}
		}()
	}
	go func() {
		defer close(fed)
		for it := range in {
			if !take(it) {
				return
			}
		}
	}()

	var err error
	pending := map[int]result{}
	next, final := 0, -1 // final: the number of items to emit, once known
	done, stopc, feeder := ctx.Done(), c.stop, (<-chan struct{})(fed)
	for final < 0 || next < final {
		select {
		case r := <-results:
			pending[r.seq] = r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if err == nil {
					err = emit(r.out)
					if err == nil && c.progress != nil {
						c.progress(next)
					}
				}
				release(r.size)
			}
			if err != nil && final < 0 {
				final = stop()
			}
		case <-done:
			done = nil
			if err == nil {
				err = ctx.Err()
			}
			if final < 0 {
				final = stop()
			}
		case <-stopc:
			stopc = nil
			if final < 0 {
				final = stop()
			}
		case <-feeder:
			feeder = nil
			if final < 0 {
				final = stop()
			}
		}
	}
	return err
}
