package pipeline

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"iter"
	"reflect"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/archive"
	"github.com/vntext/vntext/record"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*groupDoc)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*placed)(nil)).Elem())
	register.DoFn4x1[context.Context, inputFile, func(string, groupDoc), func(int, placed), error](&groupReadFn{})
	register.DoFn4x1[context.Context, string, func(*groupDoc) bool, func(int, placed), error](&summarizeFn{})
	register.DoFn4x1[context.Context, int, func(*placed) bool, func(string), error](&writePlacedFn{})
	register.Emitter2[string, groupDoc]()
	register.Emitter2[int, placed]()
	register.Iter1[groupDoc]()
	register.Iter1[placed]()
}

// groupDoc is one record of a group on its way to the group's worker: its
// place in the input (File, the index of its file; Seq, its rank there)
// and what a group summary reads of it.
type groupDoc struct {
	File, Seq       int
	Path            string // record.Input's File, Line and ID: an error record's position
	Line            int
	InputID         string
	ID, Title, Text string
}

// placed is one output record in its place: its file's index is its key,
// Seq its rank there (the rank of a group's first record); Seq -1 marks
// only that the file exists, so that its shard is written even when empty.
type placed struct {
	Seq   int
	Total int
	Line  []byte
}

// analyzeGroups is Analyze with o.Group.Field: vntext batch --group-by. The
// records of every file are keyed by their group (a GroupByKey across the
// archive), each group's records are put back in input order and
// summarized MaxDocs at a time, and each output goes to the shard of the
// file of its first record, in the order of first records: the shards read
// in order are what vntext batch writes on the files in path order.
func analyzeGroups(s beam.Scope, o Options, files beam.PCollection) beam.PCollection {
	g := o.Group
	if g.MaxDocs == 0 {
		g.MaxDocs = record.DefaultMaxGroup
	}
	if g.MaxBytes == 0 {
		g.MaxBytes = record.DefaultGroupBytes
	}
	keyed, errs := beam.ParDo2(s, &groupReadFn{Field: o.Group.Field, MaxRecordBytes: o.MaxRecordBytes}, files)
	sums := beam.ParDo(s, &summarizeFn{Analysis: analysisOf(o), Grouping: g}, beam.GroupByKey(s, keyed))
	return beam.ParDo(s, &writePlacedFn{Output: o.Output}, beam.GroupByKey(s, beam.Flatten(s, errs, sums)))
}

// groupReadFn reads the records of one file and keys each by its group; a
// record that cannot be grouped becomes its error record in place.
type groupReadFn struct {
	Field          string
	MaxRecordBytes int64

	pages *archive.Pages
	m     *docMetrics
}

func (f *groupReadFn) Setup() (err error) {
	f.m = newDocMetrics()
	f.pages, err = archive.NewPages(maxRecord(f.MaxRecordBytes))
	return err
}

func (f *groupReadFn) ProcessElement(ctx context.Context, file inputFile, emit func(string, groupDoc), place func(int, placed)) error {
	place(file.Index, placed{Seq: -1, Total: file.Total})
	r, err := open(ctx, file.Path)
	if err != nil {
		return err
	}
	defer r.Close()
	records, done := inputs(r, file, f.pages, maxRecord(f.MaxRecordBytes))
	seq := 0
	for in := range records {
		f.m.records.Inc(ctx, 1)
		doc, group, bad := record.ParseGroup(in.Prepared(), f.Field)
		if bad != nil {
			f.m.errors.Inc(ctx, 1)
			var b bytes.Buffer
			if _, err := bad.WriteTo(&b); err != nil {
				return err
			}
			place(file.Index, placed{Seq: seq, Total: file.Total, Line: b.Bytes()})
		} else {
			emit(group, groupDoc{File: file.Index, Seq: seq, Path: in.File, Line: in.Line, InputID: in.ID,
				ID: doc.ID, Title: doc.Title, Text: doc.Text})
		}
		seq++
	}
	stats, err := done()
	f.m.addWARC(ctx, stats)
	return err
}

// summarizeFn summarizes the records of one group, in input order, at
// most MaxDocs at a time; a group whose text passes MaxBytes is cut there
// too. Each summary starts where its first record stands.
type summarizeFn struct {
	Analysis analysis
	Grouping record.Grouping

	groups beam.Counter
}

func (f *summarizeFn) Setup() error {
	f.groups = beam.NewCounter(Namespace, MetricGroups)
	return f.Analysis.setup()
}

func (f *summarizeFn) ProcessElement(ctx context.Context, group string, recs func(*groupDoc) bool, emit func(int, placed)) error {
	var all []groupDoc
	var d groupDoc
	for recs(&d) {
		all = append(all, d)
	}
	slices.SortFunc(all, func(a, b groupDoc) int { return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Seq, b.Seq)) })
	for part := range splitGroup(all, f.Grouping) {
		docs := make([]vntext.Doc, len(part))
		for i, d := range part {
			docs[i] = vntext.Doc{ID: d.ID, Title: d.Title, Text: d.Text}
		}
		first := record.Input{File: part[0].Path, Line: part[0].Line, ID: part[0].InputID}
		out := record.SummarizeGroup(ctx, f.Analysis.a, group, first, docs)
		if out.Err != nil {
			f.Analysis.m.errors.Inc(ctx, 1)
		} else {
			f.groups.Inc(ctx, 1)
		}
		var b bytes.Buffer
		if _, err := out.WriteTo(&b); err != nil {
			return err
		}
		emit(part[0].File, placed{Seq: part[0].Seq, Total: -1, Line: b.Bytes()})
	}
	return nil
}

// writePlacedFn writes the shard of one file: its outputs in order.
type writePlacedFn struct {
	Output string
}

func (f *writePlacedFn) ProcessElement(ctx context.Context, file int, outs func(*placed) bool, emit func(string)) error {
	var all []placed
	total := -1
	var p placed
	for outs(&p) {
		if p.Seq < 0 {
			total = p.Total
			continue
		}
		all = append(all, p)
	}
	if total < 0 {
		return fmt.Errorf("vntext: outputs for input file %d, which was not read", file)
	}
	slices.SortFunc(all, func(a, b placed) int { return cmp.Compare(a.Seq, b.Seq) })
	name := ShardName(f.Output, file, total)
	return writeShard(ctx, name, emit, func(w io.Writer) error {
		for _, p := range all {
			if _, err := w.Write(p.Line); err != nil {
				return err
			}
		}
		return nil
	})
}

// splitGroup cuts a group's records, in input order, into the parts one
// summary takes: a part ends at g.MaxDocs records, or at the record that
// takes its text past g.MaxBytes (counted as record.StreamGroups counts it).
func splitGroup(all []groupDoc, g record.Grouping) iter.Seq[[]groupDoc] {
	return func(yield func([]groupDoc) bool) {
		for len(all) > 0 {
			n, size := 0, int64(0)
			for n < len(all) && n < g.MaxDocs && size <= g.MaxBytes {
				size += int64(len(all[n].Text) + len(all[n].Title) + len(all[n].ID))
				n++
			}
			if !yield(all[:n]) {
				return
			}
			all = all[n:]
		}
	}
}
