// Package ide serves GraphiQL, an in-browser GraphQL IDE, for diplograph's API.
//
// Everything the page needs — GraphiQL's browser bundle and stylesheet, React and
// ReactDOM, and a small start-up script — is embedded in the binary (go:embed) and
// served by the same handler, so the IDE works on a machine with no internet access
// and the browser sends no request to any other host: no CDN, no web fonts (GraphiQL's
// fonts are inlined in its stylesheet), no analytics. The page's Content-Security-Policy
// makes the browser enforce that.
//
// The vendored files live in ide/assets/ (versions and licences in ide/assets/README.md);
// tools/ide-assets/update.sh refreshes them from the npm registry.
//
// Mount the handler at the root of a server:
//
//	mux.Handle("GET /{$}", ide.Handler("/graphql"))
//	mux.Handle("GET "+ide.AssetPath, ide.Handler("/graphql"))
//
// (or simply mux.Handle("GET /", ...) when nothing else lives under /). The page links its
// assets with relative URLs, so it also works under a prefix with http.StripPrefix, as long
// as the page's URL ends in a slash (e.g. /tools/ide/).
package ide

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"
)

// AssetPath is the URL path prefix under which Handler serves the page's scripts and
// stylesheets (e.g. /ide/graphiql.min.js). Route it to the handler together with "/".
const AssetPath = "/ide/"

// Title is the title of the IDE page.
const Title = "diplograph — GraphQL IDE"

//go:embed assets/*.js assets/*.css assets/*.txt web/*.js web/*.css
var assetFS embed.FS

//go:embed web/index.html
var pageTemplate string

var page = template.Must(template.New("index.html").Parse(pageTemplate))

// scripts and styles list the assets the page loads, in load order.
var (
	scripts = []string{
		"react.production.min.js",
		"react-dom.production.min.js",
		"graphiql.min.js",
		"diplograph-ide.js",
	}
	styles = []string{
		"graphiql.min.css",
		"diplograph-ide.css",
	}
)

// asset is one embedded file, ready to serve.
type asset struct {
	name        string
	contentType string
	body        []byte
	etag        string // strong ETag of body, quoted
	version     string // short content hash, the ?v= of versioned URLs

	gzipOnce sync.Once
	gzipBody []byte // body gzipped; nil when that does not make it smaller
}

// assets holds every embedded asset by file name (assets/ and web/ share one namespace).
var assets = loadAssets()

func loadAssets() map[string]*asset {
	m := make(map[string]*asset)
	for _, dir := range []string{"assets", "web"} {
		entries, err := fs.ReadDir(assetFS, dir)
		if err != nil {
			panic("ide: embedded assets: " + err.Error())
		}
		for _, e := range entries {
			body, err := assetFS.ReadFile(dir + "/" + e.Name())
			if err != nil {
				panic("ide: embedded assets: " + err.Error())
			}
			if _, dup := m[e.Name()]; dup {
				panic("ide: embedded asset " + e.Name() + " exists twice")
			}
			sum := sha256.Sum256(body)
			m[e.Name()] = &asset{
				name:        e.Name(),
				contentType: contentType(e.Name()),
				body:        body,
				etag:        `"` + hex.EncodeToString(sum[:16]) + `"`,
				version:     hex.EncodeToString(sum[:6]),
			}
		}
	}
	for _, name := range append(append([]string(nil), scripts...), styles...) {
		if m[name] == nil {
			panic("ide: embedded asset " + name + " is missing (run tools/ide-assets/update.sh)")
		}
	}
	return m
}

// contentType is the Content-Type of an asset, independent of the system's MIME tables.
func contentType(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	default:
		return "application/octet-stream"
	}
}

// gzipped returns the gzip-compressed body, compressing it on first use, or nil when
// compression does not pay.
func (a *asset) gzipped() []byte {
	a.gzipOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(a.body)
		if zw.Close() == nil && buf.Len() < len(a.body)*9/10 {
			a.gzipBody = buf.Bytes()
		}
	})
	return a.gzipBody
}

// Handler returns an http.Handler that serves the GraphiQL page at "/" and its assets
// under AssetPath. The page sends its GraphQL requests (POST, JSON) to endpoint: a path
// on the same server such as "/graphql" (the usual case), a relative URL, or an absolute
// http(s) URL of another server (which the page's Content-Security-Policy then allows
// too; that server must allow the page's origin with CORS).
//
// Only GET and HEAD are answered (405 otherwise); any other path is 404. Assets are
// served with strong ETags, gzip when the client accepts it, and — when requested with
// the content-hash query (?v=...) the page uses — as immutable for a year.
func Handler(endpoint string) http.Handler {
	if endpoint == "" {
		endpoint = "/graphql"
	}
	data := struct {
		Title, Endpoint string
		Scripts, Styles []string
	}{Title: Title, Endpoint: endpoint}
	for _, name := range scripts {
		data.Scripts = append(data.Scripts, assetURL(name))
	}
	for _, name := range styles {
		data.Styles = append(data.Styles, assetURL(name))
	}
	var buf bytes.Buffer
	if err := page.Execute(&buf, data); err != nil {
		panic("ide: page template: " + err.Error()) // the template and its data are fixed
	}
	sum := sha256.Sum256(buf.Bytes())
	h := &handler{
		html:     buf.Bytes(),
		htmlETag: `"` + hex.EncodeToString(sum[:16]) + `"`,
		csp:      contentSecurityPolicy(endpoint),
	}
	return h
}

// assetURL is the relative URL by which the page loads an asset (relative, so the page
// also works below a path prefix), with the content hash as cache buster.
func assetURL(name string) string {
	return strings.TrimPrefix(AssetPath, "/") + name + "?v=" + assets[name].version
}

// contentSecurityPolicy allows the page to load scripts, styles, images and fonts from its
// own origin only (plus data: URLs, used by GraphiQL's inlined fonts and icons) and to send
// requests to its own origin and, if endpoint is an absolute URL, to the endpoint's origin.
func contentSecurityPolicy(endpoint string) string {
	connect := "'self'"
	if u, err := url.Parse(endpoint); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		connect += " " + u.Scheme + "://" + u.Host
	}
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'", // GraphiQL and CodeMirror set inline styles
		"img-src 'self' data:",
		"font-src 'self' data:",
		"connect-src " + connect,
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'none'",
	}, "; ")
}

type handler struct {
	html     []byte
	htmlETag string
	csp      string
}

// ServeHTTP implements http.Handler.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	hdr := w.Header()
	hdr.Set("X-Content-Type-Options", "nosniff")
	switch {
	case r.URL.Path == "/" || r.URL.Path == "":
		hdr.Set("Content-Type", "text/html; charset=utf-8")
		hdr.Set("Content-Security-Policy", h.csp)
		hdr.Set("Referrer-Policy", "no-referrer")
		hdr.Set("Cache-Control", "no-cache")
		hdr.Set("ETag", h.htmlETag)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(h.html))
	case strings.HasPrefix(r.URL.Path, AssetPath):
		a := assets[strings.TrimPrefix(r.URL.Path, AssetPath)]
		if a == nil {
			http.NotFound(w, r)
			return
		}
		serveAsset(w, r, a)
	default:
		http.NotFound(w, r)
	}
}

// serveAsset writes one asset, gzipped when the client accepts gzip and that pays.
func serveAsset(w http.ResponseWriter, r *http.Request, a *asset) {
	hdr := w.Header()
	hdr.Set("Content-Type", a.contentType)
	hdr.Set("Vary", "Accept-Encoding")
	if r.URL.Query().Get("v") == a.version {
		hdr.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		hdr.Set("Cache-Control", "no-cache")
	}
	body, etag := a.body, a.etag
	if acceptsGzip(r.Header.Values("Accept-Encoding")) {
		if gz := a.gzipped(); gz != nil {
			body, etag = gz, strings.TrimSuffix(a.etag, `"`)+`-gzip"`
			hdr.Set("Content-Encoding", "gzip")
		}
	}
	hdr.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// acceptsGzip reports whether Accept-Encoding header values accept gzip (explicitly or via
// "*") with a non-zero quality.
func acceptsGzip(values []string) bool {
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name != "gzip" && name != "*" {
				continue
			}
			q := strings.ReplaceAll(strings.ToLower(params), " ", "")
			if q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000" {
				continue
			}
			return true
		}
	}
	return false
}
