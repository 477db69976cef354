// Package testenv locates the evaluation corpora for data-backed tests.
package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// EnvVar names the directory holding the corpora (norm/, ws/, ner/, ...).
const EnvVar = "VNTEXT_DATA"

// DataDir returns $VNTEXT_DATA joined with elem. The test is skipped when the
// variable is unset and fails when it is set but the path does not exist, so
// CI (which sets it) can never pass by quietly skipping an evaluation.
func DataDir(tb testing.TB, elem ...string) string {
	tb.Helper()
	root := os.Getenv(EnvVar)
	if root == "" {
		tb.Skipf("%s is not set; skipping data-backed test", EnvVar)
	}
	p := filepath.Join(append([]string{root}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("%s is set but %s is missing: %v", EnvVar, p, err)
	}
	return p
}
