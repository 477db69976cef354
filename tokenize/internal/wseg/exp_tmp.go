package wseg

import (
	"os"
	"strconv"
	"strings"
)

var off [64]bool

func init() {
	for _, s := range strings.Split(os.Getenv("WS_OFF"), ",") {
		if n, err := strconv.Atoi(s); err == nil {
			off[n] = true
		}
	}
}

func filt(f []uint64, start int, t uint64, k ...uint64) []uint64 {
	if off[t] {
		return f
	}
	return append(f, k...)
}
