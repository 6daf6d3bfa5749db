// The full-text index of Search (created by Open): every element of the
// searchKeys list of nodes of the model labels is one keyword term (the
// keyword analyzer does not split, so a wildcard query *key* is a
// substring match, as in the embedded store). Writes update it in their
// transaction (not eventually consistent).
CREATE FULLTEXT INDEX {{name .Name}} IF NOT EXISTS
FOR (n:{{range $i, $l := .Labels}}{{if $i}}|{{end}}{{label $l}}{{end}})
ON EACH [n.{{prop .Prop}}]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}}
