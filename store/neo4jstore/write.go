package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/internal/prep"
)

// batchSize is the most rows one UNWIND statement carries; larger groups
// are split (still in the one transaction).
const batchSize = 2000

// statement is one parameterised query of a write plan.
type statement struct {
	query string
	rows  []any
	// conflicts, for a node group: the label_conflicts query to run (with
	// $ids) before merging.
	conflicts string
	ids       []string
	label     string
}

// plan builds the statements that merge g (normalised by prep.Graph): nodes
// grouped by label set, in the order of graph.Labels, then relationships
// grouped by (type, start label, end label). Query texts come only from
// model constants; every value is a parameter.
func plan(g graph.Graph) ([]statement, error) {
	label := make(map[string]string, len(g.Nodes)) // id → primary label
	type nodeGroup struct {
		label string
		extra []string
		ids   []string
		rows  []any
	}
	nodeGroups := map[string]*nodeGroup{}
	for _, n := range g.Nodes {
		label[n.ID] = n.Labels[0]
		k := strings.Join(n.Labels, ":")
		ng := nodeGroups[k]
		if ng == nil {
			ng = &nodeGroup{label: n.Labels[0], extra: n.Labels[1:]}
			nodeGroups[k] = ng
		}
		r, err := row(n.Props)
		if err != nil {
			return nil, fmt.Errorf("%w: node %s: %w", graph.ErrInvalid, n.ID, err)
		}
		r["id"] = n.ID
		ng.ids = append(ng.ids, n.ID)
		ng.rows = append(ng.rows, r)
	}
	keys := make([]string, 0, len(nodeGroups))
	for k := range nodeGroups {
		keys = append(keys, k)
	}
	rank := func(l string) int { return slices.Index(graph.Labels, l) }
	slices.SortFunc(keys, func(a, b string) int {
		if d := rank(nodeGroups[a].label) - rank(nodeGroups[b].label); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	var out []statement
	for _, k := range keys {
		ng := nodeGroups[k]
		var others []string
		for _, l := range graph.Labels {
			if l != ng.label {
				others = append(others, l)
			}
		}
		cq, err := query(qLabelConflicts, conflictsData{Label: ng.label, Others: others})
		if err != nil {
			return nil, err
		}
		mq, err := query(qMergeNodes, mergeNodesData{propsData: mergeProps("n"), Label: ng.label, Extra: ng.extra})
		if err != nil {
			return nil, err
		}
		for i := 0; i < len(ng.rows); i += batchSize {
			j := min(i+batchSize, len(ng.rows))
			out = append(out, statement{query: mq, rows: ng.rows[i:j], conflicts: cq, ids: ng.ids[i:j], label: ng.label})
		}
	}

	type relGroup struct {
		data mergeRelsData
		rows []any
	}
	relGroups := map[string]*relGroup{}
	var relKeys []string
	for _, r := range g.Relationships {
		start, end := label[r.Start], label[r.End]
		k := r.Type + "|" + start + "|" + end
		rg := relGroups[k]
		if rg == nil {
			rg = &relGroup{data: mergeRelsData{propsData: mergeProps("r"), Type: r.Type, Start: start, End: end}}
			relGroups[k] = rg
			relKeys = append(relKeys, k)
		}
		m, err := row(r.Props)
		if err != nil {
			return nil, fmt.Errorf("%w: relationship %s: %w", graph.ErrInvalid, r.Key(), err)
		}
		m["start"], m["end"] = r.Start, r.End
		rg.rows = append(rg.rows, m)
	}
	slices.Sort(relKeys)
	for _, k := range relKeys {
		rg := relGroups[k]
		q, err := query(qMergeRelationships, rg.data)
		if err != nil {
			return nil, err
		}
		for i := 0; i < len(rg.rows); i += batchSize {
			out = append(out, statement{query: q, rows: rg.rows[i:min(i+batchSize, len(rg.rows))]})
		}
	}
	return out, nil
}

// WriteGraph merges g into the database in one write transaction (see
// graph.Store): nodes by label with MERGE on id, then relationships by
// type with MERGE on (start, type, end), properties with graph.MergeProps
// semantics in Cypher. Before merging each label group it checks that none
// of its ids is already stored under another label only (which MERGE would
// duplicate); that conflict, like any failure, rolls the whole transaction
// back. Errors: graph.ErrInvalid (bad graph, label conflict),
// graph.ErrUnavailable, a context error, or a wrapped database error.
func (s *Store) WriteGraph(ctx context.Context, g graph.Graph) error {
	const op = "write graph"
	pg, err := prep.Graph(g)
	if err != nil {
		return fmt.Errorf("neo4jstore: %s: %w", op, err)
	}
	stmts, err := plan(pg)
	if err != nil {
		return fmt.Errorf("neo4jstore: %s: %w", op, err)
	}
	done, err := s.begin(ctx, op)
	if err != nil {
		return err
	}
	defer done()
	if len(stmts) == 0 {
		return nil
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	_, err = sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for _, st := range stmts {
			if st.conflicts != "" {
				if err := checkConflicts(ctx, tx, st); err != nil {
					return nil, err
				}
			}
			n, err := single[int64](ctx, tx, st.query, map[string]any{"rows": st.rows}, "n")
			if err != nil {
				return nil, err
			}
			if n != int64(len(st.rows)) {
				return nil, fmt.Errorf("merged %d of %d rows", n, len(st.rows))
			}
		}
		return nil, nil
	})
	if err != nil {
		return s.wrap(ctx, op, err, false)
	}
	return nil
}

// checkConflicts fails with graph.ErrInvalid when an id of st is stored
// under other labels without st's label.
func checkConflicts(ctx context.Context, tx neo4j.ManagedTransaction, st statement) error {
	res, err := tx.Run(ctx, st.conflicts, map[string]any{"ids": st.ids})
	if err != nil {
		return err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return err
	}
	if len(recs) > 0 {
		id, _ := recs[0].Get("id")
		labels, _ := recs[0].Get("labels")
		return fmt.Errorf("%w: node %v is stored as %v, not %s", graph.ErrInvalid, id, labels, st.label)
	}
	return nil
}
