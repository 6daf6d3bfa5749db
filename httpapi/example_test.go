package httpapi_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"

	"github.com/diplograph/diplograph/httpapi"
	"github.com/diplograph/diplograph/internal/testgraph"
	"github.com/diplograph/diplograph/store/memstore"
)

// A meeting's absentees with the reason given, over the embedded store.
func ExampleNew() {
	ctx := context.Background()
	store, _ := memstore.Open("")
	_ = store.WriteGraph(ctx, testgraph.CISAstana())

	h := httpapi.New(httpapi.DefaultConfig(), store, slog.New(slog.DiscardHandler))
	body := `{"query": "{ meeting(id: \"meeting:2022-10-14:cis-heads-of-state:astana\") { absentees { actor { name } reason } } }"}`
	req := httptest.NewRequest("POST", "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	out, _ := io.ReadAll(rec.Body)
	fmt.Println(rec.Code, string(out))
	// Output:
	// 200 {"data":{"meeting":{"absentees":[{"actor":{"name":"Maia Sandu"},"reason":"جدول العمل المزدحم"},{"actor":{"name":"Ukraine"},"reason":"لن يكون هناك ممثل لأوكرانيا"}]}}}
}
