package main

import (
	"bytes"
	"os"
	"path/filepath"
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

// TestAgreeAll sums the second passes of a corpus directory: the sample's
// share of the corpus's sentences, pooled F1, and records whose text changed.
func TestAgreeAll(t *testing.T) {
	dir := t.TempDir()
	write := func(path, s string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "batches", "t001.txt"), "// status: pass1\n"+sampleList)
	// The second pass annotated record 002 only, and typed one span differently.
	write(filepath.Join(dir, "passes", "t001.second.txt"), `## t001-002 ud-vtb:train-s3 doc=ud-vtb-train-b00
> Bộ Tài chính họp.
LOC Bộ Tài chính @other
`)
	write(filepath.Join(dir, "batches", "t002.txt"), "// status: draft\n## t002-001 written doc=t002-a01\n> Hà Nội.\n")
	var out, errb bytes.Buffer
	if code := run([]string{"agree", "-all", "-dir", dir}, &out, &errb); code != 0 {
		t.Fatalf("agree -all: code %d, stderr %q", code, errb.String())
	}
	for _, want := range []string{
		"| t001 | 1 | 1 | 33.3% | 1 / 1 | 0.0 | 0 / 0 | – | 0 |",
		"annotated independently twice: 1 of 3 sentences (33.3%); 1 of 1 batches have a second-pass sample",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("agree -all output lacks %q:\n%s", want, out.String())
		}
	}

	// A pass over a text the batch has since changed is flagged, and a pass
	// without its batch is an error.
	write(filepath.Join(dir, "passes", "t001.second.txt"), "## t001-002 ud-vtb:train-s3 doc=ud-vtb-train-b00\n> Bộ Tài chính đã họp.\nORG Bộ Tài chính\n")
	out.Reset()
	if code := run([]string{"agree", "-all", "-dir", dir}, &out, &errb); code != 0 || !strings.Contains(out.String(), "| 100.0 | 0 / 0 | – | 1 |") {
		t.Errorf("changed text: code %d, stdout %q", code, out.String())
	}
	write(filepath.Join(dir, "passes", "t002.second.txt"), "## t002-001 written doc=t002-a01\n> Hà Nội.\n")
	errb.Reset()
	if code := run([]string{"agree", "-all", "-dir", dir}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "batch t002 is missing or still a draft") {
		t.Errorf("pass of a draft batch: code %d, stderr %q", code, errb.String())
	}
}
