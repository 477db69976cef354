// Command annotate builds the project's annotated entity corpus
// (corpus/entities) and the evaluation annotations of VietNews articles.
//
//	go run ./internal/annotate pre    -batch b003 -wiki 2 -ud 2 -o corpus/entities/batches/b003.txt
//	go run ./internal/annotate pre    -in draft.txt -o corpus/entities/batches/b004.txt
//	go run ./internal/annotate build  [-check]
//	go run ./internal/annotate render [-issues] FILE...
//	go run ./internal/annotate agree  [-v] A.txt B.txt | -all
//	go run ./internal/annotate stats
//	go run ./internal/annotate eval-select | eval-pre | eval-pack | join
//
// Annotators edit list files (see listfile.go and
// corpus/entities/ANNOTATORS.md); build turns them into GUIDELINES records
// with code-point offsets and splits them by document into train, dev and
// blind. It uses only the library's public API.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

const defaultDir = "corpus/entities"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

var commands = map[string]func(args []string, stdout, stderr io.Writer) error{
	"pre":         cmdPre,
	"build":       cmdBuild,
	"render":      cmdRender,
	"agree":       cmdAgree,
	"stats":       cmdStats,
	"eval-select": cmdEvalSelect,
	"eval-pre":    cmdEvalPre,
	"eval-pack":   cmdEvalPack,
	"join":        cmdJoin,
}

const usage = `usage: go run ./internal/annotate COMMAND [flags]
commands:
  pre          sample texts (or read a list file) and pre-annotate them into a list file
  build        check every batch and compile train/dev/blind.jsonl (-check: only check)
  render       review view of list files with the second-look report
  agree        span and pair agreement between two passes (-all: every second pass, and the share annotated twice)
  stats        counts per type, level, status, split and source
  eval-select  choose the VietNews evaluation articles (eval/vietnews-ids.txt)
  eval-pre     list file of one evaluation batch (text from $VNTEXT_DATA; never commit it)
  eval-pack    list files of evaluation batches -> eval/vietnews.jsonl (offsets only)
  join         eval/vietnews.jsonl + $VNTEXT_DATA -> GUIDELINES records (or list files)
run "go run ./internal/annotate COMMAND -h" for a command's flags`

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "annotate: unknown command %q\n%s\n", args[0], usage)
		return 2
	}
	if err := cmd(args[1:], stdout, stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 2
		}
		fmt.Fprintf(stderr, "annotate %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

// newFlags returns a flag set that reports to stderr.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("annotate "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// dataDir returns $VNTEXT_DATA or an error naming it.
func dataDir() (string, error) {
	d := os.Getenv("VNTEXT_DATA")
	if d == "" {
		return "", errors.New("VNTEXT_DATA is not set (export VNTEXT_DATA=/work/shared/data)")
	}
	if _, err := os.Stat(d); err != nil {
		return "", fmt.Errorf("VNTEXT_DATA: %w", err)
	}
	return d, nil
}

// writeOutput writes recs as a list file to path (stdout when empty),
// after a "// status: STATUS" line when status is set, refusing to
// overwrite an existing file unless force is set: a batch file holds hours
// of annotation.
func writeOutput(path string, force bool, status string, recs []record, stdout io.Writer) error {
	write := func(w io.Writer) error {
		if status != "" {
			if _, err := fmt.Fprintf(w, "// status: %s\n", status); err != nil {
				return err
			}
		}
		return writeList(w, recs)
	}
	if path == "" {
		return write(stdout)
	}
	if _, err := os.Stat(path); err == nil && !force {
		return fmt.Errorf("%s exists; refusing to overwrite annotations (use -force)", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readLists reads several list files, all errors joined.
func readLists(paths []string) ([]record, error) {
	var (
		all  []record
		errs []error
	)
	for _, p := range paths {
		recs, err := readListFile(p)
		errs = append(errs, err)
		all = append(all, recs...)
	}
	return all, errors.Join(errs...)
}

func cmdBuild(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("build", stderr)
	dir := fs.String("dir", defaultDir, "corpus directory (batches/*.txt in, train/dev/blind.jsonl out)")
	check := fs.Bool("check", false, "only check the batches and that the compiled files are current")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c, err := loadCorpus(*dir)
	if err != nil {
		return err
	}
	if *check {
		stale, err := c.staleFiles()
		if err != nil {
			return err
		}
		if len(stale) > 0 {
			return fmt.Errorf("%s out of date: run go run ./internal/annotate build", strings.Join(stale, ", "))
		}
		fmt.Fprintf(stdout, "%d records OK, compiled files current\n", len(c.Records))
		return nil
	}
	if err := c.write(); err != nil {
		return err
	}
	n := map[string]int{}
	for _, r := range c.Records {
		n[splitOf(r.Doc)]++
	}
	fmt.Fprintf(stdout, "%d records compiled: train %d, dev %d, blind %d", len(c.Records), n["train"], n["dev"], n["blind"])
	if len(c.Drafts) > 0 {
		fmt.Fprintf(stdout, "; drafts not compiled: %s", strings.Join(c.Drafts, ", "))
	}
	fmt.Fprintln(stdout)
	return nil
}
