// Command train rebuilds the word-segmentation model embedded in
// tokenize/internal/lexicon from the corpora under $VNTEXT_DATA/ws:
//
//	go run ./tokenize/internal/train            # writes tokenize/internal/lexicon/model.bin
//
// The output is deterministic. -train-only leaves out the UD dev sentences,
// -pyvi adds ws/pyvi-vtb (experiments only: its licence forbids shipping), and
// -eval scores the new model on a gold file instead of writing it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/vntext/vntext/tokenize/internal/wseg"
	"github.com/vntext/vntext/tokenize/internal/wstrain"
)

func main() {
	data := flag.String("data", os.Getenv("VNTEXT_DATA"), "corpora folder (holding ws/)")
	out := flag.String("out", defaultOut(), "model file to write")
	trainOnly := flag.Bool("train-only", false, "leave out ws/ud-vtb/dev.seg.txt")
	pyvi := flag.Bool("pyvi", false, "add ws/pyvi-vtb/train.seg.txt (never ship the result)")
	epochs := flag.Int("epochs", 0, "perceptron epochs (0: default)")
	minWeight := flag.Float64("min-weight", -1, "prune smaller averaged weights (-1: default)")
	predOut := flag.String("pred", "", "with -eval: write the predicted lines here")
	eval := flag.String("eval", "", "score on this gold file (relative to -data) instead of writing")
	cv := flag.Int("cv", 0, "cross-validate on the training lines with this many folds instead of writing")
	bags := flag.Int("bags", 0, "perceptron runs averaged (0: default)")
	margin := flag.Float64("margin", -1, "training margin (-1: default)")
	minCount := flag.Int("min-count", 0, "drop features seen fewer times (0: default)")
	seed := flag.Uint64("seed", 0, "shuffling seed (0: default)")
	flag.Parse()
	if *data == "" {
		fail(fmt.Errorf("set VNTEXT_DATA or -data"))
	}
	c := wstrain.Shipped(*data)
	if *trainOnly {
		c = wstrain.TrainOnly(*data)
	}
	if *pyvi {
		if *eval == "" {
			fail(fmt.Errorf("-pyvi is for experiments: use it with -eval"))
		}
		c.Train = append(c.Train, "ws/pyvi-vtb/train.seg.txt")
	}
	if *minWeight >= 0 {
		c.MinWeight = float32(*minWeight)
	}
	if *epochs > 0 {
		c.Epochs = *epochs
	}
	c.Tune = func(t *wseg.Trainer) {
		if *seed > 0 {
			t.Seed = *seed
		}
		if *bags > 0 {
			t.Bags = *bags
		}
		if *minCount > 0 {
			t.MinCount = int32(*minCount)
		}
		if *margin >= 0 {
			t.Margin = float32(*margin)
		}
	}
	start := time.Now()
	if *cv > 1 {
		r, err := wstrain.CrossValidate(c, *cv)
		if err != nil {
			fail(err)
		}
		fmt.Printf("cv%d P %.2f R %.2f F1 %.2f F1-multi %.2f (%v)\n", *cv, r.P, r.R, r.F1, r.F1Multi, time.Since(start).Round(time.Millisecond))
		return
	}
	model, err := wstrain.Build(c)
	if err != nil {
		fail(err)
	}
	st, err := wseg.Inspect(model)
	if err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "trained on %v in %v: %d bytes, %+v\n", c.Train, time.Since(start).Round(time.Millisecond), len(model), st)
	if *eval != "" {
		gold, err := wstrain.ReadLines(filepath.Join(*data, *eval))
		if err != nil {
			fail(err)
		}
		r, pred, err := wstrain.Evaluate(model, gold)
		if err == nil && *predOut != "" {
			err = os.WriteFile(*predOut, []byte(strings.Join(pred, "\n")+"\n"), 0o644)
		}
		if err != nil {
			fail(err)
		}
		fmt.Printf("P %.2f R %.2f F1 %.2f F1-multi %.2f (lines %d, changed %d)\n", r.P, r.R, r.F1, r.F1Multi, r.Lines, r.TextChanged)
		return
	}
	if err := os.WriteFile(*out, model, 0o644); err != nil {
		fail(err)
	}
}

// defaultOut is tokenize/internal/lexicon/model.bin next to this source file's
// package when run from the module root or from tokenize (go generate).
func defaultOut() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "model.bin"
	}
	return filepath.Join(filepath.Dir(file), "..", "lexicon", "model.bin")
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "train:", err)
	os.Exit(1)
}
