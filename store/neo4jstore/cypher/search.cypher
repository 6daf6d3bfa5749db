// Nodes of the labels one of whose searchKeys contains $key: exact
// matches first, then by name (nulls last), then by id.
// $key: string; $limit: int (when Limit)
CALL () {
{{- range $i, $l := .Labels}}
  {{if $i}}UNION
  {{end}}MATCH (n:{{label $l}}) WHERE any(k IN n.searchKeys WHERE k CONTAINS $key) RETURN n
{{- end}}
}
RETURN n ORDER BY ($key IN n.searchKeys) DESC, n.name, n.id{{if .Limit}} LIMIT $limit{{end}}
