package storetest

import (
	"fmt"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// Ids of the fixture graph.
const (
	idKAZ      = "state:KAZ"
	idRUS      = "state:RUS"
	idTokayev  = "person:kassym-jomart-tokayev"
	idPutin    = "person:vladimir-putin"
	idCIS      = "org:cis"
	idChair    = "chairmanship:cis:2023"
	idMeeting  = "meeting:2022-10-14:cis-heads-of-state:astana"
	idArticle  = "article:0123456789abcdef"
	idS0       = "article:0123456789abcdef:s0"
	idArticle2 = "article:fedcba9876543210"
	idS2       = "article:fedcba9876543210:s3"
)

// loadedAt1 is the loadedAt of the fixture's article: nanoseconds included,
// in a non-UTC zone, so that stores are seen to keep the instant.
var loadedAt1 = time.Date(2024, 3, 1, 12, 30, 45, 123456789, time.FixedZone("UTC+5", 5*3600))

// fixture returns the hand-made graph of the suite: two states, two
// leaders, the CIS, its 2023 chairmanship, the Astana summit of 14 October
// 2022, one TASS article with one sentence, and the relationships between
// them. Every property type of the model occurs: string, []string, int64,
// float64, bool, graph.Date and time.Time.
func fixture() graph.Graph {
	return graph.Graph{
		Nodes: []graph.Node{
			{ID: idKAZ, Labels: []string{graph.LabelState}, Props: graph.Props{
				"id": idKAZ, "name": "Kazakhstan", "nameRu": "Казахстан", "nameAr": "كازاخستان",
				"iso2": "KZ", "iso3": "KAZ", "wikidataId": "Q232",
				"aliases":    []string{"Kazakhstan", "Казахстан", "Republic of Kazakhstan"},
				"searchKeys": []string{"kazakhstan", "казахстан", "republic of kazakhstan"},
			}},
			{ID: idRUS, Labels: []string{graph.LabelState}, Props: graph.Props{
				"id": idRUS, "name": "Russia", "iso2": "RU", "iso3": "RUS",
				"aliases":    []string{"Russia", "Россия"},
				"searchKeys": []string{"russia", "россия", "russian federation"},
			}},
			{ID: idTokayev, Labels: []string{graph.LabelPerson}, Props: graph.Props{
				"id": idTokayev, "name": "Kassym-Jomart Tokayev", "nameRu": "Касым-Жомарт Токаев",
				"title":      "President of Kazakhstan",
				"aliases":    []string{"Tokayev", "Токаев"},
				"searchKeys": []string{"kassym-jomart tokayev", "tokayev", "токаев"},
			}},
			{ID: idPutin, Labels: []string{graph.LabelPerson}, Props: graph.Props{
				"id": idPutin, "name": "Vladimir Putin", "title": "President of Russia",
				"aliases":    []string{"Putin", "Путин"},
				"searchKeys": []string{"vladimir putin", "putin", "путин"},
			}},
			{ID: idCIS, Labels: []string{graph.LabelOrganization}, Props: graph.Props{
				"id": idCIS, "name": "Commonwealth of Independent States", "acronym": "CIS",
				"kind": "INTERGOVERNMENTAL", "founded": int64(1991), "memberCount": int64(9),
				"aliases":    []string{"CIS", "СНГ"},
				"searchKeys": []string{"cis", "commonwealth of independent states", "снг"},
			}},
			{ID: idChair, Labels: []string{graph.LabelChairmanship}, Props: graph.Props{
				"id": idChair, "name": "CIS chairmanship 2023",
				"startYear": int64(2023), "endYear": int64(2023),
				"searchKeys": []string{"cis chairmanship 2023"},
			}},
			{ID: idMeeting, Labels: []string{graph.LabelMeeting}, Props: graph.Props{
				"id": idMeeting, "name": "CIS Heads of State Council, Astana 2022",
				"title": "Meeting of the CIS Council of Heads of State", "kind": "SUMMIT",
				"date": graph.NewDate(2022, time.October, 14), "status": graph.StatusHeld,
				"first": false, "cameo": "043",
				"searchKeys": []string{"cis heads of state council astana 2022", "cis summit"},
			}},
			{ID: idArticle, Labels: []string{graph.LabelArticle}, Props: graph.Props{
				"id": idArticle, "title": "Tokayev opens CIS summit in Astana",
				"date": graph.NewDate(2022, time.October, 14), "language": "ru",
				"source": "TASS", "publisher": "TASS", "sha256": "0123456789abcdef" + "00112233445566778899aabbccddeeff0011223344556677",
				"loadedAt": loadedAt1,
			}},
			{ID: idS0, Labels: []string{graph.LabelSentence}, Props: graph.Props{
				"id": idS0, "index": int64(0), "paragraph": int64(0),
				"text":  "Токаев открыл саммит СНГ в Астане.",
				"start": int64(0), "end": int64(34),
			}},
		},
		Relationships: []graph.Relationship{
			{Type: graph.RelParticipatesIn, Start: idTokayev, End: idMeeting, Props: graph.Props{
				graph.PropStatus: graph.StatusHeld, graph.PropEvidence: []string{idS0},
				graph.PropArticleIDs: []string{idArticle}, graph.PropConfidence: 0.9,
				"role": "HOST", "level": "HEAD_OF_STATE",
			}},
			{Type: graph.RelParticipatesIn, Start: idPutin, End: idMeeting, Props: graph.Props{
				graph.PropStatus: graph.StatusHeld, graph.PropEvidence: []string{idS0},
				graph.PropArticleIDs: []string{idArticle}, graph.PropConfidence: 0.75,
				"level": "HEAD_OF_STATE",
			}},
			{Type: graph.RelParticipatesIn, Start: idKAZ, End: idMeeting, Props: graph.Props{
				graph.PropStatus: graph.StatusHeld, graph.PropConfidence: 1.0,
			}},
			{Type: graph.RelLeaderOf, Start: idTokayev, End: idKAZ, Props: graph.Props{"title": "President"}},
			{Type: graph.RelLeaderOf, Start: idPutin, End: idRUS, Props: graph.Props{"title": "President"}},
			{Type: graph.RelHosts, Start: idKAZ, End: idMeeting, Props: graph.Props{}},
			// HOLDS and HOLDS_OFFICE: "HOLDS_OFFICE|…" sorts before "HOLDS|…"
			// by key although HOLDS < HOLDS_OFFICE as strings.
			{Type: graph.RelHolds, Start: idKAZ, End: idChair, Props: graph.Props{"role": "CHAIR"}},
			{Type: graph.RelHoldsOffice, Start: idTokayev, End: idCIS, Props: graph.Props{"title": "Chairman of the Council of Heads of State"}},
			{Type: graph.RelChairmanshipOf, Start: idChair, End: idCIS, Props: graph.Props{}},
			{Type: graph.RelMemberOf, Start: idKAZ, End: idCIS, Props: graph.Props{"status": "FULL", "since": int64(1991)}},
			{Type: graph.RelMemberOf, Start: idRUS, End: idCIS, Props: graph.Props{"status": "FULL", "since": int64(1991)}},
			{Type: graph.RelConvenedUnder, Start: idMeeting, End: idCIS, Props: graph.Props{}},
			{Type: graph.RelHasSentence, Start: idArticle, End: idS0, Props: graph.Props{}},
			{Type: graph.RelMentions, Start: idS0, End: idTokayev, Props: graph.Props{"surface": "Токаев"}},
			{Type: graph.RelMentions, Start: idS0, End: idMeeting, Props: graph.Props{"surface": "саммит СНГ"}},
			{Type: graph.RelPublishedBy, Start: idArticle, End: idCIS, Props: graph.Props{}},
		},
	}
}

// secondSource returns a second article's graph about the same fact: the
// same PARTICIPATES_IN of Tokayev (other evidence and article, a new
// confidence), a new alias and title for Tokayev, and the first article
// node again with a later loadedAt.
func secondSource() graph.Graph {
	return graph.Graph{
		Nodes: []graph.Node{
			{ID: idTokayev, Labels: []string{graph.LabelPerson}, Props: graph.Props{
				"id": idTokayev, "name": "Kassym-Jomart Tokayev",
				"title":   "President of the Republic of Kazakhstan",
				"aliases": []string{"Токаев", "توكاييف"},
			}},
			{ID: idMeeting, Labels: []string{graph.LabelMeeting}, Props: graph.Props{"id": idMeeting}},
			{ID: idArticle, Labels: []string{graph.LabelArticle}, Props: graph.Props{
				"id": idArticle, "loadedAt": time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
			}},
			{ID: idArticle2, Labels: []string{graph.LabelArticle}, Props: graph.Props{
				"id": idArticle2, "title": "قمة رابطة الدول المستقلة في أستانا", "language": "ar",
				"date": graph.NewDate(2022, time.October, 15), "loadedAt": time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
			}},
			{ID: idS2, Labels: []string{graph.LabelSentence}, Props: graph.Props{"id": idS2, "index": int64(3)}},
		},
		Relationships: []graph.Relationship{
			{Type: graph.RelParticipatesIn, Start: idTokayev, End: idMeeting, Props: graph.Props{
				graph.PropStatus: graph.StatusHeld, graph.PropEvidence: []string{idS2, idS0},
				graph.PropArticleIDs: []string{idArticle2}, graph.PropConfidence: 0.95,
			}},
			{Type: graph.RelHasSentence, Start: idArticle2, End: idS2, Props: graph.Props{}},
		},
	}
}

// synthetic returns a generated graph of about nodes nodes and 3×nodes
// relationships (10% states, 20% meetings, 70% persons; each person takes
// part in three meetings and leads a state, each meeting has a host), for benchmarks and concurrency tests; prefix keeps
// the ids of different calls apart.
func synthetic(prefix string, nodes int) graph.Graph {
	var g graph.Graph
	nStates := nodes / 10
	if nStates < 1 {
		nStates = 1
	}
	nMeetings := nodes / 5
	if nMeetings < 1 {
		nMeetings = 1
	}
	nPersons := nodes - nStates - nMeetings
	if nPersons < 1 {
		nPersons = 1
	}
	state := func(i int) string { return fmt.Sprintf("state:%s%03d", prefix, i) }
	person := func(i int) string { return fmt.Sprintf("person:%s-%d", prefix, i) }
	meeting := func(i int) string { return fmt.Sprintf("meeting:2022-10-14:%s-%d:astana", prefix, i) }
	for i := range nStates {
		g.Nodes = append(g.Nodes, graph.Node{ID: state(i), Labels: []string{graph.LabelState}, Props: graph.Props{
			"id": state(i), "name": fmt.Sprintf("State %d", i), "aliases": []string{fmt.Sprintf("S%d", i)},
		}})
	}
	for i := range nMeetings {
		g.Nodes = append(g.Nodes, graph.Node{ID: meeting(i), Labels: []string{graph.LabelMeeting}, Props: graph.Props{
			"id": meeting(i), "name": fmt.Sprintf("Meeting %d", i), "date": graph.NewDate(2022, 10, 1+i%28),
			"status": graph.StatusHeld,
		}})
	}
	for i := range nPersons {
		g.Nodes = append(g.Nodes, graph.Node{ID: person(i), Labels: []string{graph.LabelPerson}, Props: graph.Props{
			"id": person(i), "name": fmt.Sprintf("Person %d", i), "aliases": []string{fmt.Sprintf("P%d", i)},
			"searchKeys": []string{fmt.Sprintf("person %d", i)},
		}})
	}
	for i := range nPersons {
		for j := range 3 {
			g.Relationships = append(g.Relationships, graph.Relationship{
				Type: graph.RelParticipatesIn, Start: person(i), End: meeting((i + j*7) % nMeetings),
				Props: graph.Props{
					graph.PropStatus: graph.StatusHeld, graph.PropConfidence: 0.8,
					graph.PropEvidence: []string{fmt.Sprintf("article:%s:s%d", prefix, i)}, graph.PropArticleIDs: []string{"article:" + prefix},
				},
			})
		}
		g.Relationships = append(g.Relationships, graph.Relationship{
			Type: graph.RelLeaderOf, Start: person(i), End: state(i % nStates), Props: graph.Props{"title": "President"},
		})
	}
	for i := range nMeetings {
		g.Relationships = append(g.Relationships, graph.Relationship{
			Type: graph.RelHosts, Start: state(i % nStates), End: meeting(i), Props: graph.Props{},
		})
	}
	return g
}

// Synthetic returns a generated graph of about nodes nodes and 3×nodes
// relationships (see the benchmarks of the stores); ids start with prefix
// so that graphs of different prefixes are disjoint.
func Synthetic(prefix string, nodes int) graph.Graph { return synthetic(prefix, nodes) }
