// One breadth-first step: the nodes one relationship of the types away
// (either direction) from the $frontier nodes.
// $frontier: [element id]
MATCH (a)-[:{{types .Types}}]-(b)
WHERE elementId(a) IN $frontier
RETURN DISTINCT elementId(b) AS eid, b.id AS id
