package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// Cytoscape writes g as Cytoscape.js elements JSON, ready for
// cy.add(json.elements) or the elements option of cytoscape({...}):
//
//	{"elements":{
//	"nodes":[
//	{"data":{"id":"state:KAZ","label":"State","name":"Kazakhstan","iso2":"KZ",...}},
//	...],
//	"edges":[
//	{"data":{"id":"HOSTS|state:KAZ|meeting:...","source":"state:KAZ","target":"meeting:...","type":"HOSTS",...}},
//	...]}}
//
// Node data holds "id", "label" (the first label), "labels" (every label,
// only when the node has more than one), "name" (when the node has one),
// then every other property in ascending key order. Edge data holds "id"
// (the relationship key TYPE|start|end), "source", "target", "type", then
// the properties in ascending key order. Values keep their JSON type
// (strings, numbers, booleans, arrays of strings); a graph.Date becomes
// "YYYY-MM-DD" and a time.Time an RFC 3339 string. One element per line,
// nodes sorted by id and edges by key.
//
// Besides the checks of the package documentation, a node property named
// "label" or "labels" and a relationship property named "id", "source",
// "target" or "type" are refused (graph.ErrInvalid): they would shadow a
// Cytoscape field.
func Cytoscape(w io.Writer, g graph.Graph) error {
	s, err := prepare(g)
	if err != nil {
		return fmt.Errorf("export cytoscape: %w", err)
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"elements":{` + "\n" + `"nodes":[`)
	for i, n := range s.nodes {
		if err := cyNode(bw, i, n); err != nil {
			return fmt.Errorf("export cytoscape: node %q: %w", n.ID, err)
		}
	}
	bw.WriteString("],\n" + `"edges":[`)
	for i, r := range s.rels {
		if err := cyEdge(bw, i, r); err != nil {
			return fmt.Errorf("export cytoscape: relationship %s: %w", r.Key(), err)
		}
	}
	bw.WriteString("]}}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export cytoscape: write: %w", err)
	}
	return nil
}

// cyNode writes one node element, preceded by a separator unless first.
func cyNode(bw *bufio.Writer, i int, n graph.Node) error {
	for _, k := range []string{"label", "labels"} {
		if _, ok := n.Props[k]; ok {
			return fmt.Errorf("%w: property %q collides with a Cytoscape data field", graph.ErrInvalid, k)
		}
	}
	f := cyFields{}
	f.add("id", n.ID)
	f.add("label", n.Label())
	if len(n.Labels) > 1 {
		f.add("labels", n.Labels)
	}
	if v, ok := n.Props["name"]; ok {
		f.add("name", v)
	}
	for _, k := range sortedKeys(n.Props) {
		if k != "name" {
			f.add(k, n.Props[k])
		}
	}
	return f.write(bw, i)
}

// cyEdge writes one edge element, preceded by a separator unless first.
func cyEdge(bw *bufio.Writer, i int, r graph.Relationship) error {
	f := cyFields{}
	f.add("id", r.Key())
	f.add("source", r.Start)
	f.add("target", r.End)
	f.add("type", r.Type)
	for _, k := range sortedKeys(r.Props) {
		switch k {
		case "id", "source", "target", "type":
			return fmt.Errorf("%w: property %q collides with a Cytoscape data field", graph.ErrInvalid, k)
		}
		f.add(k, r.Props[k])
	}
	return f.write(bw, i)
}

// cyFields is the ordered content of one element's data object.
type cyFields struct {
	keys []string
	vals []any
}

func (f *cyFields) add(k string, v any) {
	f.keys = append(f.keys, k)
	f.vals = append(f.vals, v)
}

// write writes {"data":{...}} on its own line.
func (f *cyFields) write(bw *bufio.Writer, i int) error {
	if i > 0 {
		bw.WriteByte(',')
	}
	bw.WriteString("\n" + `{"data":{`)
	for j, k := range f.keys {
		if j > 0 {
			bw.WriteByte(',')
		}
		kb, err := jsonValue(k)
		if err != nil {
			return err
		}
		vb, err := jsonValue(cyValue(f.vals[j]))
		if err != nil {
			return fmt.Errorf("property %q: %w", k, err)
		}
		bw.Write(kb)
		bw.WriteByte(':')
		bw.Write(vb)
	}
	bw.WriteString("}}")
	return nil
}

// cyValue maps a normalised property value to its JSON form.
func cyValue(v any) any {
	switch x := v.(type) {
	case graph.Date:
		return x.String()
	case time.Time:
		return dateTimeString(x)
	}
	return v
}

// jsonValue encodes v as compact JSON without HTML escaping (so "<", ">"
// and "&" stay readable; the output is not meant for embedding in HTML
// <script> without escaping).
func jsonValue(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("json: %w", err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
