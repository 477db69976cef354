package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/internal/synth"
)

// BenchmarkBatch runs the full pipeline (segment, entities, summary) with 2
// workers over generated ~500-syllable articles, as vntext batch does, and
// reports articles/s.
func BenchmarkBatch(b *testing.B) {
	const articles = 500
	r := rand.New(rand.NewPCG(1, 2))
	var archive bytes.Buffer
	enc := json.NewEncoder(&archive)
	for range articles {
		title, text := synth.Article(r, 500)
		if err := enc.Encode(vntext.Doc{Title: title, Text: text}); err != nil {
			b.Fatal(err)
		}
	}
	tasks := vntext.TaskSegmented | vntext.TaskEntities | vntext.TaskSummary
	a, err := vntext.New(vntext.WithTasks(tasks))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(archive.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		st := batchRun(context.Background(), testBatchConfig(a, bytes.NewReader(archive.Bytes()), 2), io.Discard)
		if st.written != articles || st.failed != 0 {
			b.Fatalf("wrote %d, %d failed", st.written, st.failed)
		}
	}
	b.ReportMetric(float64(articles*b.N)/b.Elapsed().Seconds(), "articles/s")
}
