package export

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
)

// CypherBatchSize is the largest number of MERGE statements Cypher puts
// between one :begin and its :commit.
const CypherBatchSize = 500

// Cypher writes a cypher-shell script that recreates g in any Neo4j 5:
//
//	// diplograph graph export (nodes: 2, relationships: 1); run with cypher-shell -f.
//	CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
//	CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
//	:begin
//	MERGE (n:Person {id: "person:vladimir-putin"}) SET n += {name: "Vladimir Putin"};
//	MERGE (n:State {id: "state:RUS"}) SET n += {iso3: "RUS", name: "Russia"};
//	MATCH (a:Person {id: "person:vladimir-putin"}), (b:State {id: "state:RUS"}) MERGE (a)-[r:LEADER_OF]->(b) SET r += {title: "President"};
//	:commit
//
// Run it with cypher-shell -a bolt://HOST:7687 -f FILE. The script is:
//
//   - a comment line, then one uniqueness constraint on id per label used
//     (model labels in graph.Labels order), named like the ones the Neo4j
//     store creates (person_id, chairmanship_id, …) so that the statement is
//     a no-op on a diplograph database. They run outside :begin/:commit
//     because Neo4j refuses schema changes and writes in one transaction.
//   - one statement per line, each ending with ";": a MERGE per node on its
//     first label and id, then SET of its other labels and of its properties
//     (n += {…}, ascending key order); then a MERGE per relationship between
//     its two ends, found by label and id, with SET r += {…}. Nodes come
//     sorted by id, relationships by key. A node or relationship without
//     properties gets no SET.
//   - statements grouped in explicit transactions (:begin … :commit) of at
//     most CypherBatchSize statements: each block commits atomically, no
//     transaction grows with the graph, and a failure stops cypher-shell
//     with the committed blocks in place; running the script again resumes
//     it, since every statement is a MERGE (the script is idempotent).
//     Neo4j Browser does not know :begin/:commit: there, delete those lines
//     (each statement then commits on its own) or use cypher-shell.
//
// SET += replaces the values of the properties it names and keeps the
// others: on a database that already holds a node, list properties
// (aliases, evidence, …) take the exported value rather than the union.
//
// Values are Cypher literals: strings in double quotes with \\, \", \n,
// \r, \t, \b, \f escaped and every other control, format or non-printable
// character written as \uXXXX (\UXXXXXXXX beyond the BMP), so that no
// string can end its literal, a statement or a line (characters beyond
// the BMP are escaped as UTF-16 surrogate pairs: Neo4j 5 has no \U
// escape); integers; floats with
// a decimal point or an exponent; true/false; graph.Date as
// date("YYYY-MM-DD"); time.Time as datetime("RFC 3339"); []string as a list
// of strings. Property names that are not plain identifiers are quoted with
// backticks (a backtick doubled inside); a name holding a backslash or a
// non-printable character is refused, because Neo4j decodes \uXXXX even
// inside backticks.
//
// Besides the checks of the package documentation, every label must be one
// of the model's (graph.IsLabel) and every relationship type one of the
// model's (graph.IsRelationshipType); labels and types are written into the
// script unquoted, so nothing else is accepted (graph.ErrInvalid).
func Cypher(w io.Writer, g graph.Graph) error {
	s, err := prepare(g)
	if err != nil {
		return fmt.Errorf("export cypher: %w", err)
	}
	for _, n := range s.nodes {
		for _, l := range n.Labels {
			if !graph.IsLabel(l) {
				return fmt.Errorf("export cypher: %w: node %q: label %q is not a model label", graph.ErrInvalid, n.ID, l)
			}
		}
	}
	for _, r := range s.rels {
		if !graph.IsRelationshipType(r.Type) {
			return fmt.Errorf("export cypher: %w: relationship %s: type %q is not a model relationship type", graph.ErrInvalid, r.Key(), r.Type)
		}
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// diplograph graph export (nodes: %d, relationships: %d); run with cypher-shell -f.\n", len(s.nodes), len(s.rels))
	for _, l := range labelsUsed(s.nodes) {
		fmt.Fprintf(bw, "CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE;\n", snake(l), l)
	}
	inBlock, count := false, 0
	stmt := func(line string) {
		if !inBlock || count == CypherBatchSize {
			if inBlock {
				bw.WriteString(":commit\n")
			}
			bw.WriteString(":begin\n")
			inBlock, count = true, 0
		}
		bw.WriteString(line)
		bw.WriteString(";\n")
		count++
	}
	var b strings.Builder
	for _, n := range s.nodes {
		b.Reset()
		fmt.Fprintf(&b, "MERGE (n:%s {id: %s})", n.Labels[0], cypherString(n.ID))
		var sets []string
		for _, l := range n.Labels[1:] {
			sets = append(sets, "n:"+l)
		}
		if len(n.Props) > 0 {
			m, err := cypherMap(n.Props)
			if err != nil {
				return fmt.Errorf("export cypher: node %q: %w", n.ID, err)
			}
			sets = append(sets, "n += "+m)
		}
		if len(sets) > 0 {
			b.WriteString(" SET " + strings.Join(sets, ", "))
		}
		stmt(b.String())
	}
	for _, r := range s.rels {
		b.Reset()
		fmt.Fprintf(&b, "MATCH (a:%s {id: %s}), (b:%s {id: %s}) MERGE (a)-[r:%s]->(b)",
			s.byID[r.Start].Labels[0], cypherString(r.Start), s.byID[r.End].Labels[0], cypherString(r.End), r.Type)
		if len(r.Props) > 0 {
			m, err := cypherMap(r.Props)
			if err != nil {
				return fmt.Errorf("export cypher: relationship %s: %w", r.Key(), err)
			}
			b.WriteString(" SET r += " + m)
		}
		stmt(b.String())
	}
	if inBlock {
		bw.WriteString(":commit\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export cypher: write: %w", err)
	}
	return nil
}

// snake turns a PascalCase label into snake case ("Chairmanship" →
// "chairmanship"), as the Neo4j store names its constraints.
func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// cypherMap renders p as a map literal {k: v, …} in ascending key order.
func cypherMap(p graph.Props) (string, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range sortedKeys(p) {
		if i > 0 {
			b.WriteString(", ")
		}
		v, err := cypherValue(p[k])
		if err != nil {
			return "", fmt.Errorf("property %q: %w", k, err)
		}
		name, err := cypherName(k)
		if err != nil {
			return "", err
		}
		b.WriteString(name)
		b.WriteString(": ")
		b.WriteString(v)
	}
	b.WriteByte('}')
	return b.String(), nil
}

var plainName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// cypherName renders a property name: as is when it is a plain identifier,
// else quoted with backticks, a backtick inside doubled. Names that are not
// valid UTF-8 or hold a backslash or a non-printable character are refused:
// Neo4j 5 still decodes \uXXXX inside backticks (\u0060 would end the
// quoted name), and no model property needs one.
func cypherName(k string) (string, error) {
	if plainName.MatchString(k) {
		return k, nil
	}
	if !utf8.ValidString(k) || strings.ContainsRune(k, '\\') {
		return "", fmt.Errorf("%w: property name %q cannot be written safely", graph.ErrInvalid, k)
	}
	for _, r := range k {
		if r != ' ' && !unicode.IsPrint(r) {
			return "", fmt.Errorf("%w: property name %q cannot be written safely", graph.ErrInvalid, k)
		}
	}
	return "`" + strings.ReplaceAll(k, "`", "``") + "`", nil
}

// cypherValue renders a normalised property value as a Cypher literal.
func cypherValue(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return cypherString(x), nil
	case bool:
		return strconv.FormatBool(x), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return cypherFloat(x), nil
	case graph.Date:
		return "date(" + cypherString(x.String()) + ")", nil
	case time.Time:
		return "datetime(" + cypherString(dateTimeString(x)) + ")", nil
	case []string:
		parts := make([]string, len(x))
		for i, s := range x {
			parts[i] = cypherString(s)
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	}
	return "", fmt.Errorf("unsupported value type %T", v)
}

// cypherFloat renders a finite float so that Cypher reads it back as the
// same float: shortest round-trip digits, with ".0" added to integral
// values (1 would be an integer) and no "+" in the exponent (Cypher's
// grammar has none).
func cypherFloat(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	s = strings.Replace(s, "e+", "e", 1)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// cypherString renders s as a double-quoted Cypher string literal (see
// Cypher for the escapes). Invalid UTF-8 bytes become U+FFFD.
func cypherString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i, r := range s {
		if r == utf8.RuneError && isInvalidAt(s, i) {
			b.WriteString(`\uFFFD`)
			continue
		}
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r == ' ' || (unicode.IsPrint(r) && r != utf8.RuneError):
				b.WriteRune(r)
			case r > 0xFFFF:
				// Neo4j 5 has no \U escape: write the UTF-16 surrogate pair.
				hi, lo := utf16.EncodeRune(r)
				fmt.Fprintf(&b, `\u%04X\u%04X`, hi, lo)
			default:
				fmt.Fprintf(&b, `\u%04X`, r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
