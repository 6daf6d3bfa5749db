package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"os"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/httpapi"
	"github.com/diplograph/diplograph/httpapi/apitest"
	"github.com/diplograph/diplograph/store/memstore"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite the JSON outputs of the README examples")

// exampleRE matches one README example: a marker, a graphql block and the
// json block with its output.
var exampleRE = regexp.MustCompile("(?s)<!-- example -->\n```graphql\n(.*?)\n```\n\n```json\n(.*?)\n```")

// TestReadmeExamples runs every GraphQL example of README.md against the
// embedded store loaded with the bundled sample article and checks that the
// output shown in the README is the real one.
func TestReadmeExamples(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	matches := exampleRE.FindAllSubmatchIndex(readme, -1)
	if len(matches) < 8 {
		t.Fatalf("found %d examples in README.md, want at least 8", len(matches))
	}
	ctx := context.Background()
	st, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	if err := loadSamples(ctx, st, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		t.Fatal(err)
	}
	c := apitest.NewClient(httpapi.New(httpapi.DefaultConfig(), st, slog.New(slog.DiscardHandler)))
	var out bytes.Buffer
	last := 0
	for _, m := range matches {
		query := string(readme[m[2]:m[3]])
		var raw json.RawMessage
		if err := c.Query(ctx, query, nil, &raw); err != nil {
			t.Fatalf("README query failed: %v\n%s", err, query)
		}
		if *updateReadme {
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, raw, "", "  "); err != nil {
				t.Fatal(err)
			}
			out.Write(readme[last:m[4]])
			out.Write(pretty.Bytes())
			last = m[5]
			continue
		}
		var got any
		if err := json.Unmarshal(raw, &got); err != nil {
			t.Fatal(err)
		}
		var want any
		if err := json.Unmarshal(readme[m[4]:m[5]], &want); err != nil {
			t.Fatalf("README output of\n%s\nis not JSON: %v", query, err)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("README output differs for\n%s\n(-readme +real):\n%s\nrun: go test -run Readme -update-readme .", query, d)
		}
	}
	if *updateReadme {
		out.Write(readme[last:])
		if err := os.WriteFile("README.md", out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
