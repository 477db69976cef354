package pipeline

import (
	"context"
	"io"
	"iter"
	"slices"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/archive"
	"github.com/vntext/vntext/config"
	"github.com/vntext/vntext/record"
	"github.com/vntext/vntext/tokenize"
)

func init() {
	register.DoFn3x1[context.Context, inputFile, func(string), error](&analyzeFn{})
	register.Emitter1[string]()
	register.Function3x0[int, func(*string) bool, func(string)](sortNames)
	register.Iter1[string]()
}

// Analyze adds to s the pipeline of vntext batch: every input file becomes
// one output shard (ShardName) holding its output records in input order
// (with o.Group.Field, the group summaries whose first record it holds).
// It returns the names of the shards written.
func Analyze(s beam.Scope, o Options) (beam.PCollection, error) {
	if err := o.check(); err != nil {
		return beam.PCollection{}, err
	}
	s = s.Scope("vntext.Analyze")
	files := matchInputs(s, o.Inputs)
	var names beam.PCollection
	if o.Group.Field != "" {
		names = analyzeGroups(s, o, files)
	} else {
		names = beam.ParDo(s, &analyzeFn{Analysis: analysisOf(o), Output: o.Output}, files)
	}
	// The names are gathered in order, after a shuffle: that also keeps
	// prism (2.78) from spinning a core for as long as a file is analysed,
	// as the progress loop of a stage whose outputs nobody reads selects on
	// a closed channel until the bundle ends (a Reshuffle, which prism
	// elides, does not help).
	return beam.ParDo(s, sortNames, beam.GroupByKey(s, beam.AddFixedKey(s, names))), nil
}

// sortNames emits the shard names in order.
func sortNames(_ int, names func(*string) bool, emit func(string)) {
	var all []string
	var n string
	for names(&n) {
		all = append(all, n)
	}
	slices.Sort(all)
	for _, n := range all {
		emit(n)
	}
}

// analysis is what a worker needs to analyse records: a DoFn carries it to
// the workers (its fields are exported for that).
type analysis struct {
	Tasks          vntext.Task
	Config         config.Config
	Workers        int
	MaxRecordBytes int64

	a     *vntext.Analyzer
	pages *archive.Pages // HTML pages and web archives into records
	m     *docMetrics
	words sync.Pool // *[]tokenize.Token, to count syllables
	month bool      // read each record's month (Aggregate)
}

func analysisOf(o Options) analysis {
	return analysis{Tasks: o.Tasks, Config: o.Config, Workers: o.Workers, MaxRecordBytes: o.MaxRecordBytes}
}

// setup builds the Analyzer, once per DoFn instance.
func (an *analysis) setup() error {
	opts, err := an.Config.Options(an.Tasks)
	if err != nil {
		return err
	}
	if an.a, err = vntext.New(opts...); err != nil {
		return err
	}
	an.m = newDocMetrics()
	an.pages, err = archive.NewPages(maxRecord(an.MaxRecordBytes))
	return err
}

// analyzed is one record's output, with what the metrics need.
type analyzed struct {
	in        record.Input // its position; Data is nil
	out       record.Output
	took      time.Duration
	syllables int
	month     string // the record's month, when analysis.month
}

// run analyses the records of one file on the workers, as vntext batch
// does (vntext.Stream and record.Process, with the same bounds), and calls
// emit with each in input order on the calling goroutine, where Beam's
// metrics may be updated.
func (an *analysis) run(ctx context.Context, in iter.Seq[record.Input], emit func(analyzed) error) error {
	limit := maxRecord(an.MaxRecordBytes)
	return vntext.Stream(ctx, in, record.Size, func(ctx context.Context, in record.Input) analyzed {
		start := time.Now()
		in = in.Prepared() // a page's article is extracted here, on the worker
		pos := in
		pos.Data = nil
		var month string
		if an.month {
			month = monthOf(in)
		}
		d := analyzed{in: pos, out: record.Process(ctx, an.a, in), month: month}
		d.took = time.Since(start)
		if d.out.Err == nil {
			d.syllables = an.countSyllables(d.out.Result().Text)
		}
		return d
	}, func(d analyzed) error {
		an.m.add(ctx, d)
		return emit(d)
	}, vntext.StreamWorkers(workers(an.Workers)), vntext.StreamMaxBytes(inFlight(limit)))
}

// countSyllables counts the syllable tokens of text.
func (an *analysis) countSyllables(text string) int {
	buf, _ := an.words.Get().(*[]tokenize.Token)
	if buf == nil {
		buf = new([]tokenize.Token)
	}
	*buf = an.a.Tokenizer().AppendTokens((*buf)[:0], text)
	n := 0
	for _, t := range *buf {
		if t.Kind == tokenize.Syllable {
			n++
		}
	}
	an.words.Put(buf)
	return n
}

// readFile analyses the records of file f.
func (an *analysis) readFile(ctx context.Context, f inputFile, emit func(analyzed) error) error {
	r, err := open(ctx, f.Path)
	if err != nil {
		return err
	}
	defer r.Close()
	records, done := inputs(r, f, an.pages, maxRecord(an.MaxRecordBytes))
	err = an.run(ctx, records, emit)
	stats, readErr := done()
	an.m.addWARC(ctx, stats)
	if err != nil {
		return err
	}
	return readErr
}

// analyzeFn writes the output shard of one input file.
type analyzeFn struct {
	Analysis analysis
	Output   string
}

func (f *analyzeFn) Setup() error { return f.Analysis.setup() }

func (f *analyzeFn) ProcessElement(ctx context.Context, in inputFile, emit func(string)) error {
	name := ShardName(f.Output, in.Index, in.Total)
	return writeShard(ctx, name, emit, func(w io.Writer) error {
		return f.Analysis.readFile(ctx, in, func(d analyzed) error {
			_, err := d.out.WriteTo(w)
			return err
		})
	})
}
