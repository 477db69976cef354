package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/config"
	"github.com/vntext/vntext/tokenize"
)

// runSegment writes each input line in the segmented format: words
// separated by one space, syllables inside a word joined with '_'. With
// --json it reads the whole input as one text and prints its sentences and
// words with offsets, and the segmented text.
//
// The segmented format is of the normalized text (vntext.Result.Segmented:
// "họat" is written "hoạt"), with or without --json, so a line comes out
// the same either way; the spans of --json are the caller's own text at
// their offsets, as every span is.
func runSegment(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("segment", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print {\"sentences\", \"words\", \"segmented\"} of the whole input, with offsets")
	var pf pipelineFlags
	pf.Register(fs, config.SegmentFlags|config.OffsetFlags)
	const usage = "usage: vntext segment [--dict FILE] [--json] [flags] [FILE...]  (stdin when no FILE or -)\n" +
		"Each line is written normalized (NFC, tone marks placed, legacy encodings decoded) and segmented, as the\n" +
		"\"segmented\" field of --json; the \"sentences\" and \"words\" of --json are the input's own text at their offsets."
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	if *asJSON {
		if fs.NArg() > 1 {
			fmt.Fprintln(stderr, "vntext segment: --json reads at most one FILE")
			return 2
		}
		a, err := pf.analyzer(vntext.TaskSentences | vntext.TaskWords | vntext.TaskSegmented)
		if err != nil {
			return fail(stderr, "segment", err)
		}
		text, err := readArticle(fs.Arg(0), stdin)
		if err != nil {
			return fail(stderr, "segment", err)
		}
		res, err := a.Analyze(context.Background(), vntext.Doc{Text: text})
		if err == nil {
			err = writeJSON(stdout, segmentOutput{res.Sentences, res.Words, res.Segmented}, false)
		}
		if err != nil {
			return fail(stderr, "segment", err)
		}
		return 0
	}
	a, err := pf.analyzer(vntext.TaskSegmented)
	if err != nil {
		return fail(stderr, "segment", err)
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	ctx := context.Background()
	err = eachInput(fs.Args(), stdin, func(r io.Reader) error {
		return eachLine(r, func(line string) error {
			res, err := a.Analyze(ctx, vntext.Doc{Text: line})
			if err != nil {
				return err
			}
			w.WriteString(res.Segmented)
			return w.WriteByte('\n')
		})
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fail(stderr, "segment", err)
	}
	return 0
}

// segmentOutput is the JSON of "vntext segment --json" and /v1/segment.
type segmentOutput struct {
	Sentences []tokenize.Sentence `json:"sentences"`
	Words     []tokenize.Token    `json:"words"`
	Segmented string              `json:"segmented"`
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
