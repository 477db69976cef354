// Command genarchive writes a JSONL archive of made-up Vietnamese news
// articles ({"id","title","text"} per line) for throughput and memory runs
// of vntext batch.
//
//	go run ./scripts/genarchive -n 20000 > /tmp/archive.jsonl
//	go run ./scripts/genarchive -size 1GB -o /tmp/archive-1g.jsonl
//	go run ./scripts/genarchive -n 1 -record 50MB -o /tmp/one-50mb.jsonl  # long records
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"

	"github.com/vntext/vntext/internal/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of articles (ignored when -size is set)")
	size := flag.String("size", "", "stop once the archive reaches this size (e.g. 1GB, 200MB)")
	syllables := flag.Int("syllables", 500, "syllables per article, about")
	seed := flag.Uint64("seed", 1, "random seed: the same seed writes the same archive")
	out := flag.String("o", "", "output file (default standard output)")
	record := flag.String("record", "", "make each record this long (e.g. 50MB): articles joined by line breaks")
	flag.Parse()
	recordBytes := int64(0)
	if *record != "" {
		var err error
		if recordBytes, err = parseSize(*record); err != nil {
			fmt.Fprintln(os.Stderr, "genarchive:", err)
			os.Exit(2)
		}
	}
	if err := run(*n, *size, *syllables, *seed, *out, recordBytes); err != nil {
		fmt.Fprintln(os.Stderr, "genarchive:", err)
		os.Exit(1)
	}
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	u := strings.ToUpper(s)
	for _, suf := range []struct {
		s string
		m int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}} {
		if strings.HasSuffix(u, suf.s) {
			u, mult = strings.TrimSuffix(u, suf.s), suf.m
			break
		}
	}
	v, err := strconv.ParseInt(strings.TrimSpace(u), 10, 64)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("bad -size %q", s)
	}
	return v * mult, nil
}

func run(n int, size string, syllables int, seed uint64, out string, recordBytes int64) error {
	limit := int64(-1)
	if size != "" {
		var err error
		if limit, err = parseSize(size); err != nil {
			return err
		}
	}
	f := os.Stdout
	if out != "" {
		var err error
		if f, err = os.Create(out); err != nil {
			return err
		}
		defer f.Close()
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var rec bytes.Buffer
	enc := json.NewEncoder(&rec)
	enc.SetEscapeHTML(false)
	r := rand.New(rand.NewPCG(seed, 0x766e74657874))
	var written int64
	for i := 0; limit > 0 || i < n; i++ {
		title, text := synth.Article(r, syllables)
		if recordBytes > 0 {
			var b strings.Builder
			b.WriteString(text)
			for int64(b.Len()) < recordBytes {
				_, more := synth.Article(r, syllables)
				b.WriteString("\n")
				b.WriteString(more)
			}
			text = b.String()
		}
		rec.Reset()
		if err := enc.Encode(article{fmt.Sprintf("a%07d", i+1), title, text}); err != nil {
			return err
		}
		if _, err := w.Write(rec.Bytes()); err != nil {
			return err
		}
		written += int64(rec.Len())
		if limit > 0 && written >= limit {
			break
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if out != "" {
		return f.Sync()
	}
	return nil
}

type article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}
