package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/archive"
	"github.com/vntext/vntext/config"
	"github.com/vntext/vntext/record"
)

// runBatch processes JSONL archives (or directories of .txt articles) and
// writes one JSONL record per input record, in input order.
func runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "records processed in parallel")
	outPath := fs.String("o", "", "output file (default standard output); written to OUT.partial and renamed when the run ends")
	resume := fs.Bool("resume", false, "go on from the records already in -o OUT (or OUT.partial): same inputs, same order")
	var bf config.Batch
	bf.Register(fs)
	groupBy := fs.String("group-by", "", "summarize groups instead of records: the records whose member FIELD has the same value tell one story, and each group becomes one group-summary record, in the order of the groups' first records")
	maxGroup := fs.Int("max-group", record.DefaultMaxGroup, "with --group-by: the most records one group summary takes; a group's later records start another one under the same group name")
	groupBytes := config.ByteSize(record.DefaultGroupBytes)
	fs.Var(&groupBytes, "group-bytes", "with --group-by: the text held for groups still open (a group is complete only when the input ends); past it, the group open longest is summarized with what it has and its later records start another group summary")
	var pf pipelineFlags
	pf.Register(fs, config.AllFlags)
	const usage = "usage: vntext batch [--tasks LIST] [--workers N] [-o OUT [--resume]] [--max-record-bytes N] [--quiet] [flags] [IN...]\n" +
		"       vntext batch --group-by FIELD [--max-group N] [--group-bytes N] [--workers N] [-o OUT] [flags] [IN...]\n" +
		`IN: JSONL files of {"id"?, "title"?, "text"} or {"id"?, "url"?, "html"} (.gz too), .txt articles, HTML pages (.html,` + "\n" +
		`.htm), web archives (.warc, .warc.gz), directories of those, or - for standard input (the default).` + "\n" +
		`One output record per input record, in input order; a JSONL line that is blank is not a record (the closing` + "\n" +
		`summary counts blank lines; "skipped" counts the records --resume passed over). A .txt or HTML file's id is its` + "\n" +
		`path inside the directory given (the same however the directory is written), or its path as given, cleaned.`
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "vntext batch: "+format+"\n", a...)
		return 2
	}
	grouping := record.Grouping{Field: *groupBy, MaxDocs: *maxGroup, MaxBytes: int64(groupBytes)}
	if *groupBy != "" {
		if config.Given(fs, "tasks") {
			return usageErr("--group-by writes group summaries: --tasks does not apply")
		}
		if *resume {
			return usageErr("--resume does not work with --group-by: a group is complete only when the input ends")
		}
		if *maxGroup < 1 || groupBytes < 1 {
			return usageErr("--max-group and --group-bytes must be ≥ 1")
		}
	} else if config.Given(fs, "max-group") || config.Given(fs, "group-bytes") {
		return usageErr("--max-group and --group-bytes need --group-by")
	}
	tasks, err := vntext.ParseTasks(bf.Tasks)
	if err != nil {
		return usageErr("--tasks: %s", errText(err))
	}
	if *workers < 1 {
		return usageErr("--workers must be ≥ 1")
	}
	if bf.MaxRecordBytes < 1 {
		return usageErr("--max-record-bytes must be ≥ 1")
	}
	if *resume && *outPath == "" {
		return usageErr("--resume needs -o OUT")
	}
	a, err := pf.analyzer(tasks)
	if err != nil {
		return fail(stderr, "batch", err)
	}
	sources, err := batchSources(fs.Args(), stdin)
	if err != nil {
		return fail(stderr, "batch", err)
	}
	if *groupBy != "" {
		for _, src := range sources {
			if !src.dir && archive.IsArticle(src.name) {
				return usageErr("--group-by reads members of records: the .txt article %s has no %q", src.name, *groupBy)
			}
		}
	}

	out := &batchOutput{w: stdout}
	if *outPath != "" {
		// Before anything is opened for writing: an output that is an
		// input would be destroyed.
		if err := refuseInputAsOutput(*outPath, sources); err != nil {
			return usageErr("%v", err)
		}
		if out, err = openBatchOutput(*outPath, *resume); err != nil {
			return fail(stderr, "batch", err)
		}
		defer out.abandon()
	}
	var check *resumeCheck
	if out.done > 0 {
		if check, err = newResumeCheck(out, a.Tasks()); err != nil {
			return fail(stderr, "batch", err)
		}
		defer check.close()
	}

	// The first Ctrl-C stops reading and lets the records in flight finish;
	// a second one kills the process as usual.
	ctx, stopSignals := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stopSignals()
	go func() {
		<-ctx.Done()
		stopSignals()
	}()

	inFlight := max(16<<20, int64(bf.MaxRecordBytes))
	if os.Getenv("GOMEMLIMIT") == "" {
		limit := memoryLimit(inFlight)
		if *groupBy != "" {
			limit += int64(groupBytes) // the open groups, held as read
		}
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit))
	}
	bar := newBatchProgress(stderr, sources, bf.Quiet)
	st := batchRun(context.Background(), batchConfig{
		a:        a,
		sources:  sources,
		workers:  *workers,
		maxBytes: int64(bf.MaxRecordBytes),
		inFlight: inFlight,
		skip:     out.done,
		check:    check,
		group:    grouping,
		stop:     ctx.Done(),
		progress: bar.update,
	}, out.w)
	bar.finish()
	if st.writeErr == nil && st.readErr == nil && st.skipped < out.done {
		st.readErr = resumeRefusal{fmt.Sprintf("--resume: %s holds %d records but the inputs only %d: it is the output of other inputs. "+
			"Resume goes on only from an output of the same inputs, in the same order; to start afresh, run without --resume", out.path, out.done, st.skipped)}
	}
	var refusal resumeRefusal
	if errors.As(st.readErr, &refusal) {
		fmt.Fprintf(stderr, "vntext batch: %v\n", refusal)
		out.discard()
		return 2
	}
	if st.writeErr == nil && st.readErr == nil {
		st.writeErr = out.finish()
	}
	return batchReport(stderr, st, out, bf.Quiet)
}

// memoryLimit is the Go runtime's soft memory limit for a run whose
// records in flight hold at most inFlight input bytes: the data tables and
// buffers (about 96 MiB), and five bytes per input byte, what analysing a
// record and holding its result cost at most (docs/RELIABILITY.md). The
// collector works harder near the limit instead of letting the heap double,
// which keeps a default run under 200 MB and a 50 MB record under 500 MB.
// GOMEMLIMIT, when set, wins.
func memoryLimit(inFlight int64) int64 { return 96<<20 + 5*inFlight }

// batchReport writes the closing lines on standard error and returns the
// exit status: 0 when every record reached the output and none failed, 1
// otherwise. Counts are of records that reached the output.
func batchReport(stderr io.Writer, st batchStats, out *batchOutput, quiet bool) int {
	code := 0
	if st.readErr != nil {
		fmt.Fprintf(stderr, "vntext batch: reading input: %v\n", st.readErr)
		code = 1
	}
	if st.writeErr != nil {
		fmt.Fprintf(stderr, "vntext batch: writing output: %v\n", st.writeErr)
		code = 1
	}
	if st.grouped {
		return groupReport(stderr, st, quiet, code)
	}
	if st.failed > 0 {
		fmt.Fprintf(stderr, "vntext batch: %d of %d records failed (see their \"error\" field)\n", st.failed, st.written)
		code = 1
	}
	where := "before the first record"
	if st.last != nil {
		where = "after " + describeInput(st.last)
	}
	switch {
	case st.interrupted:
		fmt.Fprintf(stderr, "vntext batch: interrupted: %d records written, stopped %s\n", st.written, where)
		code = 1
	case st.writeErr != nil || st.readErr != nil:
		fmt.Fprintf(stderr, "vntext batch: stopped %s\n", where)
	}
	stopped := st.interrupted || st.writeErr != nil || st.readErr != nil
	if stopped && out.path != "" && (st.interrupted || st.written > 0 || st.skipped > 0) {
		fmt.Fprintf(stderr, "vntext batch: to go on, run the same command with --resume -o %s\n", out.path)
	}
	if !quiet && st.warc.files > 0 {
		fmt.Fprintf(stderr, "vntext batch: %s\n", st.warc)
	}
	if !quiet {
		rate := float64(st.written+st.skipped) / max(st.elapsed.Seconds(), 1e-9)
		blank := ""
		if st.blank > 0 {
			blank = fmt.Sprintf(", %d blank %s (not records)", st.blank, plural(st.blank, "line", "lines"))
		}
		fmt.Fprintf(stderr, "vntext batch: %d records written, %d failed, %d skipped%s in %.1fs (%.0f records/s)\n",
			st.written, st.failed, st.skipped, blank, st.elapsed.Seconds(), rate)
	}
	return code
}

// groupReport is batchReport's end for --group-by, where outputs are not
// records and --resume does not apply.
func groupReport(stderr io.Writer, st batchStats, quiet bool, code int) int {
	// Counts of records read, each in a group summary or failed (an error
	// record, or a group whose summary failed).
	if failed := st.read - st.inGroups; st.failed > 0 || failed > 0 {
		fmt.Fprintf(stderr, "vntext batch: %d of %d records failed (see their \"error\" field)\n", failed, st.read)
		code = 1
	}
	if st.interrupted {
		fmt.Fprintf(stderr, "vntext batch: interrupted after %d records read; the groups read so far were summarized\n", st.read)
		code = 1
	}
	if !quiet {
		rate := float64(st.read) / max(st.elapsed.Seconds(), 1e-9)
		fmt.Fprintf(stderr, "vntext batch: %d group summaries (of %d records) and %d error records written from %d records in %.1fs (%.0f records/s)\n",
			st.written-st.failed, st.inGroups, st.failed, st.read, st.elapsed.Seconds(), rate)
	}
	return code
}

func describeInput(in *record.Input) string {
	switch {
	case in.Txt || archive.IsHTML(in.File):
		return "file " + in.File
	case archive.IsWARC(in.File):
		return fmt.Sprintf("record %d of %s", in.Line, in.File)
	case in.File == "":
		return fmt.Sprintf("line %d of standard input", in.Line)
	default:
		return fmt.Sprintf("line %d of %s", in.Line, in.File)
	}
}

// batchConfig is one run.
type batchConfig struct {
	a        *vntext.Analyzer
	sources  []batchSource
	workers  int
	maxBytes int64           // longest record
	inFlight int64           // input bytes in flight (vntext.StreamMaxBytes)
	skip     int             // records already in the output (--resume)
	check    *resumeCheck    // what they must be (--resume)
	group    record.Grouping // with a Field: group summaries instead of records
	stop     <-chan struct{}
	progress func(done int, bytesRead int64)
}

// batchStats is what a run did. written counts the records that reached
// the output (the writer accepted their last byte), failed the error
// records among them.
type batchStats struct {
	written, failed, skipped int
	blank                    int  // blank JSONL lines, which are not records
	grouped                  bool // --group-by: outputs are group summaries
	read                     int  // records read, when grouped
	inGroups                 int  // records in the group summaries written
	interrupted              bool
	last                     *record.Input // the last record written or skipped
	readErr, writeErr        error
	elapsed                  time.Duration
	warc                     warcCounts // what the WARC inputs held
}

// batchRun reads the sources, analyses records on the workers
// (record.Stream: input order, bounded memory, an error record in place of
// each bad record) and writes them to w.
func batchRun(ctx context.Context, c batchConfig, w io.Writer) batchStats {
	start := time.Now()
	var st batchStats
	pages, err := archive.NewPages(c.maxBytes)
	if err != nil {
		return batchStats{readErr: err}
	}
	r := &batchReader{sources: c.sources, maxBytes: c.maxBytes, skip: c.skip, check: c.check, pages: pages}
	acc := newAccounting(w, &st)
	grouping := c.group.Field != ""
	progress := func(done int) {
		if c.progress != nil {
			c.progress(done, r.bytesRead.Load())
		}
	}
	emit := func(in record.Input, o record.Output) error {
		if _, err := o.WriteTo(acc.bw); err != nil {
			return err
		}
		g, _ := o.Group()
		acc.wrote(in, o.Err != nil, len(g.Documents))
		if !grouping {
			progress(int(r.skipped.Load()) + acc.handed)
		}
		return nil
	}
	opts := []vntext.StreamOption{vntext.StreamWorkers(c.workers), vntext.StreamMaxBytes(max(c.inFlight, 1))}
	if grouping {
		// Progress counts the records read. A gentle stop ends the input:
		// the groups read so far are summarized and written.
		st.grouped = true
		var read atomic.Int64 // set on the goroutine that reads
		taken := func(n int) {
			read.Store(int64(n))
			progress(n)
		}
		err = record.StreamGroups(ctx, c.a, untilStop(r.all(), c.stop, taken), c.group, emit, opts...)
		st.read = int(read.Load())
	} else {
		err = record.Stream(ctx, c.a, r.all(), emit, append(opts, vntext.StreamStop(c.stop))...)
	}
	if err == nil {
		err = acc.bw.Flush()
	}
	acc.settle()
	st.writeErr = err
	select {
	case <-c.stop:
		st.interrupted = true
	default:
	}
	st.readErr = r.error()
	st.warc = r.warcSeen()
	st.skipped = int(r.skipped.Load())
	st.blank = int(r.blank.Load())
	if st.last == nil {
		st.last = r.skippedLast()
	}
	st.elapsed = time.Since(start)
	return st
}

// accounting counts a record as written once the writer has accepted its
// last byte: each record's end offset in the buffered stream is compared
// with the bytes the writer took, so after a failed write (a full disk)
// the counts are of what reached the output, not of what was buffered.
type accounting struct {
	st      *batchStats
	cw      *countWriter
	bw      *bufio.Writer
	pending []pendingRecord // records whose bytes may still be in bw
	handed  int             // records handed to bw
}

type pendingRecord struct {
	end    int64
	failed bool
	docs   int // the records in a group summary
	in     record.Input
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func newAccounting(w io.Writer, st *batchStats) *accounting {
	cw := &countWriter{w: w}
	return &accounting{st: st, cw: cw, bw: bufio.NewWriterSize(cw, 256<<10)}
}

func (a *accounting) wrote(in record.Input, failed bool, docs int) {
	in.Data = nil
	a.pending = append(a.pending, pendingRecord{a.cw.n + int64(a.bw.Buffered()), failed, docs, in})
	a.handed++
	a.settle()
}

// settle counts the pending records that have reached the writer.
func (a *accounting) settle() {
	i := 0
	for ; i < len(a.pending) && a.pending[i].end <= a.cw.n; i++ {
		p := &a.pending[i]
		a.st.written++
		if p.failed {
			a.st.failed++
		}
		a.st.inGroups += p.docs
		in := p.in
		a.st.last = &in
	}
	if i > 0 {
		a.pending = append(a.pending[:0], a.pending[i:]...)
	}
}

// untilStop yields the records of in until in ends or stop is closed,
// calling taken with the count after each. in is read on a goroutine of
// its own, so a stop is seen while a read blocks (standard input); that
// goroutine then stays blocked until the read returns or the process ends.
func untilStop(in iter.Seq[record.Input], stop <-chan struct{}, taken func(n int)) iter.Seq[record.Input] {
	return func(yield func(record.Input) bool) {
		recs := make(chan record.Input)
		quit := make(chan struct{})
		defer close(quit)
		go func() {
			defer close(recs)
			for rec := range in {
				select {
				case recs <- rec:
				case <-quit:
					return
				}
			}
		}()
		for n := 1; ; n++ {
			select {
			case <-stop: // checked first: a closed stop takes nothing more
				return
			default:
			}
			select {
			case rec, ok := <-recs:
				if !ok {
					return
				}
				taken(n)
				if !yield(rec) {
					return
				}
			case <-stop:
				return
			}
		}
	}
}
