// The relationships of the types between the nodes with the element ids $eids.
MATCH (a)-[r:{{types .Types}}]->(b)
WHERE elementId(a) IN $eids AND elementId(b) IN $eids
RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props
