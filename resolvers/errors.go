package resolvers

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/model"
)

// Error codes set in extensions.code of GraphQL errors. Every error the API
// returns has one; any failure not listed is INTERNAL, with a generic
// message (details are logged, never sent).
const (
	// CodeBadUserInput: an argument is malformed or out of range (a cursor,
	// `first`, the neighborhood caps, a Date).
	CodeBadUserInput = model.CodeBadUserInput
	// CodeNotFound: no node with the requested id (and label).
	CodeNotFound = "NOT_FOUND"
	// CodeUnavailable: the store cannot be reached; retrying later may succeed.
	CodeUnavailable = "SERVICE_UNAVAILABLE"
	// CodeTimeout: the request's deadline passed (or the request was
	// cancelled) before the store answered.
	CodeTimeout = "TIMEOUT"
	// CodeIntrospectionDisabled: __schema or __type asked of a server with
	// introspection off.
	CodeIntrospectionDisabled = "INTROSPECTION_DISABLED"
	// CodeBadRequest: the request itself is malformed in a way gqlgen
	// reports without a code (an automatic persisted query whose hash does
	// not match its text).
	CodeBadRequest = "BAD_REQUEST"
	// CodeInternal: anything else; the message is generic and the cause is logged.
	CodeInternal = "INTERNAL"
)

// notFound returns the NOT_FOUND error of a lookup by id; the id is the
// client's own input, so echoing it leaks nothing.
func notFound(what, id string) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    fmt.Sprintf("%s %q not found", what, id),
		Extensions: map[string]any{"code": CodeNotFound},
	}
}

// ErrorPresenter is the gqlgen error presenter: errors that already carry
// an extensions.code (BAD_USER_INPUT, NOT_FOUND from the resolvers, gqlgen's
// own codes) pass through; store errors are translated by their sentinel
// (graph.ErrNotFound → NOT_FOUND, graph.ErrUnavailable →
// SERVICE_UNAVAILABLE, graph.ErrInvalid → BAD_USER_INPUT, deadline →
// TIMEOUT, checked first); anything else becomes INTERNAL with the message "internal
// error" and is logged with its path.
func (r *Resolver) ErrorPresenter(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	if gqlErr == nil {
		return nil
	}
	if _, ok := gqlErr.Extensions["code"]; ok {
		return gqlErr
	}
	// A coded error wrapped by fmt.Errorf on its way up keeps its code.
	var coded *gqlerror.Error
	if inner := gqlErr.Unwrap(); inner != nil && errors.As(inner, &coded) && coded.Extensions["code"] != nil {
		return &gqlerror.Error{Message: coded.Message, Path: gqlErr.Path, Locations: gqlErr.Locations, Extensions: coded.Extensions}
	}
	var msg, code string
	var own *gqlerror.Error
	switch {
	case len(gqlErr.Path) == 0 && errors.As(err, &own) && own.Err == nil:
		// A request-level error of gqlgen itself (for example an automatic
		// persisted query whose hash does not match its text): its message
		// describes the client's request and carries nothing internal.
		return &gqlerror.Error{Message: gqlErr.Message, Locations: gqlErr.Locations, Extensions: map[string]any{"code": CodeBadRequest}}
	case isIntrospection(gqlErr.Path):
		// gqlgen refuses __schema and __type with a plain error when
		// introspection is off (httpapi.Config.Introspection).
		msg, code = "introspection is disabled on this server", CodeIntrospectionDisabled
	case errors.Is(err, graph.ErrNotFound):
		msg, code = "not found", CodeNotFound
	case errors.Is(err, context.DeadlineExceeded):
		// Before ErrUnavailable: a store reports a deadline that expired
		// during its call as both.
		msg, code = "the request timed out", CodeTimeout
		r.logger.WarnContext(ctx, "graphql: request timed out", "path", gqlErr.Path.String(), "err", err)
	case errors.Is(err, graph.ErrUnavailable):
		msg, code = "the graph store is unavailable; retry later", CodeUnavailable
		r.logger.WarnContext(ctx, "graphql: store unavailable", "path", gqlErr.Path.String(), "err", err)
	case errors.Is(err, context.Canceled):
		msg, code = "the request was cancelled", CodeTimeout
	case errors.Is(err, graph.ErrInvalid):
		msg, code = "invalid argument", CodeBadUserInput
	default:
		msg, code = "internal error", CodeInternal
		r.logger.ErrorContext(ctx, "graphql: internal error", "path", gqlErr.Path.String(), "err", err)
	}
	return &gqlerror.Error{
		Message:    msg,
		Path:       gqlErr.Path,
		Locations:  gqlErr.Locations,
		Extensions: map[string]any{"code": code},
	}
}

// isIntrospection reports whether path is a root introspection field.
func isIntrospection(path ast.Path) bool {
	if len(path) != 1 {
		return false
	}
	name, ok := path[0].(ast.PathName)
	return ok && (name == "__schema" || name == "__type")
}

// Recover is the gqlgen recover function: a panic in a resolver is logged
// with its stack and answered as INTERNAL.
func (r *Resolver) Recover(ctx context.Context, v any) error {
	r.logger.ErrorContext(ctx, "graphql: panic", "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
	return &gqlerror.Error{Message: "internal error", Extensions: map[string]any{"code": CodeInternal}}
}
