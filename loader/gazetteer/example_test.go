package gazetteer_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/gazetteer"
)

func ExampleGazetteer_Find() {
	g, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	for _, m := range g.Find("التقى الرئيس الروسي فلاديمير بوتين قادة أذربيجان وأرمينيا") {
		fmt.Printf("%d:%d %s %s %s clitic=%q\n", m.Start, m.End, m.Surface, m.EntryID, m.Form, m.Clitic)
	}
	// Output:
	// 6:12 الرئيس head-of-state TITLE clitic=""
	// 13:19 الروسي state:RUS ADJECTIVE clitic=""
	// 20:34 فلاديمير بوتين person:vladimir-putin NAME clitic=""
	// 35:39 قادة leader TITLE clitic=""
	// 40:48 أذربيجان state:AZE NAME clitic=""
	// 50:57 أرمينيا state:ARM NAME clitic="و"
}

func ExampleGazetteer_Holder() {
	g, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	for _, d := range []graph.Date{graph.NewDate(2019, 1, 1), graph.NewDate(2022, 10, 14)} {
		e, _ := g.Holder("head-of-state:KAZ", d)
		fmt.Println(d, e.Name, e.NameAr)
	}
	// Output:
	// 2019-01-01 Nursultan Nazarbayev نور سلطان نزارباييف
	// 2022-10-14 Kassym-Jomart Tokayev قاسم جومارت توكاييف
}

func BenchmarkFind(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile("../../examples/articles/2022-10-14_cis-summit-astana_ar.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		g.Find(s)
	}
}

func BenchmarkDefaultLoad(b *testing.B) {
	// The cost of parsing the data and building the automaton (Default does it once).
	for b.Loop() {
		if _, err := gazetteer.LoadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}
