package tsv

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestRows(t *testing.T) {
	rows, err := Rows("# comment\nphrase\tclass\n\nông\ta\r\nbà\tb\n", 2)
	if err != nil || !reflect.DeepEqual(rows, [][]string{{"ông", "a"}, {"bà", "b"}}) {
		t.Errorf("rows %q, %v", rows, err)
	}
	if _, err := Rows("phrase\tclass\nông\n", 2); err == nil {
		t.Error("a short row parses")
	}
}

func TestEmbedded(t *testing.T) {
	calls := 0
	load := Embedded("x.tsv", "phrase\tclass\nông\ta\nbà\tb\nanh\ta\n", 2, func(rows [][]string) (map[string][]string, error) {
		calls++
		return ByClass("a", "b")(rows)
	})
	want := map[string][]string{"a": {"ông", "anh"}, "b": {"bà"}}
	if got := load(); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	load()
	if calls != 1 {
		t.Errorf("parsed %d times, want once", calls)
	}
}

// A malformed embedded list panics naming the file and the fault.
func TestEmbeddedMalformed(t *testing.T) {
	for _, c := range []struct {
		data  string
		build func([][]string) (map[string][]string, error)
		fault string
	}{
		{"phrase\tclass\nông\n", ByClass("a"), "want 2 fields"},
		{"phrase\tclass\nông\tc\n", ByClass("a"), `unknown class "c"`},
		{"phrase\tclass\n", func([][]string) (map[string][]string, error) { return nil, errors.New("empty") }, "empty"},
	} {
		msg := func() (msg string) {
			defer func() { msg = fmt.Sprint(recover()) }()
			Embedded("dir/x.tsv", c.data, 2, c.build)()
			return ""
		}()
		if !strings.Contains(msg, "dir/x.tsv") || !strings.Contains(msg, c.fault) {
			t.Errorf("%q: panic %q, want the file and %q", c.data, msg, c.fault)
		}
	}
}
