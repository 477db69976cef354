package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// batchProgress draws a progress bar on standard error when it is a
// terminal: records, records/s and, when the input size is known, the
// share of bytes read and the time left. A nil bar draws nothing.
type batchProgress struct {
	bar   *progressbar.ProgressBar
	start time.Time
	last  time.Time
}

func newBatchProgress(stderr io.Writer, sources []batchSource, quiet bool) *batchProgress {
	f, ok := stderr.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return &batchProgress{}
	}
	var total int64
	for _, s := range sources {
		if s.size < 0 {
			total = -1 // a pipe: no ETA, a spinner with counts
			break
		}
		total += s.size
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("0 records"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)
	now := time.Now()
	return &batchProgress{bar: bar, start: now, last: now}
}

// update is called by the writer after each record.
func (p *batchProgress) update(records int, bytesRead int64) {
	if p.bar == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	rate := float64(records) / max(now.Sub(p.start).Seconds(), 1e-9)
	p.bar.Describe(fmt.Sprintf("%d records, %.0f/s", records, rate))
	_ = p.bar.Set64(bytesRead) // drawing errors must not stop the run
}

func (p *batchProgress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
