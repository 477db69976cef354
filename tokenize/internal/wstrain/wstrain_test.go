package wstrain

import (
	"path/filepath"
	"testing"

	"github.com/vntext/vntext/internal/testenv"
)

// minDevF1 is the accuracy bar on UD Vietnamese-VTB dev for a model that
// never saw the dev sentences (RDRsegmenter scores 97.29 there).
const minDevF1 = 97.45

// TestDevF1 trains the licence-clean, train-only model (deterministic) and
// scores it on the dev sentences through the public Segment path.
func TestDevF1(t *testing.T) {
	data := testenv.DataDir(t, "ws")
	model, err := Build(TrainOnly(filepath.Dir(data)))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ReadLines(filepath.Join(data, "ud-vtb", "dev.seg.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r, _, err := Evaluate(model, gold)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev: P %.2f R %.2f F1 %.2f F1-multi %.2f (%d lines, model %d bytes)", r.P, r.R, r.F1, r.F1Multi, r.Lines, len(model))
	if r.TextChanged != 0 {
		t.Errorf("%d lines changed text", r.TextChanged)
	}
	if r.F1 < minDevF1 {
		t.Errorf("dev F1 %.2f < %.2f", r.F1, minDevF1)
	}
}

func TestDetokenize(t *testing.T) {
	raw, starts := Detokenize("Thủ_đô Hà_Nội , năm 2023 ( mới ) ...")
	if want := "Thủ đô Hà Nội, năm 2023 (mới) ..."; raw != want {
		t.Fatalf("raw %q, want %q", raw, want)
	}
	if !starts[0] || !starts[len("Thủ đô ")] || !starts[len("Thủ đô Hà Nội")] {
		t.Errorf("word starts %v", starts)
	}
}

func TestSentenceCaseNames(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Ông Nguyễn_Văn_An về Hà_Nội .", "Ông Nguyễn_văn_an về Hà_Nội .", true},
		{"Bà Trần_Thị_Ngọc_Lan và Lê_Lợi", "Bà Trần_thị_ngọc_lan và Lê_Lợi", true},
		{"Hà_Nội , Lý_do , Công_Ty_Sông_Đà", "Hà_Nội , Lý_do , Công_Ty_Sông_Đà", false},
		{"Nguyễn_Văn_an", "Nguyễn_Văn_an", false},
	} {
		got, ok := sentenceCaseNames(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("sentenceCaseNames(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
