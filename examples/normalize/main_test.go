package main

import (
	"strings"
	"testing"
)

func TestStream(t *testing.T) {
	var out strings.Builder
	n, err := Stream(&out, strings.NewReader(sample+"Đã là UTF-8\r\nVie\u0323\u0302t Nam"))
	if err != nil {
		t.Fatal(err)
	}
	want := "Thủ đô Hà Nội\nNgày 2/9/2024\nĐã là UTF-8\r\nViệt Nam"
	if n != 4 || out.String() != want {
		t.Fatalf("Stream = %d lines %q, want 4 lines %q", n, out.String(), want)
	}
}
