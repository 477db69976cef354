package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vntext/vntext/entities"
)

func TestMonth(t *testing.T) {
	for in, want := range map[string]string{
		"2024-02-11":                "2024-02",
		"2024-02-20T09:30:00+07:00": "2024-02",
		"2024/2/5":                  "2024-02",
		"2024-12":                   "2024-12",
		"11/02/2024":                "2024-02",
		"1-2-2024 15:00":            "2024-02",
		"11.02.2024":                "2024-02",
		"2024-13-01":                "",
		"bad date":                  "",
		"02/2024":                   "",
		"":                          "",
	} {
		assert.Equal(t, want, month(in), in)
	}
}

func TestWriteRowsCSV(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteRows(&b, []Row{{Month: "2024-02", Province: "Tỉnh Nghệ An", Kind: KindOfficial, Name: "Trần Văn Bình",
		Roles: []RoleCount{{"Phó Chủ tịch UBND tỉnh Nghệ An", entities.StatusCurrent, 2}, {"Phó Chủ tịch, \"tỉnh\"", entities.StatusFormer, 1}}, Mentions: 3, Documents: 2}}, FormatCSV))
	assert.Equal(t, "month,province,kind,name,roles,mentions,documents\n"+
		`2024-02,Tỉnh Nghệ An,official,Trần Văn Bình,"Phó Chủ tịch UBND tỉnh Nghệ An (2); Phó Chủ tịch, ""tỉnh"" [former] (1)",3,2`+"\n", b.String())
}

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		name, output string
		want         Format
	}{{"", "out/counts.CSV", FormatCSV}, {"", "out/counts.jsonl", FormatJSONL}, {"", "x", FormatJSONL}, {"csv", "x.jsonl", FormatCSV}, {"JSONL", "x.csv", FormatJSONL}} {
		got, err := ParseFormat(tc.name, tc.output)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, tc)
	}
	_, err := ParseFormat("xml", "x")
	assert.Error(t, err)
}

// Aggregate counts officials with the province their role names, units
// in their province and programmes in the province of the record, per
// month; malformed records are counted in the metrics only.
func TestAggregate(t *testing.T) {
	in := sampleArchive(t, 8192)
	out := filepath.Join(t.TempDir(), "agg", "counts.jsonl")
	cfg, err := defaults().Load(nil)
	require.NoError(t, err)
	p, s := beam.NewPipelineWithRoot()
	require.NoError(t, Aggregate(s, Options{Inputs: []string{filepath.Join(in, "*")}, Output: out, Config: cfg, MaxRecordBytes: 8192}, FormatJSONL))
	m := run(t, p)
	assert.Equal(t, int64(19), counter(m, MetricRecords))
	assert.Equal(t, int64(6), counter(m, MetricErrors))

	f, err := os.Open(out)
	require.NoError(t, err)
	defer f.Close()
	var rows []Row
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r Row
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		rows = append(rows, r)
	}
	find := func(month, kind, name string) *Row {
		for i := range rows {
			if rows[i].Month == month && rows[i].Kind == kind && rows[i].Name == name {
				return &rows[i]
			}
		}
		return nil
	}
	var dump strings.Builder
	for _, r := range rows {
		b, _ := json.Marshal(r)
		dump.Write(append(b, '\n'))
	}

	binh := find("2024-03", KindOfficial, "Trần Văn Bình")
	require.NotNil(t, binh, dump.String())
	assert.Equal(t, "Tỉnh Nghệ An", binh.Province, "the record names the province")
	binh = find("2024-04", KindOfficial, "Trần Văn Bình")
	require.NotNil(t, binh, dump.String())
	assert.Equal(t, "Tỉnh Nghệ An", binh.Province, "the role names the province; date written day first")
	assert.Equal(t, []RoleCount{{"Phó Chủ tịch UBND tỉnh Nghệ An", entities.StatusCurrent, 1}}, binh.Roles)

	// A role keeps the status its marker gives ("Nguyên": former).
	hoa := find("2024-03", KindOfficial, "Đặng Thị Hoa")
	require.NotNil(t, hoa, dump.String())
	assert.Equal(t, "Tỉnh Quảng Ninh", hoa.Province)
	assert.Equal(t, []RoleCount{{"Phó Chủ tịch UBND tỉnh Quảng Ninh", entities.StatusFormer, 1}}, hoa.Roles)

	ha := find("2024-02", KindOfficial, "Lê Thị Thu Hà")
	require.NotNil(t, ha, dump.String())
	assert.Equal(t, "Thành phố Hà Nội", ha.Province, "quận Tây Hồ lies in Hà Nội")
	assert.Equal(t, 2, ha.Mentions)
	assert.Equal(t, 1, ha.Documents)

	nd := find("2024-03", KindUnit, "Huyện Nam Đàn")
	require.NotNil(t, nd, dump.String())
	assert.Equal(t, "Tỉnh Nghệ An", nd.Province)

	ntm := find("2024-03", KindProgramme, "Chương trình phát triển du lịch cộng đồng vùng núi")
	require.NotNil(t, ntm, dump.String())
	assert.Equal(t, "Tỉnh Nghệ An", ntm.Province)

	// A page's date is its "published" field: the HTML file, the web
	// archive and the JSONL record all give it.
	minh := find("2024-05", KindOfficial, "Lê Quang Minh")
	require.NotNil(t, minh, dump.String())
	// Named as it was in May 2024: the province became the city of Huế
	// on 1 January 2025.
	assert.Equal(t, "Tỉnh Thừa Thiên Huế", minh.Province)
	assert.Equal(t, 3, minh.Documents)

	// Records without a readable date count under month "".
	hc := find("", KindUnit, "Quận Hải Châu")
	require.NotNil(t, hc, dump.String())
	assert.Equal(t, "Thành phố Đà Nẵng", hc.Province)
	for i := 1; i < len(rows); i++ {
		assert.LessOrEqual(t, rows[i-1].Month, rows[i].Month, "sorted by month")
	}

	// The same rows as CSV, in the same order.
	csvOut := filepath.Join(t.TempDir(), "counts.csv")
	p, s = beam.NewPipelineWithRoot()
	require.NoError(t, Aggregate(s, Options{Inputs: []string{filepath.Join(in, "*")}, Output: csvOut, Config: cfg, MaxRecordBytes: 8192}, FormatCSV))
	run(t, p)
	got, err := os.ReadFile(csvOut)
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, WriteRows(&want, rows, FormatCSV))
	assert.Equal(t, want.String(), string(got))
	assert.Contains(t, string(got), "\n2024-03,Tỉnh Quảng Ninh,official,Đặng Thị Hoa,Phó Chủ tịch UBND tỉnh Quảng Ninh [former] (1),1,1\n")
}

// month never panics and returns "" or a month YYYY-MM.
func FuzzMonth(f *testing.F) {
	for _, s := range []string{"2024-02-11", "11/02/2024 15:00", "2024", "-/-/-", "٢٠٢٤-٠٢"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := month(s)
		if m == "" {
			return
		}
		_, err := time.Parse("2006-01", m)
		assert.NoError(t, err, "%q gave %q", s, m)
	})
}
