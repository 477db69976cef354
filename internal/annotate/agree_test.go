package main

import (
	"strings"
	"testing"
)

func TestAgreement(t *testing.T) {
	a := `## t001-001 written doc=t001-a01
> Chủ tịch UBND tỉnh Nam Định Lê Văn An thăm huyện Ý Yên và Bộ Y tế.
PER Lê Văn An | Chủ tịch UBND tỉnh Nam Định
ORG UBND tỉnh Nam Định
LOC huyện Ý Yên @district
ORG Bộ Y tế
`
	b := `## t001-001 written doc=t001-a01
> Chủ tịch UBND tỉnh Nam Định Lê Văn An thăm huyện Ý Yên và Bộ Y tế.
PER Lê Văn An | Chủ tịch UBND tỉnh Nam Định {former}
ORG UBND tỉnh Nam Định
LOC Ý Yên @district
ORG Bộ Y tế
`
	parse := func(s string) []goldRecord {
		recs, err := parseList(strings.NewReader(s), "x")
		if err != nil {
			t.Fatal(err)
		}
		g, errs := resolve(recs[0])
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		return []goldRecord{g}
	}
	ag := compareRecords(parse(a), parse(b), nil)
	if ag.Micro.TP != 3 || ag.Micro.A != 4 || ag.Micro.B != 4 {
		t.Errorf("micro = %+v, want 3 of 4 and 4", ag.Micro)
	}
	if f := ag.Types["LOCATION"].f1(); f != 0 {
		t.Errorf("LOCATION F1 = %v, want 0", f)
	}
	if ag.Pairs.TP != 1 || ag.Status != 1 || ag.StatusSame != 0 {
		t.Errorf("pairs %+v, status %d/%d: want the pair shared with different statuses", ag.Pairs, ag.StatusSame, ag.Status)
	}
	if len(ag.Diffs) != 3 {
		t.Errorf("diffs = %q", ag.Diffs)
	}
}
