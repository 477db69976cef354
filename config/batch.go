package config

import (
	"flag"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/record"
)

// DefaultBatchTasks are what a batch run (vntext batch, /v1/batch,
// vntext-beam) computes unless told otherwise: what an archive is processed
// for (officials included, about 5% of the time of entities), not the
// per-word lists.
const DefaultBatchTasks = vntext.TaskSegmented | vntext.TaskEntities | vntext.TaskOfficials | vntext.TaskSummary | vntext.TaskPage

// TasksHelp is the help of --tasks, on every command that has it.
const TasksHelp = "what to compute: normalize, sentences, words, segmented (alias segment), entities, officials, summary (alias summarize), keywords, page, all"

// Batch are the flags of the batch commands (vntext batch, vntext-beam)
// besides the pipeline flags and --workers, whose default differs.
type Batch struct {
	Tasks          string
	MaxRecordBytes ByteSize
	Quiet          bool
}

// Register adds the flags to fs with their defaults.
func (b *Batch) Register(fs *flag.FlagSet) {
	fs.StringVar(&b.Tasks, "tasks", DefaultBatchTasks.String(), TasksHelp+"; each record's \"tasks\" names what was computed (the lists of the others are empty)")
	b.MaxRecordBytes = record.DefaultMaxBytes
	fs.Var(&b.MaxRecordBytes, "max-record-bytes", "longest record (8MiB, 64MiB, ...); longer ones become error records without being read into memory")
	fs.BoolVar(&b.Quiet, "quiet", false, "no progress bar and no closing summary on standard error")
}

// ByteSize is a flag of a number of bytes: 1048576, 64MiB, 8MB, 512k.
type ByteSize int64

func (b *ByteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

// Set reads a number of bytes with an optional unit (B, KiB, MiB, GiB;
// KB, MB, GB and K, M, G are the same binary units).
func (b *ByteSize) Set(s string) error {
	units := []struct {
		suffix string
		mult   int64
	}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"gb", 1 << 30}, {"mb", 1 << 20}, {"kb", 1 << 10}, {"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1}}
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64/mult {
		return fmt.Errorf("not a size: %q (want bytes, or a number with KiB, MiB or GiB)", s)
	}
	*b = ByteSize(n * mult)
	return nil
}
