// Nodes carrying one of the labels, by id when ByIDs, ordered by id.
// $ids: [string] (when ByIDs), $limit: int (when Limit)
CALL () {
{{- range $i, $l := .Labels}}
  {{if $i}}UNION
  {{end}}MATCH (n:{{label $l}}){{if $.ByIDs}} WHERE n.id IN $ids{{end}} RETURN n
{{- end}}
}
RETURN n ORDER BY n.id{{if .Limit}} LIMIT $limit{{end}}
