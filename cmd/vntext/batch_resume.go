package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/record"
)

// resumeCheck makes sure the records --resume keeps are this run's: the
// n-th record of the output must stand for the n-th input record (its id,
// and its text when the input record holds it, or for an error record its
// line), carry this vntext's schema and have been computed with this run's
// tasks. Without it an output of another archive, or of other tasks, is
// silently continued. It reads the output alongside the input records it
// passes over, one record at a time, so memory stays bounded.
type resumeCheck struct {
	out   *bufio.Reader
	close func() error
	name  string // OUT, as the user named it
	tasks vntext.Task
	n     int
}

// resumeRefusal is why --resume does not go on: a usage error (exit 2),
// after which running the same command again would fail the same way.
type resumeRefusal struct{ msg string }

func (e resumeRefusal) Error() string { return e.msg }

// newResumeCheck reads the records kept in the partial file of OUT.
func newResumeCheck(out *batchOutput, tasks vntext.Task) (*resumeCheck, error) {
	f, err := os.Open(out.partial)
	if err != nil {
		return nil, err
	}
	return &resumeCheck{out: bufio.NewReaderSize(f, 256<<10), close: f.Close, name: out.path, tasks: tasks}, nil
}

// keptRecord is what resume reads of an output record.
type keptRecord struct {
	Schema string      `json:"schema"`
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Tasks  vntext.Task `json:"tasks"`
	Error  *string     `json:"error"`
	Line   int         `json:"line"`
}

// check compares the next output record with the input record in, which
// resume passes over.
func (c *resumeCheck) check(in record.Input) error {
	c.n++
	line, err := c.out.ReadBytes('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	var kept keptRecord
	if err := json.Unmarshal(line, &kept); err != nil {
		return c.refuse("its record %d is not a vntext output record", c.n)
	}
	if kept.Schema != vntext.Schema {
		return c.refuse("its record %d follows the schema %q; this vntext writes %q", c.n, kept.Schema, vntext.Schema)
	}
	where := describeInput(&in)
	if kept.Error != nil {
		if kept.Line != in.Line {
			return c.refuse("its record %d is the error record of line %d, but the input record it stands for is %s", c.n, kept.Line, where)
		}
		return nil
	}
	if kept.Tasks != c.tasks {
		return c.refuse("it was computed with --tasks %s, this run computes %s: run with --tasks %s to go on", kept.Tasks, c.tasks, kept.Tasks)
	}
	want := in.ID
	var text *string
	if in.Data != nil && !in.Txt {
		// A JSONL record: its id and text are at hand. (Pages and .txt
		// articles passed over are not read: their id is their path.)
		doc, err := record.Parse(in)
		if doc.ID != "" {
			want = doc.ID
		}
		if err == nil {
			text = &doc.Text
		}
	}
	if kept.ID != want {
		return c.refuse("its record %d has the id %q, but the input record it stands for (%s) has %q", c.n, kept.ID, where, want)
	}
	if text != nil && kept.Text != *text {
		return c.refuse("the text of its record %d (id %q) is not that of %s", c.n, kept.ID, where)
	}
	return nil
}

func (c *resumeCheck) refuse(format string, a ...any) error {
	return resumeRefusal{fmt.Sprintf("--resume: %s is not the output of these inputs with these tasks: ", c.name) +
		fmt.Sprintf(format, a...) +
		". Resume goes on only from an output of the same inputs, in the same order, with the same --tasks; to start afresh, run without --resume"}
}
