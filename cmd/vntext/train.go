package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vntext/vntext/entities"
)

// runTrain dispatches "vntext train NAME"; entities is the one model users
// train.
func runTrain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	const usage = "usage: vntext train entities [flags] -o MODEL FILE... (vntext train entities --help)"
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprintln(stdout, usage)
		return 0
	case "entities":
		return trainEntities(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "vntext train: unknown model %q (%s)\n", args[0], usage)
	return 2
}

// trainEntities trains an entity model from annotated files and writes it
// to -o; the report (dev scores per type) goes to stdout as JSON.
func trainEntities(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train entities", flag.ContinueOnError)
	format := fs.String("format", "", "training data format: conll (one token per line, IOB2 tags last) or jsonl (records with text and entities, code-point offsets); default by file extension (.jsonl → jsonl, else conll)")
	dev := fs.String("dev", "", "annotated file, not trained on, that picks the epoch and stops training")
	seed := fs.Uint64("seed", 0, "seed ordering the examples (same data and seed: same model bytes)")
	epochs := fs.Int("epochs", 12, "passes over the training data (with --dev, the most)")
	types := fs.String("types", "", "comma-separated entity types to learn (default: all in the data)")
	out := fs.String("o", "", "model file to write (required)")
	quiet := fs.Bool("quiet", false, "no progress lines on standard error")
	const usage = "usage: vntext train entities [--format conll|jsonl] [--dev FILE] [--seed N] [--epochs N] [--types LIST] -o MODEL FILE...\n" +
		"Use the model with --entity-model MODEL on entities, analyze, batch and serve, or entities.WithModel."
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	if *out == "" || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "vntext train entities: need -o MODEL and at least one FILE ("+strings.SplitN(usage, "\n", 2)[0]+")")
		return 2
	}
	var opts []entities.TrainOption
	opts = append(opts, entities.TrainSeed(*seed), entities.TrainEpochs(*epochs))
	if *types != "" {
		var ts []entities.Type
		for _, t := range strings.Split(*types, ",") {
			ts = append(ts, entities.Type(strings.TrimSpace(t)))
		}
		opts = append(opts, entities.TrainTypes(ts...))
	}
	if !*quiet {
		opts = append(opts, entities.TrainLog(stderr))
	}
	var train []entities.Example
	for _, path := range fs.Args() {
		exs, err := readExamples(path, *format)
		if err != nil {
			fmt.Fprintln(stderr, "vntext train entities:", err)
			return 1
		}
		train = append(train, exs...)
	}
	if *dev != "" {
		exs, err := readExamples(*dev, *format)
		if err != nil {
			fmt.Fprintln(stderr, "vntext train entities:", err)
			return 1
		}
		opts = append(opts, entities.TrainDev(exs))
	}
	var model bytes.Buffer
	rep, err := entities.Train(context.Background(), &model, train, opts...)
	if err != nil {
		fmt.Fprintln(stderr, "vntext train entities:", err)
		return 1
	}
	if err := os.WriteFile(*out, model.Bytes(), 0o644); err != nil {
		fmt.Fprintln(stderr, "vntext train entities:", err)
		return 1
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		fmt.Fprintln(stderr, "vntext train entities:", err)
		return 1
	}
	return 0
}

// readExamples reads one annotated file in format, or by its extension
// when format is "".
func readExamples(path, format string) ([]entities.Example, error) {
	if format == "" {
		format = entities.FormatCoNLL
		if strings.HasSuffix(path, ".jsonl") {
			format = entities.FormatJSONL
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	exs, err := entities.ReadExamples(f, format)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return exs, nil
}
