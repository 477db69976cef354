package main

import (
	"fmt"
	"io"
)

// STUB: replaced by the issue that builds this command.
func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "vntext normalize: not implemented yet")
	return 1
}
