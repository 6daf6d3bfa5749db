// A range index on one property of one label (created by Open).
CREATE INDEX {{name .Name}} IF NOT EXISTS FOR (n:{{label .Label}}) ON (n.{{prop .Prop}})
