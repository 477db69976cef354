package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestEvalPackJoin(t *testing.T) {
	text := "Chủ tịch UBND tỉnh Nam Định Lê Văn An thăm huyện Ý Yên.\nÔng An nói."
	list := "## vietnews-dev-000001 vietnews:vietnews-dev-000001 doc=vietnews-dev-000001\n> " +
		strings.ReplaceAll(text, "\n", "\n> ") + `
PER Lê Văn An | Chủ tịch UBND tỉnh Nam Định {former}
ORG UBND tỉnh Nam Định
LOC huyện Ý Yên @district
PER An #2
`
	recs, err := parseList(strings.NewReader(list), "e.txt")
	if err != nil {
		t.Fatal(err)
	}
	g, errs := resolve(recs[0])
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	packed := packEval(g)
	for _, e := range packed.Entities {
		for _, r := range e.Roles {
			if r.End-r.Start != len([]rune("Chủ tịch UBND tỉnh Nam Định")) || r.Start != 0 {
				t.Errorf("role span [%d,%d)", r.Start, r.End)
			}
		}
	}
	arts := map[string]newsArticle{"vietnews-dev-000001": {ID: "vietnews-dev-000001", Title: "T", Text: text}}
	joined, err := joinEval([]evalRecord{packed}, arts)
	if err != nil {
		t.Fatal(err)
	}
	g.Title = "T"
	if !reflect.DeepEqual(joined[0], g) {
		t.Errorf("join(pack(g)) = %+v\nwant %+v", joined[0], g)
	}
	back := toList(joined[0])
	if got, want := formatMention(back.Mentions[3]), "PER An #2"; got != want {
		t.Errorf("toList mention = %q, want %q", got, want)
	}
	arts["vietnews-dev-000001"] = newsArticle{ID: "vietnews-dev-000001", Text: text + " "}
	if _, err := joinEval([]evalRecord{packed}, arts); err == nil || !strings.Contains(err.Error(), "changed") {
		t.Errorf("changed text not detected: %v", err)
	}
}

func TestSelectEval(t *testing.T) {
	long := func(cue string, n int) string { return strings.Repeat(cue+" ", n) + strings.Repeat("chữ ", 300) }
	arts := []newsArticle{
		{ID: "a", Text: long("UBND", 50)},
		{ID: "b", Text: long("UBND", 10)},
		{ID: "c", Text: long("UBND", 80)},
		{ID: "d", Text: "UBND ngắn"},
		{ID: "e", Text: long("UBND", 90)},
	}
	got := selectEval(arts, map[string]bool{"e": true}, 2)
	if !reflect.DeepEqual(got, []string{"a", "c"}) {
		t.Errorf("selectEval = %v, want [a c]", got)
	}
}
