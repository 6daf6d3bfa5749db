// Nodes per model label (from the count store).
{{- range $i, $l := .Labels}}
{{if $i}}UNION ALL
{{end}}MATCH (n:{{label $l}}) RETURN '{{label $l}}' AS key, count(n) AS n
{{- end}}
