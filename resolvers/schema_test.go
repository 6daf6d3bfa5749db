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
