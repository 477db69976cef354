package wseg

import (
	"math"
	"strings"
	"testing"
)

// tiny builds a small model from a handful of sentences.
func tiny(t *testing.T) (*modelData, *Trainer) {
	t.Helper()
	tr := NewTrainer(nil, nil)
	tr.Epochs = 3
	tr.Bags = 1
	tr.MinCount = 1
	tr.MinWeight = 0
	tr.AddName("Nguyễn", FlagSurname)
	tr.AddName("Văn", FlagMiddle)
	tr.AddLexiconWord([]string{"thủ", "đô"})
	tr.AddLexiconWord([]string{"hà", "nội"})
	tr.AddLexiconWord([]string{"nhà", "khoa", "học"})
	for i, s := range []string{
		"Thủ_đô Hà_Nội , năm 2023 .",
		"Ông Nguyễn_Văn_An là nhà khoa_học ...",
		"Anh ấy về Hà_Nội hôm_qua .",
		"TP. HCM có 2.000 người",
	} {
		units, begins := splitGold(s)
		tr.AddSentence(i, units, begins)
	}
	return tr.train(), tr
}

// splitGold is a minimal tokenizer for these tests: space-separated units,
// a unit of digits is a number and one of punctuation is punctuation.
func splitGold(gold string) ([]Unit, []bool) {
	var units []Unit
	var begins []bool
	for _, w := range strings.Fields(gold) {
		for j, u := range strings.Split(w, "_") {
			shape := ShapeOther
			syl := true
			switch {
			case strings.Trim(u, "0123456789.,") == "":
				shape, syl = ShapeNumber, false
			case strings.Trim(u, ".,;:!?") == "":
				shape, syl = ShapePunct, false
			}
			units = append(units, Unit{Text: u, Syllable: syl, Shape: shape})
			begins = append(begins, j == 0)
		}
	}
	return units, begins
}

// TestEmissionMatchesFeatures checks that the compiled runtime weights add
// up exactly the weights of the training features at every junction.
func TestEmissionMatchesFeatures(t *testing.T) {
	d, tr := tiny(t)
	m := d.build(nil)
	var in Input
	checked := 0
	for _, s := range tr.sents {
		m.Fill(&in, s.units)
		m.prepare(&in)
		for i := 1; i < in.Len(); i++ {
			m.features(&in, i)
			var want float32
			for _, k := range in.feats {
				want += d.weights[k]
			}
			got := m.emission(&in, i)
			if math.Abs(float64(got-want)) > 1e-3 {
				t.Fatalf("sentence %v junction %d: emission %v, features sum %v", s.units, i, got, want)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}

func TestEncodeLoadRoundTrip(t *testing.T) {
	_, tr := tiny(t)
	data := tr.Train()
	m, err := Load(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if string(tr.Train()) != string(data) {
		t.Error("training is not deterministic")
	}
	var in Input
	units, gold := splitGold("Thủ_đô Hà_Nội , năm 2023 .")
	m.Fill(&in, units)
	m.Segment(&in)
	for i := range gold {
		if in.Begin(i) != gold[i] {
			t.Errorf("unit %d %q: begin %v, want %v", i, units[i].Text, in.Begin(i), gold[i])
		}
	}
}

func TestLoadRejectsCorruptModels(t *testing.T) {
	_, tr := tiny(t)
	data := tr.Train()
	for _, bad := range [][]byte{nil, []byte("VNWS2\n"), data[:len(data)/2], append(append([]byte{}, data...), 0)} {
		if _, err := Load(bad, nil); err == nil {
			t.Errorf("Load accepted %d bytes of a %d-byte model", len(bad), len(data))
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(Empty())
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(data, nil)
		if err != nil {
			return
		}
		var in Input
		in.AddSyllable(m, "a", false)
		in.AddSyllable(m, "b", false)
		m.Segment(&in)
	})
}

// TestAppendLower checks lower-casing through the letters table.
func TestAppendLower(t *testing.T) {
	if got := string(AppendLower(nil, "ĐẠI HỌC Quốc Gia ΑΒΓ")); got != "đại học quốc gia αβγ" {
		t.Fatalf("appendLower: %q", got)
	}
}
