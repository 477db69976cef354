package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext"
	"github.com/vntext/vntext/config"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// sampleArchive writes the sample archive to a new folder: JSONL files with
// malformed lines, a saved article, and a gzip file of two members with a
// record over the length limit. It returns the folder.
func sampleArchive(t *testing.T, maxRecord int) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob("testdata/archive/*")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644))
	}
	plain, err := os.ReadFile("testdata/gz/2024-04.jsonl")
	require.NoError(t, err)
	long := `{"id":"long","text":"` + strings.Repeat("Hà Nội ", maxRecord/len("Hà Nội ")+1) + `"}` + "\n"
	half := bytes.Index(plain, []byte("\n")) + 1
	var gz bytes.Buffer
	for _, part := range [][]byte{plain[:half], append(plain[half:len(plain):len(plain)], long...)} {
		zw := gzip.NewWriter(&gz)
		_, err := zw.Write(part)
		require.NoError(t, err)
		require.NoError(t, zw.Close())
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "2024-04.jsonl.gz"), gz.Bytes(), 0o644))
	return dir
}

var buildOnce = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "vntext-beam-test")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "vntext")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/vntext")
	cmd.Dir = "../.." // the core module, built with its own go.mod
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", &buildError{err, out}
	}
	return bin, nil
})

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return e.err.Error() + ": " + string(e.out) }

// batch runs vntext batch on the files and returns its output.
func batch(t *testing.T, args ...string) []byte {
	t.Helper()
	bin, err := buildOnce()
	require.NoError(t, err)
	var out, stderr bytes.Buffer
	cmd := exec.Command(bin, append([]string{"batch", "--quiet"}, args...)...)
	cmd.Stdout, cmd.Stderr = &out, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if err != nil && !(errorAs(err, &exit) && exit.ExitCode() == 1) { // 1: some records failed
		t.Fatalf("vntext batch: %v: %s", err, stderr.String())
	}
	return out.Bytes()
}

func errorAs(err error, target **exec.ExitError) bool {
	e, ok := err.(*exec.ExitError)
	*target = e
	return ok
}

// defaults are the pipeline flags' defaults.
func defaults() config.Flags {
	var f config.Flags
	f.Register(flag.NewFlagSet("", flag.ContinueOnError), true)
	return f
}

// run runs p with prism, in this process, and returns its metrics.
func run(t *testing.T, p *beam.Pipeline) metrics.QueryResults {
	t.Helper()
	res, err := beam.Run(context.Background(), "prism", p)
	require.NoError(t, err)
	return res.Metrics().AllMetrics()
}

func counter(q metrics.QueryResults, name string) int64 {
	for _, c := range q.Counters() {
		if c.Name() == name && c.Namespace() == Namespace {
			return c.Result()
		}
	}
	return -1
}

// The shards, read in order, are vntext batch's output for the files in
// path order, byte for byte: the same records, error records included, in
// the same order.
func TestAnalyzeEqualsBatch(t *testing.T) {
	const maxRecord = 2048
	in := sampleArchive(t, maxRecord)
	out := filepath.Join(t.TempDir(), "out", "part")

	f := defaults()
	orgs := filepath.Join(t.TempDir(), "orgs.txt")
	require.NoError(t, os.WriteFile(orgs, []byte("# made up\nQXV\n"), 0o644))
	f.Orgs = orgs
	cfg, err := f.Load(nil)
	require.NoError(t, err)
	tasks, err := vntext.ParseTasks("all")
	require.NoError(t, err)

	p, s := beam.NewPipelineWithRoot()
	_, err = Analyze(s, Options{Inputs: []string{filepath.Join(in, "*.jsonl*"), filepath.Join(in, "*.txt")},
		Output: out, Tasks: tasks, Config: cfg, Workers: 2, MaxRecordBytes: maxRecord})
	require.NoError(t, err)
	m := run(t, p)

	files, err := filepath.Glob(filepath.Join(in, "*"))
	require.NoError(t, err)
	require.Len(t, files, 4)
	want := batch(t, append([]string{"--tasks=all", "--orgs=" + orgs, "--max-record-bytes=2048"}, files...)...)

	shards, err := filepath.Glob(out + "-*")
	require.NoError(t, err)
	require.Len(t, shards, len(files))
	var got []byte
	for i, sh := range shards {
		assert.Equal(t, ShardName(out, i, len(files)), sh)
		b, err := os.ReadFile(sh)
		require.NoError(t, err)
		got = append(got, b...)
	}
	assert.Equal(t, string(want), string(got))
	assert.Contains(t, string(got), `{"type":"ORGANIZATION","text":"QXV"`, "the workers have the --orgs list")

	records := bytes.Count(want, []byte("\n"))
	errors := bytes.Count(want, []byte(`"error":`))
	assert.Equal(t, 16, records)
	assert.Equal(t, 6, errors, "malformed lines and a record over the limit")
	assert.Equal(t, int64(records), counter(m, MetricRecords))
	assert.Equal(t, int64(errors), counter(m, MetricErrors))
	assert.Positive(t, counter(m, MetricSyllables))
	assert.Positive(t, counter(m, EntityMetric("PERSON")))
}
