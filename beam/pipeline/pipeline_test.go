package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
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
	"github.com/vntext/vntext/record"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// sampleArchive writes the sample archive to a new folder: JSONL files
// with malformed lines, a saved article, a gzip file of two members with a
// record over maxRecord, and one HTML page as a file, inside a .warc.gz and
// in a JSONL record. It returns the folder.
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

	// The same page as an HTML file, in a web archive between a request
	// and a stylesheet, and in a JSONL record's "html".
	page, err := os.ReadFile("testdata/web/cau-hue.html")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "cau-hue.html"), page, 0o644))
	const uri = "https://bao.example.vn/thoi-su/cau-hue.html"
	crawl := warcRecord("request", "1", uri, "GET /thoi-su/cau-hue.html HTTP/1.1\r\nHost: bao.example.vn\r\n\r\n") +
		warcRecord("response", "2", uri, fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(page), page)) +
		warcRecord("response", "3", "https://bao.example.vn/a.css", "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\nContent-Length: 4\r\n\r\na{} ")
	var wgz bytes.Buffer
	zw := gzip.NewWriter(&wgz)
	_, err = zw.Write([]byte(crawl))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), wgz.Bytes(), 0o644))
	line, err := json.Marshal(map[string]string{"id": "html-1", "url": uri, "date": "2024-05-03", "html": string(page)})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "2024-05.jsonl"), append(line, '\n'), 0o644))
	return dir
}

// warcRecord writes one WARC record of an HTTP exchange.
func warcRecord(typ, id, uri, block string) string {
	return "WARC/1.1\r\nWARC-Type: " + typ + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + id +
		">\r\nWARC-Date: 2024-05-03T02:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: application/http; msgtype=" + typ +
		"\r\nContent-Length: " + fmt.Sprint(len(block)) + "\r\n\r\n" + block + "\r\n\r\n"
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
	f.Register(flag.NewFlagSet("", flag.ContinueOnError), config.AllFlags)
	return f
}

// run runs p with prism, in this process, and returns its metrics.
func run(t *testing.T, p *beam.Pipeline) metrics.QueryResults {
	t.Helper()
	res, err := beam.Run(context.Background(), "prism", p)
	require.NoError(t, err)
	return res.Metrics().AllMetrics()
}

func distribution(q metrics.QueryResults, name string) metrics.DistributionValue {
	for _, d := range q.Distributions() {
		if d.Name() == name && d.Namespace() == Namespace {
			return d.Result()
		}
	}
	return metrics.DistributionValue{}
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
// the same order; with every task, and with the tasks of the issue's
// command.
func TestAnalyzeEqualsBatch(t *testing.T) {
	const maxRecord = 8192
	in := sampleArchive(t, maxRecord)
	files, err := filepath.Glob(filepath.Join(in, "*"))
	require.NoError(t, err)
	require.Len(t, files, 7)

	f := defaults()
	orgs := filepath.Join(t.TempDir(), "orgs.txt")
	require.NoError(t, os.WriteFile(orgs, []byte("# made up\nQXV\n"), 0o644))
	f.Orgs = orgs
	cfg, err := f.Load(nil)
	require.NoError(t, err)

	for _, taskList := range []string{"all", "segment,entities,summary"} {
		t.Run(taskList, func(t *testing.T) {
			tasks, err := vntext.ParseTasks(taskList)
			require.NoError(t, err)
			out := filepath.Join(t.TempDir(), "out", "part")
			p, s := beam.NewPipelineWithRoot()
			_, err = Analyze(s, Options{Inputs: []string{filepath.Join(in, "*.jsonl*"), filepath.Join(in, "*.txt"), filepath.Join(in, "*.*"+"ml"), filepath.Join(in, "*.warc.gz")},
				Output: out, Tasks: tasks, Config: cfg, Workers: 2, MaxRecordBytes: maxRecord})
			require.NoError(t, err)
			m := run(t, p)

			want := batch(t, append([]string{"--tasks=" + taskList, "--orgs=" + orgs, "--max-record-bytes=8192"}, files...)...)
			got := readShards(t, out, len(files))
			assert.Equal(t, string(want), string(got))
			assert.Contains(t, string(got), `{"type":"ORGANIZATION","text":"QXV"`, "the workers have the --orgs list")

			records := bytes.Count(want, []byte("\n"))
			errors := bytes.Count(want, []byte(`"error":`))
			assert.Equal(t, 19, records)
			assert.Equal(t, 6, errors, "malformed lines and a record over the limit")
			assert.True(t, bytes.Contains(got, []byte(`"line":4,"error":"record longer than the limit: `)), "the record over the limit, in the .gz file's second member")
			assert.Equal(t, int64(records), counter(m, MetricRecords))
			assert.Equal(t, int64(errors), counter(m, MetricErrors))
			assert.Positive(t, counter(m, MetricSyllables))
			assert.Positive(t, counter(m, EntityMetric("PERSON")))
			assert.Equal(t, int64(1), counter(m, MetricWARCPages))
			assert.Equal(t, int64(1), counter(m, WARCSkippedMetric("request")))
			assert.Equal(t, int64(1), counter(m, WARCSkippedMetric("not html")))
			docs := distribution(m, MetricDocMicros)
			assert.Equal(t, int64(records), docs.Count, "one time per record")
			syl := distribution(m, MetricDocSyllables)
			assert.Equal(t, int64(records-errors), syl.Count, "one length per analysed record")
			assert.Equal(t, counter(m, MetricSyllables), syl.Sum)
			// The page gives the same article in its three forms.
			assert.Equal(t, 3, bytes.Count(got, []byte(`"title":"Thừa Thiên Huế khởi công cầu vượt sông Hương"`)), "html, warc, jsonl")
			assert.Contains(t, string(got), `"url":"https://bao.example.vn/thoi-su/cau-hue.html","fetched":"2024-05-03T02:00:00Z"`)
		})
	}
}

// With --group-by the shards, read in order, are vntext batch --group-by's
// output on the files in path order: a story told across three files,
// split after --max-group records (its second summary goes to the shard of
// its first record's file), and error records in their places.
func TestAnalyzeGroupsEqualsBatch(t *testing.T) {
	const maxRecord = 8192
	in := sampleArchive(t, maxRecord)
	require.NoError(t, os.Remove(filepath.Join(in, "ghi-chu.txt"))) // batch refuses a .txt article with --group-by
	files, err := filepath.Glob(filepath.Join(in, "*"))
	require.NoError(t, err)
	require.Len(t, files, 6)
	cfg, err := defaults().Load(nil)
	require.NoError(t, err)
	out := filepath.Join(t.TempDir(), "out", "part")
	p, s := beam.NewPipelineWithRoot()
	_, err = Analyze(s, Options{Inputs: []string{filepath.Join(in, "*")}, Output: out, Tasks: config.DefaultBatchTasks, Config: cfg,
		MaxRecordBytes: maxRecord, Group: record.Grouping{Field: "story", MaxDocs: 2}})
	require.NoError(t, err)
	m := run(t, p)

	want := batch(t, append([]string{"--group-by=story", "--max-group=2", "--max-record-bytes=8192"}, files...)...)
	got := readShards(t, out, len(files))
	assert.Equal(t, string(want), string(got))
	assert.Equal(t, 2, bytes.Count(got, []byte(`"group":"nghe-an"`)), "3 records, 2 at a time")
	assert.Equal(t, 1, bytes.Count(got, []byte(`"group":"tay-ho"`)))
	errors := bytes.Count(want, []byte(`"error":`))
	assert.Equal(t, 3+errors, bytes.Count(want, []byte("\n")))
	assert.Equal(t, int64(errors), counter(m, MetricErrors))
}

// readShards returns the n shards of the output prefix out, in order, after
// checking their names.
func readShards(t *testing.T, out string, n int) []byte {
	t.Helper()
	shards, err := filepath.Glob(out + "-*")
	require.NoError(t, err)
	require.Len(t, shards, n)
	var got []byte
	for i, sh := range shards {
		assert.Equal(t, ShardName(out, i, n), sh)
		b, err := os.ReadFile(sh)
		require.NoError(t, err)
		got = append(got, b...)
	}
	return got
}
