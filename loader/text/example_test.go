package text_test

import (
	"fmt"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/text"
)

func ExampleFold() {
	fmt.Println(text.Fold("أستانا"))
	fmt.Println(text.Fold("الكريملِن مؤخراً"))
	fmt.Println(text.Fold("١٤ أكتوبر ٢٠٢٢"))
	fmt.Println(text.Fold("Nur-Sultan"))
	// Output:
	// استانا
	// الكريملن موخرا
	// 14 اكتوبر 2022
	// nur-sultan
}

func ExampleFoldMap() {
	f := text.FoldMap("بِأَستانا")
	start, end := f.Span(1, 7) // folded "استانا"
	fmt.Println(f.Text, start, end, string([]rune("بِأَستانا")[start:end]))
	// Output:
	// باستانا 2 9 أَستانا
}

func ExampleSegment() {
	raw := "روسيا - آسيا الوسطى\n\nقال د. أحمد: \"انتهى. شكراً\". ثم غادر!\nسطر آخر"
	for _, s := range text.Segment(raw) {
		fmt.Printf("%d/%d [%d:%d] %s\n", s.Index, s.Paragraph, s.Start, s.End, s.Text)
	}
	// Output:
	// 0/0 [0:19] روسيا - آسيا الوسطى
	// 1/1 [21:49] قال د. أحمد: "انتهى. شكراً".
	// 2/1 [50:58] ثم غادر!
	// 3/1 [59:66] سطر آخر
}

func ExampleFindDates() {
	art := graph.NewDate(2022, 10, 14)
	s := "وذلك اليوم الجمعة 14 أكتوبر/تشرين الأول 2022، بعد قمة يوم الخميس وعام 2019"
	for _, d := range text.FindDates(s, art) {
		fmt.Printf("%q %s %s relative=%v\n", string([]rune(s)[d.Start:d.End]), d.Date, d.Precision, d.Relative)
	}
	// Output:
	// "اليوم الجمعة 14 أكتوبر/تشرين الأول 2022" 2022-10-14 day relative=false
	// "يوم الخميس" 2022-10-13 day relative=true
	// "عام 2019" 2019-01-01 year relative=false
}

func ExampleFindPeriods() {
	fmt.Printf("%+v\n", text.FindPeriods("برنامج لمكافحة الإرهاب للفترة 2023- 2025"))
	// Output:
	// [{Start:30 End:40 From:2023 To:2025}]
}

func ExampleStripClitics() {
	fmt.Println(text.StripClitics(text.Fold("والرئيس")))
	fmt.Println(text.StripClitics(text.Fold("للأردن")))
	// Output:
	// [والرييس الرييس رييس]
	// [للاردن الاردن لاردن اردن]
}

func ExampleDateline() {
	doc, _ := text.Read("2022-10-14_cis-summit.txt", []byte("Ru En\n\nعنوان الخبر هنا\n\n١٤ أكتوبر ٢٠٢٢\n\nنص."))
	d, ok := text.Dateline(doc)
	fmt.Println(d, ok, doc.Title)
	// Output:
	// 2022-10-14 true عنوان الخبر هنا
}
