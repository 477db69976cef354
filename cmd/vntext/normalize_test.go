package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// runNorm runs "vntext normalize args..." in-process.
func runNorm(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return runCmd(t, stdin, append([]string{"normalize"}, args...)...)
}

func TestNormalizeCommand(t *testing.T) {
	cases := []struct {
		name, in, want string
		args           []string
	}{
		{"default", "Hòa  bình\r\n\r\n\r\nqúa", "Hoà bình\n\n\nquá", nil},
		{"trailing newline kept", "hòa\n", "hoà\n", nil},
		{"no newline added", "hòa", "hoà", nil},
		{"blank lines kept", "\n\na\n\n\n", "\n\na\n\n\n", nil},
		{"classic", "hoà, thuỷ\n", "hòa, thủy\n", []string{"--tone", "classic"}},
		{"keep", "hoà, thủy\n", "hoà, thủy\n", []string{"--tone=keep"}},
		{"tcvn3 auto", "H\xB5 N\xE9i\n", "Hà Nội\n", nil},
		{"tcvn3 given", "H\xB5 N\xE9i\n", "Hà Nội\n", []string{"--encoding", "tcvn3"}},
		{"vni given", "Vie\xE4t Nam", "Việt Nam", []string{"--encoding", "vni"}},
		{"viqr given", "Vie^.t Nam", "Việt Nam", []string{"--encoding", "viqr"}},
		{"fold", "Đắk Lắk\nHòa Bình\n", "Dak Lak\nHoa Binh\n", []string{"--fold"}},
		{"slug", "Đắk Lắk\n\n“Hà Nội” mùa thu\n", "dak-lak\n\nha-noi-mua-thu\n", []string{"--slug"}},
		{"invalid utf-8 replaced", "Huế \xE1\xBB\n", "Huế \uFFFD\n", []string{"--encoding", "utf-8"}},
	}
	for _, c := range cases {
		code, out, errs := runNorm(t, c.in, c.args...)
		assert.Equal(t, 0, code, c.name+": "+errs)
		assert.Equal(t, c.want, out, c.name)
	}
}

func TestNormalizeCommandFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	assert.NoError(t, os.WriteFile(a, []byte("hòa\n"), 0o644))
	assert.NoError(t, os.WriteFile(b, []byte("thủy"), 0o644))
	code, out, _ := runNorm(t, "", a, b)
	assert.Equal(t, 0, code)
	assert.Equal(t, "hoà\nthuỷ", out)

	code, _, errs := runNorm(t, "", filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "missing.txt")
	assert.Equal(t, 1, strings.Count(errs, "\n"))
}

func TestNormalizeCommandErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--tone", "old"}, {"--encoding", "latin9"}, {"--nope"}, {"--fold", "--slug"},
	} {
		code, _, errs := runNorm(t, "x", args...)
		assert.Equal(t, 2, code, args)
		assert.Equal(t, 1, strings.Count(errs, "\n"), "one-line message: %q", errs)
	}
	code, _, errs := runNorm(t, "Hà Nội \xFF\n", "--strict", "--encoding", "utf-8")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "offset 10")
}

// TestNormalizeCommandLineCount: every input line break becomes exactly one
// output line break, over more input than one streaming chunk.
func TestNormalizeCommandLineCount(t *testing.T) {
	var in strings.Builder
	breaks := 0
	for i := 0; i < 20000; i++ {
		switch i % 4 {
		case 0:
			in.WriteString("  Thủ tướng hòa  giải\r\n")
		case 1:
			in.WriteString("\n")
		case 2:
			in.WriteString("Xin chào\u2028")
		default:
			in.WriteString("“Hà Nội”\r")
		}
		breaks++
	}
	code, out, errs := runNorm(t, in.String())
	assert.Equal(t, 0, code, errs)
	assert.Equal(t, breaks, strings.Count(out, "\n"))
	assert.True(t, strings.HasPrefix(out, "Thủ tướng hoà giải\n\nXin chào\n\"Hà Nội\"\n"), out[:80])
}
