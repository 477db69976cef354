package names

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/vntext/vntext/internal/tsv"
)

// Every row has a known class, a capitalised NFC name and no twin.
func TestNamesFile(t *testing.T) {
	seen := map[string]string{}
	counts := map[string]int{}
	for _, class := range []string{"surname", "surname-ambiguous", "surname-rare", "middle"} {
		for _, n := range Surnames(class) {
			counts[class]++
			r := []rune(n)
			if n == "" || !unicode.IsUpper(r[0]) || !norm.NFC.IsNormalString(n) || strings.TrimSpace(n) != n {
				t.Errorf("%s %q: want a capitalised NFC name", class, n)
			}
			key := class
			if class != "middle" {
				key = "surname" // one family name sits in one class
			}
			if prev, ok := seen[key+"|"+strings.ToLower(n)]; ok {
				t.Errorf("%q is in %s and %s", n, prev, class)
			}
			seen[key+"|"+strings.ToLower(n)] = class
		}
	}
	rows, err := tsv.Rows(file, 2)
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, c := range counts {
		sum += c
	}
	if sum != len(rows) {
		t.Errorf("%d rows in known classes, %d rows in the file", sum, len(rows))
	}
	if counts["surname"] < 50 || counts["middle"] < 50 {
		t.Errorf("too few names: %v", counts)
	}
	if s := Surnames("surname"); s[0] != "Nguyễn" {
		t.Errorf("first family name %q, want Nguyễn", s[0])
	}
	a := Surnames("surname")
	a[0] = "changed"
	if Surnames("surname")[0] == "changed" {
		t.Error("Surnames returns the package's own slice")
	}
}
