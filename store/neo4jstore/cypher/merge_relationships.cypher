// Merge a batch of relationships of one type between nodes of one start
// label and one end label (both merged earlier in the same transaction).
// $rows: [{start: string, end: string, set: map, keep: map, lists: map}]
UNWIND $rows AS row
MATCH (a:{{label .Start}} {id: row.start})
MATCH (b:{{label .End}} {id: row.end})
MERGE (a)-[r:{{reltype .Type}}]->(b)
{{template "props" .}}
RETURN count(DISTINCT row) AS n
