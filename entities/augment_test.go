package entities

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
)

// marked writes ex back in markup's notation.
func (ex Example) marked() string {
	var b strings.Builder
	prev := 0
	for _, e := range ex.Entities {
		if e.Start < prev {
			continue
		}
		b.WriteString(ex.Text[prev:e.Start])
		b.WriteString("[" + string(e.Type) + " " + ex.Text[e.Start:e.End] + "]")
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
			"Ông [PERSON Trần Văn Bảo], Giám đốc [ORGANIZATION Sở Y tế] ([ORGANIZATION SYT]), đã đến [LOCATION xã Tân Lộc].\nHết.",
			"Ông [PERSON Trần Văn Bảo] , Giám đốc [ORGANIZATION Sở Y tế] ( [ORGANIZATION SYT] ) , đã đến [LOCATION xã Tân Lộc] .\nHết ."},
		{AugmentSpaced, "Ông [PERSON Lò Văn Pả] về nhà", ""},
		{AugmentLowerContext,
			"Phó Chủ tịch [ORGANIZATION UBND tỉnh Nghệ An] [PERSON Hồ Thị Mai] Phát Biểu.",
			"phó chủ tịch [ORGANIZATION UBND tỉnh Nghệ An] [PERSON Hồ Thị Mai] phát biểu."},
		{AugmentInitials,
			"Anh [PERSON Nguyễn Văn Hùng] và chị [PERSON Đào] gặp [PERSON Hùng]. Bà [PERSON Ly.] đến.",
			"Anh [PERSON Nguyễn Văn H.] và chị [PERSON Đ.] gặp [PERSON Hùng]. Bà [PERSON Ly.] đến."},
		{AugmentInitials, "Anh [PERSON A] đi cùng [ORGANIZATION Công ty Hùng Vương].", ""},
	}
	for _, c := range cases {
		in := markup(t, c.in)
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

// TestJoinDocuments: paragraphs in a row of one document are one text, a
// line each, their entities moved along; another document, or none, is
// not joined.
func TestJoinDocuments(t *testing.T) {
	in := []Example{
		markup(t, "Anh [PERSON Lò Văn Páo] về bản."),
		markup(t, "[PERSON Páo] kể chuyện cũ."),
		markup(t, "Chị [PERSON Đinh Thị Mây] ở [LOCATION xã Tà Xùa]."),
		markup(t, "[PERSON Mây] dạy học."),
		markup(t, "[PERSON Mây] về quê."),
	}
	in[0].Doc, in[1].Doc, in[2].Doc, in[3].Doc = "a", "a", "b", "c"
	got := joinDocuments(in)
	var marked []string
	for _, ex := range got {
		marked = append(marked, ex.marked())
		for _, e := range ex.Entities {
			if ex.Text[e.Start:e.End] != e.Text {
				t.Errorf("entity %q at [%d,%d) holds %q", e.Text, e.Start, e.End, ex.Text[e.Start:e.End])
			}
		}
	}
	want := []string{
		"Anh [PERSON Lò Văn Páo] về bản.\n[PERSON Páo] kể chuyện cũ.",
		"Chị [PERSON Đinh Thị Mây] ở [LOCATION xã Tà Xùa].",
		"[PERSON Mây] dạy học.",
		"[PERSON Mây] về quê.",
	}
	if !slices.Equal(marked, want) {
		t.Errorf("joinDocuments:\n got %q\nwant %q", marked, want)
	}
}

// TestBuiltinModelShapes: the shipped model keeps what the rules find in
// text unlike most of its training data (a name met bare in a later line,
// an initial for a private person, tokens written apart, lower-case
// titles), with sentences written for this test.
func TestBuiltinModelShapes(t *testing.T) {
	if _, err := builtinModel(); errors.Is(err, errNoBuiltinModel) {
		t.Skip("this build ships no entity model")
	}
	x, err := New(WithBuiltinModel(true))
	if err != nil {
		t.Fatal(err)
	}
	cases := []string{
		"Anh [PERSON Trần Văn Lâm] là thương binh.\n[PERSON Lâm] năm nay hai mươi tuổi.",
		"Tôi gặp chị [PERSON Đỗ Thị H.] ở chợ.\n[PERSON H.] kể rằng chị đã bán rau mười năm.",
		"phó chủ tịch [ORGANIZATION UBND tỉnh Nghệ An] [PERSON Hồ Thị Mai] phát biểu .",
		"Ông [PERSON Lê Văn Tám] , Giám đốc [ORGANIZATION Sở Y tế] ( [ORGANIZATION SYT] ) , đã đến [LOCATION xã Tân Lộc] .",
	}
	for _, c := range cases {
		want := markup(t, c)
		got := Example{Text: want.Text}
		for _, e := range extract(x, want.Text) {
			switch e.Type {
			case Person, Location, Organization, Program:
				got.Entities = append(got.Entities, e)
			}
		}
		if got.marked() != c {
			t.Errorf("\n got %q\nwant %q", got.marked(), c)
		}
	}
}
