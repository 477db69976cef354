package main

import (
	"fmt"
	"io"
)

// STUB: replaced by the issue that builds this command.
func runEntities(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "vntext entities: not implemented yet")
	return 1
}
