#!/usr/bin/env bash
# update.sh — refresh the GraphiQL browser assets embedded by package ide (go:embed).
#
# Installs the exact versions pinned in package-lock.json (npm ci, no install scripts) and
# copies the self-contained browser builds into ../../ide/assets/:
#
#   graphiql.min.js            GraphiQL UMD bundle (bundles graphql-js, CodeMirror 5, fonts)
#   graphiql.min.css           GraphiQL styles (fonts inlined as data: URLs)
#   react.production.min.js    React 18 UMD build (global React)
#   react-dom.production.min.js  ReactDOM 18 UMD build (global ReactDOM)
#   LICENSE-*.txt              the licences of the three packages (all MIT; also served)
#
# The copies are committed, so building diplograph needs neither npm nor the network; run
# this script only to change versions (edit package.json, `npm install --package-lock-only`,
# then ./update.sh, then update the versions in ide/assets/README.md and run go test ./ide/).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEST="$(realpath -m "$HERE/../../ide/assets")"
NM="$HERE/node_modules"

command -v npm > /dev/null || { echo "update.sh: npm not found" >&2; exit 1; }
(cd "$HERE" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

mkdir -p "$DEST"
copy() { # copy SRC NAME: copy a file into ide/assets, dropping its sourceMappingURL comment
  # (the .map files are not shipped; the comment would only make devtools ask for a 404).
  sed -e '/^\/\/# sourceMappingURL=/d' -e 's|/\*# sourceMappingURL=[^*]*\*/||' "$NM/$1" > "$DEST/$2"
}
copy graphiql/graphiql.min.js graphiql.min.js
copy graphiql/graphiql.min.css graphiql.min.css
copy react/umd/react.production.min.js react.production.min.js
copy react-dom/umd/react-dom.production.min.js react-dom.production.min.js
cp "$NM/graphiql/LICENSE" "$DEST/LICENSE-graphiql.txt"
cp "$NM/react/LICENSE" "$DEST/LICENSE-react.txt"
cp "$NM/react-dom/LICENSE" "$DEST/LICENSE-react-dom.txt"

# The page must not fetch anything from another host at run time. The bundles contain
# absolute URLs only in comments, error messages, links and XML namespace names; list any
# that look like something fetched (CSS url()/@import, script or font hosts) so a version
# bump that adds one is noticed. (go test ./ide/ checks the same on the embedded files.)
if grep -nE "url\((['\"])?https?:|@import +(url\()?['\"]?https?:|//(fonts\.googleapis|fonts\.gstatic|unpkg|cdn\.jsdelivr|esm\.sh)" \
  "$DEST"/*.js "$DEST"/*.css > /dev/null; then
  echo "update.sh: WARNING: an asset references a remote resource; check before committing:" >&2
  grep -noE ".{0,40}(url\((['\"])?https?:|@import|//(fonts\.googleapis|fonts\.gstatic|unpkg|cdn\.jsdelivr|esm\.sh)).{0,60}" "$DEST"/*.js "$DEST"/*.css >&2 || true
fi

echo "update.sh: copied into $DEST:"
(cd "$DEST" && ls -l graphiql.min.js graphiql.min.css react.production.min.js react-dom.production.min.js LICENSE-*.txt && du -ch ./*.js ./*.css | tail -1)
(cd "$DEST" && sha256sum graphiql.min.js graphiql.min.css react.production.min.js react-dom.production.min.js)
for p in graphiql react react-dom graphql; do
  printf '  %s %s (%s)\n' "$p" "$(node -p "require('$NM/$p/package.json').version")" "$(node -p "require('$NM/$p/package.json').license")"
done
