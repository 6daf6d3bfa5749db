// Package loader turns Arabic news articles into diplograph's knowledge
// graph (../shared/MODEL.md). It is a pipeline of explicit stages:
//
//	read → normalise → segment → dates → recognise → extract → resolve → assemble
//
// text.Read validates and normalises the file; text.Segment splits it into
// sentences; text.Dateline and text.FindDates give the article date and the
// dates of each sentence; the gazetteer recognises entities and titles;
// package extract finds meetings and relations and resolves designations
// and references; Extract assembles one graph.Graph with stable ids and
// provenance on every relationship (status, evidence, articleIds,
// confidence).
//
// Extension of the model: every entity node (and every Meeting,
// Initiative and Chairmanship node) carries searchKeys, a []string of the
// text.Fold matching keys of its name, nameAr, nameRu and aliases,
// deduplicated, so that stores can search names without Arabic
// normalisation of their own.
package loader

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader/extract"
	"github.com/diplograph/diplograph/loader/gazetteer"
	"github.com/diplograph/diplograph/loader/text"
)

// Loader extracts graphs from articles with one gazetteer. It is safe for
// concurrent use.
type Loader struct {
	g     *gazetteer.Gazetteer
	kb    *kb
	clock func() time.Time
}

// New returns a Loader that recognises entities with g.
func New(g *gazetteer.Gazetteer) *Loader {
	return &Loader{g: g, kb: newKB(g), clock: time.Now}
}

// WithClock returns a copy of l whose Article nodes get loadedAt from now
// (for reproducible output in tests).
func (l *Loader) WithClock(now func() time.Time) *Loader {
	c := *l
	c.clock = now
	return &c
}

// ErrNoGazetteer is returned by Extract when the Loader has no gazetteer.
var ErrNoGazetteer = errors.New("loader: no gazetteer")

// ExtractFile reads the article at path and extracts its graph.
func (l *Loader) ExtractFile(ctx context.Context, path string) (graph.Graph, error) {
	data, err := readFile(path)
	if err != nil {
		return graph.Graph{}, err
	}
	return l.Extract(ctx, path, data)
}

func readFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	if st.Size() > text.MaxBytes {
		return nil, fmt.Errorf("%s: %w: %d bytes, limit %d", path, text.ErrTooLarge, st.Size(), text.MaxBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	return data, nil
}

// prepared is an article after the front-end stages.
type prepared struct {
	doc   text.Document
	id    string
	sha   string
	date  graph.Date
	sents []text.Sentence
	input extract.Document
}

func (l *Loader) prepare(name string, data []byte) (*prepared, error) {
	if l == nil || l.g == nil {
		return nil, ErrNoGazetteer
	}
	doc, err := text.Read(name, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &prepared{doc: doc}
	p.id, p.sha = graph.ArticleID(doc.Raw)
	p.date, _ = text.Dateline(doc)
	p.sents = text.Segment(doc.Raw)
	p.input = extract.Document{ArticleID: p.id, Date: p.date}
	for _, s := range p.sents {
		es := extract.Sentence{Index: s.Index, Paragraph: s.Paragraph, Start: s.Start, End: s.End, Text: s.Text}
		for _, m := range l.g.Find(s.Text) {
			es.Mentions = append(es.Mentions, extract.Mention{Start: m.Start, End: m.End, Surface: m.Surface,
				EntryID: m.EntryID, Label: m.Label, Form: string(m.Form), Clitic: m.Clitic, Gender: m.Gender, Title: m.Title, Alt: m.Alt})
		}
		for _, d := range text.FindDates(s.Text, p.date) {
			es.Dates = append(es.Dates, extract.DateExpr{Start: d.Start, End: d.End, Date: d.Date,
				Precision: int(d.Precision), Relative: d.Relative})
		}
		for _, pr := range text.FindPeriods(s.Text) {
			es.Periods = append(es.Periods, extract.Period{Start: pr.Start, End: pr.End, From: pr.From, To: pr.To})
		}
		p.input.Sentences = append(p.input.Sentences, es)
	}
	return p, nil
}

// Explanation is one extracted fact with what it was read from: the
// evidence sentence (original text) and the words that triggered the rule.
type Explanation struct {
	extract.Fact
	// SentenceText is the original text of the evidence sentence.
	SentenceText string
	// Matched is the text of Fact.Span within the sentence ("" when the
	// rule had no span).
	Matched string
}

// Explain returns the facts extracted from the article with the rules
// that produced them, their evidence sentences and matched spans, in
// reading order (before facts from several sentences are merged).
func (l *Loader) Explain(ctx context.Context, name string, data []byte) ([]Explanation, error) {
	p, err := l.prepare(name, data)
	if err != nil {
		return nil, err
	}
	res, err := extract.Run(ctx, p.input, l.kb)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := make([]Explanation, 0, len(res.Facts))
	for _, f := range res.Facts {
		e := Explanation{Fact: f}
		if f.Sentence >= 0 && f.Sentence < len(p.sents) {
			e.SentenceText = p.sents[f.Sentence].Text
			r := []rune(e.SentenceText)
			if a, b := f.Span[0], f.Span[1]; 0 <= a && a < b && b <= len(r) {
				e.Matched = string(r[a:b])
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// Extract reads one article (name is used in errors and as the file name)
// and returns its graph: the Article and its Sentences, the entities,
// meetings, initiatives and chairmanships, and the relationships between
// them, sorted (graph.Sort). Errors of the front end (empty, binary,
// invalid UTF-8, too large) wrap the text package's errors with the name.
func (l *Loader) Extract(ctx context.Context, name string, data []byte) (graph.Graph, error) {
	if err := ctx.Err(); err != nil {
		return graph.Graph{}, fmt.Errorf("%s: %w", name, err)
	}
	p, err := l.prepare(name, data)
	if err != nil {
		return graph.Graph{}, err
	}
	res, err := extract.Run(ctx, p.input, l.kb)
	if err != nil {
		return graph.Graph{}, fmt.Errorf("%s: %w", name, err)
	}
	g := l.assemble(p, res)
	g.Sort()
	if err := g.Validate(); err != nil {
		return graph.Graph{}, fmt.Errorf("%s: assemble: %w", name, err)
	}
	return g, nil
}

// assemble builds the graph of one article from the extraction result.
func (l *Loader) assemble(p *prepared, res extract.Result) graph.Graph {
	var g graph.Graph
	nodes := map[string]*graph.Node{}
	addNode := func(n graph.Node) {
		if old, ok := nodes[n.ID]; ok {
			old.Props = graph.MergeProps(old.Props, n.Props)
			return
		}
		nn := n
		nodes[n.ID] = &nn
	}
	// Article
	title := p.doc.Title
	if title == "" {
		title = filepath.Base(p.doc.Name)
	}
	art := graph.Props{"id": p.id, "name": title, "title": title, "language": "ar", "sha256": p.sha,
		"loadedAt": l.clock().UTC()}
	if !p.date.IsZero() {
		art["date"] = p.date
	}
	if src := res.Source(); src != "" {
		if e, ok := l.g.Entry(src); ok {
			art["source"] = e.Name
			art["publisher"] = e.Name
		}
	}
	addNode(graph.Node{ID: p.id, Labels: []string{graph.LabelArticle}, Props: art})
	// Sentences
	rels := map[string]*graph.Relationship{}
	var order []string
	conf := map[string]float64{}
	addRel := func(r graph.Relationship, c float64) {
		k := r.Key()
		old, ok := rels[k]
		if !ok {
			rr := r
			rr.Props = graph.MergeProps(nil, r.Props)
			rels[k] = &rr
			order = append(order, k)
			conf[k] = c
			return
		}
		for key, v := range r.Props {
			switch {
			case graph.IsListProp(key):
				old.Props[key] = graph.UnionStrings(old.Props.Strings(key), graph.AsStrings(v))
			case key == graph.PropStatus || key == graph.PropConfidence:
				if c > conf[k] {
					old.Props[key] = v
				}
			default:
				if _, has := old.Props[key]; !has {
					old.Props[key] = v
				}
			}
		}
		if c > conf[k] {
			conf[k] = c
		}
	}
	for _, s := range p.sents {
		sid := graph.SentenceID(p.id, s.Index)
		addNode(graph.Node{ID: sid, Labels: []string{graph.LabelSentence}, Props: graph.Props{
			"id": sid, "name": truncate(s.Text, 60), "index": int64(s.Index), "paragraph": int64(s.Paragraph),
			"text": s.Text, "start": int64(s.Start), "end": int64(s.End)}})
		addRel(graph.Relationship{Type: graph.RelHasSentence, Start: p.id, End: sid, Props: graph.Props{
			graph.PropStatus: graph.StatusReported, graph.PropEvidence: []string{sid},
			graph.PropArticleIDs: []string{p.id}, graph.PropConfidence: 1.0}}, 1)
	}
	// Meetings, initiatives and chairmanships are reported facts: their
	// scalars (status first) follow the newest source (graph.PropAsOf).
	// People recognised from title patterns (recognisedBy) are entity
	// nodes made by the stage: no asOf.
	collective := collectiveSurfaces(res.EntityIDs)
	for _, n := range res.Nodes {
		if !p.date.IsZero() && n.Label() != graph.LabelPerson {
			n.Props[graph.PropAsOf] = p.date
		}
		if isEntityLabel(n.Label()) {
			if a, ok := n.Props["aliases"]; ok {
				n.Props["aliases"] = nameSurfaces(graph.AsStrings(a), collective)
			}
		}
		addNode(n)
	}
	// entity nodes for every id used by a fact
	need := func(id string) bool {
		if _, ok := nodes[id]; ok {
			return true
		}
		e, ok := l.g.Entry(id)
		if !ok {
			return false
		}
		n := e.Node()
		n.Props = cleanProps(n.Props)
		n.Props["aliases"] = graph.UnionStrings(nameSurfaces(res.EntityIDs[id], collective), n.Props.Strings("aliases"))
		addNode(n)
		return true
	}
	for _, f := range res.Facts {
		if f.Rel.Start == "" || f.Rel.End == "" || !need(f.Rel.Start) || !need(f.Rel.End) {
			continue
		}
		if !p.date.IsZero() {
			f.Rel.Props[graph.PropAsOf] = p.date
		}
		addRel(f.Rel, f.Confidence)
		if (f.Rel.Type == graph.RelLeaderOf || f.Rel.Type == graph.RelHoldsOffice) && f.Rel.Props.String("title") != "" {
			if n := nodes[f.Rel.Start]; n != nil && n.Label() == graph.LabelPerson {
				n.Props["title"] = f.Rel.Props.String("title")
			}
		}
	}
	checkTense(nodes, rels, p.date)
	codeCameo(nodes, rels)
	// role HOST for a participant that hosts the meeting
	for _, k := range order {
		r := rels[k]
		if r.Type != graph.RelParticipatesIn {
			continue
		}
		if _, ok := rels[graph.RelHosts+"|"+r.Start+"|"+r.End]; ok {
			r.Props["role"] = "HOST"
		}
	}
	for _, n := range nodes {
		if n.Label() != graph.LabelArticle && n.Label() != graph.LabelSentence {
			n.Props["searchKeys"] = searchKeys(n.Props)
		}
		g.Nodes = append(g.Nodes, *n)
	}
	for _, k := range order {
		g.Relationships = append(g.Relationships, *rels[k])
	}
	return g
}

// Aliases from surfaces. Every surface an entity was written with in the
// article (extract.Result.EntityIDs) becomes one of its aliases, and so a
// search key, except a collective designation: a dual or plural noun that
// designates several entities at once ("وبحث الرئيسان", "the two
// presidents", is resolved to both leaders of the talks). Stored as an
// alias of each, it would make a search for "الرئيسان" return every
// president ever so designated. A surface is collective when
//   - the article attaches it (folded) to two or more entities: a name or a
//     singular designation ("الرئيس الروسي") picks out one entity in one
//     article, so a surface shared by several is a collective or an
//     ambiguous one, and neither names any of them. This rule needs no
//     word list and covers every dual the extraction resolves, whatever
//     its noun; or
//   - it is one word that, without proclitics, is a dual or plural of a
//     title or party noun (collectiveNouns): a backstop for a designation
//     of which only one entity was resolved. Only whole one-word surfaces
//     count, so names that contain such a word ("مجلس رؤساء الدول",
//     "مؤتمر الأطراف") stay aliases.
//
// Curated gazetteer aliases are never dropped.

// collectiveNouns are the folded dual and plural designations of persons
// or parties (nominative and oblique duals, broken plurals), as written
// with the article. They mirror the dual designations that
// loader/extract resolves to two persons, plus their plurals.
var collectiveNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"الرئيسان", "الرئيسين", "الرؤساء",
		"الزعيمان", "الزعيمين", "الزعماء",
		"القائدان", "القائدين", "القادة",
		"الوزيران", "الوزيرين", "الوزراء",
		"الجانبان", "الجانبين",
		"الطرفان", "الطرفين", "الأطراف",
		"الملكان", "الملكين",
		"الأميران", "الأميرين",
		"المستشاران", "المستشارين",
		"السفيران", "السفيرين", "السفراء",
		"البلدان", "البلدين", "الدولتان", "الدولتين",
	} {
		m[text.Fold(w)] = true
	}
	return m
}()

// collectiveSurfaces returns the folded surfaces that surfaces (entity id →
// the surfaces it was written with) attaches to more than one entity.
func collectiveSurfaces(surfaces map[string][]string) map[string]bool {
	owners := map[string]map[string]bool{}
	for id, list := range surfaces {
		for _, s := range list {
			k := strings.TrimSpace(text.Fold(s))
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][id] = true
		}
	}
	out := map[string]bool{}
	for k, ids := range owners {
		if len(ids) > 1 {
			out[k] = true
		}
	}
	return out
}

// nameSurfaces returns the surfaces that may become aliases: surfaces
// without the collective ones (shared, see collectiveSurfaces, or a
// collective noun, see isCollectiveNoun). It never returns nil.
func nameSurfaces(surfaces []string, shared map[string]bool) []string {
	out := []string{}
	for _, s := range surfaces {
		if !shared[strings.TrimSpace(text.Fold(s))] && !isCollectiveNoun(s) {
			out = append(out, s)
		}
	}
	return out
}

// isCollectiveNoun reports whether s is one word that, with or without
// its proclitics (و ف ب ل ك, the article), is one of collectiveNouns.
func isCollectiveNoun(s string) bool {
	words := strings.Fields(text.Fold(s))
	if len(words) != 1 {
		return false
	}
	for _, stem := range text.StripClitics(words[0]) {
		if collectiveNouns[stem] || collectiveNouns["ال"+stem] {
			return true
		}
	}
	return false
}

// isEntityLabel reports whether label is that of a named entity (whose
// aliases are names), not of an event or an article.
func isEntityLabel(label string) bool {
	switch label {
	case graph.LabelPerson, graph.LabelState, graph.LabelOrganization, graph.LabelPlace:
		return true
	}
	return false
}

// codeCameo sets the CAMEO code of every meeting (graph.MeetingCameo)
// and of every PARTICIPATES_IN (graph.ParticipationCameo), from the
// meetings' channel and status (after checkTense) and the host: the HOSTS
// fact of the same article, else the state of the place the meeting is
// HELD_IN. A participant's party is the state it is, or the state a person
// represents (its `representing` property).
func codeCameo(nodes map[string]*graph.Node, rels map[string]*graph.Relationship) {
	host := map[string]string{}
	for _, r := range rels {
		if r.Type == graph.RelHosts && strings.HasPrefix(r.Start, "state:") {
			host[r.End] = r.Start
		}
	}
	// without a HOSTS fact (bilateral talks), the state of the place the
	// meeting is held in
	stateOf := map[string]string{}
	for _, r := range rels {
		if r.Type == graph.RelLocatedIn && strings.HasPrefix(r.End, "state:") {
			stateOf[r.Start] = r.End
		}
	}
	for _, r := range rels {
		if r.Type == graph.RelHeldIn && host[r.Start] == "" && stateOf[r.End] != "" {
			host[r.Start] = stateOf[r.End]
		}
	}
	parties := map[string]map[string]bool{}
	party := func(r *graph.Relationship) string {
		if strings.HasPrefix(r.Start, "state:") {
			return r.Start
		}
		return r.Props.String("representing")
	}
	for _, r := range rels {
		if r.Type == graph.RelParticipatesIn {
			if p := party(r); p != "" {
				if parties[r.End] == nil {
					parties[r.End] = map[string]bool{}
				}
				parties[r.End][p] = true
			}
		}
	}
	for _, n := range nodes {
		if n.Label() == graph.LabelMeeting {
			n.Props["cameo"] = graph.MeetingCameo(n.Props.String("channel"), n.Props.String("status"))
		}
	}
	for _, r := range rels {
		m := nodes[r.End]
		if r.Type != graph.RelParticipatesIn || m == nil {
			continue
		}
		h := host[r.End]
		r.Props["cameo"] = graph.ParticipationCameo(m.Props.String("channel"), r.Props.String(graph.PropStatus), party(r), h,
			m.Props.String("kind") == "BILATERAL", parties[r.End][h])
	}
}

// cleanProps keeps only the property types of the model (int becomes int64).
func cleanProps(p graph.Props) graph.Props {
	out := graph.Props{}
	for k, v := range p {
		switch x := v.(type) {
		case string, []string, int64, float64, bool, graph.Date, time.Time:
			out[k] = x
		case int:
			out[k] = int64(x)
		case int32:
			out[k] = int64(x)
		}
	}
	return out
}

// searchKeys folds name, nameAr, nameRu and aliases into matching keys.
func searchKeys(p graph.Props) []string {
	var keys []string
	add := func(s string) {
		if k := strings.TrimSpace(text.Fold(s)); k != "" {
			keys = graph.UnionStrings(keys, []string{k})
		}
	}
	for _, k := range []string{"name", "nameAr", "nameRu"} {
		add(p.String(k))
	}
	for _, a := range p.Strings("aliases") {
		add(a)
	}
	if keys == nil {
		keys = []string{}
	}
	return keys
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n])) + "…"
}

// Files expands paths into the article files they name: a file is kept as
// is, a directory gives its *.txt, *.html and *.htm files (recursively).
// The result is sorted and without duplicates; a missing path is an error
// naming it.
func Files(paths ...string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("articles: %w", err)
		}
		if !st.IsDir() {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".txt", ".html", ".htm":
				if !seen[path] {
					seen[path] = true
					out = append(out, path)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("articles: %s: %w", p, err)
		}
	}
	sort.Strings(out)
	return out, nil
}

// kb adapts the gazetteer to extract.KB.
type kb struct {
	g        *gazetteer.Gazetteer
	capitals map[string]string
	parts    map[string][]string
}

func newKB(g *gazetteer.Gazetteer) *kb {
	k := &kb{g: g, capitals: map[string]string{}, parts: map[string][]string{}}
	if g == nil {
		return k
	}
	for _, e := range g.Entries(graph.LabelPlace) {
		if e.Capital && e.State != "" {
			k.capitals[stateID(e.State)] = e.ID
		}
	}
	for _, e := range g.Entries(graph.LabelOrganization) {
		if e.PartOf != "" {
			k.parts[e.PartOf] = append(k.parts[e.PartOf], e.ID)
		}
	}
	return k
}

func stateID(s string) string {
	if s == "" || strings.HasPrefix(s, "state:") {
		return s
	}
	return graph.StateID(s)
}

// Entity implements extract.KB.
func (k *kb) Entity(id string) (extract.Entity, bool) {
	if k.g == nil {
		return extract.Entity{}, false
	}
	e, ok := k.g.Entry(id)
	if !ok {
		return extract.Entity{}, false
	}
	acr := e.Props.String("acronym")
	if l := e.Props.Strings("acronym"); len(l) > 0 {
		acr = l[0]
	}
	if i := strings.IndexByte(acr, '|'); i >= 0 {
		acr = acr[:i]
	}
	var names []string
	for _, n := range append([]string{e.Name, e.NameAr, e.NameRu}, e.Aliases...) {
		if f := strings.TrimSpace(text.Fold(n)); f != "" {
			names = append(names, f)
		}
	}
	return extract.Entity{ID: e.ID, Label: e.Label, Name: e.Name, Kind: e.Props.String("kind"), Acronym: acr,
		State: stateID(e.State), PartOf: e.PartOf, Capital: e.Capital, Names: names}, true
}

// Holder implements extract.KB.
func (k *kb) Holder(office string, on graph.Date) (string, bool) {
	if k.g == nil {
		return "", false
	}
	e, ok := k.g.Holder(office, on)
	return e.ID, ok
}

// OfficesOf implements extract.KB.
func (k *kb) OfficesOf(personID string, on graph.Date) []extract.Office {
	if k.g == nil {
		return nil
	}
	var out []extract.Office
	for _, o := range k.g.OfficesOf(personID, on) {
		out = append(out, extract.Office{Kind: o.Kind(), Of: o.Of(), Title: o.Title})
	}
	return out
}

// Capital implements extract.KB.
func (k *kb) Capital(state string) (string, bool) {
	id, ok := k.capitals[state]
	return id, ok
}

// Parts implements extract.KB.
func (k *kb) Parts(org string) []string { return k.parts[org] }
