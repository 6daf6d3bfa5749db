// Command diplograph turns diplomatic news articles into a knowledge graph
// (Neo4j, or an embedded in-process store) and serves it over GraphQL.
//
//	diplograph serve   [--addr 127.0.0.1:8080]   serve GraphQL (and load the bundled samples into the embedded store)
//	diplograph load    FILE_OR_DIR...            extract articles and write them to the configured store
//	diplograph extract FILE                      print one article's graph as JSON, no store needed
//	diplograph explain FILE                      print each fact with its evidence, span, rule and confidence
//	diplograph eval    DIR                       score extraction against golden facts (*.facts) in DIR
//
// The store is Neo4j when NEO4J_URI is set (with NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE), else the embedded store, persisted to
// the JSON snapshot named by --snapshot / DIPLOGRAPH_SNAPSHOT when given.
package main

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/alecthomas/kong"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/gazetteer"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/neo4jstore"
)

// samples holds the bundled sample articles that `serve` loads into an
// embedded store.
//
//go:embed examples/articles
var samples embed.FS

// StoreConfig selects and configures the store. Neo4j is used when URI is set.
type StoreConfig struct {
	URI      string `name:"neo4j-uri" env:"NEO4J_URI" help:"Neo4j URI (bolt:// or neo4j://); empty selects the embedded store."`
	Username string `name:"neo4j-username" env:"NEO4J_USERNAME" help:"Neo4j user name; empty means no authentication."`
	Password string `name:"neo4j-password" env:"NEO4J_PASSWORD" help:"Neo4j password."`
	Database string `name:"neo4j-database" env:"NEO4J_DATABASE" help:"Neo4j database name; empty means the server default."`
	Snapshot string `name:"snapshot" env:"DIPLOGRAPH_SNAPSHOT" type:"path" help:"Embedded store: JSON snapshot file to load and save (empty: memory only)."`
}

// CLI is the command line of diplograph.
type CLI struct {
	LogLevel slog.Level `name:"log-level" env:"DIPLOGRAPH_LOG_LEVEL" default:"info" help:"Log level: debug, info, warn, error."`

	Serve   ServeCmd   `cmd:"" help:"Serve GraphQL over the graph."`
	Load    LoadCmd    `cmd:"" help:"Extract articles and write their graph to the store."`
	Extract ExtractCmd `cmd:"" help:"Print the graph extracted from one article as JSON."`
	Explain ExplainCmd `cmd:"" help:"Print each extracted fact with its evidence, matched span, rule and confidence."`
	Eval    EvalCmd    `cmd:"" help:"Score extraction against golden facts in a directory."`
}

// LoadCmd is `diplograph load FILE_OR_DIR...`.
type LoadCmd struct {
	StoreConfig `embed:""`
	Paths       []string `arg:"" name:"path" help:"Article files, or directories whose .txt, .html and .htm files are read (others are skipped with a warning)."`
}

// ExtractCmd is `diplograph extract FILE`.
type ExtractCmd struct {
	Path string `arg:"" name:"file" help:"Article file (.txt or .html)."`
}

func main() {
	var cli CLI
	kctx := kong.Parse(&cli,
		kong.Name("diplograph"),
		kong.Description("Turn diplomatic news into a knowledge graph and serve it over GraphQL."),
		kong.UsageOnError(),
	)
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: cli.LogLevel}))
	slog.SetDefault(logger)
	// SIGINT or SIGTERM cancels ctx: every command stops at its next
	// check (the loader checks between sentences) and fails, except serve,
	// which drains its requests and exits cleanly. A second signal gets
	// the default behaviour: the process ends at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	noticed := make(chan struct{}) // closed once the stop notice is logged
	go func() {
		<-ctx.Done()
		stop()
		if cause := context.Cause(ctx); cause != context.Canceled {
			logger.Info("stopping: signal received; send it again to stop at once", "cause", cause)
		}
		close(noticed)
	}()
	kctx.BindTo(ctx, (*context.Context)(nil))
	kctx.Bind(logger)
	err := kctx.Run()
	if name := kctx.Selected().Name; err == nil && ctx.Err() != nil && name != "serve" {
		// A command that returned normally after the signal still did not
		// finish the run it was asked for.
		err = interrupted(ctx, name)
	}
	if err != nil {
		if ctx.Err() != nil {
			<-noticed // the stop notice first, the final error last
		}
		fmt.Fprintln(os.Stderr, "diplograph:", err)
		os.Exit(1)
	}
}

// interrupted is the error of a command stopped by SIGINT or SIGTERM:
// what names the command's work (e.g. "extract FILE"); the cause names the
// signal.
func interrupted(ctx context.Context, what string) error {
	return fmt.Errorf("%s interrupted: %w", what, context.Cause(ctx))
}

// openStore opens Neo4j when cfg.URI is set, else the embedded store.
func openStore(ctx context.Context, cfg StoreConfig, logger *slog.Logger) (graph.Store, bool, error) {
	if cfg.URI != "" {
		// Short connect and retry bounds: a Neo4j that is down answers
		// requests with SERVICE_UNAVAILABLE in seconds, not at the request
		// deadline; the driver still retries transient errors for 5 s.
		s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: cfg.URI, Username: cfg.Username, Password: cfg.Password,
			Database: cfg.Database, ConnectTimeout: 5 * time.Second, MaxRetryTime: 5 * time.Second})
		if err != nil {
			return nil, false, fmt.Errorf("open neo4j store: %w", err)
		}
		logger.Info("store opened", "backend", "neo4j", "uri", cfg.URI, "database", cfg.Database)
		return s, false, nil
	}
	s, err := memstore.Open(cfg.Snapshot)
	if err != nil {
		return nil, true, fmt.Errorf("open embedded store: %w", err)
	}
	logger.Info("store opened", "backend", "embedded", "snapshot", cfg.Snapshot)
	return s, true, nil
}

// articleExts lists the file extensions loader.Files reads in a
// directory (case-insensitively), for messages.
const articleExts = ".txt, .html or .htm"

// errNoStore is returned by load when neither Neo4j nor a snapshot is
// configured: the embedded store would be thrown away at exit.
var errNoStore = errors.New("no store configured, nothing would be kept: set NEO4J_URI (--neo4j-uri) to load into Neo4j, " +
	"or DIPLOGRAPH_SNAPSHOT (--snapshot FILE) to load into an embedded-store snapshot; " +
	"`diplograph extract FILE` shows an article's graph without a store")

// Run extracts every file and writes each article's graph in its own
// transaction. A bad file, a missing path or a directory without article
// files is reported by name and skipped; the others are still written. It
// fails when any failed, when no store is configured, and when ctx is
// cancelled (SIGINT, SIGTERM), after the article being extracted.
func (c *LoadCmd) Run(ctx context.Context, logger *slog.Logger) error {
	if c.URI == "" && c.Snapshot == "" {
		return errNoStore
	}
	var files []string
	var failed []error
	for _, p := range c.Paths {
		found, err := articleFiles(p, logger)
		if err != nil {
			logger.Error("path skipped", "err", err)
			failed = append(failed, err)
			continue
		}
		files = append(files, found...)
	}
	if len(files) == 0 {
		return &loadFailures{errs: failed} // every path failed: leave the store alone
	}
	st, _, err := openStore(ctx, c.StoreConfig, logger)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	l, err := newLoader()
	if err != nil {
		return err
	}
	loaded := 0
	for _, f := range files {
		if ctx.Err() != nil {
			break
		}
		g, err := l.ExtractFile(ctx, f) // its errors name the file
		if ctx.Err() != nil {
			break // nothing written for f
		}
		if err == nil {
			if err = st.WriteGraph(ctx, g); err != nil {
				err = fmt.Errorf("%s: %w", f, err)
			}
		}
		if err != nil && ctx.Err() != nil {
			break
		}
		if err != nil {
			logger.Error("article not loaded", "err", err)
			failed = append(failed, err)
			continue
		}
		loaded++
		logger.Info("article loaded", "file", f, "nodes", len(g.Nodes), "relationships", len(g.Relationships))
	}
	if ctx.Err() != nil {
		return fmt.Errorf("%w (%d of %d articles loaded before it, the others not)", interrupted(ctx, "load"), loaded, len(files))
	}
	if len(failed) > 0 {
		return &loadFailures{errs: failed, files: len(files)}
	}
	return nil
}

// loadFailures is the error of a load in which some paths or files failed.
type loadFailures struct {
	errs  []error
	files int
}

// Error lists the failures one per line under a summary line.
func (e *loadFailures) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s found):", plural(len(e.errs), "failure"), plural(e.files, "article file"))
	for _, err := range e.errs {
		b.WriteString("\n  ")
		b.WriteString(strings.ReplaceAll(err.Error(), "\n", "\n  "))
	}
	return b.String()
}

// Unwrap returns the failures, for errors.Is and errors.As.
func (e *loadFailures) Unwrap() []error { return e.errs }

// plural returns "1 failure", "2 failures".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// checkPath returns an error naming path when it cannot be read (missing,
// no permission), in the same words for every command.
func checkPath(path string) error {
	if _, err := os.Stat(path); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("read article %s: %w", path, err)
	}
	return nil
}

// articleFiles returns the article files of path (loader.Files): path
// itself when it is a file, else the files of the directory tree with an
// article extension. In a directory, every other file is logged as
// skipped, and a directory without article files is an error.
func articleFiles(path string, logger *slog.Logger) ([]string, error) {
	if err := checkPath(path); err != nil {
		return nil, err
	}
	files, err := loader.Files(path)
	if err != nil {
		return nil, err
	}
	if st, err := os.Stat(path); err != nil || !st.IsDir() {
		return files, nil
	}
	read := make(map[string]bool, len(files))
	for _, f := range files {
		read[f] = true
	}
	skipped := 0
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || read[p] {
			return nil // loader.Files has reported unreadable entries
		}
		skipped++
		logger.Warn("file skipped: not an article file ("+articleExts+")", "file", p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", path, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no article files (%s) in the directory (%s skipped)", path, articleExts, plural(skipped, "other file"))
	}
	return files, nil
}

// Run prints the graph of one article as indented JSON on stdout. When
// ctx is cancelled (SIGINT, SIGTERM) it prints nothing and fails.
func (c *ExtractCmd) Run(ctx context.Context) error {
	if err := checkPath(c.Path); err != nil {
		return err
	}
	l, err := newLoader()
	if err != nil {
		return err
	}
	g, err := l.ExtractFile(ctx, c.Path)
	if ctx.Err() != nil {
		return fmt.Errorf("%w (nothing printed)", interrupted(ctx, "extract "+c.Path))
	}
	if err != nil {
		return err
	}
	return writeJSON(os.Stdout, g)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

func newLoader() (*loader.Loader, error) {
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return loader.New(gaz), nil
}

// loadSamples writes every bundled sample article into st.
func loadSamples(ctx context.Context, st graph.Store, logger *slog.Logger) error {
	l, err := newLoader()
	if err != nil {
		return err
	}
	const dir = "examples/articles"
	entries, err := fs.ReadDir(samples, dir)
	if err != nil {
		return fmt.Errorf("read bundled samples: %w", err)
	}
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		data, err := samples.ReadFile(name)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		g, err := l.Extract(ctx, name, data)
		if err != nil {
			return err
		}
		if err := st.WriteGraph(ctx, g); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		logger.Info("sample loaded", "file", name, "nodes", len(g.Nodes), "relationships", len(g.Relationships))
	}
	return nil
}
