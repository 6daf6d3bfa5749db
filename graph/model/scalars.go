package model

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/diplograph/diplograph/graph"
)

// CodeBadUserInput is the extensions.code of errors caused by the client's
// input (a malformed scalar, an out-of-range argument, a bad cursor).
const CodeBadUserInput = "BAD_USER_INPUT"

// BadInput returns a GraphQL error with extensions.code BAD_USER_INPUT.
func BadInput(format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    fmt.Sprintf(format, args...),
		Extensions: map[string]any{"code": CodeBadUserInput},
	}
}

// MarshalDate writes the GraphQL Date scalar: a graph.Date as "YYYY-MM-DD".
func MarshalDate(d graph.Date) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(d.String()))
	})
}

// UnmarshalDate reads the GraphQL Date scalar from a "YYYY-MM-DD" string.
func UnmarshalDate(v any) (graph.Date, error) {
	s, ok := v.(string)
	if !ok {
		return graph.Date{}, BadInput("Date must be a string \"YYYY-MM-DD\", got %T", v)
	}
	d, err := graph.ParseDate(s)
	if err != nil {
		return graph.Date{}, BadInput("Date must be \"YYYY-MM-DD\", got %q", s)
	}
	return d, nil
}

// MarshalJSONValue writes the GraphQL JSON scalar: any value encoding/json
// can encode (graph.Date as "YYYY-MM-DD", time.Time as RFC 3339). A value
// that cannot be encoded is written as null.
func MarshalJSONValue(v any) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		b, err := json.Marshal(v)
		if err != nil {
			b = []byte("null")
		}
		_, _ = w.Write(b)
	})
}

// UnmarshalJSONValue reads the GraphQL JSON scalar as it was decoded from the
// request (maps, slices, strings, numbers, booleans, null).
func UnmarshalJSONValue(v any) (any, error) { return v, nil }

// dateOf reads a date-valued property leniently: a graph.Date, a time.Time
// or a "YYYY-MM-DD" string (as a snapshot or another store may hold it).
// It returns nil when the property is absent or unreadable.
func dateOf(p graph.Props, key string) *graph.Date {
	switch v := p[key].(type) {
	case graph.Date:
		if v.IsZero() {
			return nil
		}
		return &v
	case time.Time:
		d := graph.DateOf(v)
		return &d
	case string:
		d, err := graph.ParseDate(v)
		if err != nil {
			return nil
		}
		return &d
	}
	return nil
}

// dateTimeOf reads a DateTime property: a time.Time or an RFC 3339 string.
func dateTimeOf(p graph.Props, key string) *time.Time {
	switch v := p[key].(type) {
	case time.Time:
		return &v
	case string:
		t, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			return nil
		}
		return &t
	}
	return nil
}

// stringOf returns the string property key, or nil when absent or empty.
func stringOf(p graph.Props, key string) *string {
	s, ok := p[key].(string)
	if !ok || s == "" {
		return nil
	}
	return &s
}

// intOf reads an integer property leniently (int64, int, integral float64,
// or a decimal string such as a year), or nil.
func intOf(p graph.Props, key string) *int {
	switch v := p[key].(type) {
	case int64:
		i := int(v)
		return &i
	case int:
		return &v
	case int32:
		i := int(v)
		return &i
	case float64:
		if v == float64(int64(v)) {
			i := int(v)
			return &i
		}
	case string:
		if i, err := strconv.Atoi(v); err == nil {
			return &i
		}
	}
	return nil
}

// floatOf reads a float property (float64 or an integer), or nil.
func floatOf(p graph.Props, key string) *float64 {
	switch v := p[key].(type) {
	case float64:
		return &v
	case int64:
		f := float64(v)
		return &f
	case int:
		f := float64(v)
		return &f
	}
	return nil
}

// boolOf reads a bool property (a bool, or the strings "true"/"false"), or nil.
func boolOf(p graph.Props, key string) *bool {
	switch v := p[key].(type) {
	case bool:
		return &v
	case string:
		if b, err := strconv.ParseBool(v); err == nil {
			return &b
		}
	}
	return nil
}

// stringsOf reads a list-of-strings property; it never returns nil.
func stringsOf(p graph.Props, key string) []string {
	switch v := p[key].(type) {
	case []string:
		return append([]string{}, v...)
	case []any:
		out := make([]string, 0, len(v))
		for _, e := range v {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	case string:
		if v != "" {
			return []string{v}
		}
	}
	return []string{}
}

// HiddenProps are stored properties that the API does not expose in
// `properties` JSON: internal search keys of the stores.
var HiddenProps = []string{"searchKeys"}

// PublicProps returns a copy of p without HiddenProps, for the JSON scalar.
func PublicProps(p graph.Props) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		hidden := false
		for _, h := range HiddenProps {
			if k == h {
				hidden = true
				break
			}
		}
		if !hidden {
			out[k] = v
		}
	}
	return out
}
