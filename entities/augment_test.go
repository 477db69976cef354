package entities

import (
	"encoding/json"
	"strings"
	"testing"
)

// example builds an Example from text with entities marked [TYPE|text].
func markedExample(t *testing.T, marked string) Example {
	t.Helper()
	var b strings.Builder
	var ents []Entity
	for marked != "" {
		i := strings.IndexByte(marked, '[')
		if i < 0 {
			b.WriteString(marked)
			break
		}
		b.WriteString(marked[:i])
		j := strings.IndexByte(marked[i:], ']')
		typ, text, ok := strings.Cut(marked[i+1:i+j], "|")
		if !ok {
			t.Fatalf("bad mark in %q", marked)
		}
		ents = append(ents, Entity{Type: Type(typ), Start: b.Len(), End: b.Len() + len(text), Text: text})
		b.WriteString(text)
		marked = marked[i+j+1:]
	}
	return Example{Text: b.String(), Entities: ents}
}

func (ex Example) marked() string {
	var b strings.Builder
	prev := 0
	for _, e := range ex.Entities {
		if e.Start < prev {
			continue
		}
		b.WriteString(ex.Text[prev:e.Start])
		b.WriteString("[" + string(e.Type) + "|" + ex.Text[e.Start:e.End] + "]")
		prev = e.End
	}
	b.WriteString(ex.Text[prev:])
	return b.String()
}

func TestAugment(t *testing.T) {
	x, err := New(WithBuiltinModel(false))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		a        Augment
		in, want string // "" want: no copy
	}{
		{AugmentSpaced,
			"Ông [PERSON|Trần Văn Bảo], Giám đốc [ORGANIZATION|Sở Y tế] ([ORGANIZATION|SYT]), đã đến [LOCATION|xã Tân Lộc].\nHết.",
			"Ông [PERSON|Trần Văn Bảo] , Giám đốc [ORGANIZATION|Sở Y tế] ( [ORGANIZATION|SYT] ) , đã đến [LOCATION|xã Tân Lộc] .\nHết ."},
		{AugmentSpaced, "Ông [PERSON|Lò Văn Pả] về nhà", ""},
		{AugmentLowerContext,
			"Phó Chủ tịch [ORGANIZATION|UBND tỉnh Nghệ An] [PERSON|Hồ Thị Mai] Phát Biểu.",
			"phó chủ tịch [ORGANIZATION|UBND tỉnh Nghệ An] [PERSON|Hồ Thị Mai] phát biểu."},
		{AugmentInitials,
			"Anh [PERSON|Nguyễn Văn Hùng] và chị [PERSON|Đào] gặp [PERSON|Hùng]. Bà [PERSON|Ly.] đến.",
			"Anh [PERSON|Nguyễn Văn H.] và chị [PERSON|Đ.] gặp [PERSON|Hùng]. Bà [PERSON|Ly.] đến."},
		{AugmentInitials, "Anh [PERSON|A] đi cùng [ORGANIZATION|Công ty Hùng Vương].", ""},
	}
	for _, c := range cases {
		in := markedExample(t, c.in)
		in.Doc = "d1"
		out := x.augmented([]Example{in}, []Augment{c.a})
		if out[0].marked() != c.in {
			t.Errorf("%s: the original changed: %q", c.a, out[0].marked())
		}
		if c.want == "" {
			if len(out) != 1 {
				t.Errorf("%s(%q): a copy %q, want none", c.a, c.in, out[1].marked())
			}
			continue
		}
		if len(out) != 2 {
			t.Errorf("%s(%q): no copy, want %q", c.a, c.in, c.want)
			continue
		}
		if got := out[1].marked(); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.a, got, c.want)
		}
		if out[1].Doc == "d1" {
			t.Errorf("%s: the copy has the original's Doc", c.a)
		}
		for _, e := range out[1].Entities {
			if out[1].Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: entity text %q at [%d,%d) holds %q", c.a, e.Text, e.Start, e.End, out[1].Text[e.Start:e.End])
			}
		}
	}
}

func TestAugmentOption(t *testing.T) {
	var c trainConfig
	if err := TrainAugment("upside-down")(&c); err == nil {
		t.Error("TrainAugment took an unknown transform")
	}
	for _, a := range augments {
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var back Augment
		if err := json.Unmarshal(b, &back); err != nil || back != a {
			t.Errorf("%q: JSON round trip gave %q, %v", a, back, err)
		}
	}
	var bad Augment
	if err := json.Unmarshal([]byte(`"sideways"`), &bad); err == nil {
		t.Error("an unknown transform unmarshalled")
	}
}
