package segeval

import (
	"math"
	"testing"
)

func TestScore(t *testing.T) {
	gold := []string{
		"Thủ_đô Hà_Nội , năm 2023 .",
		"Ông Nguyễn_Văn_An về quê",
		"một dòng khác",
	}
	pred := []string{
		"Thủ_đô Hà Nội , năm 2023 .", // Hà_Nội split: 5 of 6 gold words... 5 correct of 7 predicted
		"Ông Nguyễn_Văn_An về_quê",   // 2 correct of 3
		"một dòng",                   // different text: skipped
	}
	r, err := Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	if r.Gold != 6+4 || r.Pred != 7+3 || r.Correct != 5+2 || r.TextChanged != 1 {
		t.Fatalf("counts %+v", r)
	}
	if r.GoldMulti != 3 || r.PredMulti != 3 || r.CorrectMulti != 2 {
		t.Fatalf("multi-syllable counts %+v", r)
	}
	near := func(got, want float64) bool { return math.Abs(got-want) < 1e-9 }
	if !near(r.P, 70) || !near(r.R, 70) || !near(r.F1, 70) || !near(r.F1Multi, 200.0*2/6) {
		t.Fatalf("scores %+v", r)
	}
}

func TestScoreLineCountMismatch(t *testing.T) {
	if _, err := Score([]string{"a"}, nil); err == nil {
		t.Fatal("no error for different line counts")
	}
}

func TestScoreNFCAndSpaces(t *testing.T) {
	// NFD prediction, tabs and a no-break space between words: the
	// reference scorer normalizes to NFC and splits on any white space.
	r, err := Score([]string{"Hà_Nội mùa thu"}, []string{"Ha\u0300_Nô\u0323i\tmùa\u00a0thu"})
	if err != nil {
		t.Fatal(err)
	}
	if r.F1 != 100 || r.TextChanged != 0 {
		t.Fatalf("%+v", r)
	}
}

func TestRaw(t *testing.T) {
	if got := Raw("Thủ_đô Hà_Nội ,"); got != "Thủ đô Hà Nội ," {
		t.Fatal(got)
	}
}
