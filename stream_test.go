package vntext

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func docs(n int) iter.Seq2[Doc, error] {
	return func(yield func(Doc, error) bool) {
		for i := range n {
			var err error
			if i%5 == 4 {
				err = fmt.Errorf("read error %d", i)
			}
			if !yield(Doc{ID: fmt.Sprint(i), Text: article}, err) {
				return
			}
		}
	}
}

// Results come in input order, a failed document in its place, with
// progress after each.
func TestAnalyzeStreamOrderAndErrors(t *testing.T) {
	a, err := New(WithTasks(TaskEntities))
	require.NoError(t, err)
	var got []string
	var progress []int
	err = a.AnalyzeStream(context.Background(), docs(40), func(r Result, err error) error {
		if err != nil {
			got = append(got, "error "+r.ID)
			return nil
		}
		got = append(got, r.ID)
		assert.NotEmpty(t, r.Entities)
		return nil
	}, StreamWorkers(3), StreamProgress(func(n int) { progress = append(progress, n) }))
	require.NoError(t, err)
	require.Len(t, got, 40)
	for i, g := range got {
		if i%5 == 4 {
			assert.Equal(t, fmt.Sprintf("error %d", i), g)
		} else {
			assert.Equal(t, fmt.Sprint(i), g)
		}
		assert.Equal(t, i+1, progress[i])
	}
}

// An error from emit ends the stream with that error, and nothing is
// emitted after it.
func TestAnalyzeStreamEmitError(t *testing.T) {
	a, err := New(WithTasks(TaskSentences))
	require.NoError(t, err)
	stop := errors.New("disk full")
	n := 0
	err = a.AnalyzeStream(context.Background(), docs(100), func(Result, error) error {
		n++
		if n == 7 {
			return stop
		}
		return nil
	})
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 7, n)
}

// Cancelling the context stops inside a long document: it is checked
// between windows, so the call returns long before the document is done.
func TestAnalyzeCancelInsideLongDocument(t *testing.T) {
	a, err := New(withWindow(4 << 10))
	require.NoError(t, err)
	long := strings.Repeat(article+"\n", 20000) // 4.5 MB
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(20 * time.Millisecond)
		cancel()
	}()
	start := time.Now()
	_, err = a.Analyze(ctx, Doc{Text: long})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, time.Since(start), 5*time.Second)
}

// StreamStop ends the input gently: what was taken is emitted, nothing
// more, and the stream returns nil, even while the input blocks.
func TestAnalyzeStreamStop(t *testing.T) {
	a, err := New(WithTasks(TaskSentences))
	require.NoError(t, err)
	stop := make(chan struct{})
	block := make(chan struct{})
	defer close(block)
	in := func(yield func(Doc, error) bool) {
		for i := range 5 {
			if !yield(Doc{ID: fmt.Sprint(i), Text: article}, nil) {
				return
			}
		}
		close(stop)
		<-block // standard input that never ends
	}
	n := 0
	err = a.AnalyzeStream(context.Background(), in, func(Result, error) error { n++; return nil }, StreamStop(stop))
	require.NoError(t, err)
	assert.Equal(t, 5, n)
}

// The window bounds what is in flight: a slow emitter never lets the input
// run ahead by more than 4 documents per worker.
func TestStreamBoundedWindow(t *testing.T) {
	var taken atomic.Int64
	in := func(yield func(int) bool) {
		for i := range 1000 {
			taken.Add(1)
			if !yield(i) {
				return
			}
		}
	}
	emitted := 0
	err := Stream(context.Background(), in, func(int) int { return 1 },
		func(_ context.Context, i int) int { return i },
		func(i int) error {
			assert.Equal(t, emitted, i)
			emitted++
			assert.LessOrEqual(t, taken.Load(), int64(emitted+8+1))
			return nil
		}, StreamWorkers(2))
	require.NoError(t, err)
	assert.Equal(t, 1000, emitted)

	// The byte bound: items of 10 bytes under a 25-byte bound, so at most
	// 2 are in flight (plus the one the feeder waits with).
	taken.Store(0)
	emitted = 0
	err = Stream(context.Background(), in, func(int) int { return 10 },
		func(_ context.Context, i int) int { return i },
		func(i int) error {
			emitted++
			assert.LessOrEqual(t, taken.Load(), int64(emitted+2+1))
			return nil
		}, StreamWorkers(4), StreamMaxBytes(25))
	require.NoError(t, err)
	assert.Equal(t, 1000, emitted)
}

func TestStreamOptions(t *testing.T) {
	a, err := New(WithTasks(TaskSentences))
	require.NoError(t, err)
	emit := func(Result, error) error { return nil }
	for _, o := range []StreamOption{StreamWorkers(0), StreamMaxBytes(0), nil} {
		assert.Error(t, a.AnalyzeStream(context.Background(), docs(1), emit, o))
	}
	//lint:ignore SA1012 a nil context is what this checks
	assert.Error(t, a.AnalyzeStream(nil, docs(1), emit)) //nolint:staticcheck
}
