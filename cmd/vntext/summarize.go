package main

import (
	"fmt"
	"io"
)

// STUB: replaced by the issue that builds this command.
func runSummarize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "vntext summarize: not implemented yet")
	return 1
}
