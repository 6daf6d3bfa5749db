package export

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/diplograph/diplograph/graph"
)

func TestCypherTiny(t *testing.T) {
	g := graph.Graph{
		Nodes: []graph.Node{
			{ID: "state:RUS", Labels: []string{"State"}, Props: graph.Props{"id": "state:RUS", "name": "Russia", "iso3": "RUS"}},
			{ID: "person:vladimir-putin", Labels: []string{"Person"}, Props: graph.Props{
				"id": "person:vladimir-putin", "name": "Vladimir Putin", "nameAr": "فلاديمير بوتين",
				"aliases": []string{"بوتين", "Путин"},
			}},
		},
		Relationships: []graph.Relationship{{Type: "LEADER_OF", Start: "person:vladimir-putin", End: "state:RUS", Props: graph.Props{
			"title": "President", "status": "REPORTED", "confidence": 1.0, "since": graph.NewDate(2000, time.May, 7),
		}}},
	}
	want := `// diplograph graph export (nodes: 2, relationships: 1); run with cypher-shell -f.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
:begin
MERGE (n:Person {id: "person:vladimir-putin"}) SET n += {aliases: ["بوتين", "Путин"], name: "Vladimir Putin", nameAr: "فلاديمير بوتين"};
MERGE (n:State {id: "state:RUS"}) SET n += {iso3: "RUS", name: "Russia"};
MATCH (a:Person {id: "person:vladimir-putin"}), (b:State {id: "state:RUS"}) MERGE (a)-[r:LEADER_OF]->(b) SET r += {confidence: 1.0, since: date("2000-05-07"), status: "REPORTED", title: "President"};
:commit
`
	var buf bytes.Buffer
	if err := Cypher(&buf, g); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != want {
		t.Errorf("Cypher(tiny) differs:\n%s", firstDiff(want, got))
	}
}

func TestCypherGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Cypher(&buf, testGraph()); err != nil {
		t.Fatal(err)
	}
	golden(t, "testgraph.cypher", buf.Bytes())
}

func TestCypherValues(t *testing.T) {
	for _, c := range []struct {
		v    any
		want string
	}{
		{"", `""`},
		{`a"b`, `"a\"b"`},
		{`a\b`, `"a\\b"`},
		{"it's", `"it's"`},
		{"a\nb\r\tc\b\f", `"a\nb\r\tc\b\f"`},
		{"nul\x00 esc\x1b del\x7f", `"nul\u0000 esc\u001B del\u007F"`},
		{"rlm\u200f nbsp\u00a0 ls\u2028", `"rlm\u200F nbsp\u00A0 ls\u2028"`},
		{"😀", `"😀"`},
		{"tag\U000E0001", `"tag\uDB40\uDC01"`},
		{"bad\xffutf8", `"bad\uFFFDutf8"`},
		{"قمة \"رابطة\"", `"قمة \"رابطة\""`},
		{[]string{"a", `"b"`}, `["a", "\"b\""]`},
		{[]string{}, `[]`},
		{int64(-42), `-42`},
		{true, `true`},
		{1.0, `1.0`},
		{0.85, `0.85`},
		{-2.5, `-2.5`},
		{1e21, `1e21`},
		{5e-7, `5e-07`},
		{123456789012345678.0, `1.2345678901234568e17`},
		{graph.NewDate(2022, time.October, 14), `date("2022-10-14")`},
		{time.Date(2024, 5, 1, 12, 30, 0, 500, time.FixedZone("", 3*3600)), `datetime("2024-05-01T12:30:00.0000005+03:00")`},
	} {
		got, err := cypherValue(c.v)
		if err != nil || got != c.want {
			t.Errorf("cypherValue(%#v) = %s, %v; want %s", c.v, got, err, c.want)
		}
	}
}

func TestCypherNames(t *testing.T) {
	for k, want := range map[string]string{
		"name": "name", "end": "end", "_x1": "_x1",
		"a b": "`a b`", "a`b": "`a``b`", "1st": "`1st`", "اسم": "`اسم`",
	} {
		if got, err := cypherName(k); err != nil || got != want {
			t.Errorf("cypherName(%q) = %s, %v; want %s", k, got, err, want)
		}
	}
	for _, k := range []string{`a\u0060b`, "a\nb", "bad\xff"} {
		if _, err := cypherName(k); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("cypherName(%q) err = %v, want graph.ErrInvalid", k, err)
		}
	}
}

func TestCypherWhitelist(t *testing.T) {
	node := func(id string, labels ...string) graph.Node {
		return graph.Node{ID: id, Labels: labels, Props: graph.Props{"name": id}}
	}
	for _, c := range []struct {
		g   graph.Graph
		msg string
	}{
		{graph.Graph{Nodes: []graph.Node{node("x", "Person {id: 'x'}) DETACH DELETE n //")}}, "not a model label"},
		{graph.Graph{Nodes: []graph.Node{node("x", "Person", "Admin")}}, `label "Admin" is not a model label`},
		{graph.Graph{Nodes: []graph.Node{node("x", "person")}}, "not a model label"},
		{graph.Graph{Nodes: []graph.Node{node("x", "Person")},
			Relationships: []graph.Relationship{{Type: "KNOWS]->(b) DETACH DELETE b //", Start: "x", End: "x"}}}, "not a model relationship type"},
		{graph.Graph{Nodes: []graph.Node{{ID: "x", Labels: []string{"Person"}, Props: graph.Props{`x\u0060`: "y"}}}}, "cannot be written safely"},
	} {
		var buf bytes.Buffer
		if err := Cypher(&buf, c.g); !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("err = %v, want graph.ErrInvalid with %q", err, c.msg)
		}
		if buf.Len() != 0 {
			t.Errorf("wrote %q before refusing", buf.String())
		}
	}
}

func TestCypherExtraLabelsAndBareElements(t *testing.T) {
	g := graph.Graph{
		Nodes: []graph.Node{
			{ID: "place:x", Labels: []string{"Place", "State"}, Props: graph.Props{"name": "X"}},
			{ID: "place:y", Labels: []string{"Place"}},
		},
		Relationships: []graph.Relationship{{Type: "LOCATED_IN", Start: "place:y", End: "place:x"}},
	}
	var buf bytes.Buffer
	if err := Cypher(&buf, g); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;\n",
		"MERGE (n:Place {id: \"place:x\"}) SET n:State, n += {name: \"X\"};\n",
		"MERGE (n:Place {id: \"place:y\"});\n",
		"MATCH (a:Place {id: \"place:y\"}), (b:Place {id: \"place:x\"}) MERGE (a)-[r:LOCATED_IN]->(b);\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("script lacks %q:\n%s", want, buf.String())
		}
	}
}

// TestCypherEscapingHostile proves that hostile strings cannot inject: the
// script keeps one statement per line, and a Cypher lexer that reads every
// line finds exactly the expected statement shape with the string literals
// decoding back to the original values.
func TestCypherEscapingHostile(t *testing.T) {
	var buf bytes.Buffer
	if err := Cypher(&buf, hostileGraph()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	aliases := strings.TrimSuffix(strings.Repeat(`"…", `, len(hostile)), ", ")
	want := []struct {
		shape   string
		strings []string
	}{
		{"// diplograph graph export (nodes: 2, relationships: 1); run with cypher-shell -f.", nil},
		{"CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;", nil},
		{"CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;", nil},
		{":begin", nil},
		{`MERGE (n:Person {id: "…"}) SET n += {aliases: [` + aliases + `], name: "…", nameAr: "…", title: "…"};`,
			append(append([]string{"person:hostile"}, hostile...), hostile[0], hostile[5], hostile[6])},
		{`MERGE (n:State {id: "…"}) SET n += {name: "…"};`, []string{"state:HST", "Hostilia"}},
		{`MATCH (a:Person {id: "…"}), (b:State {id: "…"}) MERGE (a)-[r:LEADER_OF]->(b) SET r += {confidence: 1.0, evidence: [` + aliases + `], title: "…"};`,
			append(append([]string{"person:hostile", "state:HST"}, hostile...), hostile[2])},
		{":commit", nil},
	}
	if len(lines) != len(want) {
		t.Fatalf("script has %d lines, want %d:\n%s", len(lines), len(want), buf.String())
	}
	for i, w := range want {
		shape, strs, err := lexCypher(lines[i])
		if err != nil {
			t.Fatalf("line %d: %v\n%s", i+1, err, lines[i])
		}
		if shape != w.shape {
			t.Errorf("line %d shape:\n got %s\nwant %s", i+1, shape, w.shape)
		}
		if fmt.Sprintf("%q", strs) != fmt.Sprintf("%q", w.strings) {
			t.Errorf("line %d literals:\n got %q\nwant %q", i+1, strs, w.strings)
		}
	}
}

// lexCypher reads one line of Cypher the way Neo4j's lexer treats string
// literals and backtick-quoted names: it returns the line with every
// string literal replaced by "…" and the decoded literals, or an error for
// an unterminated literal or an unknown escape.
func lexCypher(line string) (shape string, literals []string, err error) {
	var b strings.Builder
	rs := []rune(line)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; r {
		case '"', '\'':
			quote := r
			var units []uint16
			closed := false
			for i++; i < len(rs); i++ {
				c := rs[i]
				if c == quote {
					closed = true
					break
				}
				if c != '\\' {
					units = append(units, utf16.Encode([]rune{c})...)
					continue
				}
				i++
				if i >= len(rs) {
					return "", nil, fmt.Errorf("escape at end of line")
				}
				switch rs[i] {
				case '\\', '"', '\'':
					units = append(units, uint16(rs[i]))
				case 'n':
					units = append(units, '\n')
				case 'r':
					units = append(units, '\r')
				case 't':
					units = append(units, '\t')
				case 'b':
					units = append(units, '\b')
				case 'f':
					units = append(units, '\f')
				case 'u':
					if i+4 >= len(rs) {
						return "", nil, fmt.Errorf("short \\u escape")
					}
					v, err := strconv.ParseUint(string(rs[i+1:i+5]), 16, 16)
					if err != nil {
						return "", nil, fmt.Errorf("bad \\u escape: %w", err)
					}
					units = append(units, uint16(v))
					i += 4
				default:
					return "", nil, fmt.Errorf("unknown escape \\%c", rs[i])
				}
			}
			if !closed {
				return "", nil, fmt.Errorf("unterminated string literal")
			}
			literals = append(literals, string(utf16.Decode(units)))
			b.WriteString(`"…"`)
		case '`':
			j := i + 1
			for ; j < len(rs); j++ {
				if rs[j] == '`' {
					if j+1 < len(rs) && rs[j+1] == '`' {
						j++
						continue
					}
					break
				}
			}
			if j >= len(rs) {
				return "", nil, fmt.Errorf("unterminated quoted name")
			}
			b.WriteString(string(rs[i : j+1]))
			i = j
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), literals, nil
}

func TestCypherBatches(t *testing.T) {
	const n = 1201
	var g graph.Graph
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("state:Z%04d", i)
		g.Nodes = append(g.Nodes, graph.Node{ID: id, Labels: []string{"State"}, Props: graph.Props{"name": id}})
		if i > 0 {
			g.Relationships = append(g.Relationships, graph.Relationship{Type: "DIPLOMATIC_RELATIONS", Start: fmt.Sprintf("state:Z%04d", i-1), End: id})
		}
	}
	var buf bytes.Buffer
	if err := Cypher(&buf, g); err != nil {
		t.Fatal(err)
	}
	items, err := parseScript(buf.String())
	if err != nil {
		t.Fatal(err)
	}
	var blocks []int
	schema, inBlock, merged := 0, false, map[string]bool{}
	for _, it := range items {
		switch it.kind {
		case itemBegin:
			if inBlock {
				t.Fatal(":begin inside a block")
			}
			inBlock = true
			blocks = append(blocks, 0)
		case itemCommit:
			if !inBlock {
				t.Fatal(":commit outside a block")
			}
			inBlock = false
		case itemStatement:
			if strings.HasPrefix(it.text, "CREATE CONSTRAINT") {
				if inBlock || len(blocks) > 0 {
					t.Errorf("constraint inside or after the data: %s", it.text)
				}
				schema++
				continue
			}
			if !inBlock {
				t.Fatalf("statement outside a block: %s", it.text)
			}
			blocks[len(blocks)-1]++
			if strings.HasPrefix(it.text, "MERGE (n:State {id: ") {
				merged[strings.Split(it.text, `"`)[1]] = true
			} else {
				parts := strings.Split(it.text, `"`)
				if !merged[parts[1]] || !merged[parts[3]] {
					t.Fatalf("relationship before its ends: %s", it.text)
				}
			}
		}
	}
	if inBlock {
		t.Error("last block not committed")
	}
	if schema != 1 || fmt.Sprint(blocks) != "[500 500 500 500 401]" {
		t.Errorf("constraints %d, blocks %v; want 1, [500 500 500 500 401]", schema, blocks)
	}
}

// Items of a cypher-shell script, as parseScript reads them.
const (
	itemStatement = iota
	itemBegin
	itemCommit
)

type scriptItem struct {
	kind int
	text string // the statement without its ";"
}

// parseScript reads a script written by Cypher as cypher-shell does:
// comment lines, :begin, :commit and statements ending with ";" (one per
// line, which the script guarantees).
func parseScript(script string) ([]scriptItem, error) {
	var items []scriptItem
	for i, line := range strings.Split(strings.TrimSuffix(script, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "//"):
		case line == ":begin":
			items = append(items, scriptItem{kind: itemBegin})
		case line == ":commit":
			items = append(items, scriptItem{kind: itemCommit})
		case strings.HasSuffix(line, ";"):
			items = append(items, scriptItem{kind: itemStatement, text: strings.TrimSuffix(line, ";")})
		default:
			return nil, fmt.Errorf("line %d is neither a comment, a command nor a statement: %q", i+1, line)
		}
	}
	return items, nil
}
