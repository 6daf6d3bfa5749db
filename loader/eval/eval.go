// Package eval scores extracted graphs against golden facts: files written
// by people reading an article (never from program output) that list the
// relationships an extractor must find, may find, and must not find.
//
// File format (one fact per line; blank lines and # comments ignored):
//
//	article PATH                        the article, relative to the working directory or the facts file
//	node ID LABEL [key=value ...]        a node that must exist with these property values
//	+ TYPE START END [key=value ...]     a relationship that must exist (recall)
//	? TYPE START END                     a relationship that may exist (neither missing nor false positive)
//	- TYPE START END                     a relationship that must not exist (forbidden)
//
// An id written "*" matches any id. Values compare as strings; a list
// property matches when it contains the value. DIPLOMATIC_RELATIONS is
// matched in either direction (it is stored once and read undirected).
package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// Fact is one parsed line of a facts file.
type Fact struct {
	Line  int               // 1-based line number in the file
	Kind  string            // "node", "+", "?" or "-"
	Type  string            // relationship type, or the label of a node line
	Start string            // start id, or the node id of a node line
	End   string            // end id ("" for node lines)
	Props map[string]string // expected property values
	Text  string            // the line as written
}

// Facts is one parsed facts file.
type Facts struct {
	Path      string // the facts file
	Article   string // the article path as written on its "article" line
	Nodes     []Fact
	Expected  []Fact
	Optional  []Fact
	Forbidden []Fact
}

// ParseFile reads a facts file. Errors name the file and line.
func ParseFile(path string) (Facts, error) {
	f, err := os.Open(path)
	if err != nil {
		return Facts{}, fmt.Errorf("open facts: %w", err)
	}
	defer f.Close()
	return Parse(path, f)
}

// Parse reads facts from r; name is used in errors and as Facts.Path.
func Parse(name string, r io.Reader) (Facts, error) {
	fs := Facts{Path: name}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		fact := Fact{Line: n, Kind: fields[0], Props: map[string]string{}, Text: line}
		props := func(from int) error {
			for _, s := range fields[from:] {
				k, v, ok := strings.Cut(s, "=")
				if !ok || k == "" {
					return fmt.Errorf("%s:%d: bad property %q (want key=value)", name, n, s)
				}
				fact.Props[k] = v
			}
			return nil
		}
		switch fields[0] {
		case "article":
			if len(fields) != 2 {
				return fs, fmt.Errorf("%s:%d: want \"article PATH\"", name, n)
			}
			fs.Article = fields[1]
		case "node":
			if len(fields) < 3 {
				return fs, fmt.Errorf("%s:%d: want \"node ID LABEL [key=value...]\"", name, n)
			}
			fact.Start, fact.Type = fields[1], fields[2]
			if !graph.IsLabel(fact.Type) {
				return fs, fmt.Errorf("%s:%d: unknown label %q", name, n, fact.Type)
			}
			if err := props(3); err != nil {
				return fs, err
			}
			fs.Nodes = append(fs.Nodes, fact)
		case "+", "?", "-":
			if len(fields) < 4 {
				return fs, fmt.Errorf("%s:%d: want \"%s TYPE START END [key=value...]\"", name, n, fields[0])
			}
			fact.Type, fact.Start, fact.End = fields[1], fields[2], fields[3]
			if !graph.IsRelationshipType(fact.Type) {
				return fs, fmt.Errorf("%s:%d: unknown relationship type %q", name, n, fact.Type)
			}
			if err := props(4); err != nil {
				return fs, err
			}
			switch fields[0] {
			case "+":
				fs.Expected = append(fs.Expected, fact)
			case "?":
				fs.Optional = append(fs.Optional, fact)
			default:
				fs.Forbidden = append(fs.Forbidden, fact)
			}
		default:
			return fs, fmt.Errorf("%s:%d: unknown line kind %q", name, n, fields[0])
		}
	}
	if err := sc.Err(); err != nil {
		return fs, fmt.Errorf("read %s: %w", name, err)
	}
	if fs.Article == "" {
		return fs, fmt.Errorf("%s: no \"article\" line", name)
	}
	return fs, nil
}

// ArticlePath resolves the article of fs: as written (relative to the
// working directory), else beside the facts file, else the facts file's
// name with .txt, .html or .htm. It returns an error naming what it tried.
func (fs Facts) ArticlePath() (string, error) {
	dir := filepath.Dir(fs.Path)
	stem := strings.TrimSuffix(fs.Path, filepath.Ext(fs.Path))
	tries := []string{fs.Article, filepath.Join(dir, filepath.Base(fs.Article)), stem + ".txt", stem + ".html", stem + ".htm"}
	for _, p := range tries {
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s: article not found (tried %s)", fs.Path, strings.Join(tries, ", "))
}

// Score counts extraction outcomes for one relationship type or overall.
// Precision is computed over extracted facts (TP, FP), recall over the "+"
// lines (Found of Expected).
type Score struct {
	TP        int // extracted facts matching a "+" or "?" line (ends only)
	FP        int // extracted facts matching no "+" or "?" line
	Expected  int // "+" lines
	Found     int // "+" lines extracted, properties included
	Forbidden int // "-" lines extracted
}

// Add adds o to s.
func (s *Score) Add(o Score) {
	s.TP += o.TP
	s.FP += o.FP
	s.Expected += o.Expected
	s.Found += o.Found
	s.Forbidden += o.Forbidden
}

// FN is the number of "+" lines not extracted.
func (s Score) FN() int { return s.Expected - s.Found }

// Precision is TP/(TP+FP), or 1 when nothing was extracted.
func (s Score) Precision() float64 {
	if s.TP+s.FP == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is Found/Expected, or 1 when nothing was expected.
func (s Score) Recall() float64 {
	if s.Expected == 0 {
		return 1
	}
	return float64(s.Found) / float64(s.Expected)
}

// F1 is the harmonic mean of Precision and Recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Result is the score of one article.
type Result struct {
	File           string
	PerType        map[string]*Score // by relationship type
	Missing        []Fact            // "+" lines not found (with their properties)
	ForbiddenFound []Fact            // "-" lines found
	MissingNodes   []Fact            // node lines not satisfied
	Extra          []graph.Relationship
}

// Overall sums the per-type scores.
func (r Result) Overall() Score {
	var s Score
	for _, v := range r.PerType {
		s.Add(*v)
	}
	return s
}

// Compare scores g, the graph extracted from the article of fs. Only
// relationship types that appear on a "+" line of fs are scored for
// precision (an annotator who wrote no fact of a type made no claim about
// it); MENTIONS and HAS_SENTENCE are never scored.
func Compare(fs Facts, g graph.Graph) Result {
	res := Result{File: fs.Path, PerType: map[string]*Score{}}
	score := func(t string) *Score {
		if res.PerType[t] == nil {
			res.PerType[t] = &Score{}
		}
		return res.PerType[t]
	}
	nodes := make(map[string]graph.Node, len(g.Nodes))
	for _, n := range g.Nodes {
		nodes[n.ID] = n
	}
	for _, want := range fs.Nodes {
		n, ok := nodes[want.Start]
		if !ok || !n.HasLabel(want.Type) || !propsMatch(n.Props, want.Props) {
			res.MissingNodes = append(res.MissingNodes, want)
		}
	}
	scored := map[string]bool{}
	for _, want := range fs.Expected {
		scored[want.Type] = true
		score(want.Type).Expected++
		found := false
		for _, r := range g.Relationships {
			if Matches(r, want, true) {
				found = true
				break
			}
		}
		if found {
			score(want.Type).Found++
		} else {
			res.Missing = append(res.Missing, want)
		}
	}
	for _, bad := range fs.Forbidden {
		for _, r := range g.Relationships {
			if Matches(r, bad, true) {
				score(bad.Type).Forbidden++
				res.ForbiddenFound = append(res.ForbiddenFound, bad)
				break
			}
		}
	}
	allowed := append(append([]Fact(nil), fs.Expected...), fs.Optional...)
	for _, r := range g.Relationships {
		if !scored[r.Type] {
			continue
		}
		ok := false
		for _, f := range allowed {
			if Matches(r, f, false) {
				ok = true
				break
			}
		}
		if ok {
			score(r.Type).TP++
		} else {
			score(r.Type).FP++
			res.Extra = append(res.Extra, r)
		}
	}
	return res
}

// Matches reports whether r matches fact f: same type, ends equal (or "*";
// either direction for DIPLOMATIC_RELATIONS), and, when withProps, every
// property of f present in r.
func Matches(r graph.Relationship, f Fact, withProps bool) bool {
	if r.Type != f.Type {
		return false
	}
	ends := idMatch(f.Start, r.Start) && idMatch(f.End, r.End)
	if !ends && r.Type == graph.RelDiplomaticRelations {
		ends = idMatch(f.Start, r.End) && idMatch(f.End, r.Start)
	}
	return ends && (!withProps || propsMatch(r.Props, f.Props))
}

func idMatch(pattern, id string) bool { return pattern == "*" || pattern == id }

func propsMatch(have graph.Props, want map[string]string) bool {
	for k, w := range want {
		v, ok := have[k]
		if !ok {
			return false
		}
		match := false
		for _, s := range PropStrings(v) {
			if s == w {
				match = true
				break
			}
		}
		if !match {
			return false
		}
	}
	return true
}

// PropStrings renders a property value as facts files write it: strings as
// is, numbers in decimal, booleans as true/false, Dates as YYYY-MM-DD,
// DateTimes in RFC 3339, lists element by element.
func PropStrings(v any) []string {
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

// WriteTable prints precision, recall and F1 per relationship type and
// overall for results, as an aligned text table.
func WriteTable(w io.Writer, results []Result) error {
	per := map[string]*Score{}
	var all Score
	for _, r := range results {
		for t, s := range r.PerType {
			if per[t] == nil {
				per[t] = &Score{}
			}
			per[t].Add(*s)
			all.Add(*s)
		}
	}
	types := make([]string, 0, len(per))
	for t := range per {
		types = append(types, t)
	}
	sort.Strings(types)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tTP\tFP\tFN\tforbidden\tprecision\trecall\tF1\t")
	row := func(name string, s Score) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", name, s.TP, s.FP, s.FN(), s.Forbidden, s.Precision(), s.Recall(), s.F1())
	}
	for _, t := range types {
		row(t, *per[t])
	}
	row("OVERALL", all)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// Extractor is what RunDir needs from the loader.
type Extractor interface {
	ExtractFile(ctx context.Context, path string) (graph.Graph, error)
}

// RunDir scores every *.facts file of dir (sorted by name) against the
// graph x extracts from its article. A facts file that does not parse or
// whose article cannot be extracted is an error naming it.
func RunDir(ctx context.Context, x Extractor, dir string) ([]Result, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.facts"))
	if err != nil {
		return nil, fmt.Errorf("list facts in %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.facts files", dir)
	}
	sort.Strings(files)
	results := make([]Result, 0, len(files))
	for _, f := range files {
		fs, err := ParseFile(f)
		if err != nil {
			return nil, err
		}
		article, err := fs.ArticlePath()
		if err != nil {
			return nil, err
		}
		g, err := x.ExtractFile(ctx, article)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", article, err)
		}
		results = append(results, Compare(fs, g))
	}
	return results, nil
}
