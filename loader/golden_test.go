package loader

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/gazetteer"
)

// goldenFacts is one parsed testdata/golden/*.facts file (format in its
// header).
type goldenFacts struct {
	article   string
	nodes     []goldenLine
	expected  []goldenLine
	optional  []goldenLine
	forbidden []goldenLine
}

type goldenLine struct {
	line            int
	typ, start, end string // for nodes: typ is the label, start the id
	props           map[string]string
	text            string
}

func parseGolden(path string) (goldenFacts, error) {
	f, err := os.Open(path)
	if err != nil {
		return goldenFacts{}, err
	}
	defer f.Close()
	var g goldenFacts
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(line)
		gl := goldenLine{line: n, props: map[string]string{}, text: line}
		kv := func(from int) error {
			for _, s := range fs[from:] {
				k, v, ok := strings.Cut(s, "=")
				if !ok {
					return fmt.Errorf("%s:%d: bad property %q", path, n, s)
				}
				gl.props[k] = v
			}
			return nil
		}
		switch fs[0] {
		case "article":
			g.article = fs[1]
		case "node":
			if len(fs) < 3 {
				return g, fmt.Errorf("%s:%d: short node line", path, n)
			}
			gl.start, gl.typ = fs[1], fs[2]
			if err := kv(3); err != nil {
				return g, err
			}
			g.nodes = append(g.nodes, gl)
		case "+", "?", "-":
			if len(fs) < 4 {
				return g, fmt.Errorf("%s:%d: short fact line", path, n)
			}
			gl.typ, gl.start, gl.end = fs[1], fs[2], fs[3]
			if err := kv(4); err != nil {
				return g, err
			}
			switch fs[0] {
			case "+":
				g.expected = append(g.expected, gl)
			case "?":
				g.optional = append(g.optional, gl)
			default:
				g.forbidden = append(g.forbidden, gl)
			}
		default:
			return g, fmt.Errorf("%s:%d: unknown line %q", path, n, line)
		}
	}
	return g, sc.Err()
}

// propString renders a property value as the golden files write it.
func propString(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []string:
		return x
	case int64:
		return []string{strconv.FormatInt(x, 10)}
	case int:
		return []string{strconv.Itoa(x)}
	case float64:
		return []string{strconv.FormatFloat(x, 'f', -1, 64)}
	case bool:
		return []string{strconv.FormatBool(x)}
	case graph.Date:
		return []string{x.String()}
	case time.Time:
		return []string{x.Format(time.RFC3339)}
	}
	return []string{fmt.Sprint(v)}
}

func propsMatch(have graph.Props, want map[string]string) bool {
	for k, w := range want {
		ok := false
		for _, s := range propString(have[k]) {
			if have[k] != nil && s == w {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func idMatch(pattern, id string) bool { return pattern == "*" || pattern == id }

// relMatch reports whether r matches a golden fact line (DIPLOMATIC_RELATIONS
// is read undirected, as MODEL.md says).
func relMatch(r graph.Relationship, gl goldenLine) bool {
	if r.Type != gl.typ {
		return false
	}
	ends := idMatch(gl.start, r.Start) && idMatch(gl.end, r.End)
	if !ends && r.Type == graph.RelDiplomaticRelations {
		ends = idMatch(gl.start, r.End) && idMatch(gl.end, r.Start)
	}
	return ends && propsMatch(r.Props, gl.props)
}

func relEndsMatch(r graph.Relationship, gl goldenLine) bool {
	c := gl
	c.props = nil
	return relMatch(r, c)
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.facts")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no golden files")
	}
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("gazetteer: %v", err)
	}
	l := New(gz).WithClock(func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) })
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			gf, err := parseGolden(file)
			if err != nil {
				t.Fatal(err)
			}
			g, err := l.ExtractFile(context.Background(), filepath.Join("..", gf.article))
			if err != nil {
				t.Fatal(err)
			}
			nodes := map[string]graph.Node{}
			for _, n := range g.Nodes {
				nodes[n.ID] = n
			}
			for _, want := range gf.nodes {
				n, ok := nodes[want.start]
				switch {
				case !ok:
					t.Errorf("line %d: missing node %s", want.line, want.start)
				case !n.HasLabel(want.typ):
					t.Errorf("line %d: node %s has labels %v, want %s", want.line, want.start, n.Labels, want.typ)
				case !propsMatch(n.Props, want.props):
					t.Errorf("line %d: node %s properties %v, want %v", want.line, want.start, n.Props, want.props)
				}
			}
			types := map[string]bool{}
			for _, want := range gf.expected {
				types[want.typ] = true
			}
			found := 0
			for _, want := range gf.expected {
				ok := false
				for _, r := range g.Relationships {
					if relMatch(r, want) {
						ok = true
						break
					}
				}
				if ok {
					found++
					continue
				}
				near := ""
				for _, r := range g.Relationships {
					if relEndsMatch(r, want) {
						near = fmt.Sprintf(" (present with %v)", r.Props)
					}
				}
				t.Errorf("line %d: missing %s%s", want.line, want.text, near)
			}
			for _, bad := range gf.forbidden {
				for _, r := range g.Relationships {
					if relMatch(r, bad) {
						t.Errorf("line %d: forbidden fact present: %s", bad.line, bad.text)
					}
				}
			}
			tp, fp := 0, 0
			for _, r := range g.Relationships {
				if !types[r.Type] || r.Type == graph.RelMentions || r.Type == graph.RelHasSentence {
					continue
				}
				matched := false
				for _, gl := range append(append([]goldenLine(nil), gf.expected...), gf.optional...) {
					if relEndsMatch(r, gl) {
						matched = true
						break
					}
				}
				if matched {
					tp++
				} else {
					fp++
					t.Logf("extra: %s %s %s (%s)", r.Type, r.Start, r.End, r.Props.String(graph.PropStatus))
				}
			}
			prec := 1.0
			if tp+fp > 0 {
				prec = float64(tp) / float64(tp+fp)
			}
			t.Logf("%s: recall %d/%d = %.3f, precision %d/%d = %.3f", filepath.Base(file), found, len(gf.expected),
				float64(found)/float64(len(gf.expected)), tp, tp+fp, prec)
		})
	}
}
