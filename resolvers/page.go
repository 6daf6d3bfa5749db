package resolvers

import (
	"encoding/base64"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/model"
)

// Page sizes of every connection.
const (
	// DefaultPageSize is the page size when the client gives neither
	// `first` nor `last`.
	DefaultPageSize = 20
	// MaxPageSize is the largest `first` or `last` accepted.
	MaxPageSize = 100
)

// cursorPrefix versions the cursor format.
const cursorPrefix = "v1:"

// pageArgs are the Relay arguments of a connection field.
type pageArgs struct {
	First, Last   *int
	After, Before *string
}

// args bundles the four Relay arguments in schema order.
func args(first *int, after *string, last *int, before *string) pageArgs {
	return pageArgs{First: first, After: after, Last: last, Before: before}
}

// check validates the sizes: each of first and last within 0..MaxPageSize,
// not both.
func (a pageArgs) check() error {
	if a.First != nil && a.Last != nil {
		return model.BadInput("pass first or last, not both")
	}
	for _, s := range []struct {
		name string
		v    *int
	}{{"first", a.First}, {"last", a.Last}} {
		if s.v != nil && (*s.v < 0 || *s.v > MaxPageSize) {
			return model.BadInput("%s must be between 0 and %d, got %d", s.name, MaxPageSize, *s.v)
		}
	}
	return nil
}

// size is the number of items the page asks for (for complexity).
func (a pageArgs) size() int {
	switch {
	case a.First != nil:
		return *a.First
	case a.Last != nil:
		return *a.Last
	}
	return DefaultPageSize
}

// encodeCursor returns the opaque cursor of a sort key in the order named
// tag.
func encodeCursor(tag, key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + tag + "\x00" + key))
}

// decodeCursor returns the sort key of a cursor of the order named tag, or a
// BAD_USER_INPUT error (malformed, or made for another order).
func decodeCursor(tag, c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	s := string(b)
	if err != nil || !strings.HasPrefix(s, cursorPrefix) {
		return "", model.BadInput("invalid cursor %q: pass an endCursor, startCursor or cursor from a previous page", c)
	}
	t, key, ok := strings.Cut(strings.TrimPrefix(s, cursorPrefix), "\x00")
	if !ok || t != tag {
		return "", model.BadInput("cursor %q belongs to another list order: pass a cursor of this list with the same orderBy", c)
	}
	return key, nil
}

// ordering is how a list is sorted: the key of each item (strictly
// monotonic in the list's order), whether the order is descending, and a
// tag naming it in cursors.
type ordering[T any] struct {
	key  func(T) string
	desc bool
	tag  string
}

// asc returns the ascending ordering by key, named tag.
func asc[T any](tag string, key func(T) string) ordering[T] {
	return ordering[T]{key: key, tag: tag}
}

// sortItems sorts items in place in the order o.
func (o ordering[T]) sortItems(items []T) {
	sort.SliceStable(items, func(i, j int) bool {
		if o.desc {
			return o.key(items[i]) > o.key(items[j])
		}
		return o.key(items[i]) < o.key(items[j])
	})
}

// beyond reports whether key k comes after c in the order.
func (o ordering[T]) beyond(k, c string) bool {
	if o.desc {
		return k < c
	}
	return k > c
}

// paged is one page of a list: its items, their cursors, the page info and
// the list's total length.
type paged[T any] struct {
	items   []T
	cursors []string
	info    *model.PageInfo
	total   int
}

// paginate cuts the page of items (already sorted in the order o) that a
// asks for, as the Relay specification describes: the items after `after`
// and before `before`, then the first `first` or last `last` of them (the
// first DefaultPageSize when neither is given). A cursor whose item has
// since gone still works: the page starts (or ends) at the next key.
// hasNextPage and hasPreviousPage say whether the whole list has items
// beyond the page on either side.
func paginate[T any](items []T, o ordering[T], a pageArgs) (paged[T], error) {
	if err := a.check(); err != nil {
		return paged[T]{}, err
	}
	start, end := 0, len(items)
	if a.After != nil && *a.After != "" {
		k, err := decodeCursor(o.tag, *a.After)
		if err != nil {
			return paged[T]{}, err
		}
		start = sort.Search(len(items), func(i int) bool { return o.beyond(o.key(items[i]), k) })
	}
	if a.Before != nil && *a.Before != "" {
		k, err := decodeCursor(o.tag, *a.Before)
		if err != nil {
			return paged[T]{}, err
		}
		end = sort.Search(len(items), func(i int) bool { k2 := o.key(items[i]); return k2 == k || o.beyond(k2, k) })
	}
	end = max(end, start)
	switch {
	case a.Last != nil:
		start = max(start, end-*a.Last)
	case a.First != nil:
		end = min(end, start+*a.First)
	default:
		end = min(end, start+DefaultPageSize)
	}
	p := paged[T]{
		items:   items[start:end],
		cursors: make([]string, end-start),
		total:   len(items),
		info:    &model.PageInfo{HasNextPage: end < len(items), HasPreviousPage: start > 0},
	}
	for i, it := range p.items {
		p.cursors[i] = encodeCursor(o.tag, o.key(it))
	}
	if len(p.cursors) > 0 {
		p.info.StartCursor = &p.cursors[0]
		p.info.EndCursor = &p.cursors[len(p.cursors)-1]
	}
	return p, nil
}

// orderKeys are the sort keys a list supports, by field.
type orderKeys[T any] map[model.OrderField]func(T) string

// order returns the ordering of a list for the client's orderBy (def when
// nil): a field the list does not support is BAD_USER_INPUT. The list's
// name goes in the error message.
func order[T any](list string, by *model.Order, def model.OrderField, keys orderKeys[T]) (ordering[T], error) {
	field, desc := def, false
	if by != nil {
		field = by.Field
		desc = by.Direction != nil && *by.Direction == model.OrderDirectionDesc
	}
	key, ok := keys[field]
	if !ok {
		var fields []string
		for _, f := range model.AllOrderField {
			if _, ok := keys[f]; ok {
				fields = append(fields, string(f))
			}
		}
		return ordering[T]{}, model.BadInput("%s cannot be ordered by %s; use one of %s", list, field, strings.Join(fields, ", "))
	}
	return ordering[T]{key: key, desc: desc, tag: strings.ToLower(string(field))}, nil
}

// sortedPage sorts items by o and cuts the page a asks for.
func sortedPage[T any](items []T, o ordering[T], a pageArgs) (paged[T], error) {
	if err := a.check(); err != nil {
		return paged[T]{}, err
	}
	o.sortItems(items)
	return paginate(items, o, a)
}

// pageOf checks the paging arguments a, then loads the items list returns,
// sorts them in the order o and cuts the page a asks for. Errors: a's
// BAD_USER_INPUT (list is then not called), list's own, and
// BAD_USER_INPUT for a cursor of another order.
func pageOf[T any](o ordering[T], a pageArgs, list func() ([]T, error)) (paged[T], error) {
	if err := a.check(); err != nil {
		return paged[T]{}, err
	}
	items, err := list()
	if err != nil {
		return paged[T]{}, err
	}
	return sortedPage(items, o, a)
}

// connOf is the page of pageOf made into a connection by build, with the
// same errors.
func connOf[T, C any](o ordering[T], a pageArgs, list func() ([]T, error), build func(paged[T]) C) (C, error) {
	p, err := pageOf(o, a, list)
	if err != nil {
		var zero C
		return zero, err
	}
	return build(p), nil
}

// positionKey is the sort key of the item at position i of a list whose
// order is given by the store (search results).
func positionKey(i int) string { return fmt.Sprintf("%09d", i) }

// undatedKey sorts meetings without a date or year after every dated one.
const undatedKey = "~"

// meetingKey orders meetings by date then id: a meeting known only by its
// year comes after the dated meetings of that year, a meeting with neither
// comes last.
func meetingKey(m *model.Meeting) string {
	return meetingDateKey(m) + "\x00" + m.ID()
}

// meetingDateKey is the date part of meetingKey.
func meetingDateKey(m *model.Meeting) string {
	switch {
	case m == nil:
		return undatedKey
	case m.Date() != nil:
		return m.Date().String()
	case m.Year() != nil:
		return fmt.Sprintf("%04d-99", *m.Year())
	}
	return undatedKey
}

// articleKey orders articles by date (undated last) then id.
func articleKey(a *model.Article) string {
	d := undatedKey
	if a.Date() != nil {
		d = a.Date().String()
	}
	return d + "\x00" + a.ID()
}

// yearKey orders by a year (nil last) then id.
func yearKey(year *int, id string) string {
	y := 99999
	if year != nil {
		y = *year
	}
	return fmt.Sprintf("%05d\x00%s", y, id)
}

// sentenceKey orders sentence ids in text order: the numeric suffix of
// "article:…:sN" is zero-padded so that s10 follows s9.
func sentenceKey(id string) string {
	if i := strings.LastIndex(id, ":s"); i >= 0 {
		if n, err := strconv.Atoi(id[i+2:]); err == nil {
			return fmt.Sprintf("%s:s%09d", id[:i], n)
		}
	}
	return id
}

// idKey orders by id.
func idKey[T interface{ ID() string }](t T) string { return t.ID() }

// nameKey orders by name then id.
func nameKey[T interface {
	ID() string
	Name() string
}](t T) string {
	return t.Name() + "\x00" + t.ID()
}

// sortBy sorts items by key.
func sortBy[T any](items []T, key func(T) string) {
	sort.SliceStable(items, func(i, j int) bool { return key(items[i]) < key(items[j]) })
}

// wrapAll wraps nodes, keeping those of type T.
func wrapAll[T any](nodes []graph.Node) []T {
	out := make([]T, 0, len(nodes))
	for _, n := range nodes {
		if t, ok := any(model.Wrap(n)).(T); ok {
			out = append(out, t)
		}
	}
	return out
}
