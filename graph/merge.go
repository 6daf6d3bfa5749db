package graph

// ListProps are the list-valued properties that accumulate across sources:
// merging appends the values not yet present (MODEL.md: "Loading a second
// source for the same fact appends to evidence/articleIds").
var ListProps = []string{"aliases", PropEvidence, PropArticleIDs}

// KeepFirstProps are properties set once, when a node is created, and never
// overwritten by a later load (so that re-loading an article changes
// nothing).
var KeepFirstProps = []string{"loadedAt"}

// PropAsOf is the Date of the source a node's or relationship's scalar
// properties come from (the article date). When both sides of a merge
// carry it, the newer source wins: an older source only fills properties
// that are missing, so a meeting's status follows the newest report
// whatever the load order (MODEL.md, Meeting.status "as of the newest
// source").
const PropAsOf = "asOf"

// IsListProp reports whether key is one of ListProps.
func IsListProp(key string) bool { return contains(ListProps, key) }

// MergeProps merges src into dst with the model's semantics and returns
// dst (allocated when nil): ListProps are unioned in order of first
// appearance, KeepFirstProps keep their existing value, every other
// property takes the value from src — unless src is older than dst
// (both carry PropAsOf and src's is earlier), in which case src only
// fills properties dst lacks.
func MergeProps(dst, src Props) Props {
	if dst == nil {
		dst = Props{}
	}
	older := false
	if sd, ok := src.Date(PropAsOf); ok {
		if dd, ok := dst.Date(PropAsOf); ok && sd.Before(dd) {
			older = true
		}
	}
	for k, v := range src {
		switch {
		case IsListProp(k):
			dst[k] = UnionStrings(dst.Strings(k), AsStrings(v))
		case older || contains(KeepFirstProps, k):
			if _, ok := dst[k]; !ok {
				dst[k] = v
			}
		default:
			dst[k] = v
		}
	}
	return dst
}

// AsStrings returns a list property value as []string: a []string as is,
// a string as a one-element list, anything else as nil.
func AsStrings(v any) []string {
	switch s := v.(type) {
	case []string:
		return s
	case string:
		return []string{s}
	}
	return nil
}

// UnionStrings returns a followed by the elements of b not in a, without
// duplicates; it never returns nil.
func UnionStrings(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	seen := make(map[string]bool, len(a)+len(b))
	for _, list := range [][]string{a, b} {
		for _, s := range list {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// Merge adds the nodes and relationships of src to g: a node with an id
// already in g, or a relationship with a key already in g, has its
// properties merged with MergeProps and its labels unioned; others are
// appended. Order of first appearance is kept.
func (g *Graph) Merge(src Graph) {
	nodeAt := make(map[string]int, len(g.Nodes))
	for i, n := range g.Nodes {
		nodeAt[n.ID] = i
	}
	for _, n := range src.Nodes {
		if i, ok := nodeAt[n.ID]; ok {
			g.Nodes[i].Labels = UnionStrings(g.Nodes[i].Labels, n.Labels)
			g.Nodes[i].Props = MergeProps(g.Nodes[i].Props, n.Props)
			continue
		}
		nodeAt[n.ID] = len(g.Nodes)
		g.Nodes = append(g.Nodes, Node{ID: n.ID, Labels: append([]string(nil), n.Labels...), Props: MergeProps(nil, n.Props)})
	}
	relAt := make(map[string]int, len(g.Relationships))
	for i, r := range g.Relationships {
		relAt[r.Key()] = i
	}
	for _, r := range src.Relationships {
		if i, ok := relAt[r.Key()]; ok {
			g.Relationships[i].Props = MergeProps(g.Relationships[i].Props, r.Props)
			continue
		}
		relAt[r.Key()] = len(g.Relationships)
		g.Relationships = append(g.Relationships, Relationship{Type: r.Type, Start: r.Start, End: r.End, Props: MergeProps(nil, r.Props)})
	}
}
