package record

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"

	"github.com/vntext/vntext"
)

// Grouping configures StreamGroups.
type Grouping struct {
	// Field names the member whose value, a string or a number, names a
	// record's group ("story", "cluster"; "id" and "title" work too).
	Field string
	// MaxDocs is the most records one group summary takes (0:
	// DefaultMaxGroup). The group's later records start a new group
	// summary, under the same group name.
	MaxDocs int
	// MaxBytes bounds what groups still open hold: their records' text,
	// title and id, and an estimate of the summaries that wait for them
	// to be written (0: DefaultGroupBytes). Past it, the group open
	// longest is summarized with the records it has, and its later
	// records start a new group summary.
	MaxBytes int64
}

// Defaults of Grouping. A news story told by a hundred outlets is a rare
// one; 256 MiB holds about 50,000 news articles waiting for their group
// to end.
const (
	DefaultMaxGroup   = 100
	DefaultGroupBytes = 256 << 20
)

// groupItem is one output to come, in first-appearance order (seq): the
// summary of a group's records, or an error record.
type groupItem struct {
	seq   int
	key   string
	docs  []vntext.Doc // let go by the worker that summarizes them
	ndocs int
	first Input // the position of the group's first record, or of the failed record
	bytes int64 // the records' text, title and id
	open  bool
	// waiting: closed behind a group still open, its output's estimated
	// size (outputEstimate) counted in grouper.waiting.
	waiting bool
	out     Output // an error record (set when the item is made)
}

// outputEstimate is about how many bytes the output of a group of n
// records holds while it waits for an earlier group: a few sentences and
// their echoes.
func outputEstimate(n int) int64 { return 1024 + 256*int64(n) }

// grouper gathers records into groups and closes them, in the order of
// their first records, within the bounds of a Grouping.
type grouper struct {
	g       Grouping
	seq     int
	open    map[string]*groupItem
	queue   []*groupItem // not yet closed, or closed behind one that is not: seq order
	held    int64        // bytes of the open groups
	waiting int64        // estimated bytes of the closed items behind an open group
	closed  []*groupItem // closed since the caller last took them
}

func (gr *grouper) add(in Input) {
	doc, key, bad := ParseGroup(in, gr.g.Field)
	in.Data, in.Prepare = nil, nil
	if bad != nil {
		it := &groupItem{seq: gr.seq, first: in, out: *bad}
		gr.seq++
		gr.queue = append(gr.queue, it)
		gr.close(it)
		return
	}
	it := gr.open[key]
	if it == nil {
		it = &groupItem{seq: gr.seq, key: key, first: in, open: true}
		gr.seq++
		gr.open[key] = it
		gr.queue = append(gr.queue, it)
	}
	it.docs = append(it.docs, doc)
	it.ndocs++
	n := int64(len(doc.Text) + len(doc.Title) + len(doc.ID))
	it.bytes += n
	gr.held += n
	if it.ndocs >= gr.g.MaxDocs {
		gr.close(it)
	}
	for gr.held+gr.waiting > gr.g.MaxBytes && len(gr.queue) > 0 {
		gr.close(gr.queue[0]) // the front is open: closed items leave it
	}
}

// close ends an item: it joins gr.closed, and the closed items at the
// front of the queue, which no open group holds back any more, leave it.
func (gr *grouper) close(it *groupItem) {
	if it.open {
		it.open = false
		delete(gr.open, it.key)
		gr.held -= it.bytes
	}
	if it != gr.queue[0] {
		it.waiting = true
		gr.waiting += outputEstimate(it.ndocs)
	}
	// From here on a worker owns it: only what does not change is read.
	gr.closed = append(gr.closed, it)
	i := 0
	for ; i < len(gr.queue) && !gr.queue[i].open; i++ {
		if x := gr.queue[i]; x.waiting {
			gr.waiting -= outputEstimate(x.ndocs)
		}
	}
	gr.queue = gr.queue[i:]
	if len(gr.queue) == 0 {
		gr.queue = nil // let the old array go
	}
}

// closeAll ends every open group, in first-appearance order.
func (gr *grouper) closeAll() {
	for len(gr.queue) > 0 {
		gr.close(gr.queue[0])
	}
}

// StreamGroups summarizes groups of records: the records whose member
// g.Field has the same value tell one story, and each group becomes one
// group summary (vntext.Analyzer.SummarizeGroup, under a's summary
// options), emitted in the order of the groups' first records. A record
// that cannot be read, or has no such member (or a null one), becomes an error record in
// its own place in that order.
//
// A group is complete when in ends, so the records of open groups are held
// in memory: at most g.MaxDocs records per group summary and g.MaxBytes
// for all open groups. Past either bound a group is summarized with the
// records it has, and its later records start a new group summary with
// the same group name: nothing is lost, and the input decides the split,
// so the output is the same at every run. Groups are summarized on
// several workers (opts are those of vntext.Stream). To stop gently, end
// in: the groups read so far are summarized and emitted. vntext.StreamStop
// and the end of ctx stop at once, and the groups not yet emitted are
// dropped.
//
// emit gets each output with the position of its first record.
func StreamGroups(ctx context.Context, a *vntext.Analyzer, in iter.Seq[Input], g Grouping, emit func(Input, Output) error, opts ...vntext.StreamOption) error {
	if g.Field == "" {
		return errors.New("record: no field to group by")
	}
	if g.MaxDocs < 0 || g.MaxBytes < 0 {
		return errors.New("record: group bounds must be ≥ 0")
	}
	if g.MaxDocs == 0 {
		g.MaxDocs = DefaultMaxGroup
	}
	if g.MaxBytes == 0 {
		g.MaxBytes = DefaultGroupBytes
	}
	if in == nil || emit == nil {
		return errors.New("record: StreamGroups needs its input and an emit function")
	}
	gr := &grouper{g: g, open: map[string]*groupItem{}}
	items := func(yield func(*groupItem) bool) {
		flush := func() bool {
			for len(gr.closed) > 0 {
				it := gr.closed[0]
				gr.closed = gr.closed[1:]
				if !yield(it) {
					return false
				}
			}
			gr.closed = nil
			return true
		}
		for rec := range in {
			gr.add(rec)
			if !flush() {
				return
			}
		}
		gr.closeAll()
		flush()
	}
	type done struct {
		seq   int
		first Input
		out   Output
	}
	// Groups close in any order; outputs go out in the order of their
	// first records.
	pending := map[int]done{}
	next := 0
	return vntext.Stream(ctx, items,
		func(it *groupItem) int { return int(it.bytes) },
		func(ctx context.Context, it *groupItem) done {
			d := done{seq: it.seq, first: it.first, out: it.out}
			if it.docs != nil {
				d.out = SummarizeGroup(ctx, a, it.key, it.first, it.docs)
				it.docs = nil
			}
			return d
		},
		func(d done) error {
			pending[d.seq] = d
			for {
				d, ok := pending[next]
				if !ok {
					return nil
				}
				delete(pending, next)
				next++
				if err := emit(d.first, d.out); err != nil {
					return err
				}
			}
		},
		opts...)
}

// SummarizeGroup is the output StreamGroups writes for the records docs of
// group, the first of them at first: their group summary, or an error
// record at first's position when it fails. A pipeline that gathers groups
// its own way (a Beam GroupByKey) writes the same records with it.
func SummarizeGroup(ctx context.Context, a *vntext.Analyzer, group string, first Input, docs []vntext.Doc) Output {
	sum, err := a.SummarizeGroup(ctx, group, docs)
	if err != nil {
		return errorOutput(first, "", fmt.Errorf("group %q: %w", group, err))
	}
	return Output{group: &sum}
}

// ParseGroup reads a record to be grouped by its member field: its
// document and the name of its group. A record that cannot be grouped
// (unreadable, a .txt article, no such member or a null one) gives instead the error
// record StreamGroups writes in its place.
func ParseGroup(in Input, field string) (doc vntext.Doc, group string, bad *Output) {
	doc, group, err := parseGroupRecord(in, field)
	if err != nil {
		out := errorOutput(in, doc.ID, err)
		return doc, "", &out
	}
	return doc, group, nil
}

// parseGroupRecord reads the document of a JSONL record and the name of
// its group: the value of its member field.
func parseGroupRecord(in Input, field string) (vntext.Doc, string, error) {
	in = in.Prepared()
	if in.Txt {
		return vntext.Doc{ID: in.ID}, "", fmt.Errorf("a .txt article has no %q to group by", field)
	}
	if err := unreadable(in); err != nil {
		return vntext.Doc{ID: failedID(in)}, "", err
	}
	data := trimBOM(vntext.Decode(in.Data))
	doc, _, err := parseLine(data)
	if err != nil {
		return doc, "", err
	}
	ms, err := members(data)
	if err != nil {
		return doc, "", err
	}
	for _, m := range ms {
		// null names no group, as a missing member does (json.Unmarshal
		// would read it as "").
		if m.key != field || string(m.value) == "null" {
			continue
		}
		var s string
		if json.Unmarshal(m.value, &s) == nil {
			return doc, s, nil
		}
		var n json.Number
		if json.Unmarshal(m.value, &n) == nil {
			return doc, n.String(), nil
		}
		return doc, "", fmt.Errorf("%q must be a string or a number to group by", field)
	}
	return doc, "", fmt.Errorf("no %q to group by", field)
}
