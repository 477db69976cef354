package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// openBatchOutput opens -o OUT. Without resume it starts the file afresh.
// With resume it collects the ids already written (successes and failures
// alike: a failed record is not retried by --resume), cuts off a last line
// left half-written by a crash, and appends from there.
func openBatchOutput(path string, resume bool) (*os.File, map[string]bool, error) {
	if !resume {
		f, err := os.Create(path)
		return f, nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, err
	}
	done, end, err := writtenIDs(f)
	if err == nil {
		err = f.Truncate(end)
	}
	if err == nil {
		_, err = f.Seek(end, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, done, nil
}

// writtenIDs returns the ids of the complete lines of r and the offset just
// after the last complete line.
func writtenIDs(r io.Reader) (map[string]bool, int64, error) {
	done := map[string]bool{}
	br := bufio.NewReaderSize(r, 256<<10)
	var end int64
	for {
		line, err := br.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			return done, end, nil // a line without '\n' was cut short
		}
		if err != nil {
			return nil, 0, err
		}
		end += int64(len(line))
		var rec struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(line, &rec) == nil && rec.ID != nil {
			if id := recordID(rec.ID); id != "" {
				done[id] = true
			}
		}
	}
}
