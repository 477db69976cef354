package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// parseFlags parses a subcommand's flags the one way every subcommand does.
// When the command must stop it returns false and the exit status: 0 after
// -h/--help (usage, then the flags, on stdout: help asked for is an
// answer) and 2 after a bad flag, with one line on stderr that names the
// problem and the usage's first line. fs.Name() is the subcommand as typed
// after "vntext" ("eval segment").
func parseFlags(fs *flag.FlagSet, args []string, usage string, stdout, stderr io.Writer) (code int, ok bool) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	if err == nil {
		return 0, true
	}
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(stdout, usage)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return 0, false
	}
	line, _, _ := strings.Cut(usage, "\n")
	fmt.Fprintf(stderr, "vntext %s: %v (%s)\n", fs.Name(), err, line)
	return 2, false
}

// readArticle reads one article as text from path, or from stdin when path
// is "" or "-": legacy encodings are decoded (vntext.Decode) and a leading
// byte-order mark is dropped.
func readArticle(path string, stdin io.Reader) (string, error) {
	in, err := readInput(path, stdin, formatText)
	return in.doc.Text, err
}

// plural picks the form of a noun for n: "1 sentence", "2 sentences".
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
