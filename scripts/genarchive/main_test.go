package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"1GB": 1 << 30, "200MB": 200 << 20, "64kb": 64 << 10, "1000": 1000} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "GB", "-1MB", "1TB", "x"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) accepted", in)
		}
	}
}

func TestRunWritesArchive(t *testing.T) {
	out := filepath.Join(t.TempDir(), "a.jsonl")
	if err := run(5, "", 500, 7, out, 0); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil || a.ID == "" || a.Title == "" || len(a.Text) < 1000 {
			t.Fatalf("line %d: %v %+v", n+1, err, a)
		}
		n++
	}
	if n != 5 {
		t.Fatalf("%d articles, want 5", n)
	}
	sized := filepath.Join(t.TempDir(), "b.jsonl")
	if err := run(0, "64KB", 500, 7, sized, 0); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(sized); err != nil || st.Size() < 64<<10 || st.Size() > 80<<10 {
		t.Fatalf("sized archive: %v %v", st.Size(), err)
	}
}
