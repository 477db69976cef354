// Batch: analyze a JSONL archive ({"id","title","text"} per line) on a pool
// of workers, write one result per line in input order, and stop cleanly on
// Ctrl-C or after -timeout. (vntext batch does all this and more; this is
// the pattern in a page of code.)
//
//	go run ./examples/batch archive.jsonl
//	go run ./examples/batch < archive.jsonl
//	go run ./examples/batch            # a small built-in archive
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"runtime"
	"strings"

	"github.com/vntext/vntext"
)

type output struct {
	ID        string   `json:"id"`
	Summary   string   `json:"summary,omitempty"`
	Officials []string `json:"officials,omitempty"`
	Error     string   `json:"error,omitempty"`
}

func main() {
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "parallel workers")
	timeout := flag.Duration("timeout", 0, "stop after this long (0: no limit)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if *timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *timeout)
		defer cancel()
	}

	in, err := input(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	a, err := vntext.New(vntext.WithTasks(vntext.TaskSummary | vntext.TaskOfficials))
	if err != nil {
		log.Fatal(err)
	}
	n, err := run(ctx, a, in, os.Stdout, *workers)
	fmt.Fprintf(os.Stderr, "%d articles\n", n)
	if err != nil {
		log.Fatal(err)
	}
}

// run keeps output in input order with a queue of per-article result
// channels: the reader queues each article's channel in order, workers fill
// them in any order, and the writer drains the queue in order. The bounded
// channels keep memory at a few articles per worker.
func run(ctx context.Context, a *vntext.Analyzer, in io.Reader, w io.Writer, workers int) (int, error) {
	type job struct {
		line []byte
		out  chan output
	}
	jobs := make(chan job, workers)
	order := make(chan chan output, 4*workers)

	for range workers {
		go func() {
			for j := range jobs {
				j.out <- analyze(a, j.line)
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		br := bufio.NewReader(in)
		for {
			line, err := br.ReadBytes('\n')
			if len(strings.TrimSpace(string(line))) > 0 {
				j := job{line, make(chan output, 1)}
				if ctx.Err() != nil { // select picks at random among ready cases
					readErr <- nil
					return
				}
				select {
				case order <- j.out: // wait for room in the window first
				case <-ctx.Done(): // Ctrl-C: take no more articles
					readErr <- nil
					return
				}
				jobs <- j
			}
			if err != nil {
				if err == io.EOF {
					err = nil
				}
				readErr <- err
				return
			}
		}
	}()

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	n := 0
	for out := range order { // articles already taken are finished and written
		if err := enc.Encode(<-out); err != nil {
			return n, err
		}
		n++
	}
	return n, <-readErr
}

func analyze(a *vntext.Analyzer, line []byte) output {
	var doc vntext.Doc
	if err := json.Unmarshal(line, &doc); err != nil {
		return output{Error: err.Error()}
	}
	// The work already started is finished even after Ctrl-C, hence a
	// context of its own rather than the run's.
	res, err := a.Analyze(context.Background(), doc)
	if err != nil {
		return output{ID: doc.ID, Error: err.Error()}
	}
	out := output{ID: doc.ID, Summary: res.Summary.Text()}
	for _, o := range res.Officials {
		out.Officials = append(out.Officials, o.Name)
	}
	return out
}

func input(path string) (io.Reader, error) {
	if path != "" && path != "-" {
		return os.Open(path)
	}
	if st, err := os.Stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice == 0 {
		return os.Stdin, nil
	}
	return strings.NewReader(demo), nil // nothing piped in: show the idea
}

const demo = `{"id":"1","title":"Hà Giang","text":"UBND tỉnh Hà Giang họp sơ kết. Chủ tịch UBND tỉnh Trần Minh Khôi phát biểu. Hội nghị thống nhất kế hoạch năm 2024."}
{"id":"2","title":"Đà Nẵng","text":"TP Đà Nẵng khánh thành cầu mới. Phó Chủ tịch UBND TP Lê Thu Vy cắt băng. Cây cầu dài 1,2 km."}
{"id":"3","title":"Cần Thơ","text":"Cần Thơ đón 9 triệu lượt khách. Doanh thu du lịch tăng 20%."}
`
