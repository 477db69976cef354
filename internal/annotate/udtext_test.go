package main

import "testing"

func TestUDText(t *testing.T) {
	for _, tc := range []struct {
		forms []string
		want  string
	}{
		{[]string{"Trả lời", "phỏng vấn", ",", "ông", "Lộc", "nói", ":", "bán", "đất", "."}, "Trả lời phỏng vấn, ông Lộc nói: bán đất."},
		{[]string{"anh", "nói", ":", "\"", "Coi", "bộ", "nhỏ", "\"", "."}, "anh nói: \"Coi bộ nhỏ\"."},
		{[]string{"ngày", "24", "-", "7", "-", "1962", ",", "thu", "70 . 000", "đồng"}, "ngày 24-7-1962, thu 70.000 đồng"},
		{[]string{"ổ", "nhất", "LBKT", "1971", "-", "1973", "RBKT", ","}, "ổ nhất (1971-1973),"},
		{[]string{"Hà Nội", "-", "Hải Phòng"}, "Hà Nội - Hải Phòng"},
		{[]string{"80", "km", "/", "h", "..."}, "80 km/h..."},
		{[]string{"gọi", "là", "'", "hey", "'", "thôi"}, "gọi là 'hey' thôi"},
		{[]string{"vô", "thẳng", "Phú Hữu", "\"", "."}, "vô thẳng Phú Hữu\"."},
	} {
		if got := udText(tc.forms); got != tc.want {
			t.Errorf("udText(%q) = %q, want %q", tc.forms, got, tc.want)
		}
	}
}

func TestUDDoc(t *testing.T) {
	for id, want := range map[string]string{"train-s1": "ud-vtb-train-b00", "train-s50": "ud-vtb-train-b00", "train-s51": "ud-vtb-train-b01", "dev-1123": "ud-vtb-dev-b22"} {
		if got := udDoc(id); got != want {
			t.Errorf("udDoc(%q) = %q, want %q", id, got, want)
		}
	}
}
