package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/memstore"
)

// TestLoadCommand loads a missing path and a directory holding the sample
// article and two bad files into a snapshot: the good article is written (twice: idempotent),
// each bad file and the missing path are reported by name, and the
// command fails.
func TestLoadCommand(t *testing.T) {
	dir := t.TempDir()
	sample, err := os.ReadFile("examples/articles/2022-10-14_cis-summit-astana_ar.txt")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"good.txt":   sample,
		"empty.txt":  nil,
		"broken.txt": []byte("قمة \xff\xfe في أستانا"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	snap := filepath.Join(t.TempDir(), "store.snapshot.json")
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	missing := filepath.Join(dir, "no-such-dir")
	cmd := &LoadCmd{StoreConfig: StoreConfig{Snapshot: snap}, Paths: []string{missing, dir}}
	var stats []graph.Stats
	for range 2 {
		err := cmd.Run(context.Background(), logger)
		if err == nil {
			t.Fatal("load of a directory with bad files succeeded")
		}
		for _, bad := range []string{"empty.txt: empty document", "broken.txt: invalid UTF-8", "no-such-dir"} {
			if !strings.Contains(err.Error(), bad) {
				t.Errorf("error %q does not report %q", err, bad)
			}
		}
		if strings.Contains(err.Error(), "good.txt") {
			t.Errorf("error %q blames the good file", err)
		}
		st, err := memstore.Open(snap)
		if err != nil {
			t.Fatal(err)
		}
		s, err := st.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		stats = append(stats, s)
	}
	if stats[0].ByLabel["Article"] != 1 || stats[0].ByLabel["Meeting"] == 0 {
		t.Errorf("after the first load: %+v, want 1 article and its meetings", stats[0])
	}
	if stats[0].Nodes != stats[1].Nodes || stats[0].Relationships != stats[1].Relationships {
		t.Errorf("second load changed the store: %+v then %+v", stats[0], stats[1])
	}
}
