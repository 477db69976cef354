package main

import (
	"testing"

	"github.com/vntext/vntext/normalize"
)

// The encoders write what the library's decoders read back.
func TestLegacyRoundTrip(t *testing.T) {
	text := "Hà Nội, ngày 11 tháng 2: Uỷ ban nhân dân thành phố Hồ Chí Minh khuyến khích người dân dùng nước sạch, ưu tiên đường phố Đắk Lắk."
	for _, enc := range []normalize.Encoding{normalize.CP1258, normalize.TCVN3, normalize.VNI} {
		e, err := newLegacyEncoder(enc)
		if err != nil {
			t.Fatal(err)
		}
		b, err := e.encode(text)
		if err != nil {
			t.Fatal(err)
		}
		got := normalize.Normalize(normalize.Decode(b, enc))
		if got != normalize.Normalize(text) {
			t.Errorf("%s: got %q", enc, got)
		}
		if d := normalize.Detect(b); d.Encoding != enc {
			t.Errorf("%s detected as %s", enc, d.Encoding)
		}
	}
}
