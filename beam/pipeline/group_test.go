package pipeline

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vntext/vntext/record"
)

// A group is cut after MaxDocs records, or after the record that takes its
// text past MaxBytes, as record.StreamGroups cuts a group open alone.
func TestSplitGroup(t *testing.T) {
	docs := func(lens ...int) []groupDoc {
		var d []groupDoc
		for i, n := range lens {
			d = append(d, groupDoc{Seq: i, Text: string(make([]byte, n))})
		}
		return d
	}
	for _, c := range []struct {
		name  string
		lens  []int
		g     record.Grouping
		sizes []int
	}{
		{"under both bounds", []int{10, 10, 10}, record.Grouping{MaxDocs: 5, MaxBytes: 100}, []int{3}},
		{"max docs", []int{10, 10, 10, 10, 10}, record.Grouping{MaxDocs: 2, MaxBytes: 100}, []int{2, 2, 1}},
		{"max bytes: the record that passes it is taken", []int{40, 40, 40, 40}, record.Grouping{MaxDocs: 10, MaxBytes: 50}, []int{2, 2}},
		{"at the bound exactly", []int{25, 25, 1}, record.Grouping{MaxDocs: 10, MaxBytes: 50}, []int{3}},
		{"one record over the bound", []int{500, 1}, record.Grouping{MaxDocs: 10, MaxBytes: 50}, []int{1, 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var sizes []int
			seq := 0
			for part := range splitGroup(docs(c.lens...), c.g) {
				sizes = append(sizes, len(part))
				for _, d := range part {
					assert.Equal(t, seq, d.Seq, "in order, none lost")
					seq++
				}
			}
			assert.Equal(t, c.sizes, sizes)
			assert.Equal(t, len(c.lens), seq)
		})
	}
}
