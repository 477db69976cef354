package schematest

import "testing"

// The schema rejects what breaks the shape: a missing field, a null list,
// a bad enum, an unknown schema version.
func TestSchemaRejects(t *testing.T) {
	good := `{"schema":"vntext/v1","id":"","title":"","text":"Hà Nội","tasks":"words","offsets":"bytes","normalized":"","sentences":[],"words":[{"text":"Hà Nội","start":0,"end":9,"kind":"word"}],"segmented":"","entities":[],"officials":[],"summary":{"sentences":[],"over_budget":false},"keywords":[]}`
	if err := Check(Record, []byte(good)); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		`{"schema":"vntext/v1"}`,
		`{"schema":"vntext/v2","id":"","title":"","text":"","tasks":"","offsets":"bytes","normalized":"","sentences":[],"words":[],"segmented":"","entities":[],"officials":[],"summary":{"sentences":[],"over_budget":false},"keywords":[]}`,
		`{"schema":"vntext/v1","id":"","title":"","text":"","tasks":"","offsets":"bytes","normalized":"","sentences":null,"words":[],"segmented":"","entities":[],"officials":[],"summary":{"sentences":[],"over_budget":false},"keywords":[]}`,
		`{"schema":"vntext/v1","id":"","title":"","text":"","tasks":"everything","offsets":"bytes","normalized":"","sentences":[],"words":[],"segmented":"","entities":[],"officials":[],"summary":{"sentences":[],"over_budget":false},"keywords":[]}`,
		`{"schema":"vntext/v1","id":"","title":"","text":"","tasks":"","offsets":"miles","normalized":"","sentences":[],"words":[],"segmented":"","entities":[],"officials":[],"summary":{"sentences":[],"over_budget":false},"keywords":[]}`,
		`{"schema":"vntext/v1","id":"","title":"","text":"","tasks":"","offsets":"bytes","normalized":"","sentences":[],"words":[],"segmented":"","entities":[{"type":"PERSON","text":"A","start":0,"end":1}],"officials":[],"summary":{"sentences":[],"over_budget":false},"keywords":[]}`,
		`{"schema":"vntext/v1","id":"","file":"","line":1}`,
	} {
		if Check(Record, []byte(bad)) == nil {
			t.Errorf("accepted %s", bad)
		}
	}
	// Role objects of issue 12 are already allowed, with a known status.
	role := `{"entities":[{"type":"PERSON","text":"A","start":0,"end":1,"roles":[{"text":"Chủ tịch","status":"former"}],"level":"","code":"","periods":[],"successors":[],"unit":""}],"officials":[]}`
	if err := Check(Entities, []byte(role)); err != nil {
		t.Fatal(err)
	}
	if Check(Entities, []byte(`{"entities":[{"type":"PERSON","text":"A","start":0,"end":1,"roles":[{"text":"x","status":"retired"}],"level":"","code":"","periods":[],"successors":[],"unit":""}],"officials":[]}`)) == nil {
		t.Error("accepted an unknown role status")
	}
}
