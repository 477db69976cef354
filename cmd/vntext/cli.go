package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
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
	return in.text, err
}

// byteSize is a flag of a number of bytes: 1048576, 64MiB, 8MB, 512k.
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(s string) error {
	units := []struct {
		suffix string
		mult   int64
	}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"gb", 1 << 30}, {"mb", 1 << 20}, {"kb", 1 << 10}, {"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1}}
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64/mult {
		return fmt.Errorf("not a size: %q (want bytes, or a number with KiB, MiB or GiB)", s)
	}
	*b = byteSize(n * mult)
	return nil
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// plural picks the form of a noun for n: "1 sentence", "2 sentences".
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
