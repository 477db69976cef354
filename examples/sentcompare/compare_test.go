package main

import (
	"os"
	"strings"
	"testing"
)

func loadCases(t *testing.T) []Case {
	t.Helper()
	f, err := os.Open("../../testdata/sentences/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := LoadCases(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 200 {
		t.Fatalf("only %d cases", len(cases))
	}
	return cases
}

// TestOursBeatsProse is the README row: vntext gets every case right,
// prose/v2 does not.
func TestOursBeatsProse(t *testing.T) {
	cases := loadCases(t)
	ours, err := Ours()
	if err != nil {
		t.Fatal(err)
	}
	mine, _, misses, err := Evaluate(cases, ours)
	if err != nil {
		t.Fatal(err)
	}
	if mine.ExactCases != mine.Cases {
		t.Errorf("vntext missed %d cases:\n%s", mine.Cases-mine.ExactCases, strings.Join(misses, "\n"))
	}
	theirs, _, _, err := Evaluate(cases, Prose)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("vntext %d/%d exact, F1 %.1f; prose/v2 %d/%d exact, F1 %.1f", mine.ExactCases, mine.Cases, mine.F1(),
		theirs.ExactCases, theirs.Cases, theirs.F1())
	if theirs.F1() >= mine.F1() {
		t.Errorf("prose/v2 F1 %.1f is not below ours %.1f", theirs.F1(), mine.F1())
	}
}

func TestBoundaries(t *testing.T) {
	in := "A b. C d. E f."
	got := boundaries(in, []string{"A b.", "C d.", "E f."})
	if len(got) != 2 || !got[4] || !got[9] {
		t.Fatalf("boundaries = %v", got)
	}
	var s Score
	s.add(Case{Input: in, Want: []string{"A b.", "C d.", "E f."}}, []string{"A b. C d.", "E f."})
	if s.TruePos != 1 || s.Miss != 1 || s.FalsePos != 0 || s.ExactCases != 0 {
		t.Fatalf("score = %+v", s)
	}
}
