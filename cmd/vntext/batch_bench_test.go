package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/archive"
	"github.com/vntext/vntext/internal/synth"
	"github.com/vntext/vntext/record"
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

// BenchmarkBatchWARC runs batch with 2 workers over a web archive of the
// evaluation pages (testdata/pages/html, 5 times each), and reports pages/s:
// of the reader alone, with normalize, where extracting the articles is most
// of the work, and with the default analysis.
func BenchmarkBatchWARC(b *testing.B) {
	pages, err := filepath.Glob("../../testdata/pages/html/p*.html")
	if err != nil || len(pages) == 0 {
		b.Fatal("no pages", err)
	}
	var crawl bytes.Buffer
	n := 0
	for range 5 {
		for _, p := range pages {
			page, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			n++
			crawl.WriteString(warcRecord("response", fmt.Sprintf("00000000-0000-0000-0000-%012d", n), "https://example.vn/"+filepath.Base(p), "2024-02-11T08:00:01Z",
				fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(page))+string(page)))
		}
	}
	path := filepath.Join(b.TempDir(), "crawl.warc")
	if err := os.WriteFile(path, crawl.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	// The reader alone: the one goroutine every record passes through,
	// whose rate bounds batch's whatever the workers.
	b.Run("reader", func(b *testing.B) {
		pages, err := archive.NewPages(record.DefaultMaxBytes)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(crawl.Len()))
		b.ReportAllocs()
		for b.Loop() {
			r := &batchReader{sources: []batchSource{{name: path, size: int64(crawl.Len())}}, maxBytes: record.DefaultMaxBytes, pages: pages}
			read := 0
			for range r.all() {
				read++
			}
			if read != n || r.error() != nil {
				b.Fatalf("read %d of %d pages: %v", read, n, r.error())
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
	})
	for _, tasks := range []vntext.Task{vntext.TaskNormalize, vntext.TaskSegmented | vntext.TaskEntities | vntext.TaskSummary | vntext.TaskPage} {
		b.Run(tasks.String(), func(b *testing.B) {
			a, err := vntext.New(vntext.WithTasks(tasks))
			if err != nil {
				b.Fatal(err)
			}
			c := batchConfig{a: a, sources: []batchSource{{name: path, size: int64(crawl.Len())}}, workers: 2, maxBytes: record.DefaultMaxBytes, inFlight: 16 << 20}
			b.SetBytes(int64(crawl.Len()))
			b.ReportAllocs()
			for b.Loop() {
				st := batchRun(context.Background(), c, io.Discard)
				if st.written != n || st.readErr != nil {
					b.Fatalf("wrote %d of %d pages: %v", st.written, n, st.readErr)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
