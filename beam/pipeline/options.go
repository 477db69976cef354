package pipeline

import (
	"errors"
	"runtime"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/config"
	"github.com/vntext/vntext/record"
)

// Options are one run's settings: those of vntext batch, and where the
// files are.
type Options struct {
	// Inputs are file patterns (filesystem globs: "gs://b/2024/*.jsonl.gz").
	Inputs []string
	// Output is the prefix of the shards: shard i of n is
	// Output-0000i-of-0000n.jsonl (a ".jsonl" ending of Output is not
	// repeated). Shard i holds the records of the i-th input file in
	// path order.
	Output string
	// Tasks and Config configure the Analyzer as vntext batch's --tasks and
	// pipeline flags do.
	Tasks  vntext.Task
	Config config.Config
	// Workers is how many records of a file are analysed at once (0:
	// GOMAXPROCS of the worker).
	Workers int
	// MaxRecordBytes is the longest record (0: record.DefaultMaxBytes);
	// longer ones become error records without being read into memory.
	MaxRecordBytes int64
	// Group, with a Field, makes group summaries instead of records, as
	// vntext batch --group-by does (record.StreamGroups): the shards read
	// in order are batch's output on the files in path order.
	Group record.Grouping
}

func (o Options) check() error {
	if len(o.Inputs) == 0 {
		return errors.New("no input pattern")
	}
	for _, in := range o.Inputs {
		if in == "" {
			return errors.New("empty input pattern")
		}
	}
	if o.Output == "" {
		return errors.New("no output prefix")
	}
	if o.Workers < 0 {
		return errors.New("--workers must be ≥ 0")
	}
	if o.MaxRecordBytes < 0 {
		return errors.New("--max-record-bytes must be ≥ 1")
	}
	if o.Group.MaxDocs < 0 || o.Group.MaxBytes < 0 {
		return errors.New("--max-group and --group-bytes must be ≥ 1")
	}
	opts, err := o.Config.Options(o.Tasks)
	if err != nil {
		return err
	}
	_, err = vntext.New(opts...) // a bad option fails here, not on every worker
	return err
}

// workers is the number of records analysed at once.
func workers(n int) int {
	if n > 0 {
		return n
	}
	return runtime.GOMAXPROCS(0)
}

// maxRecord is the record length limit.
func maxRecord(n int64) int64 {
	if n > 0 {
		return n
	}
	return record.DefaultMaxBytes
}

// inFlight bounds the input bytes held by the records in flight, as vntext
// batch does: 16 MiB, or one record of the longest length.
func inFlight(maxRecord int64) int64 { return max(16<<20, maxRecord) }
