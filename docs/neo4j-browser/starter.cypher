// diplograph: starter queries for analysts (Neo4j Browser or cypher-shell).
// Schema: /work/shared/MODEL.md. Example ids: loader/testdata/golden/2022-10-14_cis-summit-astana.facts.
// Each query starts with a "// N." line and sets its parameters with :param first;
// export/docs_test.go EXPLAINs every query against NEO4J_TEST_URI.

// 1. Participants and absentees of a meeting, with the sentences that say so.
:param id => 'meeting:2022-10-14:cis-heads-of-state:astana'
MATCH (m:Meeting {id: $id})<-[r:PARTICIPATES_IN|ABSENT_FROM]-(x)
OPTIONAL MATCH (s:Sentence) WHERE s.id IN coalesce(r.evidence, [])
WITH r, x, collect(s.text) AS sentences
RETURN type(r) AS relation, head(labels(x)) AS kind, x.name AS who, x.nameAr AS whoAr,
       r.status AS status, r.role AS role, r.level AS level, r.reason AS reason, sentences
ORDER BY relation DESC, kind, who;

// 2. Chairmanship rotation of an organisation: who holds each term, and what follows it.
:param org => 'org:cis'
MATCH (c:Chairmanship)-[:CHAIRMANSHIP_OF]->(:Organization {id: $org})
OPTIONAL MATCH (s:State)-[h:HOLDS]->(c)
WITH c, s, h ORDER BY h.role, s.name
WITH c, collect(s.name + ' (' + coalesce(h.role, '?') + ', ' + coalesce(h.status, '?') + ')') AS holders
OPTIONAL MATCH (c)-[:SUCCEEDED_BY]->(next:Chairmanship)
RETURN c.id AS chairmanship, c.startYear AS startYear, c.endYear AS endYear, holders, next.id AS succeededBy
ORDER BY startYear, chairmanship;

// 3. Agenda of a meeting: each initiative with the action, its status and who proposed it.
:param id => 'meeting:2022-10-14:cis-heads-of-state:astana'
MATCH (:Meeting {id: $id})-[c:CONSIDERS]->(i:Initiative)
OPTIONAL MATCH (p)-[:PROPOSED]->(i)
OPTIONAL MATCH (i)-[:UNDER_AUSPICES_OF]->(o:Organization)
RETURN i.id AS initiative, coalesce(i.title, i.name) AS title, i.kind AS kind,
       c.action AS action, c.status AS status, i.status AS initiativeStatus,
       collect(DISTINCT p.name) AS proposedBy, collect(DISTINCT o.name) AS underAuspicesOf
ORDER BY initiative;

// 4. Meetings on the sidelines of a summit, with their participants.
:param id => 'meeting:2022-10-13:cica-summit:astana'
MATCH (side:Meeting)-[:ON_SIDELINES_OF]->(:Meeting {id: $id})
OPTIONAL MATCH (x)-[p:PARTICIPATES_IN]->(side)
WITH side, x, p ORDER BY x.name
RETURN side.id AS meeting, coalesce(side.title, side.name) AS title, side.date AS date, side.status AS status,
       collect(x.name + ' [' + coalesce(p.status, '?') + ']') AS participants
ORDER BY date, meeting;

// 5. The next meetings of a series (FOLLOWED_BY, up to five steps), where and who hosts.
:param id => 'meeting:2022-10-14:cis-heads-of-state:astana'
MATCH path = (:Meeting {id: $id})-[:FOLLOWED_BY*1..5]->(next:Meeting)
OPTIONAL MATCH (next)-[:HELD_IN]->(place:Place)
OPTIONAL MATCH (host:State)-[:HOSTS]->(next)
RETURN length(path) AS step, next.id AS meeting, next.date AS date, next.status AS status,
       place.name AS place, collect(DISTINCT host.name) AS hosts
ORDER BY step;

// 6. Diplomatic relations of a state (stored once, read in both directions).
:param id => 'state:RUS'
MATCH (:State {id: $id})-[d:DIPLOMATIC_RELATIONS]-(other:State)
RETURN other.id AS state, other.name AS name, other.nameAr AS nameAr, d.since AS since, d.status AS status
ORDER BY since, name;

// 7. A person's offices: states led and offices held, with the parent body.
:param id => 'person:sergei-lebedev'
MATCH (:Person {id: $id})-[r:LEADER_OF|HOLDS_OFFICE]->(x)
OPTIONAL MATCH (x)-[:PART_OF]->(parent)
RETURN type(r) AS relation, r.title AS title, head(labels(x)) AS kind, x.name AS office,
       parent.name AS partOf, r.status AS status, r.evidence AS evidence
ORDER BY relation, office;

// 8. Neighbourhood of a node (two hops, without the provenance edges), as a graph.
:param id => 'state:KAZ'
MATCH (n {id: $id})
MATCH path = (n)-[*1..2]-()
WHERE none(r IN relationships(path) WHERE type(r) IN ['HAS_SENTENCE', 'MENTIONS'])
RETURN path
LIMIT 300;

// 9. Articles from a source, each with its sentences in order and what they mention.
:param org => 'org:tass'
MATCH (a:Article)
WHERE EXISTS { (a)-[:ATTRIBUTED_TO|PUBLISHED_BY]->(:Organization {id: $org}) }
MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)-[:MENTIONS]->(e)
WITH a, s, collect(e.id) AS mentions ORDER BY s.index
RETURN a.id AS article, a.title AS title, a.date AS date, a.source AS source,
       collect({index: s.index, text: s.text, mentions: mentions}) AS sentences
ORDER BY date DESC, article;

// 10. Search by name in any language: searchKeys hold the folded names and aliases
// (lower case, no harakat, أ/إ/آ -> ا, ى -> ي, ة -> ه), so fold the key the same way.
:param key => 'استانا'
MATCH (n)
WHERE any(k IN n.searchKeys WHERE k CONTAINS $key)
RETURN head(labels(n)) AS label, n.id AS id, n.name AS name, n.nameAr AS nameAr,
       $key IN n.searchKeys AS exact
ORDER BY exact DESC, name, id
LIMIT 50;
