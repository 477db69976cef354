package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/config"
	"github.com/vntext/vntext/entities"
)

// entitiesOutput is the JSON of "vntext entities" and /v1/entities: the
// Result's entities and officials.
type entitiesOutput struct {
	Entities  []entities.Entity   `json:"entities"`
	Officials []entities.Official `json:"officials"`
}

// entitiesTasks are the tasks of "vntext entities" and /v1/entities: the
// page task too, so that the entities are those of analyze, found in the
// body (a byline's name is no official, a headline is read once).
const entitiesTasks = vntext.TaskEntities | vntext.TaskOfficials | vntext.TaskPage

// runEntities prints the entities and officials of FILE (or stdin) as JSON.
func runEntities(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	const usage = "usage: vntext entities [--indent] [--format auto|text|html] [flags] [FILE|-]\n" +
		"Offsets index the input as decoded to UTF-8 (a legacy encoding such as TCVN3 or VNI is decoded first, a\n" +
		"byte-order mark dropped; a title line stays) or, for an HTML page, the article text extracted from it;\n" +
		"'vntext analyze --json' prints that text as \"text\" beside the same entities. As in analyze, the title and\n" +
		"page furniture are found and left out."
	fs := flag.NewFlagSet("entities", flag.ContinueOnError)
	indent := fs.Bool("indent", false, "indent the JSON")
	formatName := fs.String("format", "auto", formatUsage)
	var pf pipelineFlags
	pf.Register(fs, config.EntityFlags|config.OffsetFlags)
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "vntext entities: at most one FILE")
		return 2
	}
	a, err := pf.analyzer(entitiesTasks)
	if err != nil {
		return fail(stderr, "entities", err)
	}
	format, err := parseInputFormat(*formatName)
	if err != nil {
		return fail(stderr, "entities", usageError{err})
	}
	in, err := readInput(fs.Arg(0), stdin, format)
	if err != nil {
		return fail(stderr, "entities", err)
	}
	// The text analyze reads (a text article whole, an HTML page's article
	// body), read as analyze reads it: offsets index it.
	res, err := a.Analyze(context.Background(), in.doc)
	if err != nil {
		return fail(stderr, "entities", err)
	}
	if err := writeJSON(stdout, entitiesOutput{res.Entities, res.Officials}, *indent); err != nil {
		return fail(stderr, "entities", err)
	}
	return 0
}

// writeJSON prints v as json.Marshal writes it (the bytes every front end
// gives), indented on request, and a line feed.
func writeJSON(w io.Writer, v any, indent bool) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if indent {
		var buf bytes.Buffer
		if err := json.Indent(&buf, b, "", "  "); err != nil {
			return err
		}
		b = buf.Bytes()
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
