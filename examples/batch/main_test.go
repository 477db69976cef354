package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/vntext/vntext"
)

func TestRunKeepsOrder(t *testing.T) {
	a, err := vntext.New(vntext.WithTasks(vntext.TaskSummary))
	if err != nil {
		t.Fatal(err)
	}
	var in strings.Builder
	for i := range 50 {
		fmt.Fprintf(&in, `{"id":"%d","text":"%s"}`+"\n", i, strings.Repeat(
			fmt.Sprintf("UBND tỉnh Quảng Nam họp bàn kế hoạch phát triển kinh tế năm %d với nhiều giải pháp mới. ", 2000+i), 1+i%7))
	}
	in.WriteString("not json\n")
	var out strings.Builder
	w := bufio.NewWriter(&out)
	if err := run(a, strings.NewReader(in.String()), w, nil); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 51 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines[:50] {
		var r vntext.Result
		if err := json.Unmarshal([]byte(l), &r); err != nil || r.ID != fmt.Sprint(i) || len(r.Summary.Sentences) == 0 {
			t.Fatalf("line %d: %s (%v)", i, l, err)
		}
	}
	if !strings.Contains(lines[50], `"error"`) {
		t.Fatalf("bad line not reported: %s", lines[50])
	}

	// A closed stop takes no record at all.
	stop := make(chan struct{})
	close(stop)
	out.Reset()
	if err := run(a, strings.NewReader(in.String()), w, stop); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if out.Len() != 0 {
		t.Fatalf("stopped run wrote %q", out.String())
	}
}
