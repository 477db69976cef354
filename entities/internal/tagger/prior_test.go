package tagger

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"strings"
	"testing"
)

func sentence(text string) *Sentence {
	s := &Sentence{}
	for _, w := range strings.Fields(text) {
		s.Add(w, key(w), Space)
	}
	return s
}

func toyModel(t *testing.T) *Model {
	t.Helper()
	b, _, err := Train(context.Background(), toy(1, 400), toy(3, 100), Options{Types: toyTypes, Bits: 18})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTagPrior: a prior the model disagrees with wins a region only when
// the model's margin there is below MinMargin; where they agree, and with
// no margin, TagPrior is Tag.
func TestTagPrior(t *testing.T) {
	m := toyModel(t)
	s := sentence("Hôm nay ông Đỗ Hữu Tâm đến Cao Bằng .")
	want := fmt.Sprint(m.Tag(s)) // [{1 3 6} {0 7 9}]
	// The prior reads the person's last word as a place and misses the
	// province.
	prior := []Span{{Type: 0, Start: 5, End: 6}}
	if got := fmt.Sprint(m.TagPrior(s, prior)); got != want {
		t.Errorf("no margin: TagPrior = %s, want Tag's %s", got, want)
	}
	regions, ok := m.regions(s, prior)
	if !ok || len(regions) != 2 {
		t.Fatalf("regions = %v, %v; want two", regions, ok)
	}
	if r := regions[0]; r.s != 3 || r.e != 6 || r.margin <= 0 {
		t.Errorf("first region %+v, want tokens [3,6) with a positive margin", r)
	}
	// A margin between the two regions' hands the weaker one to the prior.
	lo, hi := min(regions[0].margin, regions[1].margin), max(regions[0].margin, regions[1].margin)
	if lo == hi {
		t.Skip("both regions have the same margin")
	}
	mm := *m
	mm.minMargin = (lo + hi) / 2
	got := mm.TagPrior(s, prior)
	weak := regions[0]
	if regions[1].margin < regions[0].margin {
		weak = regions[1]
	}
	for _, sp := range got {
		inWeak := sp.Start < weak.e && sp.End > weak.s
		if inWeak && !slices.Contains(prior, sp) {
			t.Errorf("margin %.2f: the model's %v kept in the weaker region %+v", mm.minMargin, sp, weak)
		}
	}
	// Above every margin the prior wins everywhere.
	mm.minMargin = hi + 1
	if got := fmt.Sprint(mm.TagPrior(s, prior)); got != fmt.Sprint(prior) {
		t.Errorf("margin above all: TagPrior = %s, want the prior %v", got, prior)
	}
	// Agreement: nothing changes, whatever the margin.
	if got := fmt.Sprint(mm.TagPrior(s, m.Tag(s))); got != want {
		t.Errorf("prior = the model's: TagPrior = %s, want %s", got, want)
	}
}

// TestPickMargin: with priors that are always right, the picked margin
// hands every disagreement to the prior; with priors always wrong, none.
func TestPickMargin(t *testing.T) {
	m := toyModel(t)
	dev := toy(5, 60)
	for i := range dev {
		dev[i].Prior = dev[i].Spans
	}
	// The model is right everywhere on template sentences, so a prior equal
	// to gold never disagrees: no regions, margin 0.
	if got := PickMargin(m, dev); got != 0 {
		t.Errorf("prior = gold = model: margin %v, want 0", got)
	}
	// A prior that drops every person is wrong wherever it disagrees.
	for i := range dev {
		dev[i].Prior = slices.DeleteFunc(slices.Clone(dev[i].Spans), func(s Span) bool { return s.Type == 1 })
	}
	if got := PickMargin(m, dev); got != 0 {
		t.Errorf("a wrong prior: margin %v, want 0 (the model everywhere)", got)
	}
}

// TestModelFormat1: a model written before margins (format 1) loads with
// margin 0, and a damaged margin is refused.
func TestModelFormat1(t *testing.T) {
	b, _, err := Train(context.Background(), toy(1, 100), nil, Options{Types: toyTypes, Bits: 16, Epochs: 2})
	if err != nil {
		t.Fatal(err)
	}
	m2 := setMargin(bytes.Clone(b), 3.5)
	m, err := Load(bytes.NewReader(m2))
	if err != nil || m.MinMargin() != 3.5 {
		t.Fatalf("format 2 with margin 3.5: %v, margin %v", err, m.MinMargin())
	}
	// Format 1: version byte 1 and no margin field.
	old := bytes.Clone(b[:len(b)-12])
	old[len(magic)] = 1
	old = binary.LittleEndian.AppendUint32(old, crc32.ChecksumIEEE(old))
	if m, err := Load(bytes.NewReader(old)); err != nil || m.MinMargin() != 0 {
		t.Errorf("format 1: %v, margin %v", err, m.MinMargin())
	}
	if _, err := Load(bytes.NewReader(setMargin(bytes.Clone(b), math.NaN()))); err == nil {
		t.Error("a NaN margin loaded")
	}
	if _, err := Load(bytes.NewReader(setMargin(bytes.Clone(b), -1))); err == nil {
		t.Error("a negative margin loaded")
	}
}
