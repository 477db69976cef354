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

// runEval dispatches "vntext eval NAME" to the evaluation of that stage.
func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	const usage = "usage: vntext eval segment|entities|summarize --gold FILE [flags] (vntext eval NAME --help for each)"
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintln(stdout, usage)
		return 0
	}
	e, ok := evaluations[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "vntext eval: unknown evaluation %q (%s)\n", args[0], usage)
		return 2
	}
	return e(args[1:], stdin, stdout, stderr)
}
