// Package tsv parses the project's hand-written lists: tab-separated text
// with comments and a header line.
package tsv

import (
	"fmt"
	"os"
	"strings"
)

// Rows returns the rows of data: blank lines and lines starting with # are
// comments, the first other line is the header, and every row must have
// exactly cols tab-separated fields.
func Rows(data string, cols int) ([][]string, error) {
	var rows [][]string
	header := true
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return nil, fmt.Errorf("want %d fields in %q", cols, line)
		}
		rows = append(rows, f)
	}
	return rows, nil
}

// ReadRows returns the rows of the file at path (Rows).
func ReadRows(path string, cols int) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	rows, err := Rows(string(b), cols)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}
