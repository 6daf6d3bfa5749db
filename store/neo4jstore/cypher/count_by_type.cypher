// Relationships per model type (from the count store).
{{- range $i, $t := .Types}}
{{if $i}}UNION ALL
{{end}}MATCH ()-[r:{{reltype $t}}]->() RETURN '{{reltype $t}}' AS key, count(r) AS n
{{- end}}
