package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/htmlpage"
)

// runBatch processes a JSONL archive (or directories of .txt articles) and
// writes one JSONL record per input record, in input order.
func runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	tasksFlag := fs.String("tasks", "segment,entities,summary,page", "what to add: normalize, sentences, segment, entities, officials, summary, keywords, page, all")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "records processed in parallel")
	sentences := fs.Int("sentences", 3, "summary length in sentences")
	maxSyllables := fs.Int("max-syllables", 0, "summary budget in syllables (0: none)")
	outPath := fs.String("o", "", "output file (default standard output)")
	resume := fs.Bool("resume", false, "skip records whose id is already in -o OUT and append to it")
	quiet := fs.Bool("quiet", false, "no progress bar and no closing summary on standard error")
	const usage = "usage: vntext batch [--tasks LIST] [--workers N] [--sentences N] [--max-syllables N] [-o OUT] [--resume] [--quiet] [IN...]\n" +
		`IN: JSONL files of {"id"?, "title"?, "text"} or {"id"?, "url"?, "html"} (.gz too), .txt articles, HTML pages (.html, .htm),` + "\n" +
		`web archives (.warc, .warc.gz), directories of those, or - for standard input (the default).`
	if code, ok := parseFlags(fs, args, usage, stderr); !ok {
		return code
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "vntext batch: "+format+"\n", a...)
		return 2
	}
	tasks, err := vntext.ParseTasks(*tasksFlag)
	if err != nil {
		return usageErr("%v", err)
	}
	if *workers < 1 {
		return usageErr("--workers must be ≥ 1")
	}
	if *resume && *outPath == "" {
		return usageErr("--resume needs -o OUT")
	}
	sumOpts, err := summaryOptions(*sentences, *maxSyllables)
	if err != nil {
		return usageErr("%v", err)
	}
	a, err := vntext.New(vntext.WithTasks(tasks), vntext.WithSummaryOptions(sumOpts...))
	if err != nil {
		return usageErr("%v", err)
	}
	sources, err := batchSources(fs.Args(), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "vntext batch: %v\n", err)
		return 1
	}

	pages, err := htmlpage.New()
	if err != nil {
		return usageErr("%v", err)
	}
	p := &batchProcessor{a: a, tasks: tasks, pages: pages}
	out := stdout
	if *outPath != "" {
		f, done, err := openBatchOutput(*outPath, *resume)
		if err != nil {
			fmt.Fprintf(stderr, "vntext batch: %v\n", err)
			return 1
		}
		defer f.Close()
		p.done = done
		out = f
	}

	// The first Ctrl-C stops reading and lets the records in flight finish;
	// a second one kills the process as usual.
	ctx, stopSignals := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stopSignals()
	go func() {
		<-ctx.Done()
		stopSignals()
	}()

	bar := newBatchProgress(stderr, sources, *quiet)
	st := batchRun(ctx, p, sources, *workers, out, bar.update)
	bar.finish()
	if f, ok := out.(*os.File); ok && out != stdout {
		// On disk before we say so; /dev/null and pipes cannot sync.
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			if err := f.Sync(); err != nil && st.writeErr == nil {
				st.writeErr = err
			}
		}
	}
	return batchReport(stderr, st, *outPath, *quiet)
}

// batchReport writes the closing lines on standard error and returns the
// exit status: 0 when every record succeeded, 1 otherwise.
func batchReport(stderr io.Writer, st batchStats, outPath string, quiet bool) int {
	code := 0
	if st.readErr != nil {
		fmt.Fprintf(stderr, "vntext batch: reading input: %v\n", st.readErr)
		code = 1
	}
	if st.writeErr != nil {
		fmt.Fprintf(stderr, "vntext batch: writing output: %v\n", st.writeErr)
		code = 1
	}
	if st.failed > 0 {
		fmt.Fprintf(stderr, "vntext batch: %d of %d records failed (see their \"error\" field)\n", st.failed, st.written)
		code = 1
	}
	if st.interrupted {
		where := "before the first record"
		if st.last != nil {
			where = "after " + describeItem(st.last)
		}
		fmt.Fprintf(stderr, "vntext batch: interrupted: %d records written, stopped %s\n", st.written, where)
		if outPath != "" {
			fmt.Fprintf(stderr, "vntext batch: to go on, run the same command with --resume -o %s\n", outPath)
		}
		code = 1
	}
	if !quiet && st.warc.files > 0 {
		fmt.Fprintf(stderr, "vntext batch: %s\n", st.warc)
	}
	if !quiet {
		rate := float64(st.written+st.skipped) / max(st.elapsed.Seconds(), 1e-9)
		fmt.Fprintf(stderr, "vntext batch: %d records written, %d failed, %d skipped in %.1fs (%.0f records/s)\n",
			st.written, st.failed, st.skipped, st.elapsed.Seconds(), rate)
	}
	return code
}

func describeItem(it *batchItem) string {
	switch {
	case it.txt:
		return "file " + it.file
	case it.file == "":
		return fmt.Sprintf("line %d of standard input", it.line)
	default:
		return fmt.Sprintf("line %d of %s", it.line, it.file)
	}
}
