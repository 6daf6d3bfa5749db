package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
)

// Namespaces and schema location written on the root <graphml> element.
const (
	// GraphMLNamespace is the GraphML namespace, the default namespace of
	// the document.
	GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"
	// GraphMLSchemaLocation is the published GraphML 1.0 schema, named in
	// xsi:schemaLocation.
	GraphMLSchemaLocation = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
	xsiNamespace          = "http://www.w3.org/2001/XMLSchema-instance"
)

// Names of the GraphML attributes (attr.name of a <key>) that GraphML
// writes besides the properties.
const (
	// GraphMLNodeLabels holds a node's labels as ":Label" (":A:B" for
	// several), the form Neo4j's apoc.export.graphml writes.
	GraphMLNodeLabels = "labels"
	// GraphMLLabel is the display label Gephi and yEd pick up: a node's
	// "name" (its id when it has none), a relationship's type.
	GraphMLLabel = "label"
	// GraphMLEdgeType holds a relationship's type.
	GraphMLEdgeType = "type"
)

// GraphML writes g as a GraphML 1.0 document (namespace
// http://graphml.graphdrawing.org/xmlns) for Gephi, yEd and other GraphML
// readers (NetworkX, igraph …). The structure:
//
//   - one <key> per attribute, ids d0, d1, … in this order: node "labels",
//     node "label", every node property (ascending name), edge "type", edge
//     "label", every relationship property (ascending name). Node and edge
//     keys are separate even when a name is shared.
//   - attr.type per key from the values it carries: boolean for bool, long
//     for integers (GraphML's int is 32 bits; long is used for every integer
//     so that a key's type does not depend on the values), double for
//     floats (long and double together give double), string for strings,
//     dates ("YYYY-MM-DD"), DateTimes (RFC 3339) and lists; a key whose
//     values mix other types is string.
//   - lists ([]string) are written as a JSON array of strings, e.g.
//     ["توكاييف","Токаев"]: unambiguous whatever the elements contain
//     (a separator character could occur inside an alias).
//   - one <graph edgedefault="directed">; a <node id> per node, its id being
//     the node's id (ids must be XML NMTOKENs, as the model's ids are); an
//     <edge id="eN" source target> per relationship (eN in key order: the
//     relationship key TYPE|start|end is not an NMTOKEN).
//   - text is UTF-8 and escaped by encoding/xml: Arabic and newlines are
//     written as is, markup characters, quotes, tab and carriage return as
//     references (so that no parser normalises them away); characters
//     that XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF, lone
//     surrogates) and bytes of invalid UTF-8 are removed.
//
// Besides the checks of the package documentation, GraphML refuses
// (graph.ErrInvalid) a node id or property name that is not an XML NMTOKEN,
// a node property named "labels" or "label", and a relationship property
// named "type" or "label".
func GraphML(w io.Writer, g graph.Graph) error {
	s, err := prepare(g)
	if err != nil {
		return fmt.Errorf("export graphml: %w", err)
	}
	nodeKeys, edgeKeys, err := graphMLKeys(s)
	if err != nil {
		return fmt.Errorf("export graphml: %w", err)
	}
	bw := bufio.NewWriter(w)
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	e := &xmlWriter{enc: enc}

	bw.WriteString(xml.Header)
	e.start("graphml",
		"xmlns", GraphMLNamespace,
		"xmlns:xsi", xsiNamespace,
		"xsi:schemaLocation", GraphMLNamespace+" "+GraphMLSchemaLocation)
	for _, ks := range []struct {
		domain string
		keys   []*gmlKey
	}{{"node", nodeKeys}, {"edge", edgeKeys}} {
		for _, k := range ks.keys {
			e.start("key", "id", k.id, "for", ks.domain, "attr.name", k.name, "attr.type", k.typ)
			e.end("key")
		}
	}
	e.start("graph", "id", "G", "edgedefault", "directed")
	for _, n := range s.nodes {
		e.start("node", "id", n.ID)
		e.data(nodeKeys[0], joinLabels(n.Labels))
		label := n.ID
		if name, ok := n.Props["name"].(string); ok && name != "" {
			label = name
		}
		e.data(nodeKeys[1], label)
		for _, k := range nodeKeys[2:] {
			if v, ok := n.Props[k.name]; ok {
				e.data(k, v)
			}
		}
		e.end("node")
	}
	for i, r := range s.rels {
		e.start("edge", "id", "e"+strconv.Itoa(i), "source", r.Start, "target", r.End)
		e.data(edgeKeys[0], r.Type)
		e.data(edgeKeys[1], r.Type)
		for _, k := range edgeKeys[2:] {
			if v, ok := r.Props[k.name]; ok {
				e.data(k, v)
			}
		}
		e.end("edge")
	}
	e.end("graph")
	e.end("graphml")
	if e.err == nil {
		e.err = enc.Flush()
	}
	if e.err == nil {
		_, e.err = bw.WriteString("\n")
	}
	if e.err == nil {
		e.err = bw.Flush()
	}
	if e.err != nil {
		return fmt.Errorf("export graphml: write: %w", e.err)
	}
	return nil
}

// gmlKey is one <key> declaration.
type gmlKey struct {
	id, name, typ string
}

// graphMLKeys declares the node and edge keys of s (see GraphML); the
// first two of each list are the fixed ones.
func graphMLKeys(s sorted) (nodeKeys, edgeKeys []*gmlKey, err error) {
	nodeProps := map[string]string{}
	for _, n := range s.nodes {
		if !isNMToken(n.ID) {
			return nil, nil, fmt.Errorf("%w: node id %q is not an XML NMTOKEN", graph.ErrInvalid, n.ID)
		}
		for k, v := range n.Props {
			if k == GraphMLNodeLabels || k == GraphMLLabel {
				return nil, nil, fmt.Errorf("%w: node %q: property %q collides with a GraphML attribute", graph.ErrInvalid, n.ID, k)
			}
			nodeProps[k] = mergeAttrType(nodeProps[k], attrType(v))
		}
	}
	edgeProps := map[string]string{}
	for _, r := range s.rels {
		for k, v := range r.Props {
			if k == GraphMLEdgeType || k == GraphMLLabel {
				return nil, nil, fmt.Errorf("%w: relationship %s: property %q collides with a GraphML attribute", graph.ErrInvalid, r.Key(), k)
			}
			edgeProps[k] = mergeAttrType(edgeProps[k], attrType(v))
		}
	}
	n := 0
	next := func(name, typ string) (*gmlKey, error) {
		if !isNMToken(name) {
			return nil, fmt.Errorf("%w: property name %q is not an XML NMTOKEN", graph.ErrInvalid, name)
		}
		k := &gmlKey{id: "d" + strconv.Itoa(n), name: name, typ: typ}
		n++
		return k, nil
	}
	add := func(list []*gmlKey, name, typ string) ([]*gmlKey, error) {
		k, err := next(name, typ)
		if err != nil {
			return nil, err
		}
		return append(list, k), nil
	}
	if nodeKeys, err = add(nodeKeys, GraphMLNodeLabels, "string"); err != nil {
		return nil, nil, err
	}
	if nodeKeys, err = add(nodeKeys, GraphMLLabel, "string"); err != nil {
		return nil, nil, err
	}
	for _, name := range sortedKeys(toProps(nodeProps)) {
		if nodeKeys, err = add(nodeKeys, name, nodeProps[name]); err != nil {
			return nil, nil, err
		}
	}
	if edgeKeys, err = add(edgeKeys, GraphMLEdgeType, "string"); err != nil {
		return nil, nil, err
	}
	if edgeKeys, err = add(edgeKeys, GraphMLLabel, "string"); err != nil {
		return nil, nil, err
	}
	for _, name := range sortedKeys(toProps(edgeProps)) {
		if edgeKeys, err = add(edgeKeys, name, edgeProps[name]); err != nil {
			return nil, nil, err
		}
	}
	return nodeKeys, edgeKeys, nil
}

func toProps(m map[string]string) graph.Props {
	p := make(graph.Props, len(m))
	for k, v := range m {
		p[k] = v
	}
	return p
}

// attrType is the GraphML attr.type of one normalised value.
func attrType(v any) string {
	switch v.(type) {
	case bool:
		return "boolean"
	case int64:
		return "long"
	case float64:
		return "double"
	}
	return "string"
}

// mergeAttrType is the attr.type of a key already typed a that also
// carries a value of type b ("" is no type yet).
func mergeAttrType(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case (a == "long" && b == "double") || (a == "double" && b == "long"):
		return "double"
	}
	return "string"
}

// graphMLText is the text of a value in a <data> element.
func graphMLText(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case bool:
		return strconv.FormatBool(x), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), nil
	case graph.Date:
		return x.String(), nil
	case time.Time:
		return dateTimeString(x), nil
	case []string:
		b, err := jsonValue(x)
		return string(b), err
	}
	return "", fmt.Errorf("unsupported value type %T", v)
}

// xmlWriter writes tokens and keeps the first error.
type xmlWriter struct {
	enc *xml.Encoder
	err error
}

func (e *xmlWriter) token(t xml.Token) {
	if e.err == nil {
		e.err = e.enc.EncodeToken(t)
	}
}

// start opens element name with attributes given as name, value pairs.
// The names are written as given (prefixes included); values are escaped.
func (e *xmlWriter) start(name string, attrs ...string) {
	se := xml.StartElement{Name: xml.Name{Local: name}}
	for i := 0; i+1 < len(attrs); i += 2 {
		se.Attr = append(se.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: xmlClean(attrs[i+1])})
	}
	e.token(se)
}

func (e *xmlWriter) end(name string) { e.token(xml.EndElement{Name: xml.Name{Local: name}}) }

// data writes <data key="k.id">v</data>.
func (e *xmlWriter) data(k *gmlKey, v any) {
	if e.err != nil {
		return
	}
	text, err := graphMLText(v)
	if err != nil {
		e.err = fmt.Errorf("key %s: %w", k.name, err)
		return
	}
	e.start("data", "key", k.id)
	e.token(xml.CharData(xmlClean(text)))
	e.end("data")
}

// xmlClean removes from s the bytes of invalid UTF-8 and the characters
// that XML 1.0 does not allow (its Char production: #x9 | #xA | #xD |
// [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]).
func xmlClean(s string) string {
	clean := true
	for i, r := range s {
		if !isXMLChar(r) || (r == utf8.RuneError && isInvalidAt(s, i)) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if isXMLChar(r) && !(r == utf8.RuneError && isInvalidAt(s, i)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isInvalidAt reports whether the rune at byte i of s is an invalid UTF-8
// sequence (decoded as U+FFFD of width 1) rather than a real U+FFFD.
func isInvalidAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 1
}

func isXMLChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

// isNMToken reports whether s is an XML 1.0 Nmtoken: one or more name
// characters (letters, digits, '.', '-', '_', ':', combining marks and
// extenders). It approximates the XML 1.0 character classes with Unicode
// categories, erring on the strict side for symbols and punctuation.
func isNMToken(s string) bool {
	if s == "" || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		switch {
		case r == '.' || r == '-' || r == '_' || r == ':':
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'):
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || r == 0xB7):
		default:
			return false
		}
	}
	return true
}
