package ide

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
)

// get fetches path from srv with optional request headers and returns the response with
// its body read.
func get(t *testing.T, srv *httptest.Server, method, path string, hdr map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	// A bare transport: no transparent gzip, so the tests see what the handler sends.
	resp, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: reading body: %v", method, path, err)
	}
	return resp, body
}

var (
	refRE      = regexp.MustCompile(`(?i)<(?:script|link)\b[^>]*\b(?:src|href)="([^"]*)"`)
	absoluteRE = regexp.MustCompile(`(?i)(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}`)
)

func TestPageAndAssets(t *testing.T) {
	srv := httptest.NewServer(Handler("/graphql"))
	defer srv.Close()

	resp, html := get(t, srv, http.MethodGet, "/", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /: status %d", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("GET /: Content-Type %q", ct)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "connect-src 'self';"} {
		if !strings.Contains(csp+";", want) {
			t.Errorf("GET /: Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	page := string(html)
	if m := absoluteRE.FindString(page); m != "" || strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Errorf("the page references an absolute URL (%q):\n%s", m, page)
	}
	if !strings.Contains(page, `data-endpoint="/graphql"`) {
		t.Errorf("the page does not name the endpoint:\n%s", page)
	}
	if !strings.Contains(page, "<title>"+Title+"</title>") {
		t.Errorf("the page has not the title %q", Title)
	}

	refs := refRE.FindAllStringSubmatch(page, -1)
	wantTypes := map[string]string{".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
	seen := map[string]bool{}
	for _, m := range refs {
		ref := m[1]
		if strings.HasPrefix(ref, "data:") {
			continue // the favicon; no request
		}
		u, err := url.Parse(ref)
		if err != nil || u.IsAbs() || u.Host != "" || strings.HasPrefix(ref, "/") {
			t.Errorf("asset reference %q is not a relative URL", ref)
			continue
		}
		abs := (&url.URL{Path: "/"}).ResolveReference(u)
		resp, body := get(t, srv, http.MethodGet, abs.RequestURI(), nil)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", abs, resp.StatusCode)
			continue
		}
		ext := abs.Path[strings.LastIndex(abs.Path, "."):]
		if ct := resp.Header.Get("Content-Type"); ct != wantTypes[ext] {
			t.Errorf("GET %s: Content-Type %q, want %q", abs, ct, wantTypes[ext])
		}
		if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("GET %s: Cache-Control %q, want immutable for a versioned URL", abs, cc)
		}
		if len(body) < 100 {
			t.Errorf("GET %s: only %d bytes", abs, len(body))
		}
		seen[strings.TrimPrefix(abs.Path, AssetPath)] = true
	}
	for _, name := range append(append([]string(nil), scripts...), styles...) {
		if !seen[name] {
			t.Errorf("the page does not load %s", name)
		}
	}
	for _, name := range []string{"LICENSE-graphiql.txt", "LICENSE-react.txt", "LICENSE-react-dom.txt"} {
		resp, body := get(t, srv, http.MethodGet, AssetPath+name, nil)
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/plain; charset=utf-8" || !bytes.Contains(body, []byte("MIT License")) {
			t.Errorf("GET %s%s: status %d, Content-Type %q, MIT licence text %v", AssetPath, name,
				resp.StatusCode, resp.Header.Get("Content-Type"), bytes.Contains(body, []byte("MIT License")))
		}
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	srv := httptest.NewServer(Handler("/graphql"))
	defer srv.Close()
	for _, path := range []string{"/nope", AssetPath, AssetPath + "nope.js", AssetPath + "../ide.go", "/assets/graphiql.min.js", "/web/index.html"} {
		if resp, _ := get(t, srv, http.MethodGet, path, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", path, resp.StatusCode)
		}
	}
	resp, _ := get(t, srv, http.MethodPost, "/", nil)
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
		t.Errorf("POST /: status %d, Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
	resp, body := get(t, srv, http.MethodHead, AssetPath+"graphiql.min.js", nil)
	if resp.StatusCode != http.StatusOK || len(body) != 0 || resp.ContentLength != int64(len(assets["graphiql.min.js"].body)) {
		t.Errorf("HEAD: status %d, body %d bytes, Content-Length %d", resp.StatusCode, len(body), resp.ContentLength)
	}
}

func TestGzipAndConditional(t *testing.T) {
	srv := httptest.NewServer(Handler("/graphql"))
	defer srv.Close()
	a := assets["graphiql.min.js"]

	resp, body := get(t, srv, http.MethodGet, AssetPath+a.name, map[string]string{"Accept-Encoding": "br, gzip;q=0.8"})
	if resp.Header.Get("Content-Encoding") != "gzip" || resp.Header.Get("Vary") != "Accept-Encoding" {
		t.Fatalf("gzip not used: Content-Encoding %q, Vary %q", resp.Header.Get("Content-Encoding"), resp.Header.Get("Vary"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(plain, a.body) {
		t.Fatalf("gzipped body does not decode to the asset (err %v)", err)
	}
	t.Logf("%s: %d bytes, %d gzipped", a.name, len(a.body), len(body))
	if cc := resp.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("unversioned URL: Cache-Control %q, want no-cache", cc)
	}

	if resp, _ := get(t, srv, http.MethodGet, AssetPath+a.name, map[string]string{"Accept-Encoding": "gzip;q=0"}); resp.Header.Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0: Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	resp, _ = get(t, srv, http.MethodGet, AssetPath+a.name, nil)
	etag := resp.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if resp, _ := get(t, srv, http.MethodGet, AssetPath+a.name, map[string]string{"If-None-Match": etag}); resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", resp.StatusCode)
	}
	resp, _ = get(t, srv, http.MethodGet, "/", nil)
	if resp, _ := get(t, srv, http.MethodGet, "/", map[string]string{"If-None-Match": resp.Header.Get("ETag")}); resp.StatusCode != http.StatusNotModified {
		t.Errorf("page If-None-Match: status %d, want 304", resp.StatusCode)
	}
}

func TestEndpoint(t *testing.T) {
	srv := httptest.NewServer(Handler(`https://api.example.org/graphql?x="<y>"`))
	defer srv.Close()
	resp, html := get(t, srv, http.MethodGet, "/", nil)
	if !strings.Contains(string(html), `data-endpoint="https://api.example.org/graphql?x=&#34;&lt;y&gt;&#34;"`) {
		t.Errorf("endpoint not escaped into the page:\n%s", html)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self' https://api.example.org;") {
		t.Errorf("Content-Security-Policy %q does not allow the endpoint's origin", csp)
	}
}

func TestAcceptsGzip(t *testing.T) {
	for in, want := range map[string]bool{
		"":                 false,
		"gzip":             true,
		"GZIP":             true,
		"deflate, gzip":    true,
		"br;q=1, gzip;q=0": false,
		"gzip; q=0.5":      true,
		"*":                true,
		"identity":         false,
		"x-gzip":           false,
	} {
		if got := acceptsGzip([]string{in}); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", in, got, want)
		}
	}
}

// remoteFetchRE matches what in a script or stylesheet would make a browser fetch from
// another host by itself: CSS url()/@import of an absolute URL, and well-known CDN / font /
// analytics hosts.
var remoteFetchRE = regexp.MustCompile(`(?i)url\(\s*['"]?(?:https?:)?//|@import\s+(?:url\()?\s*['"]?(?:https?:)?//|` +
	`//(?:fonts\.googleapis\.com|fonts\.gstatic\.com|unpkg\.com|cdn\.jsdelivr\.net|esm\.sh|cdnjs\.cloudflare\.com|www\.google-analytics\.com|www\.googletagmanager\.com|cdn\.segment\.com)`)

func TestAssetsFetchNothingRemote(t *testing.T) {
	for name, a := range assets {
		if strings.HasSuffix(name, ".txt") {
			continue
		}
		if loc := remoteFetchRE.FindIndex(a.body); loc != nil {
			lo, hi := max(loc[0]-60, 0), min(loc[1]+60, len(a.body))
			t.Errorf("%s would fetch from another host: ...%s...", name, a.body[lo:hi])
		}
		if bytes.Contains(a.body, []byte("sourceMappingURL=")) {
			t.Errorf("%s still has a sourceMappingURL comment (maps are not shipped)", name)
		}
	}
}

// TestVersionsRecorded checks that ide/assets/README.md names the versions pinned in
// tools/ide-assets/package.json, so the two do not drift apart.
func TestVersionsRecorded(t *testing.T) {
	pkgJSON, err := os.ReadFile("../tools/ide-assets/package.json")
	if err != nil {
		t.Fatalf("tools/ide-assets/package.json (committed with the assets): %v", err)
	}
	var pkg struct{ Dependencies map[string]string }
	if err := json.Unmarshal(pkgJSON, &pkg); err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("assets/README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"graphiql", "react", "react-dom", "graphql"} {
		v := pkg.Dependencies[name]
		if v == "" || strings.ContainsAny(v, "^~<>=* ") {
			t.Errorf("package.json: %s is not pinned to an exact version: %q", name, v)
			continue
		}
		if !bytes.Contains(readme, []byte(v)) {
			t.Errorf("assets/README.md does not mention %s %s", name, v)
		}
	}
}
