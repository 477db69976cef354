package main

import (
	"bufio"
	"context"
	"io"
	"sync"
	"time"
)

// batchStats is what a run did.
type batchStats struct {
	written, failed, skipped int
	interrupted              bool
	last                     *batchItem // the last record written or skipped
	readErr, writeErr        error
	elapsed                  time.Duration
	warc                     warcCounts // what the WARC inputs held
}

// batchRun reads the sources, processes records on workers and writes the
// results in input order.
//
// Memory stays bounded by the window, not by the archive: the reader takes a
// window slot before it hands a record out, and the writer frees the slot
// once the record is written, so at most window records (input and output)
// are alive at any time, however slow one record is.
//
// When ctx ends (Ctrl-C), the reader stops taking records, the records
// already handed out are finished and written, and the output is flushed.
func batchRun(ctx context.Context, p *batchProcessor, sources []batchSource, workers int, w io.Writer, progress func(items int, it *batchItem)) batchStats {
	start := time.Now()
	window := 4 * workers
	slots := make(chan struct{}, window)
	jobs := make(chan *batchItem, window)
	results := make(chan batchOut, window)
	readerDone := make(chan struct{})

	// dispatched counts the records handed to the workers; stopped, once
	// set, keeps the reader from handing out more. The mutex makes the
	// count final the moment the writer stops the reader.
	var (
		mu         sync.Mutex
		dispatched int
		stopped    bool
		readErr    error
		warcSeen   warcCounts
	)
	stop := func() int {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
		return dispatched
	}

	// Records in flight run to the end even after ctx ends.
	work := context.WithoutCancel(ctx)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for it := range jobs {
				results <- p.process(work, it)
			}
		})
	}

	go func() {
		defer close(readerDone)
		defer close(jobs)
		r := &batchReader{sources: sources}
		err := r.each(func(it *batchItem) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			mu.Lock()
			defer mu.Unlock()
			if stopped {
				<-slots
				return false
			}
			dispatched++
			jobs <- it // never blocks: jobs has room for every slot
			return true
		})
		mu.Lock()
		readErr = err
		warcSeen = r.warc
		mu.Unlock()
	}()

	bw := bufio.NewWriterSize(w, 256<<10)
	var st batchStats
	pending := map[int]batchOut{}
	next := 0
	final := -1 // the number of records to write, once known
	done := ctx.Done()
	reader := (<-chan struct{})(readerDone)
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
				st.last = r.item
				switch {
				case r.skipped:
					st.skipped++
				case st.writeErr == nil:
					if _, err := bw.Write(r.data); err != nil {
						st.writeErr = err
					} else if err := bw.WriteByte('\n'); err != nil {
						st.writeErr = err
					}
					if r.failed {
						st.failed++
					}
					st.written++
				}
				<-slots
				if progress != nil {
					progress(st.written+st.skipped, r.item)
				}
			}
			if st.writeErr != nil && final < 0 {
				final = stop() // the output is gone: stop reading
			}
		case <-done:
			done = nil
			st.interrupted = true
			if final < 0 {
				final = stop()
			}
		case <-reader:
			reader = nil
			if final < 0 {
				final = stop()
			}
		}
	}
	if err := bw.Flush(); err != nil && st.writeErr == nil {
		st.writeErr = err
	}
	// After an interruption the reader may still be blocked reading
	// standard input; the records it has not handed out are not ours.
	if !st.interrupted {
		<-readerDone
		wg.Wait()
	}
	mu.Lock()
	st.readErr, st.warc = readErr, warcSeen
	mu.Unlock()
	st.elapsed = time.Since(start)
	return st
}
