package resolvers

import (
	"context"
	"errors"
	"fmt"

	"github.com/vikstrous/dataloadgen"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/model"
)

// Directions of a relationship lookup, seen from the node whose field is
// resolved.
const (
	out = true  // the node is the relationship's start
	in  = false // the node is the relationship's end
)

// node loads one node through the request's loader.
func (r *Resolver) node(ctx context.Context, id string) (graph.Node, error) {
	n, err := r.loadersFor(ctx).nodes.Load(ctx, id)
	if err != nil {
		return graph.Node{}, fmt.Errorf("load node %q: %w", id, err)
	}
	return n, nil
}

// object loads one node and wraps it; it returns nil without error when the
// node does not exist.
func (r *Resolver) object(ctx context.Context, id string) (model.Object, error) {
	n, err := r.node(ctx, id)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return model.Wrap(n), nil
}

// objects loads nodes by id, in order, skipping the missing ones.
func (r *Resolver) objects(ctx context.Context, ids []string) ([]model.Object, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	ns, err := r.loadersFor(ctx).nodes.LoadAll(ctx, ids)
	var perKey dataloadgen.ErrorSlice
	if err != nil && !errors.As(err, &perKey) {
		return nil, fmt.Errorf("load %d nodes: %w", len(ids), err)
	}
	out := make([]model.Object, 0, len(ids))
	for i, n := range ns {
		if i < len(perKey) && perKey[i] != nil {
			if errors.Is(perKey[i], graph.ErrNotFound) {
				continue
			}
			return nil, fmt.Errorf("load node %q: %w", ids[i], perKey[i])
		}
		if o := model.Wrap(n); o != nil {
			out = append(out, o)
		}
	}
	return out, nil
}

// rels returns the relationships of type typ at node id (dir out: id is the
// start; in: id is the end), ordered by the id of the other end.
func (r *Resolver) rels(ctx context.Context, id, typ string, dir bool) ([]graph.Relationship, error) {
	rs, err := r.loadersFor(ctx).rels.Load(ctx, relKey{Type: typ, Out: dir, ID: id})
	if err != nil {
		return nil, fmt.Errorf("load %s relationships of %q: %w", typ, id, err)
	}
	return rs, nil
}

// as returns o as T, or T's zero value (nil) when o is not a T.
func as[T any](o model.Object) T {
	t, _ := any(o).(T)
	return t
}

// loadAs loads node id as T: nil when missing or of another type.
func loadAs[T any](ctx context.Context, r *Resolver, id string) (T, error) {
	if id == "" {
		var zero T
		return zero, nil
	}
	o, err := r.object(ctx, id)
	if err != nil {
		var zero T
		return zero, err
	}
	return as[T](o), nil
}

// endsAs returns the other ends of the typ relationships at id, as T,
// skipping missing nodes and nodes of another type.
func endsAs[T any](ctx context.Context, r *Resolver, id, typ string, dir bool) ([]T, error) {
	rs, err := r.rels(ctx, id, typ, dir)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(rs))
	for i, rel := range rs {
		ids[i] = otherEnd(rel, dir)
	}
	os, err := r.objects(ctx, ids)
	if err != nil {
		return nil, err
	}
	res := make([]T, 0, len(os))
	for _, o := range os {
		if t, ok := any(o).(T); ok {
			res = append(res, t)
		}
	}
	return res, nil
}

// firstEndAs returns the first of endsAs (by id), or nil.
func firstEndAs[T any](ctx context.Context, r *Resolver, id, typ string, dir bool) (T, error) {
	ts, err := endsAs[T](ctx, r, id, typ, dir)
	if err != nil || len(ts) == 0 {
		var zero T
		return zero, err
	}
	return ts[0], nil
}

// facts returns the typ relationships at id as relationship views built by mk.
func facts[T any](ctx context.Context, r *Resolver, id, typ string, dir bool, mk func(model.Fact) T) ([]T, error) {
	rs, err := r.rels(ctx, id, typ, dir)
	if err != nil {
		return nil, err
	}
	res := make([]T, len(rs))
	for i, rel := range rs {
		res[i] = mk(model.Fact{Rel: rel})
	}
	return res, nil
}

// evidence returns the evidence entries of f (sentences are loaded by the
// Evidence.sentence resolver).
func evidence(f model.Fact) []*model.Evidence {
	ids := f.EvidenceIDs()
	res := make([]*model.Evidence, len(ids))
	for i, id := range ids {
		res[i] = &model.Evidence{SentenceID: id}
	}
	return res
}

// articles loads the articles of f, skipping ids not in the store.
func (r *Resolver) articles(ctx context.Context, f model.Fact) ([]*model.Article, error) {
	os, err := r.objects(ctx, f.ArticleIDs())
	if err != nil {
		return nil, err
	}
	res := make([]*model.Article, 0, len(os))
	for _, o := range os {
		if a, ok := o.(*model.Article); ok {
			res = append(res, a)
		}
	}
	return res, nil
}
