// Merge a batch of nodes of one primary label.
// $rows: [{id: string, set: map, keep: map, lists: map}]
UNWIND $rows AS row
MERGE (n:{{label .Label}} {id: row.id})
{{template "props" .}}
{{- range .Extra}}
SET n:{{label .}}
{{- end}}
RETURN count(n) AS n
