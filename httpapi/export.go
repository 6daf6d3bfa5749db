package httpapi

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"

	"github.com/diplograph/diplograph/export"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/resolvers"
)

// Export routes: the whole graph, or with ?id=NODE&depth=N (0..3, default
// 1) the neighbourhood of one node, in a format for other tools.
// Sentence and Article nodes and MENTIONS/HAS_SENTENCE relationships are
// left out unless ?sources=true. An empty or repeated parameter, depth
// without id, or sources other than true/false is answered 400
// BAD_USER_INPUT.
const (
	ExportCytoscapePath = "/export/cytoscape.json" // Cytoscape.js elements JSON
	ExportGraphMLPath   = "/export/graph.graphml"  // GraphML 1.0 (Gephi, yEd)
	ExportCypherPath    = "/export/graph.cypher"   // Cypher script for cypher-shell -f
)

// maxExportDepth caps ?depth= (as the GraphQL neighborhood field does).
const maxExportDepth = 3

// maxExportNodes caps the nodes of a neighbourhood export.
const maxExportNodes = 5000

func registerExports(mux *http.ServeMux, store resolvers.Reader, logger *slog.Logger) {
	routes := []struct {
		path, contentType string
		write             func(io.Writer, graph.Graph) error
	}{
		{ExportCytoscapePath, "application/json", export.Cytoscape},
		{ExportGraphMLPath, "application/graphml+xml; charset=utf-8", export.GraphML},
		{ExportCypherPath, "text/plain; charset=utf-8", export.Cypher},
	}
	for _, r := range routes {
		mux.Handle("GET "+r.path, exportHandler(store, r.contentType, r.write, logger))
	}
}

func exportHandler(store resolvers.Reader, contentType string, write func(io.Writer, graph.Graph) error, logger *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, depth, sources, msg := exportParams(r.URL.Query())
		if msg != "" {
			writeError(w, http.StatusBadRequest, msg, resolvers.CodeBadUserInput)
			return
		}
		g, err := exportGraph(r.Context(), store, id, depth, sources)
		if err != nil {
			status, code, msg := http.StatusInternalServerError, "INTERNAL", "internal error"
			switch {
			case errors.Is(err, graph.ErrNotFound):
				status, code, msg = http.StatusNotFound, "NOT_FOUND", "no node with id "+strconv.Quote(id)
			case errors.Is(err, graph.ErrInvalid):
				status, code, msg = http.StatusBadRequest, "BAD_USER_INPUT", "invalid export request"
			case errors.Is(err, graph.ErrUnavailable):
				status, code, msg = http.StatusServiceUnavailable, "SERVICE_UNAVAILABLE", "store unavailable"
			case errors.Is(err, context.DeadlineExceeded):
				status, code, msg = http.StatusGatewayTimeout, "TIMEOUT", "request timed out"
			}
			if status >= 500 {
				logger.ErrorContext(r.Context(), "export failed", "path", r.URL.Path, "err", err)
			}
			writeError(w, status, msg, code)
			return
		}
		var buf bytes.Buffer
		if err := write(&buf, g); err != nil {
			logger.ErrorContext(r.Context(), "export failed", "path", r.URL.Path, "err", err)
			writeError(w, http.StatusInternalServerError, "internal error", "INTERNAL")
			return
		}
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
		_, _ = buf.WriteTo(w)
	})
}

// exportParams reads the query parameters of an export: id (none: the
// whole graph), depth (0..maxExportDepth, default 1; only with id) and
// sources (true or false, default false). msg is non-empty, and says what
// is wrong, when a parameter is repeated, empty or out of range.
func exportParams(q url.Values) (id string, depth int, sources bool, msg string) {
	for _, name := range []string{"id", "depth", "sources"} {
		switch v, ok := q[name]; {
		case !ok:
		case len(v) > 1:
			return "", 0, false, name + " given more than once"
		case v[0] == "":
			return "", 0, false, name + " is empty"
		}
	}
	id, depth = q.Get("id"), 1
	if s := q.Get("depth"); s != "" {
		if id == "" {
			return "", 0, false, "depth needs id (without id the whole graph is exported)"
		}
		d, err := strconv.Atoi(s)
		if err != nil || d < 0 || d > maxExportDepth {
			return "", 0, false, fmt.Sprintf("depth must be an integer between 0 and %d", maxExportDepth)
		}
		depth = d
	}
	switch q.Get("sources") {
	case "", "false":
	case "true":
		sources = true
	default:
		return "", 0, false, "sources must be true or false"
	}
	return id, depth, sources, ""
}

// exportGraph reads the whole graph (id == "") or the neighbourhood of id.
func exportGraph(ctx context.Context, store resolvers.Reader, id string, depth int, sources bool) (graph.Graph, error) {
	var g graph.Graph
	if id != "" {
		var types []string
		if sources {
			types = graph.RelationshipTypes
		}
		n, err := store.Neighborhood(ctx, graph.NeighborhoodQuery{ID: id, Depth: depth, Types: types, Limit: maxExportNodes})
		if err != nil {
			return g, fmt.Errorf("export neighbourhood of %s: %w", id, err)
		}
		g = n
	} else {
		nodes, err := store.Nodes(ctx, graph.NodeQuery{})
		if err != nil {
			return g, fmt.Errorf("export nodes: %w", err)
		}
		rels, err := store.Relationships(ctx, graph.RelQuery{})
		if err != nil {
			return g, fmt.Errorf("export relationships: %w", err)
		}
		g = graph.Graph{Nodes: nodes, Relationships: rels}
	}
	if !sources {
		g = withoutSources(g)
	}
	return g, nil
}

// withoutSources drops Article and Sentence nodes and the relationships
// that touch them.
func withoutSources(g graph.Graph) graph.Graph {
	out := graph.Graph{Nodes: make([]graph.Node, 0, len(g.Nodes))}
	kept := make(map[string]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		if n.HasLabel(graph.LabelArticle) || n.HasLabel(graph.LabelSentence) {
			continue
		}
		kept[n.ID] = true
		out.Nodes = append(out.Nodes, n)
	}
	for _, r := range g.Relationships {
		if kept[r.Start] && kept[r.End] {
			out.Relationships = append(out.Relationships, r)
		}
	}
	return out
}
