// Command vntext normalizes, segments, extracts entities from and summarizes
// Vietnamese text. Run "vntext help" for the subcommands.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// command runs one subcommand and returns the exit status: 0 success, 1 a
// failure of the input or the run, 2 a usage error.
type command func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

var commands = map[string]struct {
	run     command
	summary string
}{
	"normalize": {runNormalize, "clean legacy-encoded, NFD or messy text into NFC"},
	"segment":   {runSegment, "one line per input line, words joined with _"},
	"entities":  {runEntities, "officials, places, organisations, programmes as JSON"},
	"summarize": {runSummarize, "extractive summary of an article"},
	"analyze":   {runAnalyze, "readable report of one article"},
	"batch":     {runBatch, "analyse many articles: JSONL records, .txt, HTML pages, WARC archives"},
	"serve":     {runServe, "JSON over HTTP"},
	"eval":      {runEval, "score against gold files"},
	"train":     {runTrain, "train an entity model from annotated text"},
}

var order = []string{"analyze", "normalize", "segment", "entities", "summarize", "batch", "serve", "eval", "train"}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) >= 2 && args[0] == "help" {
		// "vntext help batch", "vntext help eval entities": the help of
		// that command; a name that is none is a mistake, as when run.
		c, ok := commands[args[1]]
		if !ok {
			fmt.Fprintf(stderr, "vntext help: unknown command %q (run 'vntext help')\n", args[1])
			return 2
		}
		return c.run(append(args[2:len(args):len(args)], "--help"), stdin, stdout, stderr)
	}
	if len(args) == 0 {
		usage(stderr) // a mistake: the usage goes with the errors
		return 2
	}
	switch args[0] {
	case "help", "-h", "--help":
		usage(stdout) // asked for: an answer, on standard output
		return 0
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, version())
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "vntext: unknown command %q (run 'vntext help')\n", args[0])
		return 2
	}
	return c.run(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: vntext <command> [flags] [FILE...]")
	fmt.Fprintln(w)
	for _, name := range order {
		fmt.Fprintf(w, "  %-10s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'vntext help <command>' or 'vntext <command> --help' for its flags; 'vntext --version' for the version.")
}

// version describes this build from the build information the Go tool
// embeds: the module version ("(devel)" in a checkout), the commit and its
// time when built from a repository, and the Go version.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "vntext (no build information)"
	}
	v := "vntext " + bi.Main.Version
	var rev, when, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+changes"
			}
		}
	}
	if rev != "" {
		v += fmt.Sprintf(" (commit %.12s%s, %s)", rev, dirty, when)
	}
	return v + " " + bi.GoVersion
}
