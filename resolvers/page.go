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
	// DefaultPageSize is `first` when the client does not give it.
	DefaultPageSize = 20
	// MaxPageSize is the largest `first` accepted.
	MaxPageSize = 100
)

// cursorPrefix versions the cursor format.
const cursorPrefix = "v1:"

// encodeCursor returns the opaque cursor of a sort key.
func encodeCursor(key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + key))
}

// decodeCursor returns the sort key of a cursor, or a BAD_USER_INPUT error.
func decodeCursor(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(b), cursorPrefix) {
		return "", model.BadInput("invalid cursor %q: pass an endCursor or cursor from a previous page", c)
	}
	return strings.TrimPrefix(string(b), cursorPrefix), nil
}

// pageSize checks `first`.
func pageSize(first *int) (int, error) {
	if first == nil {
		return DefaultPageSize, nil
	}
	if *first < 0 || *first > MaxPageSize {
		return 0, model.BadInput("first must be between 0 and %d, got %d", MaxPageSize, *first)
	}
	return *first, nil
}

// paged is one page of a list: its items, their cursors, the page info and
// the list's total length.
type paged[T any] struct {
	items   []T
	cursors []string
	info    *model.PageInfo
	total   int
}

// paginate cuts the page of items (sorted by key, keys strictly increasing)
// that follows the cursor after and holds at most first items. A cursor
// whose item has since gone still works: the page starts at the next key.
func paginate[T any](items []T, key func(T) string, first *int, after *string) (paged[T], error) {
	n, err := pageSize(first)
	if err != nil {
		return paged[T]{}, err
	}
	start := 0
	if after != nil && *after != "" {
		k, err := decodeCursor(*after)
		if err != nil {
			return paged[T]{}, err
		}
		start = sort.Search(len(items), func(i int) bool { return key(items[i]) > k })
	}
	end := min(start+n, len(items))
	p := paged[T]{
		items:   items[start:end],
		cursors: make([]string, end-start),
		total:   len(items),
		info:    &model.PageInfo{HasNextPage: end < len(items), HasPreviousPage: start > 0},
	}
	for i, it := range p.items {
		p.cursors[i] = encodeCursor(key(it))
	}
	if len(p.cursors) > 0 {
		p.info.StartCursor = &p.cursors[0]
		p.info.EndCursor = &p.cursors[len(p.cursors)-1]
	}
	return p, nil
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
	var d string
	switch {
	case m.Date() != nil:
		d = m.Date().String()
	case m.Year() != nil:
		d = fmt.Sprintf("%04d-99", *m.Year())
	default:
		d = undatedKey
	}
	return d + "\x00" + m.ID()
}

// articleKey orders articles by date (undated last) then id.
func articleKey(a *model.Article) string {
	d := undatedKey
	if a.Date() != nil {
		d = a.Date().String()
	}
	return d + "\x00" + a.ID()
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
