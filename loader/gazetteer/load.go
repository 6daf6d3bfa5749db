package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Data file names, relative to the embedded file system.
const (
	fileStates     = "data/states.tsv"
	fileStateNames = "data/state_names.tsv"
	filePlaces     = "data/places.tsv"
	fileOrgs       = "data/orgs.tsv"
	filePersons    = "data/persons.tsv"
	fileOffices    = "data/offices.tsv"
	fileTitles     = "data/titles.tsv"
)

// row is one data line: its cells by column name and its line number.
type row struct {
	file string
	line int
	cell map[string]string
}

func (r row) get(col string) string { return r.cell[col] }

func (r row) errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.file, r.line, fmt.Sprintf(format, args...))
}

// table is a parsed data file.
type table struct {
	source string
	rows   []row
}

// readTable parses a TSV data file: '#' comment lines (one of them, before
// the column line, must start with "# source:"), one line of column names,
// then data lines with exactly as many tab-separated cells.
func readTable(fsys fs.FS, name string, required ...string) (table, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return table{}, fmt.Errorf("%s: %w", name, err)
	}
	defer f.Close()
	var t table
	var cols []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			c := strings.TrimSpace(strings.TrimPrefix(line, "#"))
			if s, ok := strings.CutPrefix(c, "source:"); ok && cols == nil {
				if t.source != "" {
					t.source += "; "
				}
				t.source += strings.TrimSpace(s)
			}
			continue
		}
		cells := strings.Split(line, "\t")
		if cols == nil {
			if t.source == "" {
				return table{}, fmt.Errorf("%s:%d: no '# source:' comment before the column line", name, n)
			}
			cols = cells
			for _, req := range required {
				found := false
				for _, c := range cols {
					found = found || c == req
				}
				if !found {
					return table{}, fmt.Errorf("%s:%d: missing column %q", name, n, req)
				}
			}
			continue
		}
		if len(cells) != len(cols) {
			return table{}, fmt.Errorf("%s:%d: %d cells, want %d (%s)", name, n, len(cells), len(cols), strings.Join(cols, ", "))
		}
		r := row{file: name, line: n, cell: make(map[string]string, len(cols))}
		for i, c := range cols {
			r.cell[c] = strings.TrimSpace(cells[i])
		}
		t.rows = append(t.rows, r)
	}
	if err := sc.Err(); err != nil {
		return table{}, fmt.Errorf("%s: %w", name, err)
	}
	if cols == nil {
		return table{}, fmt.Errorf("%s: no column line", name)
	}
	return t, nil
}

// readTables reads a base table (data/persons.tsv) and its supplements
// (data/persons_*.tsv, in name order), each with its own "# source:"
// header, so that curated additions keep their provenance per file.
func readTables(fsys fs.FS, name string, required ...string) ([]table, error) {
	t, err := readTable(fsys, name, required...)
	if err != nil {
		return nil, err
	}
	out := []table{t}
	extra, err := fs.Glob(fsys, strings.TrimSuffix(name, ".tsv")+"_*.tsv")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	sort.Strings(extra)
	for _, x := range extra {
		t, err := readTable(fsys, x, required...)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// eachRow calls fn on every row of the table name and of its supplements
// (readTables), in file then line order, with the row's table; it stops at
// the first error, which it returns unchanged (fn's errors name the file
// and line through row.errorf).
func eachRow(fsys fs.FS, name string, required []string, fn func(t table, r row) error) error {
	ts, err := readTables(fsys, name, required...)
	if err != nil {
		return err
	}
	for _, t := range ts {
		for _, r := range t.rows {
			if err := fn(t, r); err != nil {
				return err
			}
		}
	}
	return nil
}

// split splits a multi-valued cell at '|', dropping empty values and "-".
func split(s string) []string {
	if s == "" || s == "-" {
		return nil
	}
	var out []string
	for _, v := range strings.Split(s, "|") {
		v = strings.TrimSpace(v)
		if v != "" && v != "-" {
			out = append(out, v)
		}
	}
	return out
}

func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

func rest(vs []string) []string {
	if len(vs) <= 1 {
		return nil
	}
	return vs[1:]
}

func parseDate(r row, col string) (graph.Date, error) {
	s := r.get(col)
	if s == "" || s == "-" {
		return graph.Date{}, nil
	}
	// Years alone and year-months are allowed for old terms: 1991 → 1991-01-01.
	switch len(s) {
	case 4:
		s += "-01-01"
	case 7:
		s += "-01"
	}
	d, err := graph.ParseDate(s)
	if err != nil {
		return graph.Date{}, r.errorf("column %s: %v", col, err)
	}
	return d, nil
}

// builder accumulates entries and surface forms while loading.
type builder struct {
	g     *Gazetteer
	forms []surface
	adjF  map[int][]string // state entry → feminine nisba adjectives
}

// surface is one written form of an entry or title, before folding.
type surface struct {
	text   string
	entry  int // index in g.entries, or -1 for titles
	title  int // index in g.titles when entry < 0
	form   Form
	gender string
}

func (b *builder) add(e Entry, r row) (int, error) {
	if e.ID == "" {
		return 0, r.errorf("empty id")
	}
	if _, dup := b.g.byID[e.ID]; dup {
		return 0, r.errorf("duplicate id %s", e.ID)
	}
	i := len(b.g.entries)
	b.g.entries = append(b.g.entries, e)
	b.g.byID[e.ID] = i
	b.g.byLabel[e.Label] = append(b.g.byLabel[e.Label], i)
	b.names(i)
	return i, nil
}

// names registers the NAME, ALIAS and ACRONYM forms of entry i.
func (b *builder) names(i int) {
	e := b.g.entries[i]
	for _, n := range []string{e.Name, e.NameAr, e.NameRu} {
		if n != "" {
			b.forms = append(b.forms, surface{text: n, entry: i, form: FormName})
		}
	}
	acr := e.Props.String("acronym")
	for _, a := range e.Aliases {
		f := FormAlias
		if a == acr || isAcronym(a) {
			f = FormAcronym
		}
		b.forms = append(b.forms, surface{text: a, entry: i, form: f})
	}
}

// isAcronym reports whether s is written in capitals (Latin or Cyrillic)
// with at most 8 letters: CIS, СНГ, BRICS, UAE.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'А' && r <= 'Я', r == 'Ё':
			n++
		case r == '.' || r == '&' || r == '-' || (r >= '0' && r <= '9'):
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}

func load(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{byID: map[string]int{}, byLabel: map[string][]int{}, offices: map[string][]holding{}}
	b := &builder{g: g, adjF: map[int][]string{}}
	steps := []func(fs.FS) error{b.loadStates, b.loadStateNames, b.loadMinistries, b.loadPlaces, b.loadOrgs, b.loadPersons, b.loadOffices, b.loadTitles, b.check}
	for _, step := range steps {
		if err := step(fsys); err != nil {
			return nil, err
		}
	}
	m, err := newMatcher(g, b.forms)
	if err != nil {
		return nil, err
	}
	g.m = m
	return g, nil
}

func (b *builder) loadStates(fsys fs.FS) error {
	t, err := readTable(fsys, fileStates, "iso3", "iso2", "status", "name", "nameAr", "nameRu", "aliases")
	if err != nil {
		return err
	}
	for _, r := range t.rows {
		iso3 := r.get("iso3")
		if len(iso3) != 3 || !isUpper(iso3) {
			return r.errorf("bad iso3 %q", iso3)
		}
		ar, ru, en := split(r.get("nameAr")), split(r.get("nameRu")), split(r.get("name"))
		e := Entry{
			ID: graph.StateID(iso3), Label: LabelState,
			Name: first(en), NameAr: first(ar), NameRu: first(ru),
			Props:  graph.Props{"iso3": iso3},
			Source: t.source,
		}
		if iso2 := r.get("iso2"); iso2 != "" && iso2 != "-" {
			e.Props["iso2"] = iso2
		}
		if st := r.get("status"); st != "" {
			e.Props["status"] = st
		}
		e.Aliases = graph.UnionStrings(append(append(rest(ar), rest(en)...), rest(ru)...), split(r.get("aliases")))
		if len(e.Aliases) == 0 {
			e.Aliases = nil
		}
		if _, err := b.add(e, r); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) loadStateNames(fsys fs.FS) error {
	return eachRow(fsys, fileStateNames, []string{"iso3", "form", "text"}, func(t table, r row) error {
		i, ok := b.g.byID[graph.StateID(r.get("iso3"))]
		if !ok {
			return r.errorf("unknown state %q", r.get("iso3"))
		}
		e := &b.g.entries[i]
		for _, v := range split(r.get("text")) {
			switch r.get("form") {
			case "alias":
				e.Aliases = graph.UnionStrings(e.Aliases, []string{v})
				f := FormAlias
				if isAcronym(v) {
					f = FormAcronym
				}
				b.forms = append(b.forms, surface{text: v, entry: i, form: f})
			case "acronym":
				e.Aliases = graph.UnionStrings(e.Aliases, []string{v})
				b.forms = append(b.forms, surface{text: v, entry: i, form: FormAcronym})
			case "adj_m":
				b.forms = append(b.forms, surface{text: v, entry: i, form: FormAdjective, gender: "m"})
			case "adj_f":
				b.adjF[i] = append(b.adjF[i], v)
				b.forms = append(b.forms, surface{text: v, entry: i, form: FormAdjective, gender: "f"})
			default:
				return r.errorf("unknown form %q (want alias, acronym, adj_m, adj_f)", r.get("form"))
			}
		}
		if !strings.Contains(e.Source, t.source) {
			e.Source += "; " + t.source
		}
		return nil
	})
}

// MinistryID returns the id of the ministry of foreign affairs of the
// state with ISO 3166-1 alpha-3 code iso3: "org:mfa-rus".
func MinistryID(iso3 string) string { return "org:mfa-" + strings.ToLower(iso3) }

// loadMinistries generates one Organization (kind MINISTRY) per state: its
// ministry of foreign affairs, named after the state's Arabic names and
// feminine adjectives ("وزارة الخارجية الروسية", "الخارجية الروسية",
// "وزارة خارجية روسيا") and English name ("Ministry of Foreign Affairs of
// Russia", "Russia Foreign Ministry").
func (b *builder) loadMinistries(fs.FS) error {
	n := len(b.g.entries)
	for i := 0; i < n; i++ {
		st := b.g.entries[i]
		if st.Label != LabelState {
			continue
		}
		iso3 := st.Props.String("iso3")
		e := Entry{
			ID: MinistryID(iso3), Label: LabelOrganization,
			Name:   "Ministry of Foreign Affairs of " + st.Name,
			Props:  graph.Props{"kind": "MINISTRY"},
			State:  st.ID,
			Source: "generated from " + fileStates + " and " + fileStateNames,
		}
		var ar []string
		for _, adj := range b.adjF[i] {
			ar = append(ar, "وزارة الخارجية ال"+adj, "وزارة الشؤون الخارجية ال"+adj, "الخارجية ال"+adj)
		}
		for _, name := range append([]string{st.NameAr}, st.Aliases...) {
			if isArabic(name) {
				ar = append(ar, "وزارة خارجية "+name, "وزارة الشؤون الخارجية في "+name)
			}
		}
		if len(ar) == 0 {
			continue
		}
		e.NameAr = ar[0]
		e.Aliases = nonEmpty(graph.UnionStrings(ar[1:], []string{
			"Foreign Ministry of " + st.Name, st.Name + " Foreign Ministry", st.Name + "'s Foreign Ministry",
		}))
		if _, err := b.add(e, row{file: fileStates}); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) stateRef(r row, col string) (string, error) {
	v := r.get(col)
	if v == "" || v == "-" {
		return "", nil
	}
	id := graph.StateID(v)
	if _, ok := b.g.byID[id]; !ok {
		return "", r.errorf("column %s: unknown state %q", col, v)
	}
	return id, nil
}

// namedEntry is the Entry of row r of table t in places.tsv, orgs.tsv or
// persons.tsv (or a supplement): its id, label, state (column "state", see
// stateRef) and source, the first value of each of the columns name,
// nameAr and nameRu as the names, and as aliases the other values of
// nameAr, name and nameRu, then extra, then the column aliases (nil when
// there are none). Props is empty. The error is stateRef's.
func (b *builder) namedEntry(t table, r row, label string, extra ...string) (Entry, error) {
	st, err := b.stateRef(r, "state")
	if err != nil {
		return Entry{}, err
	}
	en, ar, ru := split(r.get("name")), split(r.get("nameAr")), split(r.get("nameRu"))
	return Entry{
		ID: r.get("id"), Label: label, Name: first(en), NameAr: first(ar), NameRu: first(ru),
		Props: graph.Props{}, State: st, Source: t.source,
		Aliases: nonEmpty(graph.UnionStrings(slices.Concat(rest(ar), rest(en), rest(ru), extra), split(r.get("aliases")))),
	}, nil
}

func (b *builder) loadPlaces(fsys fs.FS) error {
	return eachRow(fsys, filePlaces, []string{"id", "kind", "name", "nameAr", "nameRu", "aliases", "state", "capital"}, func(t table, r row) error {
		e, err := b.namedEntry(t, r, LabelPlace)
		if err != nil {
			return err
		}
		if !strings.HasPrefix(e.ID, "place:") {
			return r.errorf("place id %q must start with place:", e.ID)
		}
		e.Props["kind"] = r.get("kind")
		e.Capital = r.get("capital") == "1"
		_, err = b.add(e, r)
		return err
	})
}

func nonEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func (b *builder) loadOrgs(fsys fs.FS) error {
	type pending struct {
		r      row
		partOf string
	}
	var parts []pending
	err := eachRow(fsys, fileOrgs, []string{"id", "kind", "acronym", "partOf", "state", "founded", "memberCount", "name", "nameAr", "nameRu", "aliases"}, func(t table, r row) error {
		acr := split(r.get("acronym"))
		e, err := b.namedEntry(t, r, LabelOrganization, acr...)
		if err != nil {
			return err
		}
		if !strings.HasPrefix(e.ID, "org:") {
			return r.errorf("organization id %q must start with org:", e.ID)
		}
		e.Props["kind"] = r.get("kind")
		if len(acr) > 0 {
			e.Props["acronym"] = acr[0]
		}
		for _, c := range []string{"founded", "memberCount"} {
			if v := r.get(c); v != "" && v != "-" {
				n, err := strconv.ParseInt(v, 10, 64)
				if err != nil {
					return r.errorf("column %s: %v", c, err)
				}
				e.Props[c] = n
			}
		}
		if _, err := b.add(e, r); err != nil {
			return err
		}
		if p := r.get("partOf"); p != "" && p != "-" {
			parts = append(parts, pending{r, p})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, p := range parts {
		if _, ok := b.g.byID[p.partOf]; !ok {
			return p.r.errorf("partOf: unknown organization %q", p.partOf)
		}
		b.g.entries[b.g.byID[p.r.get("id")]].PartOf = p.partOf
	}
	return nil
}

func (b *builder) loadPersons(fsys fs.FS) error {
	return eachRow(fsys, filePersons, []string{"id", "name", "nameAr", "nameRu", "aliases", "state"}, func(t table, r row) error {
		e, err := b.namedEntry(t, r, LabelPerson)
		if err != nil {
			return err
		}
		if want := graph.PersonID(e.Name); e.ID != want {
			return r.errorf("person id %q, want %q (slug of the English name)", e.ID, want)
		}
		if w := r.get("wikidata"); w != "" && w != "-" {
			e.Props["wikidataId"] = w
		}
		_, err = b.add(e, r)
		return err
	})
}

func (b *builder) loadOffices(fsys fs.FS) error {
	err := eachRow(fsys, fileOffices, []string{"person", "office", "title", "from", "to", "source"}, func(_ table, r row) error {
		i, ok := b.g.byID[r.get("person")]
		if !ok || b.g.entries[i].Label != LabelPerson {
			return r.errorf("unknown person %q", r.get("person"))
		}
		o := Office{Office: r.get("office"), Title: r.get("title")}
		kind, of := SplitOffice(o.Office)
		if kind == "" || of == "" {
			return r.errorf("office %q: want kind:STATE or kind:org:slug", o.Office)
		}
		if _, ok := b.g.byID[of]; !ok {
			return r.errorf("office %q: unknown entity %q", o.Office, of)
		}
		var err error
		if o.From, err = parseDate(r, "from"); err != nil {
			return err
		}
		if o.To, err = parseDate(r, "to"); err != nil {
			return err
		}
		if o.From.IsZero() {
			return r.errorf("office %q: no start date", o.Office)
		}
		if !o.To.IsZero() && o.To.Before(o.From) {
			return r.errorf("office %q: ends %s before it starts %s", o.Office, o.To, o.From)
		}
		e := &b.g.entries[i]
		e.Offices = append(e.Offices, o)
		if src := r.get("source"); src != "" && src != "-" && !strings.Contains(e.Source, src) {
			e.Source += "; " + src
		}
		b.g.offices[o.Office] = append(b.g.offices[o.Office], holding{person: i, office: o})
		return nil
	})
	if err != nil {
		return err
	}
	for i := range b.g.entries {
		offs := b.g.entries[i].Offices
		sortOffices(offs)
	}
	return nil
}

func sortOffices(offs []Office) {
	for i := 1; i < len(offs); i++ {
		for j := i; j > 0 && offs[j].From.Before(offs[j-1].From); j-- {
			offs[j], offs[j-1] = offs[j-1], offs[j]
		}
	}
}

func (b *builder) loadTitles(fsys fs.FS) error {
	t, err := readTable(fsys, fileTitles, "kind", "title", "forms")
	if err != nil {
		return err
	}
	for _, r := range t.rows {
		te := titleEntry{Kind: r.get("kind"), Title: r.get("title"), Forms: split(r.get("forms"))}
		if te.Kind == "" || len(te.Forms) == 0 {
			return r.errorf("title needs a kind and forms")
		}
		ti := len(b.g.titles)
		b.g.titles = append(b.g.titles, te)
		for _, f := range te.Forms {
			b.forms = append(b.forms, surface{text: f, entry: -1, title: ti, form: FormTitle})
		}
	}
	return nil
}

// check validates cross-references after loading.
func (b *builder) check(fs.FS) error {
	for _, e := range b.g.entries {
		if e.Name == "" {
			return fmt.Errorf("%s: entry without an English name", e.ID)
		}
	}
	return nil
}
