// The uniqueness constraint on id of one label (created by Open).
CREATE CONSTRAINT {{name .Name}} IF NOT EXISTS FOR (n:{{label .Label}}) REQUIRE n.id IS UNIQUE
