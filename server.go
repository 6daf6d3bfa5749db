package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/diplograph/diplograph/httpapi"
)

// ServeCmd is `diplograph serve`: it opens the store (loading the bundled
// sample articles when it is the embedded one and empty), then serves GraphQL at
// /graphql, a GraphQL IDE at / and a health check at /healthz until SIGINT
// or SIGTERM, when it drains open requests for up to ShutdownTimeout.
type ServeCmd struct {
	StoreConfig `embed:""`

	Addr            string        `name:"addr" env:"DIPLOGRAPH_ADDR" default:"127.0.0.1:8080" help:"Listen address HOST:PORT."`
	NoSamples       bool          `name:"no-samples" help:"Embedded store: do not load the bundled sample articles (they are loaded only into an empty store)."`
	Introspection   bool          `name:"introspection" env:"DIPLOGRAPH_INTROSPECTION" default:"true" negatable:"" help:"Allow GraphQL introspection."`
	RequestTimeout  time.Duration `name:"request-timeout" default:"15s" help:"Deadline of one GraphQL request, passed down to the store."`
	ShutdownTimeout time.Duration `name:"shutdown-timeout" default:"10s" help:"Time allowed to drain requests on shutdown."`
}

// Run serves until ctx is cancelled.
func (c *ServeCmd) Run(ctx context.Context, logger *slog.Logger) error {
	newSnapshot := false
	if c.URI == "" && c.Snapshot != "" {
		if _, err := os.Stat(c.Snapshot); errors.Is(err, fs.ErrNotExist) {
			newSnapshot = true
		}
	}
	st, embedded, err := openStore(ctx, c.StoreConfig, logger)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	// Listen before loading the samples: a busy port fails before anything
	// is written to a snapshot.
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", c.Addr, err)
	}
	defer ln.Close()
	if embedded && !c.NoSamples {
		// A snapshot the user loaded is served as it is; the samples go
		// only into an empty store.
		stats, err := st.Stats(ctx)
		if err != nil {
			return fmt.Errorf("count store: %w", err)
		}
		if stats.Nodes == 0 {
			if err := loadSamples(ctx, st, logger); err != nil {
				return fmt.Errorf("load samples: %w", err)
			}
			if newSnapshot {
				logger.Warn("snapshot file did not exist: created it with the bundled sample articles "+
					"(check the path; --no-samples starts an empty store)", "snapshot", c.Snapshot)
			}
		}
	} else if newSnapshot {
		logger.Warn("snapshot file does not exist: serving an empty store (check the path)", "snapshot", c.Snapshot)
	}
	h := httpapi.New(httpapi.Config{
		Introspection:  c.Introspection,
		RequestTimeout: c.RequestTimeout,
	}, st, logger)
	srv := &http.Server{
		Addr:              c.Addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      c.RequestTimeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    httpapi.DefaultMaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	logger.Info("serving GraphQL", "url", "http://"+ln.Addr().String()+"/graphql", "ide", "http://"+ln.Addr().String()+"/")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
