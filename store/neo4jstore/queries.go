package neo4jstore

import (
	"bytes"
	"embed"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"text/template"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/internal/prep"
)

// The Cypher of the store lives in cypher/*.cypher, one query per file,
// embedded in the binary. Cypher cannot take labels, relationship types or
// property names as parameters, so a file is a text/template whose only
// inputs are the graph package's constants (graph.Labels,
// graph.RelationshipTypes, prep.ListProps, graph.KeepFirstProps): the
// template functions label, reltype, types, prop and name refuse anything
// else, and callers validate user input against the same lists before
// building a query. Every value is a query parameter.
//
//go:embed cypher/*.cypher
var cypherFS embed.FS

// Names of the queries (the files cypher/<name>.cypher).
const (
	qConstraint                = "constraint"
	qIndex                     = "index"
	qMergeNodes                = "merge_nodes"
	qLabelConflicts            = "label_conflicts"
	qMergeRelationships        = "merge_relationships"
	qNodes                     = "nodes"
	qRelationships             = "relationships"
	qSearch                    = "search"
	qNeighborhoodCentre        = "neighborhood_centre"
	qNeighborhoodExpand        = "neighborhood_expand"
	qNeighborhoodNodes         = "neighborhood_nodes"
	qNeighborhoodRelationships = "neighborhood_relationships"
	qCountNodes                = "count_nodes"
	qCountRelationships        = "count_relationships"
	qCountByLabel              = "count_by_label"
	qCountByType               = "count_by_type"
	qWipe                      = "wipe"
	qFulltextIndex             = "fulltext_index"
	qShortestPaths             = "shortest_paths"
	qAwaitIndex                = "await_index"
)

// queryNames lists every query name; TestQueries checks it against the
// embedded files.
var queryNames = []string{
	qConstraint, qIndex, qMergeNodes, qLabelConflicts, qMergeRelationships,
	qNodes, qRelationships, qSearch, qNeighborhoodCentre, qNeighborhoodExpand,
	qNeighborhoodNodes, qNeighborhoodRelationships, qCountNodes,
	qCountRelationships, qCountByLabel, qCountByType, qWipe, qFulltextIndex,
	qShortestPaths, qAwaitIndex,
}

// identRE is what an inlined name must look like (before back-quoting).
var identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

var funcs = template.FuncMap{
	// label returns l if it is a model label.
	"label": func(l string) (string, error) {
		if !graph.IsLabel(l) || !identRE.MatchString(l) {
			return "", fmt.Errorf("not a model label: %q", l)
		}
		return l, nil
	},
	// reltype returns t if it is a model relationship type.
	"reltype": func(t string) (string, error) {
		if !graph.IsRelationshipType(t) || !identRE.MatchString(t) {
			return "", fmt.Errorf("not a model relationship type: %q", t)
		}
		return t, nil
	},
	// types returns the model relationship types ts joined by "|".
	"types": func(ts []string) (string, error) {
		if len(ts) == 0 {
			return "", fmt.Errorf("no relationship types")
		}
		for _, t := range ts {
			if !graph.IsRelationshipType(t) || !identRE.MatchString(t) {
				return "", fmt.Errorf("not a model relationship type: %q", t)
			}
		}
		return strings.Join(ts, "|"), nil
	},
	// prop returns the back-quoted property name p, which must be one of
	// the graph package's named properties.
	"prop": func(p string) (string, error) {
		if !isModelProp(p) || !identRE.MatchString(p) {
			return "", fmt.Errorf("not a model property name: %q", p)
		}
		return "`" + p + "`", nil
	},
	// hops returns n, a path bound, if 1 <= n <= graph.MaxPathLength
	// (Cypher cannot take a variable-length bound as a parameter).
	"hops": func(n int) (int, error) {
		if n < 1 || n > graph.MaxPathLength {
			return 0, fmt.Errorf("path bound %d outside [1, %d]", n, graph.MaxPathLength)
		}
		return n, nil
	},
	// name returns a schema object name built by this package.
	"name": func(n string) (string, error) {
		if !identRE.MatchString(n) {
			return "", fmt.Errorf("bad schema name: %q", n)
		}
		return n, nil
	},
}

// isModelProp reports whether p is a property the package may inline.
func isModelProp(p string) bool {
	for _, list := range [][]string{prep.ListProps, graph.KeepFirstProps, indexedProps, {searchKeysProp}} {
		for _, x := range list {
			if x == p {
				return true
			}
		}
	}
	return false
}

var templates = template.Must(template.New("").Funcs(funcs).ParseFS(cypherFS, "cypher/*.cypher"))

// rendered caches rendered queries by name and data (%#v), so that each
// distinct query text is built once.
var rendered sync.Map

// query returns the text of the named query for data (nil for the queries
// that take none). An error means a programming error: an unknown name or
// data outside the model's constants.
func query(name string, data any) (string, error) {
	k := name + "\x00" + fmt.Sprintf("%#v", data)
	if q, ok := rendered.Load(k); ok {
		return q.(string), nil
	}
	t := templates.Lookup(name + ".cypher")
	if t == nil {
		return "", fmt.Errorf("neo4jstore: no query %q", name)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("neo4jstore: query %s: %w", name, err)
	}
	q := strings.TrimSpace(b.String())
	rendered.Store(k, q)
	return q, nil
}

// Template data of the queries.
type (
	// schemaData: constraint, index.
	schemaData struct{ Name, Label, Prop string }
	// propsData: the "props" sub-template.
	propsData struct {
		Var         string
		Keep, Lists []string
	}
	// mergeNodesData: merge_nodes.
	mergeNodesData struct {
		propsData
		Label string
		Extra []string
	}
	// conflictsData: label_conflicts.
	conflictsData struct {
		Label  string
		Others []string
	}
	// mergeRelsData: merge_relationships.
	mergeRelsData struct {
		propsData
		Type, Start, End string
	}
	// nodesData: nodes, neighborhood_centre, count_by_label.
	nodesData struct {
		Labels       []string
		ByIDs, Limit bool
	}
	// searchData: search.
	searchData struct {
		Prop  string
		Limit bool
	}
	// fulltextData: fulltext_index.
	fulltextData struct {
		Name, Prop string
		Labels     []string
	}
	// pathsData: shortest_paths.
	pathsData struct {
		Types     []string
		MaxLength int
	}
	// relsData: relationships, neighborhood_expand,
	// neighborhood_relationships, count_by_type.
	relsData struct {
		Types  []string
		Anchor string // "start", "end" or ""
		Labels []string
		Limit  bool
	}
)

// mergeProps is the propsData of a merge on variable v.
func mergeProps(v string) propsData {
	return propsData{Var: v, Keep: graph.KeepFirstProps, Lists: prep.ListProps}
}
