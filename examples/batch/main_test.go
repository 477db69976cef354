package main

import (
	"context"
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
	n, err := run(context.Background(), a, strings.NewReader(in.String()), &out, 3)
	if err != nil || n != 51 {
		t.Fatalf("run = %d, %v", n, err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	for i, l := range lines[:50] {
		var o output
		if err := json.Unmarshal([]byte(l), &o); err != nil || o.ID != fmt.Sprint(i) || o.Summary == "" {
			t.Fatalf("line %d: %s (%v)", i, l, err)
		}
	}
	if !strings.Contains(lines[50], `"error"`) {
		t.Fatalf("bad line not reported: %s", lines[50])
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n, err = run(ctx, a, strings.NewReader(in.String()), &out, 2)
	if err != nil || n != 0 {
		t.Fatalf("cancelled run = %d, %v", n, err)
	}
}
