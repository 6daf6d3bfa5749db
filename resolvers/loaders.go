package resolvers

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"

	"github.com/diplograph/diplograph/graph"
)

// relKey selects the relationships of one type at one node: those starting
// at ID when Out, those ending at ID otherwise.
type relKey struct {
	Type string
	Out  bool
	ID   string
}

// loaders batch and cache the store lookups of one GraphQL operation, so
// that resolving the participants of twenty meetings costs one
// Relationships call and one Nodes call rather than forty (the N+1 problem).
type loaders struct {
	nodes *dataloadgen.Loader[string, graph.Node]
	rels  *dataloadgen.Loader[relKey, []graph.Relationship]
}

func newLoaders(store Reader, wait time.Duration) *loaders {
	return &loaders{
		nodes: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]graph.Node, []error) {
			return fetchNodes(ctx, store, ids)
		}, dataloadgen.WithWait(wait)),
		rels: dataloadgen.NewLoader(func(ctx context.Context, keys []relKey) ([][]graph.Relationship, []error) {
			return fetchRels(ctx, store, keys)
		}, dataloadgen.WithWait(wait)),
	}
}

// fetchNodes loads ids with one Nodes call; a missing id gets an error
// wrapping graph.ErrNotFound.
func fetchNodes(ctx context.Context, store Reader, ids []string) ([]graph.Node, []error) {
	out := make([]graph.Node, len(ids))
	errs := make([]error, len(ids))
	found, err := store.Nodes(ctx, graph.NodeQuery{IDs: ids})
	if err != nil {
		err = fmt.Errorf("load %d nodes: %w", len(ids), err)
		for i := range errs {
			errs[i] = err
		}
		return out, errs
	}
	byID := make(map[string]graph.Node, len(found))
	for _, n := range found {
		byID[n.ID] = n
	}
	for i, id := range ids {
		n, ok := byID[id]
		if !ok {
			errs[i] = fmt.Errorf("node %q: %w", id, graph.ErrNotFound)
			continue
		}
		out[i] = n
	}
	return out, errs
}

// fetchRels loads the relationships of keys with one Relationships call per
// (type, direction); each key's list is ordered by the id of its other end.
func fetchRels(ctx context.Context, store Reader, keys []relKey) ([][]graph.Relationship, []error) {
	out := make([][]graph.Relationship, len(keys))
	errs := make([]error, len(keys))
	type group struct {
		typ string
		out bool
	}
	groups := map[group][]int{}
	var order []group
	for i, k := range keys {
		g := group{k.Type, k.Out}
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], i)
	}
	for _, g := range order {
		idx := groups[g]
		ids := make([]string, len(idx))
		for j, i := range idx {
			ids[j] = keys[i].ID
		}
		q := graph.RelQuery{Types: []string{g.typ}}
		if g.out {
			q.Starts = ids
		} else {
			q.Ends = ids
		}
		rels, err := store.Relationships(ctx, q)
		if err != nil {
			err = fmt.Errorf("load %s relationships of %d nodes: %w", g.typ, len(ids), err)
			for _, i := range idx {
				errs[i] = err
			}
			continue
		}
		byNode := map[string][]graph.Relationship{}
		for _, r := range rels {
			at := r.End
			if g.out {
				at = r.Start
			}
			byNode[at] = append(byNode[at], r)
		}
		for _, i := range idx {
			list := byNode[keys[i].ID]
			sort.SliceStable(list, func(a, b int) bool { return otherEnd(list[a], g.out) < otherEnd(list[b], g.out) })
			out[i] = list
		}
	}
	return out, errs
}

// otherEnd returns the end of r that is not the node it was looked up from.
func otherEnd(r graph.Relationship, out bool) string {
	if out {
		return r.End
	}
	return r.Start
}

type loadersKey struct{}

// AroundOperations is a gqlgen operation middleware that gives each
// operation its own batching loaders. Install it with
// srv.AroundOperations(res.AroundOperations).
func (r *Resolver) AroundOperations(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(r.WithLoaders(ctx))
}

// WithLoaders returns ctx carrying fresh per-request loaders.
func (r *Resolver) WithLoaders(ctx context.Context) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(r.store, r.batchWait))
}

// loadersFor returns the loaders of ctx, or unbatched ones when the
// middleware is not installed.
func (r *Resolver) loadersFor(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r.store, 0)
}
