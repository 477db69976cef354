// Package tsv parses the project's hand-written lists: tab-separated text
// with comments and a header line.
package tsv

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
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

// Embedded returns a function that parses an embedded list once, on first
// use: the rows of data (Rows with cols fields), turned into T by build.
// It is the one way the module's packages load their embedded lists.
//
// A malformed embedded file is a defect of the build, not bad input: no
// caller could handle it, so the function panics naming the file, and
// each package's tests load every one of its lists so that none ships.
func Embedded[T any](name, data string, cols int, build func(rows [][]string) (T, error)) func() T {
	return sync.OnceValue(func() T { return Parse(name, data, cols, build) })
}

// Parse is Embedded without the once: for lists that are read inside
// another once (a package that merges several files).
func Parse[T any](name, data string, cols int, build func(rows [][]string) (T, error)) T {
	rows, err := Rows(data, cols)
	var v T
	if err == nil {
		v, err = build(rows)
	}
	if err != nil {
		panic(fmt.Sprintf("vntext: embedded list %s is malformed (a build defect; its package's tests catch it): %v", name, err))
	}
	return v
}

// ByClass is a build function for Embedded: it groups the phrases of
// (phrase, class) rows by class, in file order. A class not among classes
// is an error, so a misspelt class cannot silently empty a list.
func ByClass(classes ...string) func(rows [][]string) (map[string][]string, error) {
	return func(rows [][]string) (map[string][]string, error) {
		m := make(map[string][]string, len(classes))
		for _, r := range rows {
			if !slices.Contains(classes, r[1]) {
				return nil, fmt.Errorf("%q: unknown class %q", r[0], r[1])
			}
			m[r[1]] = append(m[r[1]], r[0])
		}
		return m, nil
	}
}
