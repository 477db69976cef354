package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/vntext/vntext/internal/segeval"
	"github.com/vntext/vntext/tokenize"
)

// evalSegment scores word segmentation against a gold file in the
// segmented format. The input is the gold text with '_' replaced by spaces;
// --pred scores an existing prediction file instead (one line per gold
// line), as the reference scorer does.
func evalSegment(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval segment", flag.ContinueOnError)
	goldPath := fs.String("gold", "", "gold file: one sentence per line, syllables of a word joined with _")
	predPath := fs.String("pred", "", "score this prediction file instead of segmenting")
	modelPath := fs.String("model", "", "segmentation model file (default: the built-in one)")
	const usage = "usage: vntext eval segment --gold FILE.seg.txt [--pred FILE] [--model FILE]"
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	if *goldPath == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "vntext eval segment: --gold FILE is required and takes no other arguments")
		return 2
	}
	gold, err := readLines(*goldPath)
	if err != nil {
		fmt.Fprintln(stderr, "vntext eval segment:", err)
		return 1
	}
	var pred []string
	if *predPath != "" {
		if pred, err = readLines(*predPath); err != nil {
			fmt.Fprintln(stderr, "vntext eval segment:", err)
			return 1
		}
	} else {
		var opts []tokenize.Option
		if *modelPath != "" {
			m, err := os.ReadFile(*modelPath)
			if err != nil {
				fmt.Fprintln(stderr, "vntext eval segment:", err)
				return 1
			}
			opts = append(opts, tokenize.WithModel(m))
		}
		tok, err := tokenize.New(opts...)
		if err != nil {
			fmt.Fprintln(stderr, "vntext eval segment:", err)
			return 1
		}
		pred = make([]string, len(gold))
		for i, g := range gold {
			pred[i] = tok.Segment(segeval.Raw(g))
		}
	}
	r, err := segeval.Score(gold, pred)
	if err != nil {
		fmt.Fprintln(stderr, "vntext eval segment:", err)
		return 1
	}
	fmt.Fprintf(stdout, "P %.2f  R %.2f  F1 %.2f  F1-multi %.2f  (%d lines, %d gold words, %d predicted, %d lines with changed text)\n",
		r.P, r.R, r.F1, r.F1Multi, r.Lines, r.Gold, r.Pred, r.TextChanged)
	return 0
}

// readLines reads a file's lines without line ends.
func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	err = eachLine(f, func(l string) error {
		lines = append(lines, l)
		return nil
	})
	return lines, err
}
