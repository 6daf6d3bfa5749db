package httpapi

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/diplograph/diplograph/export"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/resolvers"
)

// Export routes: the whole graph, or with ?id=NODE&depth=N (0..3, default
// 1) the neighbourhood of one node, in a format for other tools.
// Sentence and Article nodes and MENTIONS/HAS_SENTENCE relationships are
// left out unless ?sources=true.
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
		q := r.URL.Query()
		depth := 1
		if s := q.Get("depth"); s != "" {
			d, err := strconv.Atoi(s)
			if err != nil || d < 0 || d > maxExportDepth {
				writeError(w, http.StatusBadRequest, fmt.Sprintf("depth must be an integer between 0 and %d", maxExportDepth), "BAD_USER_INPUT")
				return
			}
			depth = d
		}
		sources := q.Get("sources") == "true"
		g, err := exportGraph(r.Context(), store, q.Get("id"), depth, sources)
		if err != nil {
			status, code, msg := http.StatusInternalServerError, "INTERNAL", "internal error"
			switch {
			case errors.Is(err, graph.ErrNotFound):
				status, code, msg = http.StatusNotFound, "NOT_FOUND", "no node with id "+strconv.Quote(q.Get("id"))
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
