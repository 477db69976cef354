// Command sentcompare compares vntext's sentence splitter with
// github.com/jdkato/prose/v2 on the hand-written Vietnamese cases in
// testdata/sentences/cases.txt.
//
// It lives in its own module so that prose stays out of vntext's imports.
//
//	cd examples/sentcompare && go run .
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/vntext/vntext/tokenize"
)

// Case is one line of the case file: the input and its true sentences.
type Case struct {
	Line     int
	Category string
	Input    string
	Want     []string
}

// separators of the case file and the text they stand for in the input.
var separators = [...][2]string{{" || ", " "}, {" ↵ ", "\n"}, {"¦", ""}}

// LoadCases reads the case file (format in its header).
func LoadCases(r io.Reader) ([]Case, error) {
	var cases []Case
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		category, body, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: no tab", n)
		}
		c := Case{Line: n, Category: category}
		var in strings.Builder
		for {
			at, sep, join := -1, "", ""
			for _, s := range separators {
				if i := strings.Index(body, s[0]); i >= 0 && (at < 0 || i < at) {
					at, sep, join = i, s[0], s[1]
				}
			}
			if at < 0 {
				break
			}
			c.Want = append(c.Want, body[:at])
			in.WriteString(body[:at] + join)
			body = body[at+len(sep):]
		}
		in.WriteString(body)
		if body != "" {
			c.Want = append(c.Want, body)
		}
		c.Input = in.String()
		cases = append(cases, c)
	}
	return cases, sc.Err()
}

// Splitter returns the sentences of text.
type Splitter func(text string) ([]string, error)

// Ours is vntext's splitter.
func Ours() (Splitter, error) {
	tk, err := tokenize.New()
	if err != nil {
		return nil, err
	}
	return func(text string) ([]string, error) {
		var out []string
		for _, s := range tk.Sentences(text) {
			out = append(out, s.Text)
		}
		return out, nil
	}, nil
}

// Prose is prose/v2's Punkt splitter (English training, no hook for
// abbreviations), segmentation only.
func Prose(text string) ([]string, error) {
	doc, err := prose.NewDocument(text, prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, s := range doc.Sentences() {
		if t := strings.TrimSpace(s.Text); t != "" {
			out = append(out, t)
		}
	}
	return out, nil
}

// ProsePerLine feeds prose one line at a time, which gives it the line
// breaks it otherwise ignores.
func ProsePerLine(text string) ([]string, error) {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		s, err := Prose(line)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	return out, nil
}

// Score counts exact cases and sentence boundaries (where each sentence but
// the last ends, by byte offset in the input).
type Score struct {
	Cases, ExactCases        int
	TrueSentences, Predicted int
	TruePos, FalsePos, Miss  int
}

func (s *Score) add(c Case, got []string) {
	s.Cases++
	s.TrueSentences += len(c.Want)
	s.Predicted += len(got)
	if strings.Join(got, "\x00") == strings.Join(c.Want, "\x00") {
		s.ExactCases++
	}
	want, have := boundaries(c.Input, c.Want), boundaries(c.Input, got)
	for b := range have {
		if want[b] {
			s.TruePos++
		} else {
			s.FalsePos++
		}
	}
	for b := range want {
		if !have[b] {
			s.Miss++
		}
	}
}

// boundaries maps sentences back to the input and returns their end
// offsets, without the final one.
func boundaries(input string, sents []string) map[int]bool {
	out := map[int]bool{}
	at := 0
	for i, s := range sents {
		k := strings.Index(input[at:], s)
		if k < 0 {
			continue // a splitter that rewrote the text: no credit
		}
		at += k + len(s)
		if i < len(sents)-1 {
			out[at] = true
		}
	}
	return out
}

// Precision, Recall and F1 are over internal sentence boundaries, in percent.
func (s Score) Precision() float64 { return pct(s.TruePos, s.TruePos+s.FalsePos) }
func (s Score) Recall() float64    { return pct(s.TruePos, s.TruePos+s.Miss) }
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func (s Score) Exact() float64 { return pct(s.ExactCases, s.Cases) }

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// Evaluate runs split over cases, overall and per category.
func Evaluate(cases []Case, split Splitter) (Score, map[string]*Score, []string, error) {
	var total Score
	per := map[string]*Score{}
	var misses []string
	for _, c := range cases {
		got, err := split(c.Input)
		if err != nil {
			return total, nil, nil, fmt.Errorf("line %d: %w", c.Line, err)
		}
		total.add(c, got)
		if per[c.Category] == nil {
			per[c.Category] = &Score{}
		}
		per[c.Category].add(c, got)
		if strings.Join(got, "\x00") != strings.Join(c.Want, "\x00") {
			misses = append(misses, fmt.Sprintf("line %d: %q", c.Line, got))
		}
	}
	return total, per, misses, nil
}

func main() {
	path := "../../testdata/sentences/cases.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	if err := run(path, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "sentcompare:", err)
		os.Exit(1)
	}
}

func run(path string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	cases, err := LoadCases(f)
	if err != nil {
		return err
	}
	ours, err := Ours()
	if err != nil {
		return err
	}
	splitters := []struct {
		name  string
		split Splitter
	}{{"vntext", ours}, {"prose/v2", Prose}, {"prose/v2, one line at a time", ProsePerLine}}
	fmt.Fprintf(w, "| splitter | exact cases | sentences (true %s) | boundary P | R | F1 |\n|---|---:|---:|---:|---:|---:|\n", "n")
	var perCat []map[string]*Score
	for _, s := range splitters {
		total, per, _, err := Evaluate(cases, s.split)
		if err != nil {
			return err
		}
		perCat = append(perCat, per)
		fmt.Fprintf(w, "| %s | %d/%d (%.1f%%) | %d (true %d) | %.1f | %.1f | %.1f |\n", s.name, total.ExactCases, total.Cases,
			total.Exact(), total.Predicted, total.TrueSentences, total.Precision(), total.Recall(), total.F1())
	}
	fmt.Fprintf(w, "\nPer category, exact cases and sentences produced:\n\n"+
		"| category | cases | true sentences | vntext | prose/v2 | prose/v2 per line |\n|---|---:|---:|---:|---:|---:|\n")
	var cats []string
	for c := range perCat[0] {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Fprintf(w, "| %s | %d | %d |", c, perCat[0][c].Cases, perCat[0][c].TrueSentences)
		for _, per := range perCat {
			fmt.Fprintf(w, " %d exact, %d sent. |", per[c].ExactCases, per[c].Predicted)
		}
		fmt.Fprintln(w)
	}
	return nil
}
