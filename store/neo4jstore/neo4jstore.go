// Package neo4jstore is diplograph's graph.Store on Neo4j 5 (Bolt, through
// github.com/neo4j/neo4j-go-driver/v5): the graph of ../../shared/MODEL.md
// with a uniqueness constraint on id per label, written in one transaction
// per WriteGraph as batched, parameterised UNWIND … MERGE statements.
//
// The Cypher is in cypher/*.cypher (see queries.go). store/storetest holds
// this store and store/memstore to the same contract. It needs Neo4j 5.23
// or later (CALL () { … } subqueries); it is tested on 5.26 LTS.
package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/internal/prep"
)

// Config says how to reach Neo4j.
type Config struct {
	// URI of the server: bolt://host:7687 (one server) or neo4j://host:7687
	// (routing; also works against a single server), or their +s/+ssc
	// variants for TLS.
	URI string
	// Username and Password for basic authentication; an empty Username
	// means no authentication (neo4j.NoAuth).
	Username, Password string
	// Database is the database name; "" means the user's home (default)
	// database.
	Database string
	// ConnectTimeout bounds the TCP connect to a server; 0 means the
	// driver's default (5 s).
	ConnectTimeout time.Duration
	// MaxRetryTime bounds how long a transaction is retried on transient
	// errors (deadlocks, leader switches, lost connections); 0 means the
	// driver's default (30 s).
	MaxRetryTime time.Duration
}

// String describes c without its password, so that a Config can be logged.
func (c Config) String() string {
	auth := "no auth"
	if c.Username != "" {
		auth = "user " + c.Username
	}
	db := c.Database
	if db == "" {
		db = "(default)"
	}
	return fmt.Sprintf("neo4j %s, %s, database %s", redactURI(c.URI), auth, db)
}

// GoString is String, so that %#v does not print the password either.
func (c Config) GoString() string { return c.String() }

// redactURI returns uri without any password in its user information.
func redactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return "(unparsable URI)"
	}
	return u.Redacted()
}

// Store is a graph.Store on Neo4j. It is safe for concurrent use (the
// driver pools connections); each method opens its own session.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	uri    string // redacted, for error messages

	mu     sync.RWMutex
	closed bool
}

var _ graph.Store = (*Store)(nil)

// Schema created by Open, IF NOT EXISTS: a uniqueness constraint on id for
// every label of graph.Labels (named <label>_id), the range indexes below,
// and the full-text index fulltextIndex over searchKeys (each element a
// keyword term) that Search uses.
var indexes = []schemaData{
	{Name: "meeting_date", Label: graph.LabelMeeting, Prop: "date"},
	{Name: "article_date", Label: graph.LabelArticle, Prop: "date"},
	{Name: "state_name", Label: graph.LabelState, Prop: "name"},
	{Name: "person_name", Label: graph.LabelPerson, Prop: "name"},
	{Name: "organization_name", Label: graph.LabelOrganization, Prop: "name"},
}

// indexedProps are the property names the indexes use (see prop in queries.go).
var indexedProps = []string{"date", "name"}

// searchKeysProp is the property the full-text index covers
// (prep.SearchKeysProp: the folded names of a node).
const searchKeysProp = prep.SearchKeysProp

// fulltextIndex is the name of the full-text index over searchKeys that
// Search queries (created by Open on every model label).
const fulltextIndex = "search_keys"

// awaitIndexSeconds bounds how long Open waits for the full-text index to
// come online (it populates from existing data once, after creation).
const awaitIndexSeconds = 300

// Open connects to Neo4j, verifies connectivity and creates the schema
// (constraints and indexes, IF NOT EXISTS). Errors: graph.ErrUnavailable
// (wrapped with the URI, never the password) when the server cannot be
// reached, authentication or the schema fail otherwise with a wrapped
// driver error, and a malformed URI or Config with graph.ErrInvalid.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	uri := redactURI(cfg.URI)
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		if cfg.ConnectTimeout > 0 {
			c.SocketConnectTimeout = cfg.ConnectTimeout
		}
		if cfg.MaxRetryTime > 0 {
			c.MaxTransactionRetryTime = cfg.MaxRetryTime
		}
	})
	if err != nil {
		return nil, fmt.Errorf("neo4jstore: open %s: %w: %w", uri, graph.ErrInvalid, err)
	}
	s := &Store{driver: driver, db: cfg.Database, uri: uri}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, s.wrap(ctx, "open "+uri+": verify connectivity", err, true)
	}
	if err := s.createSchema(ctx); err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	return s, nil
}

// createSchema creates the constraints and indexes, each in its own
// auto-commit transaction (schema changes cannot share one with data).
func (s *Store) createSchema(ctx context.Context) error {
	var stmts []string
	for _, l := range graph.Labels {
		q, err := query(qConstraint, schemaData{Name: toSnake(l) + "_id", Label: l})
		if err != nil {
			return fmt.Errorf("neo4jstore: open %s: %w", s.uri, err)
		}
		stmts = append(stmts, q)
	}
	for _, ix := range indexes {
		q, err := query(qIndex, ix)
		if err != nil {
			return fmt.Errorf("neo4jstore: open %s: %w", s.uri, err)
		}
		stmts = append(stmts, q)
	}
	ft, err := query(qFulltextIndex, fulltextData{Name: fulltextIndex, Prop: searchKeysProp, Labels: graph.Labels})
	if err != nil {
		return fmt.Errorf("neo4jstore: open %s: %w", s.uri, err)
	}
	await, err := query(qAwaitIndex, nil)
	if err != nil {
		return fmt.Errorf("neo4jstore: open %s: %w", s.uri, err)
	}
	stmts = append(stmts, ft)
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	for _, q := range stmts {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return s.wrap(ctx, "open "+s.uri+": create schema", err, false)
		}
	}
	res, err := sess.Run(ctx, await, map[string]any{"name": fulltextIndex, "seconds": int64(awaitIndexSeconds)})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return s.wrap(ctx, "open "+s.uri+": wait for the full-text index", err, false)
	}
	return nil
}

// toSnake returns a PascalCase label in snake case ("Person" → "person").
func toSnake(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			if i > 0 {
				b = append(b, '_')
			}
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

// session opens a session in mode on the configured database.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: s.db})
}

// errClosed is returned (wrapped with graph.ErrUnavailable) by every
// operation on a closed Store.
var errClosed = errors.New("store closed")

// begin checks that an operation may start: a live context and an open
// store. It returns a read-unlock function to defer: Close waits for the
// operations in flight.
func (s *Store) begin(ctx context.Context, op string) (func(), error) {
	if err := ctx.Err(); err != nil {
		return nil, s.wrap(ctx, op, err, false)
	}
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return nil, fmt.Errorf("neo4jstore: %s: %w: %w", op, graph.ErrUnavailable, errClosed)
	}
	return s.mu.RUnlock, nil
}

// Close closes the driver and its connections; later operations fail with
// graph.ErrUnavailable. Closing twice is harmless.
func (s *Store) Close(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("neo4jstore: close: %w", err)
	}
	return nil
}

// wrap returns err from operation op with context and the store's error
// classes: graph.ErrInvalid and graph.ErrNotFound pass through; a done
// context is reported as its error (a deadline also as
// graph.ErrUnavailable); connectivity failures (refused or lost
// connections, no reachable server, retries exhausted on them, a database
// reported unavailable) become graph.ErrUnavailable. When open is true
// (Open's connectivity check) every failure that is not an error reported
// by the server (such as bad credentials) is unavailability.
func (s *Store) wrap(ctx context.Context, op string, err error, open bool) error {
	switch {
	case errors.Is(err, graph.ErrInvalid), errors.Is(err, graph.ErrNotFound):
		return fmt.Errorf("neo4jstore: %s: %w", op, err)
	case ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("neo4jstore: %s: %w: %w (%v)", op, graph.ErrUnavailable, ctx.Err(), err)
	case ctx.Err() != nil:
		return fmt.Errorf("neo4jstore: %s: %w (%v)", op, ctx.Err(), err)
	case unavailable(err), open && !isNeo4jError(err):
		return fmt.Errorf("neo4jstore: %s: %w: %w", op, graph.ErrUnavailable, err)
	}
	return fmt.Errorf("neo4jstore: %s: %w", op, err)
}

// isNeo4jError reports whether err is, or wraps, an error sent by the server.
func isNeo4jError(err error) bool {
	var n4 *neo4j.Neo4jError
	return errors.As(err, &n4)
}

// unavailable reports whether err says the database cannot be reached.
func unavailable(err error) bool {
	var ce *neo4j.ConnectivityError
	var ne net.Error
	var tl *neo4j.TransactionExecutionLimit
	var n4 *neo4j.Neo4jError
	switch {
	case errors.As(err, &ce), errors.As(err, &ne), errors.Is(err, context.DeadlineExceeded):
		return true
	case errors.As(err, &tl):
		for _, e := range tl.Errors {
			if unavailable(e) {
				return true
			}
		}
	case errors.As(err, &n4):
		return n4.Code == "Neo.TransientError.General.DatabaseUnavailable"
	}
	// The driver's pool errors (no server, pool timeout) are internal
	// types; recognise them by type name.
	switch fmt.Sprintf("%T", err) {
	case "*errorutil.PoolTimeout", "*errorutil.PoolOutOfServers", "*errorutil.PoolClosed":
		return true
	}
	return false
}

// Wipe deletes every node and relationship of the database, in batches of
// 10,000 nodes per transaction (so that it works on large databases within
// bounded transaction memory). The schema stays. For tests and
// development: it deletes data that is not diplograph's too.
func (s *Store) Wipe(ctx context.Context) error {
	done, err := s.begin(ctx, "wipe")
	if err != nil {
		return err
	}
	defer done()
	q, err := query(qWipe, nil)
	if err != nil {
		return err
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	for {
		n, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int64, error) {
			return single[int64](ctx, tx, q, map[string]any{"batch": 10000}, "n")
		})
		if err != nil {
			return s.wrap(ctx, "wipe", err, false)
		}
		if n == 0 {
			return nil
		}
	}
}

// single runs q and returns column col of its only record.
func single[T any](ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any, col string) (T, error) {
	var zero T
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return zero, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return zero, err
	}
	v, ok := rec.Get(col)
	if !ok {
		return zero, fmt.Errorf("no column %s", col)
	}
	t, ok := v.(T)
	if !ok {
		return zero, fmt.Errorf("column %s is %T, want %T", col, v, zero)
	}
	return t, nil
}
