// Nodes that already hold one of $ids under another label but lack this
// one: merging by this label would create a second node with the same id.
// $ids: [string]
{{- range $i, $l := .Others}}
{{if $i}}UNION ALL
{{end}}MATCH (n:{{label $l}}) WHERE n.id IN $ids AND NOT n:{{label $.Label}}
RETURN n.id AS id, labels(n) AS labels
{{- end}}
