// All nodes of the database (from the count store).
MATCH (n) RETURN count(n) AS n
