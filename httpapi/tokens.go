package httpapi

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"
)

// CodeTokenLimitExceeded is the extensions.code of a query document with
// more lexical tokens than the token limit. Like a parse failure it is a
// protocol error: gqlgen answers it with HTTP 422 (400 for clients that
// accept application/graphql-response+json).
const CodeTokenLimitExceeded = "TOKEN_LIMIT_EXCEEDED"

func init() {
	errcode.RegisterErrorType(CodeTokenLimitExceeded, errcode.KindProtocol)
}

// tokenLimit is a gqlgen handler extension that counts the lexical tokens
// of the query text (names, punctuation, values; not whitespace, commas or
// comments) before gqlgen parses and validates it, and refuses the request
// above max. Validation has rules quadratic in the number of fields (a
// document of 90,000 `__typename` kept a CPU busy for minutes), and the
// request deadline cannot interrupt it; counting tokens is linear and stops
// at max+1. A text that does not lex is left to the parser, which reports
// it as GRAPHQL_PARSE_FAILED.
type tokenLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = tokenLimit{}

// TokenLimit returns the token-limit extension for limit tokens (`{ stats
// { nodes } }` has 6). Register it before the automatic persisted query
// extension, so that a query too large is refused before it is cached
// under its hash.
func TokenLimit(limit int) graphql.HandlerExtension { return tokenLimit{max: limit} }

// ExtensionName names the extension.
func (tokenLimit) ExtensionName() string { return "TokenLimit" }

// Validate accepts any schema.
func (tokenLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters counts the tokens of the query text and
// rejects it when there are more than the limit. The parameters are not
// changed.
func (t tokenLimit) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	if tokensExceed(p.Query, t.max) {
		err := gqlerror.Errorf("query has more than %d tokens (names, punctuation and values), the limit: split it into smaller queries", t.max)
		errcode.Set(err, CodeTokenLimitExceeded)
		return err
	}
	return nil
}

// tokensExceed reports whether query has more than limit lexical tokens.
// It stops reading at the first lexical error (the parser reports it) or
// at token limit+1.
func tokensExceed(query string, limit int) bool {
	if len(query) <= limit {
		return false // every token takes at least one byte
	}
	lex := lexer.New(&ast.Source{Input: query})
	for n := 0; ; {
		tok, err := lex.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			return false
		}
		if tok.Kind == lexer.Comment {
			continue // comments cost the parser nothing
		}
		if n++; n > limit {
			return true
		}
	}
}
