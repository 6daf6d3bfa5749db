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
	Paths       []string `arg:"" name:"path" help:"Article files (.txt, .html) or directories of them."`
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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	kctx.BindTo(ctx, (*context.Context)(nil))
	kctx.Bind(logger)
	if err := kctx.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "diplograph:", err)
		os.Exit(1)
	}
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

// Run extracts every file and writes each article's graph in its own
// transaction. A bad file or a missing path is reported by name and
// skipped; the others are still written. It fails when any failed.
func (c *LoadCmd) Run(ctx context.Context, logger *slog.Logger) error {
	var files []string
	var failed []error
	for _, p := range c.Paths {
		fs, err := loader.Files(p)
		if err != nil {
			logger.Error("path skipped", "err", err)
			failed = append(failed, err)
			continue
		}
		files = append(files, fs...)
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
	for _, f := range files {
		g, err := l.ExtractFile(ctx, f) // its errors name the file
		if err == nil {
			if err = st.WriteGraph(ctx, g); err != nil {
				err = fmt.Errorf("%s: %w", f, err)
			}
		}
		if err != nil {
			logger.Error("article not loaded", "err", err)
			failed = append(failed, err)
			continue
		}
		logger.Info("article loaded", "file", f, "nodes", len(g.Nodes), "relationships", len(g.Relationships))
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d failures (%d files found): %w", len(failed), len(files), errors.Join(failed...))
	}
	return nil
}

// Run prints the graph of one article as indented JSON on stdout.
func (c *ExtractCmd) Run(ctx context.Context) error {
	l, err := newLoader()
	if err != nil {
		return err
	}
	g, err := l.ExtractFile(ctx, c.Path)
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
