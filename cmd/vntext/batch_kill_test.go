package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain lets the test binary stand in for the vntext command, so the
// kill test runs a real process without building one.
func TestMain(m *testing.M) {
	if os.Getenv("VNTEXT_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// killArchive writes records of every kind resume must get right: without
// ids, with repeated ids, malformed, with broken UTF-8, and ordinary ones.
func killArchive(t *testing.T, path string, n int) {
	t.Helper()
	var b strings.Builder
	for i := range n {
		text := fmt.Sprintf("Sáng %d/3, Chủ tịch UBND tỉnh Nam Định Trần Văn Bình %d làm việc với huyện Hải Hậu. "+
			"Ông Bình yêu cầu hoàn thành 19/19 tiêu chí nông thôn mới trong năm %d. ", i%28+1, i, 2000+i%25)
		text = strings.Repeat(text, 1+i%4)
		switch i % 9 {
		case 0:
			fmt.Fprintf(&b, `{"text":%q}`+"\n", text) // no id
		case 1:
			fmt.Fprintf(&b, `{"id":"dup","text":%q}`+"\n", text) // repeated id
		case 2:
			b.WriteString(`{"id":"bad` + fmt.Sprint(i) + `","text":` + "\n") // malformed: an error record
		case 3:
			fmt.Fprintf(&b, "{\"id\":\"u%d\",\"text\":\"Hà Nội \xff\xfe %s\"}\n", i, strings.ReplaceAll(text, `"`, ""))
		default:
			fmt.Fprintf(&b, `{"id":"r%d","src":"x","text":%q}`+"\n", i, text)
		}
	}
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
}

// The reliability test of issue 15: a real batch process is killed
// (SIGKILL) at random points, several times, and resumed each time; the
// final output equals an uninterrupted run's, record for record. One
// interruption is a SIGINT instead (a clean stop that puts the output in
// place), so resuming from a finished OUT is covered too. Between runs,
// OUT is never a torn file: absent, or a complete earlier output.
func TestBatchKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("runs batch processes")
	}
	exe, err := os.Executable()
	require.NoError(t, err)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	killArchive(t, in, 1200)
	args := []string{"batch", "--quiet", "--tasks", "entities,summary", "--workers", "2"}

	ref := filepath.Join(dir, "ref.jsonl")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 1, runBatch(append(args[1:], "-o", ref, in), nil, &stdout, &stderr), stderr.String()) // 1: some records are malformed
	want, err := os.ReadFile(ref)
	require.NoError(t, err)
	require.Equal(t, 1200, bytes.Count(want, []byte("\n")))

	out := filepath.Join(dir, "out.jsonl")
	partial := partialPath(out)
	rng := rand.New(rand.NewPCG(15, 1))
	kills := 0
	for attempt := 0; ; attempt++ {
		require.Less(t, attempt, 30, "the run never completed")
		cmdArgs := append(append([]string{}, args...), "-o", out)
		if attempt > 0 {
			cmdArgs = append(cmdArgs, "--resume")
		}
		cmd := exec.Command(exe, append(cmdArgs, in)...)
		cmd.Env = append(os.Environ(), "VNTEXT_TEST_MAIN=1")
		var errb bytes.Buffer
		cmd.Stderr = &errb
		require.NoError(t, cmd.Start())
		// Kill once the partial output has grown by a random amount: at a
		// random point of the stream, mostly inside a record.
		var start int64
		if st, err := os.Stat(partial); err == nil {
			start = st.Size()
		}
		target := start + int64(rng.IntN(len(want)/4)) + 1
		signal := syscall.SIGKILL
		if attempt == 2 {
			signal = syscall.SIGINT
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		killed := false
	wait:
		for {
			select {
			case <-done:
				break wait
			case <-time.After(2 * time.Millisecond):
				if kills < 6 {
					if st, err := os.Stat(partial); err == nil && st.Size() >= target {
						_ = cmd.Process.Signal(signal)
						killed = true
						<-done
						break wait
					}
				}
			}
		}
		if !killed {
			break // finished on its own
		}
		kills++
		// The output in place is whole or absent; the partial file holds a
		// prefix of the right records (its last line may be torn).
		if got, err := os.ReadFile(out); err == nil {
			assert.True(t, bytes.HasPrefix(want, got), "OUT after a kill is not a prefix of the right output")
			assert.True(t, len(got) == 0 || got[len(got)-1] == '\n', "OUT torn")
		}
		if p, err := os.ReadFile(partial); err == nil {
			complete := p[:bytes.LastIndexByte(p, '\n')+1]
			assert.True(t, bytes.HasPrefix(want, complete), "partial output is not a prefix of the right output (kill %d)", kills)
		}
	}
	assert.GreaterOrEqual(t, kills, 5)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	gotLines := strings.Split(string(got), "\n")
	wantLines := strings.Split(string(want), "\n")
	require.Equal(t, len(wantLines), len(gotLines), "records out")
	for i := range wantLines {
		require.Equal(t, wantLines[i], gotLines[i], "record %d", i+1)
	}
	assert.NoFileExists(t, partial)
	t.Logf("%d interruptions (one SIGINT), output identical to the uninterrupted run", kills)
}
