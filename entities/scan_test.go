package entities

import "testing"

func TestNativeKey(t *testing.T) {
	for w, want := range map[string]bool{
		"Nguyễn": true, "Khuyến": true, "quận": true, "Hà": true, "giữ": true, "gìn": true, "Oanh": true,
		"ngoằn": true, "Y": true, "Kim": true, "Pepsi": false, "Microsoft": false, "Thomas": false, "Jong": false,
		"Google": false, "X": false, "Pakistan": false, "VN": false, "": false,
	} {
		if got := nativeKey(foldKey(w)); got != want {
			t.Errorf("nativeKey(%q) = %v, want %v", w, got, want)
		}
	}
}
