package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/testci"
	"github.com/diplograph/diplograph/store/memstore"
)

// TestMain runs main instead of the tests when DIPLOGRAPH_TEST_MAIN=1, so
// that tests can run the command in a child process (runMain).
func TestMain(m *testing.M) {
	if os.Getenv("DIPLOGRAPH_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// startMain starts the test binary as `diplograph args...`.
func startMain(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DIPLOGRAPH_TEST_MAIN=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &stdout, &stderr
}

// readSample returns the bundled sample article.
func readSample(t *testing.T) []byte {
	t.Helper()
	sample, err := os.ReadFile("examples/articles/2022-10-14_cis-summit-astana_ar.txt")
	if err != nil {
		t.Fatal(err)
	}
	return sample
}

// syncBuffer is a bytes.Buffer safe for a logger and a test goroutine.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestLoadCommand loads a missing path and a directory holding the sample
// article and two bad files into a snapshot: the good article is written (twice: idempotent),
// each bad file and the missing path are reported by name, and the
// command fails.
func TestLoadCommand(t *testing.T) {
	dir := t.TempDir()
	sample := readSample(t)
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
		if first, _, _ := strings.Cut(err.Error(), "\n"); first != "3 failures (3 article files found):" {
			t.Errorf("summary line %q, want %q", first, "3 failures (3 article files found):")
		}
		if n := strings.Count(err.Error(), "\n  "); n != 3 {
			t.Errorf("error lists %d failures, one per line, want 3:\n%s", n, err)
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

// TestLoadNeedsAStore checks that load without Neo4j or a snapshot fails
// before reading anything, saying how to configure a store.
func TestLoadNeedsAStore(t *testing.T) {
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	err := (&LoadCmd{Paths: []string{"examples/articles"}}).Run(context.Background(), logger)
	if !errors.Is(err, errNoStore) {
		t.Fatalf("load without a store: %v, want errNoStore", err)
	}
	for _, hint := range []string{"NEO4J_URI", "--snapshot", "extract"} {
		if !strings.Contains(err.Error(), hint) {
			t.Errorf("error %q does not mention %s", err, hint)
		}
	}
}

// TestLoadDirectories checks that files of other extensions are logged
// as skipped, and that a directory without article files is an error.
func TestLoadDirectories(t *testing.T) {
	mixed, onlyOther, empty := t.TempDir(), t.TempDir(), t.TempDir()
	for path, data := range map[string][]byte{
		filepath.Join(mixed, "a.txt"):         readSample(t),
		filepath.Join(mixed, "notes.md"):      []byte("notes"),
		filepath.Join(mixed, "sub", "x.json"): []byte("{}"),
		filepath.Join(onlyOther, "a.md"):      []byte("# title"),
	} {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var logs syncBuffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	snap := filepath.Join(t.TempDir(), "s.json")
	if err := (&LoadCmd{StoreConfig: StoreConfig{Snapshot: snap}, Paths: []string{mixed}}).Run(context.Background(), logger); err != nil {
		t.Fatalf("load of a directory with one article and other files: %v", err)
	}
	for _, f := range []string{filepath.Join(mixed, "notes.md"), filepath.Join(mixed, "sub", "x.json")} {
		if want := `level=WARN msg="file skipped: not an article file (.txt, .html or .htm)" file=` + f + "\n"; !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
	if n := strings.Count(logs.String(), "file skipped"); n != 2 {
		t.Errorf("%d files logged as skipped, want 2:\n%s", n, logs.String())
	}
	for dir, want := range map[string]string{
		onlyOther: "1 failure (0 article files found):\n  " + onlyOther + ": no article files (.txt, .html or .htm) in the directory (1 other file skipped)",
		empty:     "1 failure (0 article files found):\n  " + empty + ": no article files (.txt, .html or .htm) in the directory (0 other files skipped)",
	} {
		err := (&LoadCmd{StoreConfig: StoreConfig{Snapshot: snap}, Paths: []string{dir}}).Run(context.Background(), logger)
		if err == nil || err.Error() != want {
			t.Errorf("load %s: %v, want %q", dir, err, want)
		}
	}
}

// TestMissingPathMessages checks that load, extract and explain report a
// missing path in the same words.
func TestMissingPathMessages(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such.txt")
	want := "read article " + missing + ": no such file or directory"
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	loadErr := (&LoadCmd{StoreConfig: StoreConfig{Snapshot: filepath.Join(t.TempDir(), "s.json")}, Paths: []string{missing}}).Run(context.Background(), logger)
	extractErr := (&ExtractCmd{Path: missing}).Run(context.Background())
	explainErr := (&ExplainCmd{Path: missing}).Run(context.Background())
	diff := func(what string, err error, want string) {
		if err == nil || err.Error() != want {
			t.Errorf("%s: %v, want %q", what, err, want)
		}
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: %v is not fs.ErrNotExist", what, err)
		}
	}
	diff("load", loadErr, "1 failure (0 article files found):\n  "+want)
	diff("extract", extractErr, want)
	diff("explain", explainErr, want)
}

// TestLoadCancelled checks that a load whose context is cancelled
// (SIGINT, SIGTERM in main) writes nothing more and fails, saying so.
func TestLoadCancelled(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), readSample(t), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	snap := filepath.Join(t.TempDir(), "s.json")
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	err := (&LoadCmd{StoreConfig: StoreConfig{Snapshot: snap}, Paths: []string{dir}}).Run(ctx, logger)
	if want := "load interrupted: context canceled (0 of 1 articles loaded before it, the others not)"; err == nil || err.Error() != want {
		t.Errorf("cancelled load: %v, want %q", err, want)
	}
	if _, err := os.Stat(snap); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("cancelled load wrote the snapshot: %v", err)
	}
}

// TestSignalStopsExtract runs `diplograph extract` on a long article in a
// child process and sends it SIGTERM: it must stop soon, print nothing on
// stdout and exit 1 with a message naming the signal.
func TestSignalStopsExtract(t *testing.T) {
	testci.SkipShort(t, "runs the command in a child process")
	// About 1.8 MB of sentences: several seconds of extraction.
	long := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(long, bytes.Repeat(readSample(t), 200), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd, stdout, stderr := startMain(t, "extract", long)
	time.Sleep(time.Second) // past start-up, into extraction
	sent := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("after SIGTERM: %v, want exit status 1; stderr:\n%s", err, stderr)
	}
	if d := time.Since(sent); d > 10*time.Second {
		t.Errorf("extract took %v to stop after SIGTERM", d)
	}
	want := "diplograph: extract " + long + " interrupted: terminated signal received (nothing printed)\n"
	if !strings.HasSuffix(stderr.String(), want) {
		t.Errorf("stderr %q, want it to end with %q", stderr, want)
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout has %d bytes after SIGTERM, want none", stdout.Len())
	}
}

// TestServeNewSnapshot checks that serve warns, naming the file, when its
// snapshot did not exist and was created with the samples, and does not
// warn on the next start.
func TestServeNewSnapshot(t *testing.T) {
	snap := filepath.Join(t.TempDir(), "typo.json")
	serve := func() string {
		t.Helper()
		var logs syncBuffer
		logger := slog.New(slog.NewTextHandler(&logs, nil))
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		done := make(chan error, 1)
		go func() {
			done <- (&ServeCmd{StoreConfig: StoreConfig{Snapshot: snap}, Addr: "127.0.0.1:0", Introspection: true,
				RequestTimeout: time.Second, ShutdownTimeout: time.Second}).Run(ctx, logger)
		}()
		for !strings.Contains(logs.String(), "serving GraphQL") {
			select {
			case err := <-done:
				t.Fatalf("serve stopped: %v\n%s", err, logs.String())
			case <-time.After(20 * time.Millisecond):
			}
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("serve: %v", err)
		}
		return logs.String()
	}
	want := `level=WARN msg="snapshot file did not exist: created it with the bundled sample articles (check the path; --no-samples starts an empty store)" snapshot=` + snap + "\n"
	if logs := serve(); !strings.Contains(logs, want) {
		t.Errorf("first serve: log lacks %q:\n%s", want, logs)
	}
	if _, err := os.Stat(snap); err != nil {
		t.Errorf("snapshot not created: %v", err)
	}
	if logs := serve(); strings.Contains(logs, "snapshot file") {
		t.Errorf("second serve warns about an existing snapshot:\n%s", logs)
	}
}
