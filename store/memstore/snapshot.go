package memstore

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/internal/prep"
)

// snapshotVersion is the "version" of the snapshot files this package
// writes; Open refuses any other.
const snapshotVersion = 1

// Snapshot file format (JSON):
//
//	{"version": 1,
//	 "nodes": [{"id": "state:KAZ", "labels": ["State"],
//	            "properties": {"name": {"t": "string", "v": "Kazakhstan"}, …}}, …],
//	 "relationships": [{"type": "LEADER_OF", "start": "…", "end": "…",
//	                    "properties": {…}}, …]}
//
// Every property value carries a type tag so that Go types survive the
// round trip: "string", "strings" ([]string), "int" (int64, as a JSON
// number), "float" (float64), "bool", "date" (graph.Date, "YYYY-MM-DD") and
// "datetime" (time.Time, RFC 3339 with nanoseconds; the instant and the UTC
// offset survive, a named location does not).
type snapshotFile struct {
	Version       int        `json:"version"`
	Nodes         []snapNode `json:"nodes"`
	Relationships []snapRel  `json:"relationships"`
}

type snapNode struct {
	ID     string                 `json:"id"`
	Labels []string               `json:"labels"`
	Props  map[string]taggedValue `json:"properties"`
}

type snapRel struct {
	Type  string                 `json:"type"`
	Start string                 `json:"start"`
	End   string                 `json:"end"`
	Props map[string]taggedValue `json:"properties"`
}

// taggedValue is one property value with its type tag.
type taggedValue struct {
	T string          `json:"t"`
	V json.RawMessage `json:"v"`
}

// Type tags of taggedValue.
const (
	tagString   = "string"
	tagStrings  = "strings"
	tagInt      = "int"
	tagFloat    = "float"
	tagBool     = "bool"
	tagDate     = "date"
	tagDateTime = "datetime"
)

// encodeValue returns v with its type tag.
func encodeValue(v any) (taggedValue, error) {
	var tag string
	var x any = v
	switch t := v.(type) {
	case string:
		tag = tagString
	case []string:
		tag = tagStrings
	case int64:
		tag = tagInt
	case float64:
		tag = tagFloat
	case bool:
		tag = tagBool
	case graph.Date:
		tag, x = tagDate, t.String()
	case time.Time:
		tag, x = tagDateTime, t.Format(time.RFC3339Nano)
	default:
		return taggedValue{}, fmt.Errorf("unsupported type %T", v)
	}
	b, err := json.Marshal(x)
	if err != nil {
		return taggedValue{}, err
	}
	return taggedValue{T: tag, V: b}, nil
}

// decodeValue returns the Go value of tv.
func decodeValue(tv taggedValue) (any, error) {
	var err error
	switch tv.T {
	case tagString:
		var s string
		err = json.Unmarshal(tv.V, &s)
		return s, err
	case tagStrings:
		s := []string{}
		err = json.Unmarshal(tv.V, &s)
		if s == nil { // JSON null
			s = []string{}
		}
		return s, err
	case tagInt:
		var i int64
		err = json.Unmarshal(tv.V, &i)
		return i, err
	case tagFloat:
		var f float64
		err = json.Unmarshal(tv.V, &f)
		return f, err
	case tagBool:
		var b bool
		err = json.Unmarshal(tv.V, &b)
		return b, err
	case tagDate:
		var d graph.Date
		err = json.Unmarshal(tv.V, &d)
		return d, err
	case tagDateTime:
		var s string
		if err = json.Unmarshal(tv.V, &s); err != nil {
			return nil, err
		}
		return time.Parse(time.RFC3339Nano, s)
	}
	return nil, fmt.Errorf("unknown type tag %q", tv.T)
}

func encodeProps(p graph.Props) (map[string]taggedValue, error) {
	out := make(map[string]taggedValue, len(p))
	for k, v := range p {
		tv, err := encodeValue(v)
		if err != nil {
			return nil, fmt.Errorf("property %s: %w", k, err)
		}
		out[k] = tv
	}
	return out, nil
}

func decodeProps(m map[string]taggedValue) (graph.Props, error) {
	out := make(graph.Props, len(m))
	for k, tv := range m {
		v, err := decodeValue(tv)
		if err != nil {
			return nil, fmt.Errorf("property %s: %w", k, err)
		}
		out[k] = v
	}
	return out, nil
}

// encodeSnapshot returns the snapshot file content of g (sorted by the caller).
func encodeSnapshot(g graph.Graph) ([]byte, error) {
	f := snapshotFile{
		Version:       snapshotVersion,
		Nodes:         make([]snapNode, 0, len(g.Nodes)),
		Relationships: make([]snapRel, 0, len(g.Relationships)),
	}
	for _, n := range g.Nodes {
		p, err := encodeProps(n.Props)
		if err != nil {
			return nil, fmt.Errorf("node %s: %w", n.ID, err)
		}
		f.Nodes = append(f.Nodes, snapNode{ID: n.ID, Labels: n.Labels, Props: p})
	}
	for _, r := range g.Relationships {
		p, err := encodeProps(r.Props)
		if err != nil {
			return nil, fmt.Errorf("relationship %s: %w", r.Key(), err)
		}
		f.Relationships = append(f.Relationships, snapRel{Type: r.Type, Start: r.Start, End: r.End, Props: p})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decodeSnapshot parses snapshot file content. Nodes and relationships are
// checked as WriteGraph checks them (model labels and types, value types).
func decodeSnapshot(b []byte) (graph.Graph, error) {
	var f snapshotFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return graph.Graph{}, fmt.Errorf("decode: %w", err)
	}
	if f.Version != snapshotVersion {
		return graph.Graph{}, fmt.Errorf("snapshot version %d, want %d", f.Version, snapshotVersion)
	}
	var g graph.Graph
	seen := map[string]bool{}
	for _, sn := range f.Nodes {
		p, err := decodeProps(sn.Props)
		if err != nil {
			return graph.Graph{}, fmt.Errorf("node %s: %w", sn.ID, err)
		}
		if seen[sn.ID] {
			return graph.Graph{}, fmt.Errorf("node %s: duplicate", sn.ID)
		}
		seen[sn.ID] = true
		if sn.ID == "" || len(sn.Labels) == 0 || prep.Labels(sn.Labels) != nil {
			return graph.Graph{}, fmt.Errorf("node %q: bad id or labels %v", sn.ID, sn.Labels)
		}
		g.Nodes = append(g.Nodes, graph.Node{ID: sn.ID, Labels: prep.SortLabels(sn.Labels), Props: p})
	}
	seenRel := map[string]bool{}
	for _, sr := range f.Relationships {
		p, err := decodeProps(sr.Props)
		r := graph.Relationship{Type: sr.Type, Start: sr.Start, End: sr.End, Props: p}
		if err != nil {
			return graph.Graph{}, fmt.Errorf("relationship %s: %w", r.Key(), err)
		}
		if !graph.IsRelationshipType(r.Type) || seenRel[r.Key()] {
			return graph.Graph{}, fmt.Errorf("relationship %s: unknown type or duplicate", r.Key())
		}
		seenRel[r.Key()] = true
		g.Relationships = append(g.Relationships, r)
	}
	return g, nil
}

// readSnapshot loads the snapshot at path and returns it with the file's
// info (identity, size and modification time of the version read, taken
// from the open file, so they match the content even if a writer replaces
// the file meanwhile). A missing file is an empty graph and nil info, but
// its directory must exist (or the first save would fail).
func readSnapshot(path string) (graph.Graph, os.FileInfo, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		if _, derr := os.Stat(filepath.Dir(path)); derr != nil {
			return graph.Graph{}, nil, fmt.Errorf("snapshot directory: %w", derr)
		}
		return graph.Graph{}, nil, nil
	}
	if err != nil {
		return graph.Graph{}, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return graph.Graph{}, nil, err
	}
	if info.IsDir() {
		return graph.Graph{}, nil, fmt.Errorf("read %s: is a directory", path)
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return graph.Graph{}, nil, err
	}
	g, err := decodeSnapshot(b)
	if err != nil {
		return graph.Graph{}, nil, err
	}
	return g, info, nil
}

// writeSnapshot replaces the file at path with the snapshot of g
// atomically: it writes and syncs a temporary file in the same directory,
// then renames it over path (and syncs the directory, best effort). It
// returns the info of the file written (which the rename keeps).
func writeSnapshot(path string, g graph.Graph) (info os.FileInfo, err error) {
	b, err := encodeSnapshot(g)
	if err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	if err = tmp.Chmod(0o644); err != nil {
		_ = tmp.Close()
		return nil, err
	}
	if _, err = tmp.Write(b); err != nil {
		_ = tmp.Close()
		return nil, err
	}
	if err = tmp.Sync(); err != nil {
		_ = tmp.Close()
		return nil, err
	}
	if info, err = tmp.Stat(); err != nil {
		_ = tmp.Close()
		return nil, err
	}
	if err = tmp.Close(); err != nil {
		return nil, err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return nil, err
	}
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return info, nil
}
