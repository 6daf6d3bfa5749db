// All relationships of the database (from the count store).
MATCH ()-[r]->() RETURN count(r) AS n
