// Command vntext-beam runs vntext batch on Apache Beam, for archives beyond
// one machine, and counts names across an archive:
//
//	vntext-beam --input='in/*.jsonl.gz' --output=out/part [--tasks LIST] [batch flags] [Beam flags]
//	vntext-beam aggregate --input='in/*.jsonl.gz' --output=counts.csv [--format csv|jsonl] [flags] [Beam flags]
//
// The first writes one shard of output records per input file (package
// pipeline: each shard equals vntext batch's output for its file); the
// second counts officials, administrative units and programmes per month
// and province. With no --runner both run in this process on Beam's prism
// runner; docs/SCALE.md gives the commands for Dataflow, Flink and Spark.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/beam/pipeline"
	"github.com/vntext/vntext/config"
	"github.com/vntext/vntext/record"
)

// patterns is a repeatable flag of file patterns; commas separate several.
type patterns []string

func (p *patterns) String() string { return strings.Join(*p, ",") }

func (p *patterns) Set(s string) error {
	for f := range strings.SplitSeq(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			*p = append(*p, f)
		}
	}
	return nil
}

const usage = `usage: vntext-beam [--input PATTERN]... --output PREFIX [--tasks LIST] [--workers N] [--max-record-bytes N] [--quiet] [flags] [Beam flags]
       vntext-beam [--input PATTERN]... --output PREFIX --group-by FIELD [--max-group N] [--group-bytes N] [flags] [Beam flags]
       vntext-beam aggregate [--input PATTERN]... --output FILE [--format jsonl|csv] [flags] [Beam flags]
PATTERN: files of any Beam filesystem (local, gs://, s3://), globs allowed: JSONL files of {"id"?, "title"?, "text"}
or {"id"?, "url"?, "html"} (.gz too), .txt articles, HTML pages (.html, .htm), web archives (.warc, .warc.gz). Shard i of n (PREFIX-0000i-of-0000n.jsonl) holds the records of the i-th file in path order,
as vntext batch writes them. Without --runner the pipeline runs here on prism.`

func main() {
	// A worker started by a runner gets Beam's own flags: beam.Init runs
	// it and never returns.
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	aggregate := len(args) > 0 && args[0] == "aggregate"
	if aggregate {
		args = args[1:]
	}
	name := "vntext-beam"
	if aggregate {
		name += " aggregate"
	}
	fs := flag.CommandLine // Beam registers its runner flags there
	var inputs patterns
	fs.Var(&inputs, "input", "input files (a glob; repeat the flag or separate with commas for more)")
	output := fs.String("output", "", "output: the shards' prefix, or for aggregate the file")
	format := fs.String("format", "", "aggregate's output format: jsonl or csv (default: csv for a .csv output, else jsonl)")
	workers := fs.Int("workers", 0, "records of a file processed in parallel on a worker (0: one per core of the worker)")
	var bf config.Batch
	bf.Register(fs)
	groupBy := fs.String("group-by", "", "summarize groups instead of records, as vntext batch --group-by: the records whose member FIELD has the same value, across all inputs, tell one story, and each group becomes one group-summary record in the shard of its first record's file")
	maxGroup := fs.Int("max-group", record.DefaultMaxGroup, "with --group-by: the most records one group summary takes; a group's later records start another one under the same group name")
	groupBytes := config.ByteSize(record.DefaultGroupBytes)
	fs.Var(&groupBytes, "group-bytes", "with --group-by: the text of one group summary's records (one worker holds a group whole); past it, the group's later records start another group summary")
	var pf config.Flags
	pf.Register(fs, config.AllFlags)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if r := strings.ToLower(*runners.Runner); r == "" || strings.HasPrefix(r, "prism") {
		// prism's progress lines say nothing to a user of a local run.
		beamlog.LogLevel = "warn"
	}
	beam.Init()

	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "%s: "+format+"\n", append([]any{name}, a...)...)
		return 2
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q: name inputs with --input (%s)", fs.Arg(0), strings.SplitN(usage, "\n", 2)[0])
	}
	if len(inputs) == 0 || *output == "" {
		return usageErr("--input and --output are required")
	}
	if *workers < 0 {
		return usageErr("--workers must be ≥ 0")
	}
	if bf.MaxRecordBytes < 1 {
		return usageErr("--max-record-bytes must be ≥ 1")
	}
	tasks, err := vntext.ParseTasks(bf.Tasks)
	if err != nil {
		return usageErr("--tasks: %v", err)
	}
	if *groupBy != "" {
		if aggregate {
			return usageErr("--group-by does not apply: aggregate counts names record by record")
		}
		if config.Given(fs, "tasks") {
			return usageErr("--group-by writes group summaries: --tasks does not apply")
		}
		if *maxGroup < 1 || groupBytes < 1 {
			return usageErr("--max-group and --group-bytes must be ≥ 1")
		}
	} else if config.Given(fs, "max-group") || config.Given(fs, "group-bytes") {
		return usageErr("--max-group and --group-bytes need --group-by")
	}
	if aggregate {
		if config.Given(fs, "tasks") {
			return usageErr("aggregate counts entities and officials: --tasks does not apply")
		}
		tasks = pipeline.AggregateTasks
	}
	if err := pf.Check(tasks); err != nil {
		return usageErr("%v", err)
	}
	ctx := context.Background()
	// The word lists and the model are read here, from any Beam
	// filesystem, and travel with the pipeline to the workers.
	cfg, err := pf.Load(func(path string) ([]byte, error) { return readFile(ctx, path) })
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return 1
	}
	o := pipeline.Options{Inputs: inputs, Output: *output, Tasks: tasks, Config: cfg, Workers: *workers, MaxRecordBytes: int64(bf.MaxRecordBytes),
		Group: record.Grouping{Field: *groupBy, MaxDocs: *maxGroup, MaxBytes: int64(groupBytes)}}

	p, s := beam.NewPipelineWithRoot()
	if aggregate {
		f, err := pipeline.ParseFormat(*format, *output)
		if err != nil {
			return usageErr("%v", err)
		}
		err = pipeline.Aggregate(s, o, f)
	} else {
		_, err = pipeline.Analyze(s, o)
	}
	if err != nil {
		return usageErr("%v", err)
	}
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return 1
	}
	return report(stderr, name, res, time.Since(start), bf.Quiet, aggregate, *groupBy != "")
}

// report writes the closing line, as vntext batch does, and returns the
// exit status: 1 when records failed.
func report(stderr io.Writer, name string, res beam.PipelineResult, elapsed time.Duration, quiet, aggregate, grouped bool) int {
	if res == nil {
		return 0 // an asynchronous run (--async): the runner reports
	}
	q := res.Metrics().AllMetrics()
	count := func(metric string) int64 {
		for _, c := range q.Counters() {
			if c.Namespace() == pipeline.Namespace && c.Name() == metric {
				return c.Result()
			}
		}
		return 0
	}
	records, failed := count(pipeline.MetricRecords), count(pipeline.MetricErrors)
	code := 0
	if failed > 0 {
		what := `see their "error" field`
		if aggregate {
			what = "not counted"
		}
		fmt.Fprintf(stderr, "%s: %d of %d records failed (%s)\n", name, failed, records, what)
		code = 1
	}
	rate := float64(records) / max(elapsed.Seconds(), 1e-9)
	if !quiet && grouped {
		fmt.Fprintf(stderr, "%s: %d group summaries and %d error records written from %d records in %.1fs (%.0f records/s)\n",
			name, count(pipeline.MetricGroups), failed, records, elapsed.Seconds(), rate)
	} else if !quiet {
		fmt.Fprintf(stderr, "%s: %d records, %d failed, %d syllables in %.1fs (%.0f records/s)%s\n", name, records, failed,
			count(pipeline.MetricSyllables), elapsed.Seconds(), rate, entityCounts(q))
	}
	return code
}

// entityCounts lists the entity counters: "; entities: LOCATION 12, ...".
func entityCounts(q metrics.QueryResults) string {
	var parts []string
	for _, c := range q.Counters() {
		if t, ok := strings.CutPrefix(c.Name(), "entities_"); ok && c.Namespace() == pipeline.Namespace {
			parts = append(parts, fmt.Sprintf("%s %d", t, c.Result()))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	slices.Sort(parts)
	return "; entities: " + strings.Join(parts, ", ")
}

// readFile reads a file of any Beam filesystem.
func readFile(ctx context.Context, path string) ([]byte, error) {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}
