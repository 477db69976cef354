package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/vntext/vntext/entities"
)

// entitiesOutput is the JSON "vntext entities" prints.
type entitiesOutput struct {
	Entities  []entities.Entity   `json:"entities"`
	Officials []entities.Official `json:"officials"`
}

// runEntities prints the entities and officials of FILE (or stdin) as JSON.
func runEntities(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	const usage = "usage: vntext entities [--indent] [--format auto|text|html] [FILE]"
	fs := flag.NewFlagSet("entities", flag.ContinueOnError)
	indent := fs.Bool("indent", false, "indent the JSON")
	formatName := fs.String("format", "auto", formatUsage)
	if code, ok := parseFlags(fs, args, usage, stderr); !ok {
		return code
	}
	format, err := parseInputFormat(*formatName)
	if err != nil {
		fmt.Fprintln(stderr, "vntext entities:", err)
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	in := stdin
	if fs.NArg() == 1 {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			fmt.Fprintln(stderr, "vntext entities:", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	text, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintln(stderr, "vntext entities:", err)
		return 1
	}
	if isHTMLInput(text, fs.Arg(0), format) {
		a, err := extractHTML(text, "", "")
		if err != nil {
			fmt.Fprintln(stderr, "vntext entities:", err)
			return 1
		}
		text = []byte(a.Text) // offsets index the article's body text
	}
	x, err := entities.New()
	if err != nil {
		fmt.Fprintln(stderr, "vntext entities:", err)
		return 1
	}
	s := string(text)
	out := entitiesOutput{Entities: x.Extract(s), Officials: x.Officials(s)}
	if out.Entities == nil {
		out.Entities = []entities.Entity{}
	}
	if out.Officials == nil {
		out.Officials = []entities.Official{}
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(stderr, "vntext entities:", err)
		return 1
	}
	return 0
}
