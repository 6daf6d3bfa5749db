package resolvers

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
)

// TestSchemaIsDocumented checks that every type, field, argument, input
// field and enum value of schema/*.graphqls has a description, and that the
// naming conventions hold (types PascalCase, fields camelCase, enum values
// UPPER_SNAKE_CASE).
func TestSchemaIsDocumented(t *testing.T) {
	schema := New(nil, nil).ExecutableSchema().Schema()
	for name, def := range schema.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		if strings.TrimSpace(def.Description) == "" {
			t.Errorf("type %s has no description", name)
		}
		if !isPascal(name) {
			t.Errorf("type %s is not PascalCase", name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if strings.TrimSpace(f.Description) == "" {
				t.Errorf("field %s.%s has no description", name, f.Name)
			}
			if !isCamel(f.Name) {
				t.Errorf("field %s.%s is not camelCase", name, f.Name)
			}
			for _, a := range f.Arguments {
				if strings.TrimSpace(a.Description) == "" {
					t.Errorf("argument %s.%s(%s) has no description", name, f.Name, a.Name)
				}
			}
		}
		for _, v := range def.EnumValues {
			if strings.TrimSpace(v.Description) == "" {
				t.Errorf("enum value %s.%s has no description", name, v.Name)
			}
			if strings.ToUpper(v.Name) != v.Name {
				t.Errorf("enum value %s.%s is not UPPER_SNAKE_CASE", name, v.Name)
			}
		}
		if def.Kind == ast.Object && strings.HasSuffix(name, "Connection") {
			for _, f := range []string{"edges", "pageInfo", "totalCount"} {
				if def.Fields.ForName(f) == nil {
					t.Errorf("connection %s lacks %s", name, f)
				}
			}
		}
	}
}

func isPascal(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z' && !strings.Contains(s, "_")
}
func isCamel(s string) bool {
	return s != "" && s[0] >= 'a' && s[0] <= 'z' && !strings.Contains(s, "_")
}

// TestEveryEdgeTypeHasProvenance checks that every relationship type of
// schema/edges.graphqls exposes the provenance of MODEL.md: a modality
// (`status`, or `modality` where `status` means something else),
// `confidence`, `evidence` (whose entries reach the sentence's text,
// offsets and article) and `articles`.
func TestEveryEdgeTypeHasProvenance(t *testing.T) {
	schema := New(nil, nil).ExecutableSchema().Schema()
	n := 0
	for name, def := range schema.Types {
		if def.Position == nil || def.Position.Src == nil || !strings.HasSuffix(def.Position.Src.Name, "edges.graphqls") || def.Kind != ast.Object {
			continue
		}
		n++
		hasModality := false
		for _, f := range def.Fields {
			if f.Type.Name() == "Modality" {
				hasModality = true
			}
		}
		if !hasModality {
			t.Errorf("%s has no Modality field", name)
		}
		for field, typ := range map[string]string{"confidence": "Float", "evidence": "Evidence", "articles": "Article"} {
			if f := def.Fields.ForName(field); f == nil || f.Type.Name() != typ {
				t.Errorf("%s.%s missing or not of type %s", name, field, typ)
			}
		}
	}
	if n < 15 {
		t.Errorf("found %d edge types in edges.graphqls, want at least 15", n)
	}
	ev := schema.Types["Evidence"]
	for _, f := range []string{"sentence", "text", "start", "end", "article"} {
		if ev.Fields.ForName(f) == nil {
			t.Errorf("Evidence lacks %s", f)
		}
	}
	for _, f := range []string{"title", "date", "source", "language"} {
		if schema.Types["Article"].Fields.ForName(f) == nil {
			t.Errorf("Article lacks %s", f)
		}
	}
}
