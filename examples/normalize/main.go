// Normalize: stream a file that may be in a legacy encoding to clean NFC
// UTF-8, one line at a time, so a file of any size runs in constant memory.
//
//	go run ./examples/normalize old-article.txt > clean.txt
//	go run ./examples/normalize < old-article.txt
//	go run ./examples/normalize           # a built-in Windows-1258 sample
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"unicode/utf8"

	"github.com/vntext/vntext/normalize"
	"golang.org/x/text/encoding/charmap"
)

// sample is "Thủ đô Hà Nội\nNgày 2/9/2024" as Vietnamese Windows (code page
// 1258) stores it: base letters followed by tone-mark bytes.
const sample = "Thu\xD2 \xF0\xF4 Ha\xCC N\xF4\xF2i\nNga\xCCy 2/9/2024\n"

func main() {
	var in io.Reader = bytes.NewReader([]byte(sample))
	if len(os.Args) > 1 && os.Args[1] != "-" {
		f, err := os.Open(os.Args[1])
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		in = f
	} else if st, err := os.Stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice == 0 {
		in = os.Stdin
	}
	w := bufio.NewWriter(os.Stdout)
	lines, err := Stream(w, in)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%d lines normalized\n", lines)
}

// Stream copies src to dst line by line: each line is decoded (UTF-8 as is,
// anything else read as Windows-1258) and normalized. It works on any
// io.Reader: a file, a network stream, a decompressor.
func Stream(dst io.Writer, src io.Reader) (int, error) {
	br := bufio.NewReaderSize(src, 64<<10)
	legacy := charmap.Windows1258.NewDecoder()
	n := 0
	for {
		// ReadBytes has no line-length limit, unlike bufio.Scanner.
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			if !utf8.Valid(line) {
				if line, err = legacy.Bytes(line); err != nil {
					return n, err
				}
			}
			// The line end is kept apart: the normalizer tidies the ends of
			// what it is given.
			body := bytes.TrimRight(line, "\r\n")
			if _, werr := io.WriteString(dst, normalize.Normalize(string(body))+string(line[len(body):])); werr != nil {
				return n, werr
			}
			n++
		}
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}
