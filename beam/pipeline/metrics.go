package pipeline

import (
	"context"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/warc"
)

// Namespace is the namespace of the pipeline's Beam metrics.
const Namespace = "vntext"

// The metrics' names: counters of records, error records, syllables and
// entities (EntityMetric), and distributions per document.
const (
	MetricRecords   = "records"
	MetricErrors    = "errors"
	MetricSyllables = "syllables"
	// MetricGroups counts the group summaries written (Options.Group).
	MetricGroups = "group_summaries"
	// Distributions per document: its text in bytes and in syllables, and
	// the time its analysis took in microseconds.
	MetricDocBytes     = "document_bytes"
	MetricDocSyllables = "document_syllables"
	MetricDocMicros    = "document_micros"
)

// The counters of web archives: HTML pages read, records the file ends
// inside (each an error record), and other records skipped
// (WARCSkippedMetric).
const (
	MetricWARCPages     = "warc_pages"
	MetricWARCTruncated = "warc_truncated"
)

// WARCSkippedMetric is the counter of WARC records skipped for reason
// (warc.Stats: "request", "not html", ...).
func WARCSkippedMetric(reason string) string {
	return "warc_skipped_" + strings.ReplaceAll(reason, " ", "_")
}

// EntityMetric is the counter of the entities of type t.
func EntityMetric(t entities.Type) string { return "entities_" + string(t) }

// docMetrics updates the metrics of each record. Beam's metrics are not
// safe for concurrent use: it is called on the DoFn's own goroutine.
type docMetrics struct {
	records, errors, syllables  beam.Counter
	bytes, docSyllables, micros beam.Distribution
	entities                    map[entities.Type]beam.Counter
	warcPages                   beam.Counter
}

func newDocMetrics() *docMetrics {
	return &docMetrics{
		records:      beam.NewCounter(Namespace, MetricRecords),
		errors:       beam.NewCounter(Namespace, MetricErrors),
		syllables:    beam.NewCounter(Namespace, MetricSyllables),
		bytes:        beam.NewDistribution(Namespace, MetricDocBytes),
		docSyllables: beam.NewDistribution(Namespace, MetricDocSyllables),
		micros:       beam.NewDistribution(Namespace, MetricDocMicros),
		entities:     map[entities.Type]beam.Counter{},
		warcPages:    beam.NewCounter(Namespace, MetricWARCPages),
	}
}

func (m *docMetrics) add(ctx context.Context, d analyzed) {
	m.records.Inc(ctx, 1)
	m.micros.Update(ctx, d.took.Microseconds())
	if d.out.Err != nil {
		m.errors.Inc(ctx, 1)
		return
	}
	res := d.out.Result()
	m.syllables.Inc(ctx, int64(d.syllables))
	m.bytes.Update(ctx, int64(len(res.Text)))
	m.docSyllables.Update(ctx, int64(d.syllables))
	for _, e := range res.Entities {
		c, ok := m.entities[e.Type]
		if !ok {
			c = beam.NewCounter(Namespace, EntityMetric(e.Type))
			m.entities[e.Type] = c
		}
		c.Inc(ctx, 1)
	}
}

// addWARC counts what a web archive held.
func (m *docMetrics) addWARC(ctx context.Context, s warc.Stats) {
	if s.Pages > 0 {
		m.warcPages.Inc(ctx, int64(s.Pages))
	}
	if s.Truncated > 0 {
		beam.NewCounter(Namespace, MetricWARCTruncated).Inc(ctx, int64(s.Truncated))
	}
	for reason, n := range s.Skipped {
		beam.NewCounter(Namespace, WARCSkippedMetric(reason)).Inc(ctx, int64(n))
	}
}
