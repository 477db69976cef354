package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunCommands(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(nil, &out, &errb); code != 2 || !strings.Contains(errb.String(), "usage:") {
		t.Errorf("no command: code %d, stderr %q", code, errb.String())
	}
	errb.Reset()
	if code := run([]string{"frobnicate"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), `unknown command "frobnicate"`) {
		t.Errorf("unknown command: code %d, stderr %q", code, errb.String())
	}

	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "batches"), 0o755); err != nil {
		t.Fatal(err)
	}
	batch := filepath.Join(dir, "batches", "t001.txt")
	list := "// status: pass1\n" + strings.ReplaceAll(strings.SplitN(sampleList, "\n\n", 2)[0], "// a batch of two records\n", "") + "\n"
	if err := os.WriteFile(batch, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	errb.Reset()
	if code := run([]string{"build", "-dir", dir, "-check"}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "out of date") {
		t.Errorf("build -check before build: code %d, stderr %q", code, errb.String())
	}
	out.Reset()
	if code := run([]string{"build", "-dir", dir}, &out, &errb); code != 0 || !strings.Contains(out.String(), "1 records compiled") {
		t.Errorf("build: code %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	if code := run([]string{"build", "-dir", dir, "-check"}, &out, &errb); code != 0 {
		t.Errorf("build -check after build: code %d, stderr %q", code, errb.String())
	}
	out.Reset()
	if code := run([]string{"render", batch}, &out, &errb); code != 0 ||
		!strings.Contains(out.String(), "[PER Lê Văn An | Chủ tịch UBND tỉnh Khánh Hòa {former}]") {
		t.Errorf("render: code %d, stdout %q", code, out.String())
	}
	out.Reset()
	if code := run([]string{"agree", batch, batch}, &out, &errb); code != 0 || !strings.Contains(out.String(), "| micro (typed exact span) | 6 | 6 | 6 | 100.0 |") {
		t.Errorf("agree with itself: code %d, stdout %q", code, out.String())
	}
	// pre never overwrites annotations.
	errb.Reset()
	if code := run([]string{"pre", "-in", batch, "-o", batch}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "already has entity lines") {
		t.Errorf("pre over an annotated file: code %d, stderr %q", code, errb.String())
	}
}
