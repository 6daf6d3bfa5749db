// Nodes of the labels one of whose searchKeys contains $key: candidates
// from the full-text index (keyword terms, queried with $lucene: the key
// with every Lucene special character escaped, wrapped in *…*), checked
// again with CONTAINS (the index is a pre-filter; the result is exactly
// the substring semantics of the contract); exact matches first, then by
// name (nulls last), then by id.
// $index: the index name; $lucene, $key: string; $labels: [string];
// $limit: int (when Limit)
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n
WITH DISTINCT n
WHERE any(l IN labels(n) WHERE l IN $labels)
  AND any(k IN n.{{prop .Prop}} WHERE k CONTAINS $key)
RETURN n ORDER BY ($key IN n.{{prop .Prop}}) DESC, n.name, n.id{{if .Limit}} LIMIT $limit{{end}}
