// diplograph graph export (nodes: 6, relationships: 5); run with cypher-shell -f.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
:begin
MERGE (n:Article {id: "article:0123456789abcdef"}) SET n += {date: date("2022-10-14"), language: "ar", loadedAt: datetime("2024-05-01T12:30:00Z"), name: "بوتين في أستانا", source: "TASS", title: "بوتين في أستانا"};
MERGE (n:Sentence {id: "article:0123456789abcdef:s0"}) SET n += {end: 49, index: 0, name: "تعقد اليوم قمة \"رابطة الدول المستقلة\"", paragraph: 0, start: 0, text: "تعقد اليوم قمة \"رابطة الدول المستقلة\"\nفي أستانا."};
MERGE (n:Meeting {id: "meeting:2022-10-14:cis-heads-of-state:astana"}) SET n += {date: date("2022-10-14"), first: false, kind: "SUMMIT", name: "CIS Heads of State Council, Astana 2022", status: "PLANNED", title: "قمة \"رابطة الدول المستقلة\"\nفي أستانا"};
MERGE (n:Organization {id: "org:cis"}) SET n += {acronym: "СНГ", founded: 1991, kind: "INTERGOVERNMENTAL", memberCount: 9, name: "CIS", nameAr: "رابطة الدول المستقلة"};
MERGE (n:Person {id: "person:kassym-jomart-tokayev"}) SET n += {aliases: ["توكاييف", "Токаев"], name: "Kassym-Jomart Tokayev", nameAr: "قاسم جومارت توكاييف", title: "President of \"Kazakhstan\""};
MERGE (n:State {id: "state:KAZ"}) SET n += {aliases: ["Kazakhstan", "قازاقستان", "Казахстан"], iso2: "KZ", iso3: "KAZ", name: "Kazakhstan", nameAr: "كازاخستان"};
MATCH (a:Meeting {id: "meeting:2022-10-14:cis-heads-of-state:astana"}), (b:Organization {id: "org:cis"}) MERGE (a)-[r:CONVENED_UNDER]->(b);
MATCH (a:Article {id: "article:0123456789abcdef"}), (b:Sentence {id: "article:0123456789abcdef:s0"}) MERGE (a)-[r:HAS_SENTENCE]->(b);
MATCH (a:State {id: "state:KAZ"}), (b:Meeting {id: "meeting:2022-10-14:cis-heads-of-state:astana"}) MERGE (a)-[r:HOSTS]->(b) SET r += {articleIds: ["article:0123456789abcdef"], confidence: 0.85, evidence: ["article:0123456789abcdef:s0"], status: "PLANNED"};
MATCH (a:Person {id: "person:kassym-jomart-tokayev"}), (b:State {id: "state:KAZ"}) MERGE (a)-[r:LEADER_OF]->(b) SET r += {articleIds: ["article:0123456789abcdef"], confidence: 0.9, evidence: ["article:0123456789abcdef:s0"], status: "REPORTED", title: "President"};
MATCH (a:Sentence {id: "article:0123456789abcdef:s0"}), (b:Meeting {id: "meeting:2022-10-14:cis-heads-of-state:astana"}) MERGE (a)-[r:MENTIONS]->(b) SET r += {surface: "قمة \"رابطة الدول المستقلة\""};
:commit
