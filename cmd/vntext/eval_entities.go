package main

import (
	"fmt"
	"io"
)

// STUB: replaced by the issue that builds this evaluation.
func evalEntities(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "vntext eval entities: not implemented yet")
	return 1
}
