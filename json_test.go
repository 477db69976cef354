package vntext

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/gazetteer"
	"github.com/vntext/vntext/normalize"
	"github.com/vntext/vntext/summarize"
	"github.com/vntext/vntext/tokenize"
)

// A Result survives JSON: Result → JSON → Result is the identity, for an
// article that exercises every task (locations with periods and successors,
// officials, summary, keywords) and in NFD, so the offsets are mapped.
func TestResultJSONRoundTrip(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	covered := map[string]bool{}
	for _, text := range []string{article, nfdArticle(), "Tỉnh Hà Giang và quận Tây Hồ, TP.HCM.", ""} {
		res, err := a.Analyze(context.Background(), Doc{ID: "x", Title: "Kỳ họp HĐND", Text: text})
		require.NoError(t, err)
		b, err := json.Marshal(res)
		require.NoError(t, err)
		var back Result
		require.NoError(t, json.Unmarshal(b, &back))
		if !reflect.DeepEqual(res, back) {
			t.Errorf("round trip changed the result of %.40q:\n%+v\n%+v", text, res, back)
		}
		for _, e := range res.Entities {
			assert.NotEmpty(t, e.Normalized, "every entity has its normalized form")
			covered["normalized"] = covered["normalized"] || e.Normalized != e.Text
			covered["successors"] = covered["successors"] || len(e.Successors) > 0
			covered["periods"] = covered["periods"] || e.Periods != 0
		}
		covered["words"] = covered["words"] || len(res.Words) > 0
		covered["officials"] = covered["officials"] || len(res.Officials) > 0
		for _, o := range res.Officials {
			assert.NotEmpty(t, o.Normalized, "every official has its normalized name")
		}
		covered["summary"] = covered["summary"] || len(res.Summary.Sentences) > 0
		covered["keywords"] = covered["keywords"] || len(res.Keywords) > 0
	}
	for _, part := range []string{"normalized", "successors", "periods", "words", "officials", "summary", "keywords"} {
		assert.True(t, covered[part], "no result had %s", part)
	}
}

// nfdArticle is article decomposed with a location that has successors.
func nfdArticle() string {
	return "Chủ tịch UBND tỉnh Ha\u0300 Giang, huye\u0323\u0302n Vi\u0323 Xuye\u0302n, đạt 33/33 phiếu."
}

// Every enum of the public API round-trips through JSON, and an unknown
// name is an error, not a silent zero.
func TestEnumsJSONRoundTrip(t *testing.T) {
	type roundTrip struct {
		values []any
		bad    string // a JSON value that must not decode
		zero   func() any
	}
	cases := map[string]roundTrip{
		"tokenize.Kind": {values: []any{tokenize.Syllable, tokenize.Word, tokenize.Date, tokenize.Symbol, tokenize.Kind(0)},
			bad: `"noun"`, zero: func() any { return new(tokenize.Kind) }},
		"normalize.ToneStyle": {values: []any{normalize.ToneClassic, normalize.ToneModern, normalize.ToneKeep, normalize.ToneStyle(0)},
			bad: `"new"`, zero: func() any { return new(normalize.ToneStyle) }},
		"normalize.Encoding": {values: []any{normalize.AutoDetect, normalize.UTF8, normalize.TCVN3, normalize.CP1258},
			bad: `"ebcdic"`, zero: func() any { return new(normalize.Encoding) }},
		"vntext.Task": {values: []any{TaskWords, TaskSummary | TaskEntities, AllTasks, Task(0)},
			bad: `"everything"`, zero: func() any { return new(Task) }},
		"vntext.Offsets": {values: []any{OffsetBytes, OffsetRunes, OffsetUTF16},
			bad: `"furlongs"`, zero: func() any { return new(Offsets) }},
		"gazetteer.Periods": {values: []any{gazetteer.PeriodsOf(gazetteer.PeriodPre2025, gazetteer.PeriodPost2025), gazetteer.Periods(0)},
			bad: `["1990"]`, zero: func() any { return new(gazetteer.Periods) }},
		"gazetteer.Level": {values: []any{gazetteer.LevelCommune, gazetteer.LevelOther},
			zero: func() any { return new(gazetteer.Level) }},
		"gazetteer.Period": {values: []any{gazetteer.PeriodPost2026},
			zero: func() any { return new(gazetteer.Period) }},
		"summarize.KeywordKind": {values: []any{summarize.Name, summarize.Term},
			bad: `"verb"`, zero: func() any { return new(summarize.KeywordKind) }},
		"entities.Type": {values: []any{entities.Person, entities.Type("EVENT")},
			zero: func() any { return new(entities.Type) }},
	}
	for name, c := range cases {
		for _, v := range c.values {
			b, err := json.Marshal(v)
			require.NoError(t, err, "%s %v", name, v)
			back := c.zero()
			require.NoError(t, json.Unmarshal(b, back), "%s %s", name, b)
			assert.Equal(t, v, reflect.ValueOf(back).Elem().Interface(), "%s via %s", name, b)
		}
		if c.bad != "" {
			assert.Error(t, json.Unmarshal([]byte(c.bad), c.zero()), "%s accepted %s", name, c.bad)
		}
	}
	// Values outside the constants do not marshal as something else.
	for _, v := range []any{tokenize.Kind(99), normalize.ToneStyle(9), normalize.Encoding(42), Task(1 << 12)} {
		_, err := json.Marshal(v)
		assert.Error(t, err, "%T %v", v, v)
	}
}
