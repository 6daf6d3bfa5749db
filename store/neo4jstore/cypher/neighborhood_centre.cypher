// The element id of the node with $id (for use within this transaction
// only: element ids are never stored nor returned).
// $ids: [string] (one id)
{{- range $i, $l := .Labels}}
{{if $i}}UNION ALL
{{end}}MATCH (n:{{label $l}}) WHERE n.id IN $ids RETURN elementId(n) AS eid
{{- end}}
