// Wait until the index $name is online (Open, after creating the full-text
// index, which a search cannot use while it is populating).
// $name: string; $seconds: int
CALL db.awaitIndex($name, $seconds)
