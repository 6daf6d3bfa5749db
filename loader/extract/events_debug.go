package extract

import (
	"fmt"
	"os"
	"strings"
)

// debugExtract, when the environment variable DIPLOGRAPH_DEBUG_EXTRACT is
// set, prints each analysed sentence (entities, dates, segments) and the
// meetings known after it to standard error. It is a development aid.
var debugExtract = os.Getenv("DIPLOGRAPH_DEBUG_EXTRACT") != ""

func (e *engine) debugSentence(a *sent) {
	if !debugExtract {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "S%d: %s\n", a.s.Index, a.s.Text)
	for _, en := range a.ents {
		fmt.Fprintf(&b, "   ent %s %s [%d,%d) %q mod=%v desig=%v lvl=%s titles=%v\n", en.label, en.id, en.t0, en.t1, en.surface, en.mod, en.designated, en.level, en.titles)
	}
	for _, d := range a.s.Dates {
		fmt.Fprintf(&b, "   date %s prec=%d rel=%v tok=%d\n", d.Date.String(), d.Precision, d.Relative, a.tokenOf(d.Start))
	}
	for _, sg := range a.segs {
		fmt.Fprintf(&b, "   seg [%d,%d) %s\n", sg[0], sg[1], a.spanText(sg[0], sg[1]))
	}
	fmt.Fprintf(&b, "   recent=%v\n", e.recent)
	fmt.Fprint(os.Stderr, b.String())
}
