package main

import (
	"bytes"
	"strings"
	"testing"
)

const sampleList = `// a batch of two records
## t001-001 written doc=t001-a01
// note
> Nguyên Chủ tịch UBND tỉnh Khánh Hòa Lê Văn An và ông An cùng đến quận Tây Hồ.
> Quận Tây Hồ có hồ Tây.
PER Lê Văn An | Chủ tịch UBND tỉnh Khánh Hòa {former}
ORG UBND tỉnh Khánh Hòa
PER An #2
LOC quận Tây Hồ @district
LOC Quận Tây Hồ @district
LOC hồ Tây @other

## t001-002 ud-vtb:train-s3 doc=ud-vtb-train-b00
> Bộ Tài chính họp.
ORG Bộ Tài chính
`

func TestParseListRoundTrip(t *testing.T) {
	recs, err := parseList(strings.NewReader(sampleList), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("got %d records", len(recs))
	}
	r := recs[0]
	if r.ID != "t001-001" || r.Source != "written" || r.Doc != "t001-a01" || !strings.Contains(r.Text, "\nQuận Tây Hồ") {
		t.Errorf("header or text wrong: %+v", r)
	}
	want := mention{Type: "PERSON", Surface: "Lê Văn An", Occ: 1, Roles: []role{{"Chủ tịch UBND tỉnh Khánh Hòa", "former"}}, Line: 6}
	if got := r.Mentions[0]; got.Surface != want.Surface || got.Occ != 1 || len(got.Roles) != 1 || got.Roles[0] != want.Roles[0] || got.Line != 6 {
		t.Errorf("mention 0 = %+v, want %+v", got, want)
	}
	if m := r.Mentions[2]; m.Surface != "An" || m.Occ != 2 {
		t.Errorf("occurrence not read: %+v", m)
	}
	if m := r.Mentions[3]; m.Level != "district" || m.Surface != "quận Tây Hồ" {
		t.Errorf("level not read: %+v", m)
	}
	var b bytes.Buffer
	if err := writeList(&b, recs); err != nil {
		t.Fatal(err)
	}
	again, err := parseList(&b, "y.txt")
	if err != nil {
		t.Fatal(err)
	}
	for i := range recs {
		if again[i].Text != recs[i].Text || len(again[i].Mentions) != len(recs[i].Mentions) {
			t.Fatalf("round trip changed record %d", i)
		}
		for j, m := range recs[i].Mentions {
			if formatMention(again[i].Mentions[j]) != formatMention(m) {
				t.Errorf("round trip: %q became %q", formatMention(m), formatMention(again[i].Mentions[j]))
			}
		}
	}
}

func TestParseListErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"> text\n", "x.txt:1: text before the first record header"},
		{"## a b\n> t\n", "record header must be"},
		{"## a written doc=a\nPER X\n", "entity line before the record's text"},
		{"## a written doc=a\n> X\nPERS X\n", `unknown type "PERS"`},
		{"## a written doc=a\n> X\nPER X #0\n", "bad occurrence"},
		{"## a written doc=a\n> X\nPER X\n> more\n", "text line after entity lines"},
		{"## a written doc=a\n> X\nPER X | \n", "empty role"},
		{"## a written doc=a\n", "record has no text"},
	} {
		_, err := parseList(strings.NewReader(tc.in), "x.txt")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.want)
		}
	}
}
