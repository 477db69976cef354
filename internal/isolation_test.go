package internal_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportIsolation keeps the layering promised in the README: tokenize
// imports neither entities nor summarize, and summarize does not import
// entities.
func TestImportIsolation(t *testing.T) {
	forbidden := map[string][]string{
		"github.com/vntext/vntext/tokenize":  {"github.com/vntext/vntext/entities", "github.com/vntext/vntext/summarize"},
		"github.com/vntext/vntext/summarize": {"github.com/vntext/vntext/entities"},
		// The page parser sits under the stages; the pipeline stays free of
		// the HTML and WARC libraries, which only htmlpage, warc and the
		// command import.
		"github.com/vntext/vntext/page": {"github.com/vntext/vntext/entities", "github.com/vntext/vntext/summarize"},
		"github.com/vntext/vntext": {"github.com/vntext/vntext/htmlpage", "github.com/vntext/vntext/warc",
			"codeberg.org/readeck/go-readability", "github.com/nlnwa/gowarc", "golang.org/x/net"},
		"github.com/vntext/vntext/record": {"github.com/vntext/vntext/htmlpage", "github.com/vntext/vntext/warc",
			"codeberg.org/readeck/go-readability", "github.com/nlnwa/gowarc", "golang.org/x/net"},
	}
	for pkg, bad := range forbidden {
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		deps := strings.Fields(string(out))
		for _, d := range deps {
			for _, b := range bad {
				if d == b || strings.HasPrefix(d, b+"/") {
					t.Errorf("%s imports %s", pkg, d)
				}
			}
		}
	}
}
