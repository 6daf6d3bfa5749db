{{- /* Sub-template "props": the property updates of one merged node or
relationship {{.Var}} from row, with prep.MergeProps semantics
(graph.MergeProps, with searchKeys unioned too):
  - ordinary properties (row.set) are overwritten, unless the row is older
    than the stored element (both carry asOf, graph.PropAsOf, and the
    row's is earlier): then they only fill properties the element lacks
    (the old properties are put back over them);
  - keep-first properties (graph.KeepFirstProps, row.keep) are set only
    when absent, as MergeProps does (which includes ON CREATE);
  - list properties (prep.ListProps: graph.ListProps and searchKeys,
    row.lists) become the existing list followed by the new values not
    yet in it (the rows' lists carry no duplicates), left alone when the
    row has none; they are applied last, so an older row still adds its
    values.
Property names come from the graph and prep packages' constants only. */ -}}
{{define "props" -}}
WITH {{.Var}}, row, properties({{.Var}}) AS old,
     (row.set.asOf IS NULL OR {{.Var}}.asOf IS NULL OR row.set.asOf >= {{.Var}}.asOf) AS newer
SET {{.Var}} += row.set
SET {{.Var}} += CASE WHEN newer THEN {} ELSE old END
{{- range .Keep}}
SET {{$.Var}}.{{prop .}} = coalesce({{$.Var}}.{{prop .}}, row.keep.{{prop .}})
{{- end}}
{{- range .Lists}}
SET {{$.Var}}.{{prop .}} = CASE WHEN row.lists.{{prop .}} IS NULL THEN {{$.Var}}.{{prop .}}
  ELSE coalesce({{$.Var}}.{{prop .}}, []) + [x IN row.lists.{{prop .}} WHERE NOT x IN coalesce({{$.Var}}.{{prop .}}, [])] END
{{- end}}
{{- end}}
