// Batch: analyze a JSONL archive ({"id","title","text"} per line) on a pool
// of workers and write one vntext/v1 record per line, in input order, with
// an error record in place of each bad line; Ctrl-C stops reading and
// finishes what was taken. (vntext batch adds files, .gz, resume and
// progress.)
//
//	go run ./examples/batch archive.jsonl
//	go run ./examples/batch < archive.jsonl
//	go run ./examples/batch            # a small built-in archive
package main

import (
	"bufio"
	"context"
	"io"
	"log"
	"os"
	"os/signal"
	"strings"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/record"
)

func main() {
	in, err := input(os.Args[1:])
	if err != nil {
		log.Fatal(err)
	}
	a, err := vntext.New(vntext.WithTasks(vntext.TaskSummary | vntext.TaskOfficials))
	if err != nil {
		log.Fatal(err)
	}
	stop, cancel := signal.NotifyContext(context.Background(), os.Interrupt)
	defer cancel()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if err := run(a, in, out, stop.Done()); err != nil {
		log.Fatal(err)
	}
}

// run streams the records of in to out; closing stop ends the input.
func run(a *vntext.Analyzer, in io.Reader, out *bufio.Writer, stop <-chan struct{}) error {
	lines := record.NewReader(in, "", 0)
	err := record.Stream(context.Background(), a, lines.All(), func(_ record.Input, o record.Output) error {
		_, err := o.WriteTo(out)
		return err
	}, vntext.StreamStop(stop))
	if err != nil {
		return err
	}
	return lines.Err()
}

func input(args []string) (io.Reader, error) {
	if len(args) > 0 && args[0] != "-" {
		return os.Open(args[0])
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
