package neo4jstore

import (
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/internal/prep"
)

// Property values between Go and Neo4j:
//
//	string            ↔ String
//	[]string          ↔ List<String> (read back as []any, converted)
//	int64             ↔ Integer
//	float64           ↔ Float
//	bool              ↔ Boolean
//	graph.Date        ↔ Date (dbtype.Date)
//	time.Time         ↔ DateTime with a UTC offset (the instant and the
//	                    offset survive, a named location does not: the
//	                    driver would send its name as a zone id, which Neo4j
//	                    may not know)

// toNeo4j returns the driver value of a normalised property value (see
// graph.NormalizeValue).
func toNeo4j(v any) (any, error) {
	switch x := v.(type) {
	case graph.Date:
		return dbtype.Date(x.Time()), nil
	case time.Time:
		_, off := x.Zone()
		return x.In(time.FixedZone("Offset", off)), nil
	case string, []string, int64, float64, bool:
		return x, nil
	}
	return nil, fmt.Errorf("unsupported type %T", v)
}

// fromNeo4j returns the Go value of a driver value: the inverse of toNeo4j.
// Values of other Neo4j types, written by other programs, are returned as
// the driver gives them, except LocalDateTime (as a time.Time in UTC) and
// lists that are all strings (as []string).
func fromNeo4j(v any) any {
	switch x := v.(type) {
	case dbtype.Date:
		return graph.DateOf(time.Time(x))
	case dbtype.LocalDateTime:
		return time.Time(x)
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return x
			}
			out = append(out, s)
		}
		return out
	}
	return v
}

// propsFromNeo4j converts a property map read from Neo4j; it never
// returns nil.
func propsFromNeo4j(m map[string]any) graph.Props {
	p := make(graph.Props, len(m))
	for k, v := range m {
		p[k] = fromNeo4j(v)
	}
	return p
}

// nodeFromNeo4j converts a driver node: id from its id property, labels in
// prep.SortLabels order.
func nodeFromNeo4j(n dbtype.Node) graph.Node {
	p := propsFromNeo4j(n.Props)
	id, _ := p["id"].(string)
	return graph.Node{ID: id, Labels: prep.SortLabels(n.Labels), Props: p}
}

// row is the parameter map of one node or relationship of a merge (see
// cypher/_props.cypher): set holds the properties to overwrite, keep the
// graph.KeepFirstProps, lists the prep.ListProps (graph.ListProps and
// searchKeys, which accumulate across loads).
func row(p graph.Props) (map[string]any, error) {
	set, keep, lists := map[string]any{}, map[string]any{}, map[string]any{}
	for k, v := range p {
		nv, err := toNeo4j(v)
		if err != nil {
			return nil, fmt.Errorf("property %s: %w", k, err)
		}
		switch {
		case prep.IsListProp(k):
			lists[k] = nv
		case isKeepFirst(k):
			keep[k] = nv
		default:
			set[k] = nv
		}
	}
	return map[string]any{"set": set, "keep": keep, "lists": lists}, nil
}

func isKeepFirst(k string) bool {
	for _, x := range graph.KeepFirstProps {
		if x == k {
			return true
		}
	}
	return false
}
