// The nodes with the element ids $eids.
MATCH (n) WHERE elementId(n) IN $eids
RETURN n
