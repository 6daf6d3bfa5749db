package loader

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/gazetteer"
)

// syntheticCorpus builds n articles of the genre from sentence templates
// written for this benchmark, filled with states, capitals and leaders drawn
// (deterministically) from the gazetteer, plus the real articles bundled in
// the repository. It returns the articles and their total size in bytes.
func syntheticCorpus(tb testing.TB, gz *gazetteer.Gazetteer, n int) ([][]byte, int64) {
	tb.Helper()
	states := gz.Entries(graph.LabelState)
	places := gz.Entries(graph.LabelPlace)
	people := gz.Entries(graph.LabelPerson)
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(es []gazetteer.Entry) string {
		for {
			e := es[rng.IntN(len(es))]
			if e.NameAr != "" {
				return strings.Split(e.NameAr, "|")[0]
			}
		}
	}
	templates := []string{
		"استقبل الرئيس %[3]s في %[2]s اليوم نظيره القادم من %[1]s، وبحث الجانبان تطوير العلاقات الثنائية.",
		"من المقرر أن تعقد القمة المقبلة في مدينة %[2]s بمشاركة قادة %[1]s و%[4]s و%[5]s.",
		"وأكد وزير خارجية %[1]s أن بلاده لن تشارك في الاجتماع بسبب ارتباطات سابقة.",
		"وتتولى %[4]s رئاسة المنظمة هذا العام، على أن تنتقل الرئاسة إلى %[5]s العام المقبل.",
		"ووقع الجانبان على هامش القمة اتفاقية للتعاون في مجال الطاقة للفترة 2024- 2026.",
		"وكان %[3]s قد زار %[2]s يوم الخميس في زيارة رسمية تلبية لدعوة من رئيس %[4]s.",
		"ومن المتوقع أن يتبنى المشاركون بيانا ختاميا يدعو إلى تعزيز الأمن الإقليمي.",
		"وتحتفل %[1]s و%[5]s هذا العام بالذكرى الثلاثين لإقامة العلاقات الدبلوماسية بينهما.",
	}
	months := []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
	var out [][]byte
	var total int64
	for i := 0; i < n; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "قمة جديدة في %s\n\n%d %s %d\n\n", pick(places), 1+rng.IntN(28), months[rng.IntN(12)], 2015+rng.IntN(10))
		for p := 0; p < 6; p++ {
			for s := 0; s < 3; s++ {
				t := templates[rng.IntN(len(templates))]
				fmt.Fprintf(&b, t+" ", pick(states), pick(places), pick(people), pick(states), pick(states))
			}
			b.WriteString("\n\n")
		}
		out = append(out, []byte(b.String()))
		total += int64(b.Len())
	}
	real, _ := filepath.Glob("../examples/articles/*.txt")
	for _, p := range real {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, data)
		total += int64(len(data))
	}
	return out, total
}

// BenchmarkExtract measures extraction throughput (MB/s of article text)
// over a synthetic corpus of 300 articles (~1 MB): read, normalise,
// segment, recognise, extract and assemble.
func BenchmarkExtract(b *testing.B) {
	gz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	l := New(gz)
	corpus, total := syntheticCorpus(b, gz, 300)
	b.SetBytes(total)
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for i, a := range corpus {
			if _, err := l.Extract(ctx, fmt.Sprintf("synthetic-%d.txt", i), a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestSyntheticCorpusExtracts checks that the benchmark's corpus is really
// processed: every article extracts without error and yields entities.
func TestSyntheticCorpusExtracts(t *testing.T) {
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	corpus, _ := syntheticCorpus(t, gz, 5)
	for i, a := range corpus {
		g, err := New(gz).Extract(context.Background(), fmt.Sprintf("synthetic-%d.txt", i), a)
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		states := 0
		for _, n := range g.Nodes {
			if n.HasLabel(graph.LabelState) {
				states++
			}
		}
		if states < 2 {
			t.Errorf("article %d: %d State nodes, want at least 2", i, states)
		}
	}
}
