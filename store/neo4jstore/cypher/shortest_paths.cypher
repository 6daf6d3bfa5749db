// Every shortest path of at most .MaxLength hops between the nodes with
// the element ids $from and $to (distinct nodes), following the
// relationship types in either direction; at most $cap of them, in no
// particular order (the store orders them). The bound cannot be a
// parameter: it is inlined by the hops function, which accepts only an
// integer in [1, graph.MaxPathLength].
// $from, $to: element id; $cap: int
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[:{{types .Types}}*..{{hops .MaxLength}}]-(b))
RETURN nodes(p) AS nodes,
  [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id, props: properties(r)}] AS rels
LIMIT $cap
