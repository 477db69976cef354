package main

import (
	"os"
	"strings"
	"testing"
)

// The generator reads licence-clean corpora only: no evaluation corpus
// path appears in its source.
func TestReadsNoEvaluationCorpus(t *testing.T) {
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	code := strings.ToLower(string(src))
	for _, bad := range []string{`"sum"`, "vietnews", `"ner"`, "vlsp", "phoner"} {
		// The package comment may name them; the code may not.
		body := code[strings.Index(code, "package main"):]
		if strings.Contains(body, bad) {
			t.Errorf("genidf's code mentions %s", bad)
		}
	}
}
