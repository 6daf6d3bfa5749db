// Delete up to $batch nodes and their relationships (Wipe repeats it).
MATCH (n) WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS n
