package memstore_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gofrs/flock"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/testci"
	"github.com/diplograph/diplograph/store/memstore"
)

// article returns the graph one load of article number i by writer w
// writes: its Article node and the state it is about, which every article
// shares, with an alias of its own.
func article(w string, i int) graph.Graph {
	id := fmt.Sprintf("article:%s%02d", w, i)
	return graph.Graph{
		Nodes: []graph.Node{
			{ID: id, Labels: []string{graph.LabelArticle}, Props: graph.Props{"title": "article " + id}},
			{ID: "state:KAZ", Labels: []string{graph.LabelState}, Props: graph.Props{
				"name": "Kazakhstan", "aliases": []string{w + strconv.Itoa(i)}, "searchKeys": []string{w + strconv.Itoa(i)},
			}},
		},
		Relationships: []graph.Relationship{{Type: graph.RelMentions, Start: id, End: "state:KAZ", Props: graph.Props{
			graph.PropArticleIDs: []string{id},
		}}},
	}
}

// wantArticles checks that the snapshot at path, reopened, holds the n
// articles of each writer and their aliases of the shared state.
func wantArticles(t *testing.T, path string, writers []string, n int) {
	t.Helper()
	s := open(t, path)
	arts, err := s.Nodes(t.Context(), graph.NodeQuery{Labels: []string{graph.LabelArticle}})
	if err != nil {
		t.Fatal(err)
	}
	var want, wantAliases []string
	for _, w := range writers {
		for i := range n {
			want = append(want, fmt.Sprintf("article:%s%02d", w, i))
			wantAliases = append(wantAliases, w+strconv.Itoa(i))
		}
	}
	var got []string
	for _, a := range arts {
		got = append(got, a.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("articles in the snapshot = %v (%d), want %v (%d)", got, len(got), want, len(want))
	}
	kaz, err := s.Node(t.Context(), "state:KAZ")
	if err != nil {
		t.Fatal(err)
	}
	aliases := slices.Sorted(slices.Values(kaz.Props.Strings("aliases")))
	slices.Sort(wantAliases)
	if !slices.Equal(aliases, wantAliases) {
		t.Errorf("aliases of state:KAZ = %v, want %v (every writer's)", aliases, wantAliases)
	}
	rels, err := s.Relationships(t.Context(), graph.RelQuery{Types: []string{graph.RelMentions}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != len(want) {
		t.Errorf("%d MENTIONS relationships, want %d", len(rels), len(want))
	}
}

// Two Stores opened on the same (empty) snapshot, as two `load` runs
// started together, write interleaved: every article of both survives.
func TestConcurrentStoresOnOneSnapshotKeepEveryWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	writers := []string{"a", "b"}
	const n = 15
	stores := []*memstore.Store{open(t, path), open(t, path)}
	var wg sync.WaitGroup
	errs := make(chan error, len(writers)*n)
	for k, w := range writers {
		wg.Go(func() {
			for i := range n {
				if err := stores[k].WriteGraph(t.Context(), article(w, i)); err != nil {
					errs <- fmt.Errorf("writer %s, article %d: %w", w, i, err)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	wantArticles(t, path, writers, n)
}

// helperEnv names the snapshot a re-executed test binary writes to (see
// TestMain); helperWriter names the writer.
const (
	helperEnv    = "MEMSTORE_TEST_SNAPSHOT"
	helperWriter = "MEMSTORE_TEST_WRITER"
	helperN      = 12
)

// TestMain runs the package's tests, or, when helperEnv names a
// snapshot, acts as one of the writer processes that
// TestConcurrentProcessesKeepEveryWrite starts (the test binary re-run).
func TestMain(m *testing.M) {
	if path := os.Getenv(helperEnv); path != "" {
		os.Exit(helperWriterMain(path, os.Getenv(helperWriter)))
	}
	os.Exit(m.Run())
}

// helperWriterMain writes helperN articles of writer w into the snapshot
// at path and returns the process exit code.
func helperWriterMain(path, w string) int {
	s, err := memstore.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer s.Close(context.Background())
	for i := range helperN {
		if err := s.WriteGraph(context.Background(), article(w, i)); err != nil {
			fmt.Fprintf(os.Stderr, "writer %s, article %d: %v\n", w, i, err)
			return 1
		}
	}
	return 0
}

// Two processes load into one snapshot at the same time (the newcomer's
// `load --snapshot conc.json … & load --snapshot conc.json … &`): both
// runs' articles are in the file afterwards.
func TestConcurrentProcessesKeepEveryWrite(t *testing.T) {
	testci.SkipShort(t, "starts processes")
	path := filepath.Join(t.TempDir(), "conc.json")
	writers := []string{"p", "q", "r"}
	cmds := make([]*exec.Cmd, len(writers))
	outs := make([]strings.Builder, len(writers))
	for k, w := range writers {
		cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), helperEnv+"="+path, helperWriter+"="+w)
		cmd.Stdout, cmd.Stderr = &outs[k], &outs[k]
		cmds[k] = cmd
	}
	for k, cmd := range cmds {
		if err := cmd.Start(); err != nil {
			t.Fatalf("start writer %s: %v", writers[k], err)
		}
	}
	for k, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("writer %s: %v\n%s", writers[k], err, outs[k].String())
		}
	}
	wantArticles(t, path, writers, helperN)
}

// A writer that cannot get the lock file within the lock timeout fails
// with graph.ErrUnavailable and an error naming the lock file, and
// changes nothing; once the lock is free it writes.
func TestLockHeldTimesOut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	s, err := memstore.Open(path, memstore.WithLockTimeout(150*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(t.Context())
	if err := s.WriteGraph(t.Context(), article("a", 0)); err != nil {
		t.Fatal(err)
	}
	saved, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	other := flock.New(path + ".lock") // another process's writer
	if err := other.Lock(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err = s.WriteGraph(t.Context(), article("a", 1))
	waited := time.Since(start)
	if err == nil {
		t.Fatal("WriteGraph succeeded while another writer held the lock")
	}
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("error %v does not wrap graph.ErrUnavailable", err)
	}
	for _, want := range []string{path + ".lock", "still held after 150ms", "another process"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if waited < 150*time.Millisecond || waited > 5*time.Second {
		t.Errorf("gave up after %v, want about the 150ms lock timeout", waited)
	}
	if now, _ := os.ReadFile(path); string(now) != string(saved) {
		t.Error("snapshot changed by a write that did not get the lock")
	}
	if _, err := s.Node(t.Context(), "article:a01"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Node(article:a01) after the failed write: %v, want ErrNotFound", err)
	}
	if err := other.Unlock(); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteGraph(t.Context(), article("a", 1)); err != nil {
		t.Fatalf("WriteGraph after the lock was released: %v", err)
	}
	wantArticles(t, path, []string{"a"}, 2)
}

// A writer waits for the lock while the other writer holds it, then
// writes; a context that ends first ends the wait with its error.
func TestLockWaitsThenWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	s := open(t, path)
	other := flock.New(path + ".lock")
	if err := other.Lock(); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	err := s.WriteGraph(ctx, article("a", 0))
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), path+".lock") {
		t.Errorf("WriteGraph with a short context = %v, want a deadline error naming the lock file", err)
	}

	released := make(chan time.Time, 1)
	go func() {
		time.Sleep(300 * time.Millisecond)
		released <- time.Now()
		_ = other.Unlock()
	}()
	if err := s.WriteGraph(t.Context(), article("a", 0)); err != nil {
		t.Fatalf("WriteGraph did not wait for the lock: %v", err)
	}
	select {
	case <-released:
	default:
		t.Error("WriteGraph returned before the other writer released the lock")
	}
	wantArticles(t, path, []string{"a"}, 1)
}
