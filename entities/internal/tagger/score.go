package tagger

// Counts are span counts for precision and recall: exact matches of type,
// start and end (seqeval's entity-level scoring).
type Counts struct {
	Correct, Predicted, Gold int
}

// P, R and F1 are percentages; 0 when undefined.
func (c Counts) P() float64 { return pct(c.Correct, c.Predicted) }
func (c Counts) R() float64 { return pct(c.Correct, c.Gold) }
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func (c *Counts) add(o Counts) {
	c.Correct += o.Correct
	c.Predicted += o.Predicted
	c.Gold += o.Gold
}

// Scores are micro-averaged counts and counts per type (indexed as the
// model's Types).
type Scores struct {
	Micro  Counts
	ByType []Counts
}

// Score tags every example with m and counts exact span matches. Example
// span types index m.Types().
func Score(m *Model, exs []Example) Scores {
	sc := Scores{ByType: make([]Counts, len(m.types))}
	for _, ex := range exs {
		pred := m.Tag(ex.Sentence)
		CountSpans(sc.ByType, ex.Spans, pred)
	}
	for _, c := range sc.ByType {
		sc.Micro.add(c)
	}
	return sc
}

// ScorePrior is Score with TagPrior and each example's Prior.
func ScorePrior(m *Model, exs []Example) Scores {
	sc := Scores{ByType: make([]Counts, len(m.types))}
	for _, ex := range exs {
		CountSpans(sc.ByType, ex.Spans, m.TagPrior(ex.Sentence, ex.Prior))
	}
	for _, c := range sc.ByType {
		sc.Micro.add(c)
	}
	return sc
}

// CountSpans adds to byType the matches between gold and predicted spans,
// both sorted by start and not overlapping within each list.
func CountSpans(byType []Counts, gold, pred []Span) {
	for _, s := range gold {
		byType[s.Type].Gold++
	}
	for _, s := range pred {
		byType[s.Type].Predicted++
	}
	i := 0
	for _, p := range pred {
		for i < len(gold) && gold[i].Start < p.Start {
			i++
		}
		if i < len(gold) && gold[i] == p {
			byType[p.Type].Correct++
		}
	}
}
