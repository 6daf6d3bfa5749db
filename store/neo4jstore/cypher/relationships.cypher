// Relationships of the types, anchored on their start ("start") or end
// ("end") nodes, or found by type; ordered by Relationship.Key
// ("TYPE|start|end", compared as one string).
// $starts, $ends: [string] or null; $limit: int (when Limit)
{{- if .Anchor}}
CALL () {
{{- range $i, $l := .Labels}}
  {{if $i}}UNION
  {{end}}MATCH (x:{{label $l}}) WHERE x.id IN {{if eq $.Anchor "start"}}$starts{{else}}$ends{{end}} RETURN x
{{- end}}
}
MATCH {{if eq .Anchor "start"}}(x)-[r:{{types .Types}}]->(y){{else}}(y)-[r:{{types .Types}}]->(x){{end}}
WITH r, {{if eq .Anchor "start"}}x AS a, y AS b{{else}}y AS a, x AS b{{end}}
{{- else}}
MATCH (a)-[r:{{types .Types}}]->(b)
{{- end}}
WHERE ($starts IS NULL OR a.id IN $starts) AND ($ends IS NULL OR b.id IN $ends)
WITH type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props
RETURN type, start, end, props
ORDER BY type + '|' + start + '|' + end{{if .Limit}} LIMIT $limit{{end}}
