package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/normalize"
	"golang.org/x/text/transform"
)

const normalizeUsage = "usage: vntext normalize [--tone classic|modern|keep] [--encoding auto|utf-8|tcvn3|vni|viqr|vps|viscii|cp1258] [--fold | --slug] [--strict] [FILE...]"

// runNormalize writes each input (stdin when no FILE) as clean UTF-8 NFC.
// Line i of the output is line i of the input: no line break is added,
// dropped or merged. --fold writes search keys, --slug one slug per line.
func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	toneName := fs.String("tone", normalize.DefaultTone.String(), "tone-mark placement: classic (hòa), modern (hoà) or keep")
	encName := fs.String("encoding", "auto", "input encoding")
	fold := fs.Bool("fold", false, "write the search key (Đắk Lắk → Dak Lak)")
	slug := fs.Bool("slug", false, "write one URL slug per line (dak-lak)")
	strict := fs.Bool("strict", false, "fail on invalid UTF-8 instead of writing U+FFFD, and on a binary input (a NUL byte, or more than 1 character in 8 a control or invalid, in the first 64 KiB)")
	if code, ok := parseFlags(fs, args, normalizeUsage, stdout, stderr); !ok {
		return code
	}
	tone, err := normalize.ParseToneStyle(*toneName)
	if err != nil {
		fmt.Fprintf(stderr, "vntext normalize: unknown --tone %q (want classic, modern or keep)\n", *toneName)
		return 2
	}
	enc, err := normalize.ParseEncoding(*encName)
	if err != nil {
		fmt.Fprintf(stderr, "vntext normalize: unknown --encoding %q (want auto, utf-8, tcvn3, vni, viqr, vps, viscii or cp1258)\n", *encName)
		return 2
	}
	if *fold && *slug {
		fmt.Fprintln(stderr, "vntext normalize: --fold and --slug are exclusive")
		return 2
	}
	opts := []normalize.Option{normalize.WithTone(tone), normalize.WithEncoding(enc), normalize.WithKeepLines()}
	if *strict {
		opts = append(opts, normalize.WithStrict())
	}
	n, err := normalize.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "vntext normalize: %v\n", err)
		return 2
	}
	each := func(line string) string { return line }
	switch {
	case *fold:
		each = func(line string) string { return normalize.Fold(line) }
	case *slug:
		each = func(line string) string { return normalize.Slug(line) }
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	status := 0
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, name := range inputs {
		if err := normalizeInput(n, name, stdin, out, each, *fold || *slug, *strict); err != nil {
			fmt.Fprintf(stderr, "vntext normalize: %s: %v\n", displayName(name), err)
			status = 1
			break
		}
	}
	if err := out.Flush(); err != nil && status == 0 {
		fmt.Fprintf(stderr, "vntext normalize: %v\n", err)
		status = 1
	}
	return status
}

func displayName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}

// normalizeInput streams one input through the normalizer; perLine applies
// each to every line of the normalized text.
func normalizeInput(n *normalize.Normalizer, name string, stdin io.Reader, out io.Writer, each func(string) string, perLine, strict bool) error {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	if strict {
		// Refuse a binary input before writing any of it: its first 64 KiB
		// tell.
		br := bufio.NewReaderSize(r, 64<<10)
		head, _ := br.Peek(64 << 10)
		if err := binaryError(head, vntext.Decode(head)); err != nil {
			return err
		}
		r = br
	}
	tr := transform.NewReader(r, n.Transformer())
	if !perLine {
		_, err := io.Copy(out, tr)
		return err
	}
	br := bufio.NewReaderSize(tr, 64<<10)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			body, nl := strings.CutSuffix(line, "\n")
			if _, werr := io.WriteString(out, each(body)); werr != nil {
				return werr
			}
			if nl {
				if _, werr := io.WriteString(out, "\n"); werr != nil {
					return werr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
