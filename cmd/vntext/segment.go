package main

import (
	"fmt"
	"io"
)

// STUB: replaced by the issue that builds this command.
func runSegment(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "vntext segment: not implemented yet")
	return 1
}
