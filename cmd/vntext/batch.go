package main

import (
	"fmt"
	"io"
)

// STUB: replaced by the issue that builds this command.
func runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "vntext batch: not implemented yet")
	return 1
}
