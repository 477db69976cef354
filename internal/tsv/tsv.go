// Package tsv reads the project's hand-written lists, tab-separated files
// with comments, for the generators that compile them.
package tsv

import (
	"fmt"
	"os"
	"strings"
)

// ReadRows returns the rows of the file at path: blank lines and lines
// starting with # are comments, the first other line is the header, and
// every row must have exactly cols tab-separated fields.
func ReadRows(path string, cols int) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	header := true
	for line := range strings.Lines(string(b)) {
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
			return nil, fmt.Errorf("%s: want %d fields in %q", path, cols, line)
		}
		rows = append(rows, f)
	}
	return rows, nil
}
