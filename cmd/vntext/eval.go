package main

import (
	"fmt"
	"io"
)

var evaluations = map[string]command{
	"segment":   evalSegment,
	"entities":  evalEntities,
	"summarize": evalSummarize,
}

func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: vntext eval segment|entities|summarize --gold FILE")
		return 2
	}
	e, ok := evaluations[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "vntext eval: unknown evaluation %q\n", args[0])
		return 2
	}
	return e(args[1:], stdin, stdout, stderr)
}
