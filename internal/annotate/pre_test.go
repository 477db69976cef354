package main

import (
	"strings"
	"testing"

	"github.com/vntext/vntext/entities"
)

// TestPreResolves checks that what pre writes resolves back to the spans
// the extractor found: the list format loses nothing but offsets.
func TestPreResolves(t *testing.T) {
	x, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Nguyên Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kon Tum Trần Văn Hòa dự họp tại huyện Đắk Hà. Ông Hòa phát biểu.",
		"UBND quận Hoàng Mai triển khai Kế hoạch số 45/KH-UBND và phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\".",
		"Hà Nội, Hà Nội và Hà Nội: ba lần.",
	}
	for _, text := range texts {
		ms, _, err := preAnnotate(x, text)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) == 0 {
			t.Fatalf("no entities proposed for %q", text)
		}
		rec := record{ID: "t001-001", Source: "written", Doc: "t001-a01", Text: text, Mentions: ms}
		for i := range rec.Mentions {
			if rec.Mentions[i].Level == "?" {
				rec.Mentions[i].Level = "other"
			}
		}
		g, errs := resolve(rec)
		for _, e := range errs {
			if !strings.Contains(e.Error(), "role") {
				t.Errorf("%q: %v", text, e)
			}
		}
		text := []rune(text)
		for _, e := range g.Entities {
			if string(text[e.Start:e.End]) != e.Text {
				t.Errorf("span [%d,%d) reads %q, want %q", e.Start, e.End, string(text[e.Start:e.End]), e.Text)
			}
		}
	}
}

func TestGuessStatuses(t *testing.T) {
	text := []rune("Nguyên Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn An và quyền Giám đốc Sở Y tế Trần Bình.")
	m := mention{Roles: []role{{Text: "Bí thư Tỉnh ủy"}, {Text: "Chủ tịch UBND tỉnh"}}}
	start := indexRunes(text, []rune("Lê Văn An"))
	guessStatuses(text, &m, start, start+9)
	if m.Roles[0].Status != "former" || m.Roles[1].Status != "former" {
		t.Errorf("statuses %+v, want former for the whole stack", m.Roles)
	}
	m2 := mention{Roles: []role{{Text: "Giám đốc Sở Y tế"}}}
	start = indexRunes(text, []rune("Trần Bình"))
	guessStatuses(text, &m2, start, start+9)
	if m2.Roles[0].Status != "acting" {
		t.Errorf("status %q, want acting", m2.Roles[0].Status)
	}
}
