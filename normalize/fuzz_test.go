package normalize

import (
	"errors"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var fuzzSeeds = []string{
	"", "Hà Nội", "hòa bình, thuỷ điện", "Vie\u0302\u0323t Nam", "H\xB5 N\xE9i", "Xin chµo",
	"Vie^.t Nam", "Viá»‡t", "ViÃ¡Â»â€¡t", "&#7879;&amp;amp;", "\uFEFF  a\u00A0 b \r\n\n\n\nc ",
	"\u0397À \u039DỘ\u0399", "Thǎng", "\xFF\xE1\xBB", "Ｈà", "“a” – b…", "👨\u200D👩", "qúa gìa khủyu",
	"Tie\xE1ng Vie\xE4t", "ti\x89ng Vi\x8Ct", "K\x19 THU\x87T", "Vi\xEA\xF2t",
	// Mostly normal text with a few things to repair, which is normalized
	// run by run (see pipelineRuns).
	"Ông Nguyễn Văn A nói: \u201CThủy điện Hòa Bình\u201D \u2013 TP. HCM, ngày 5/9.\n\n\nĐoạn hai &amp; R & D.",
	"Bà Lê Thị B (Khánh Hòa) làm việc\u00A0tại UBND  tỉnh. x\u200By vÃ ệ NGÃ TƯ",
	"Vie\u0302\u0323t Nam và Viá»‡t Nam, &#7879; &agrave; ǎ Ｈà Ðông\r\nhọat động qúa trình.",
	"Dòng một.\n°\nDòng ba có \u201Cngoặc\u201D và \u0397À \u039DỘ\u0399 nhậnSửa ′ 50°43′.",
}

func FuzzNormalize(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, uint8(i%3+1), i%2 == 0)
	}
	f.Fuzz(func(t *testing.T, s string, style uint8, keepLines bool) {
		opts := []Option{WithTone(ToneStyle(style%3 + 1))}
		if keepLines {
			opts = append(opts, WithKeepLines())
		}
		c := testConfig(opts...)
		if isNormal(s, &c) {
			// The fast path must never skip work the pipeline would do.
			if p, _, _ := pipeline(s, c, false); p != s {
				t.Fatalf("fast path accepted %q, pipeline gives %q", s, p)
			}
		}
		out := normWith(s, opts...)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
		if !norm.NFC.IsNormalString(out) {
			t.Fatalf("output not NFC: %q", out)
		}
		if again := normWith(out, opts...); again != out {
			t.Fatalf("not idempotent:\n in    %q\n once  %q\n twice %q", s, out, again)
		}
		n := normMapWith(s, opts...)
		if n.Text != out {
			t.Fatalf("NormalizeWithMap text %q != Normalize %q", n.Text, out)
		}
		checkMap(t, s, n)
		// Repairing only the dirty runs gives what whole-text passes give.
		if diff := runsMatchWhole(s, c); diff != "" {
			t.Fatalf("%q: %s", s, diff)
		}
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	strict, err := New(WithStrict(), WithEncoding(UTF8))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		out, err := strict.Normalize(string(b))
		var ie *InvalidUTF8Error
		switch {
		case err == nil && (!utf8.Valid(b) || !utf8.ValidString(out)):
			t.Fatalf("strict mode accepted %q", b)
		case err != nil && (!errors.As(err, &ie) || ie.Offset < 0 || ie.Offset >= len(b)):
			t.Fatalf("strict mode error %v on %q", err, b)
		case err != nil:
			// The offset is the first invalid byte.
			r, size := utf8.DecodeRune(b[ie.Offset:])
			if !utf8.Valid(b[:ie.Offset]) || r != utf8.RuneError || size != 1 {
				t.Fatalf("strict mode offset %d on %q", ie.Offset, b)
			}
		}
		if diff := runsMatchWhole(string(b), strict.cfg); diff != "" {
			t.Fatalf("strict %q: %s", b, diff)
		}
		d := Detect(b)
		if d.Confidence < 0 || d.Confidence > 1 {
			t.Fatalf("confidence %v", d.Confidence)
		}
		for e := AutoDetect; e <= CP1258; e++ {
			if s := Decode(b, e); !utf8.ValidString(s) {
				t.Fatalf("Decode(%v) gave invalid UTF-8 %q", e, s)
			}
			out := normWith(string(b), WithEncoding(e))
			if !utf8.ValidString(out) || !norm.NFC.IsNormalString(out) {
				t.Fatalf("Normalize(%v) output %q", e, out)
			}
		}
	})
}

func FuzzFoldSlug(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fo := Fold(s); !utf8.ValidString(fo) {
			t.Fatalf("Fold gave invalid UTF-8 %q", fo)
		}
		sl := Slug(s)
		for i := 0; i < len(sl); i++ {
			c := sl[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0 && i < len(sl)-1 && sl[i-1] != '-') {
				t.Fatalf("bad slug %q", sl)
			}
		}
		_ = Upper(s)
		_ = Lower(s)
	})
}

func FuzzTransformer(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, keepLines bool) {
		opts := []Option{}
		if keepLines {
			opts = append(opts, WithKeepLines())
		}
		n, err := New(opts...)
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := transform.String(n.Transformer(), s)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(out) || !norm.NFC.IsNormalString(out) {
			t.Fatalf("stream output %q", out)
		}
		whole, _, err := transform.String(&normTransformer{cfg: n.config(), wholeText: true}, s)
		if err != nil || whole != out {
			t.Fatalf("%q: stream gives %q, with whole-text passes %q (%v)", s, out, whole, err)
		}
	})
}
