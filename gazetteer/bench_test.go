package gazetteer

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/vntext/vntext/gazetteer/internal/data"
	"github.com/vntext/vntext/internal/testenv"
)

// benchText is self-written news-style text (fictional people, real places).
const benchText = `Sáng 12/3, tại trụ sở UBND quận Tây Hồ, thành phố Hà Nội, Bí thư Quận ủy Trần Văn Bình chủ trì hội nghị. ` +
	`Đoàn công tác của tỉnh Bình Định và TP.HCM đã đến thăm xã Vĩnh Thịnh, huyện Vĩnh Thạnh. ` +
	`Dự án cầu Nhật Tân mở rộng nối quốc lộ 1 với đường Võ Nguyên Giáp, đi qua các huyện Mê Linh, Sóc Sơn. ` +
	`Người dân thôn 3 ven hồ Tây cho biết nước sông Hồng dâng cao; ông Lê Văn Hùng ở Đà Lạt (Lâm Đồng) gọi điện. ` +
	`Từ 1/7/2025, phường Tây Hồ được thành lập trên cơ sở các phường Bưởi, Thụy Khuê, Quảng An, Xuân La.` + "\n"

func syllables(s string) int { return len(strings.Fields(s)) }

// BenchmarkLocations reports throughput on news-style text; b.SetBytes
// gives MB/s, and syllables/s is reported as a metric.
func BenchmarkLocations(b *testing.B) {
	benchLocations(b, strings.Repeat(benchText, 20))
}

// benchLocations times the default gazetteer's Locations over text.
func benchLocations(b *testing.B, text string) {
	g := testGazetteer(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		g.Locations(text)
	}
	b.ReportMetric(float64(syllables(text))*float64(b.N)/b.Elapsed().Seconds(), "syllables/s")
}

// BenchmarkLocationsVLSP runs over the VLSP 2016 dev text (evaluation data,
// read at run time only).
func BenchmarkLocationsVLSP(b *testing.B) {
	path := testenv.DataDir(b, "ner", "vlsp2016", "dev.jsonl")
	raw, err := os.ReadFile(filepath.Clean(path))
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for line := range strings.Lines(string(raw)) {
		if i := strings.Index(line, `"text": "`); i >= 0 {
			rest := line[i+9:]
			if j := strings.Index(rest, `", "entities"`); j >= 0 {
				sb.WriteString(rest[:j])
				sb.WriteByte('\n')
			}
		}
	}
	benchLocations(b, sb.String())
}

// BenchmarkGazetteerLoad measures parsing the embedded gazetteer (the
// one-time cost of Default) and the heap it keeps.
func BenchmarkGazetteerLoad(b *testing.B) {
	b.ReportAllocs()
	var g *Gazetteer
	for b.Loop() {
		var err error
		if g, err = loadGazetteer(data.FS(), nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(retainedHeap(b))/(1<<20), "heap-MB")
	runtime.KeepAlive(g)
}

// retainedHeap loads a fresh gazetteer and returns the live heap it adds.
func retainedHeap(tb testing.TB) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	g, err := loadGazetteer(data.FS(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(g)
	if after.HeapAlloc < before.HeapAlloc {
		return 0
	}
	return after.HeapAlloc - before.HeapAlloc
}

// TestGazetteerHeapBudget keeps the gazetteer well inside the extractor's
// 60 MB heap budget (the rules and tokenizer need the rest).
func TestGazetteerHeapBudget(t *testing.T) {
	const budget = 30 << 20
	if h := retainedHeap(t); h > budget {
		t.Errorf("gazetteer keeps %d MB of heap, budget %d MB", h>>20, budget>>20)
	} else {
		t.Logf("gazetteer heap: %.1f MB", float64(h)/(1<<20))
	}
}
