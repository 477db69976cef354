package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vntext/vntext/tokenize"
)

// runSegment writes each input line in the segmented format: words
// separated by one space, syllables inside a word joined with '_'.
func runSegment(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("segment", flag.ContinueOnError)
	dict := fs.String("dict", "", "file of extra words to keep whole, one per line")
	const usage = "usage: vntext segment [--dict FILE] [FILE...]  (stdin when no FILE or -)"
	if code, ok := parseFlags(fs, args, usage, stderr); !ok {
		return code
	}
	var opts []tokenize.Option
	if *dict != "" {
		words, err := readWordList(*dict)
		if err != nil {
			fmt.Fprintln(stderr, "vntext segment:", err)
			return 1
		}
		opts = append(opts, tokenize.WithWords(words...))
	}
	tok, err := tokenize.New(opts...)
	if err != nil {
		fmt.Fprintln(stderr, "vntext segment:", err)
		return 1
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	err = eachInput(fs.Args(), stdin, func(r io.Reader) error {
		return eachLine(r, func(line string) error {
			w.WriteString(tok.Segment(line))
			return w.WriteByte('\n')
		})
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(stderr, "vntext segment:", err)
		return 1
	}
	return 0
}

// eachInput calls fn with stdin when names is empty, else with each file
// ("-" is stdin, as in the other commands).
func eachInput(names []string, stdin io.Reader, fn func(io.Reader) error) error {
	if len(names) == 0 {
		return fn(stdin)
	}
	for _, name := range names {
		if name == "-" {
			if err := fn(stdin); err != nil {
				return fmt.Errorf("stdin: %w", err)
			}
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		err = fn(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// eachLine calls fn with every line of r, without its line end; lines may
// be of any length.
func eachLine(r io.Reader, fn func(string) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			if ferr := fn(strings.TrimRight(line, "\r\n")); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// readWordList reads one word per line, skipping blank lines and lines
// starting with '#'.
func readWordList(path string) ([]string, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	words := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			words = append(words, l)
		}
	}
	return words, nil
}
