//go:build unix

package testenv

import (
	"syscall"
	"time"
)

// CPUTime is the process's user+system CPU time: on a shared machine it
// measures the work a benchmark did, where wall time also counts waiting
// for a core.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
