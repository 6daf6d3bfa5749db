package httpapi

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// CodeDepthLimitExceeded is the extensions.code of an operation nested
// deeper than the depth limit.
const CodeDepthLimitExceeded = "DEPTH_LIMIT_EXCEEDED"

// depthLimit is a gqlgen handler extension that rejects operations whose
// field nesting exceeds max, before any resolver runs (gqlgen then answers
// 422). Introspection fields (__schema, __type) do not count, so the IDE's
// introspection query passes whatever the limit.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

// DepthLimit returns the depth-limit extension for limit levels of fields
// (`{ meetings { edges { node { id } } } }` has depth 4).
func DepthLimit(limit int) graphql.HandlerExtension { return depthLimit{max: limit} }

// ExtensionName names the extension.
func (depthLimit) ExtensionName() string { return "DepthLimit" }

// Validate accepts any schema.
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation and rejects it when too deep.
func (d depthLimit) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	op := opCtx.Doc.Operations.ForName(opCtx.OperationName)
	if op == nil {
		return nil
	}
	if depth := selectionDepth(op.SelectionSet, map[string]bool{}); depth > d.max {
		err := gqlerror.Errorf("operation has depth %d, which exceeds the limit of %d", depth, d.max)
		errcode.Set(err, CodeDepthLimitExceeded)
		return err
	}
	return nil
}

// selectionDepth returns the depth of set: fields count one level,
// fragments none; a fragment already on the current path is not entered
// again (validation rejects cycles; this only guards).
func selectionDepth(set ast.SelectionSet, onPath map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		d := 0
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, onPath)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, onPath)
		case *ast.FragmentSpread:
			if s.Definition == nil || onPath[s.Name] {
				continue
			}
			onPath[s.Name] = true
			d = selectionDepth(s.Definition.SelectionSet, onPath)
			delete(onPath, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}
