package record

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/internal/schematest"
	"github.com/vntext/vntext/internal/spancheck"
)

// groupLine is a JSONL record of story g, written for the tests (fictional
// people, real places).
func groupLine(id string, g any, n int) string {
	b, _ := json.Marshal(map[string]any{
		"id":    id,
		"story": g,
		"title": fmt.Sprintf("Cầu Đông Hà số %d thông xe", n),
		"text": fmt.Sprintf("Sáng %d/5, cầu Đông Hà số %d ở tỉnh Quảng Trị đã thông xe sau hai năm thi công. ", n%28+1, n) +
			fmt.Sprintf("Theo ông Lê Quang Vinh, phụ trách giao thông của tỉnh, cây cầu dài %d m. ", 300+n) +
			"Người dân hai bờ sông Hiếu không còn phải đi đò.",
	})
	return string(b)
}

type groupRun struct {
	lines []string       // output records
	ins   []Input        // the position emit got with each
	texts map[string]any // input id → text, to check spans
}

func runGroups(t *testing.T, input string, g Grouping, workers int) groupRun {
	t.Helper()
	a := newAnalyzer(t, vntext.WithSummaryOptions())
	var out bytes.Buffer
	bw := bufio.NewWriter(&out)
	var run groupRun
	err := StreamGroups(context.Background(), a, NewReader(strings.NewReader(input), "in", 0).All(), g,
		func(in Input, o Output) error {
			run.ins = append(run.ins, in)
			_, err := o.WriteTo(bw)
			return err
		}, vntext.StreamWorkers(workers))
	require.NoError(t, err)
	require.NoError(t, bw.Flush())
	run.lines = strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	run.texts = map[string]any{}
	for _, l := range strings.Split(input, "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(l), &m) == nil {
			if id, ok := m["id"].(string); ok {
				run.texts[id] = m["text"]
			}
		}
	}
	for _, l := range run.lines {
		schematest.Validate(t, schematest.Record, []byte(l))
		var rec struct{ Documents []string }
		require.NoError(t, json.Unmarshal([]byte(l), &rec))
		if rec.Documents != nil {
			schematest.Validate(t, schematest.Group, []byte(l))
			texts := make([]string, len(rec.Documents))
			for i, id := range rec.Documents {
				texts[i], _ = run.texts[id].(string)
			}
			spancheck.CheckGroup(t, texts, []byte(l))
		}
	}
	return run
}

// Groups come out in the order of their first records, each once, with an
// error record in its own place for each record that has no group.
func TestStreamGroups(t *testing.T) {
	input := strings.Join([]string{
		groupLine("a1", "A", 1),
		groupLine("b1", 7, 2), // a number names a group too
		"{broken",
		groupLine("a2", "A", 3),
		`{"id":"n1","text":"Không có nhóm."}`,
		groupLine("c1", "C", 4),
		groupLine("b2", 7, 5),
		`{"id":"x","story":[1],"text":"Nhóm lạ."}`,
		groupLine("a3", "A", 6),
		`{"id":"z","story":null,"text":"Nhóm rỗng."}`, // null is no story, as a missing one
	}, "\n")
	run := runGroups(t, input, Grouping{Field: "story"}, 3)
	require.Len(t, run.lines, 7)
	assert.Contains(t, run.lines[0], `"group":"A","documents":["a1","a2","a3"]`)
	assert.Contains(t, run.lines[1], `"group":"7","documents":["b1","b2"]`)
	assert.Contains(t, run.lines[2], `"line":3,"error":"malformed JSON`)
	assert.Contains(t, run.lines[3], `"id":"n1","file":"in","line":5,"error":"no \"story\" to group by"`)
	assert.Contains(t, run.lines[4], `"group":"C","documents":["c1"]`)
	assert.Contains(t, run.lines[5], `"id":"x","file":"in","line":8,"error":"\"story\" must be a string or a number to group by"`)
	assert.Contains(t, run.lines[6], `"id":"z","file":"in","line":10,"error":"no \"story\" to group by"`)
	// emit gets the position of each output's first record.
	var lines []int
	for _, in := range run.ins {
		lines = append(lines, in.Line)
		assert.Nil(t, in.Data)
	}
	assert.Equal(t, []int{1, 2, 3, 5, 6, 8, 10}, lines)
	for _, l := range run.lines[:2] {
		assert.Contains(t, l, `"over_budget":false`)
		assert.Contains(t, l, `"echoes":[`)
	}
}

// A group larger than the bounds is split into several group summaries
// under its name, in input order; every record is in exactly one output,
// and the split depends on the input alone: the same at any number of
// workers.
func TestStreamGroupsBounds(t *testing.T) {
	var in []string
	for i := range 40 {
		in = append(in, groupLine(fmt.Sprintf("r%02d", i), fmt.Sprint("g", i%3), i))
	}
	input := strings.Join(in, "\n")
	for _, g := range []Grouping{
		{Field: "story", MaxDocs: 4},
		{Field: "story", MaxBytes: 2000}, // about four records held at once
		{Field: "story", MaxDocs: 1, MaxBytes: 1},
	} {
		one := runGroups(t, input, g, 1)
		four := runGroups(t, input, g, 4)
		assert.Equal(t, one.lines, four.lines, "%+v", g)
		seen := map[string]int{}
		for _, l := range one.lines {
			var rec struct {
				Group     string
				Documents []string
			}
			require.NoError(t, json.Unmarshal([]byte(l), &rec))
			if g.MaxDocs > 0 {
				assert.LessOrEqual(t, len(rec.Documents), g.MaxDocs)
			}
			prev := -1
			for _, id := range rec.Documents {
				seen[id]++
				var n int
				fmt.Sscanf(id, "r%d", &n)
				assert.Equal(t, rec.Group, fmt.Sprint("g", n%3), "a record in its own group")
				assert.Greater(t, n, prev, "input order")
				prev = n
			}
		}
		assert.Len(t, seen, 40, "%+v", g)
		for id, n := range seen {
			assert.Equal(t, 1, n, "%s in %d outputs", id, n)
		}
		assert.Greater(t, len(one.lines), 3, "%+v: groups were split", g)
	}
}

func TestStreamGroupsErrors(t *testing.T) {
	a := newAnalyzer(t)
	recs := NewReader(strings.NewReader(groupLine("a", "A", 1)), "", 0).All()
	emit := func(Input, Output) error { return nil }
	ctx := context.Background()
	assert.Error(t, StreamGroups(ctx, a, recs, Grouping{}, emit))
	assert.Error(t, StreamGroups(ctx, a, recs, Grouping{Field: "story", MaxDocs: -1}, emit))
	assert.Error(t, StreamGroups(ctx, a, nil, Grouping{Field: "story"}, emit))
	assert.Error(t, StreamGroups(ctx, a, recs, Grouping{Field: "story"}, nil))
	// An error from emit ends the stream with it.
	stop := fmt.Errorf("disk full")
	err := StreamGroups(ctx, a, recs, Grouping{Field: "story"}, func(Input, Output) error { return stop })
	assert.ErrorIs(t, err, stop)
	// A .txt article and a record over the limit have no group.
	for _, in := range []Input{{Txt: true, ID: "f.txt", Data: []byte("Tựa\n\nThân bài.")}, {TooLong: 9, Line: 3}} {
		var got []string
		require.NoError(t, StreamGroups(ctx, a, func(yield func(Input) bool) { yield(in) }, Grouping{Field: "story"},
			func(_ Input, o Output) error {
				got = append(got, o.String())
				_, isGroup := o.Group()
				assert.False(t, isGroup)
				return nil
			}))
		require.Len(t, got, 1)
		assert.Contains(t, got[0], `"error":`)
	}
}
