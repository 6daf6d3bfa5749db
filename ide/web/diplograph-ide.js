// Starts GraphiQL (loaded before this file as the UMD globals React, ReactDOM and GraphiQL)
// against the GraphQL endpoint named by the data-endpoint attribute of #graphiql.
//
// URL parameters: ?query=...&variables=... prefill the editors (handy for links).
// Everything this page loads comes from the same server; see package ide.
(function () {
  'use strict';

  var DEFAULT_QUERY = [
    '# diplograph GraphQL IDE',
    '#',
    '# Type a query here and run it with',
    '# Ctrl-Enter or the run button; the answer',
    '# appears on the right. The book icon (top',
    '# left) documents every type and field.',
    '#',
    '# How big is the graph?',
    '{',
    '  stats {',
    '    nodes',
    '    relationships',
    '  }',
    '}',
    '',
  ].join('\n');

  var mount = document.getElementById('graphiql');
  var endpoint = mount.getAttribute('data-endpoint') || '/graphql';
  if (typeof GraphiQL === 'undefined' || typeof React === 'undefined' || typeof ReactDOM === 'undefined') {
    mount.textContent = 'The GraphQL IDE failed to load its scripts. The API answers at ' + endpoint + '.';
    return;
  }

  var params = new URLSearchParams(window.location.search);
  var props = {
    fetcher: GraphiQL.createFetcher({ url: new URL(endpoint, window.location.href).toString() }),
    defaultQuery: DEFAULT_QUERY,
    // Request headers typed into the headers editor are kept for the session only.
    shouldPersistHeaders: false,
  };
  if (params.has('query')) props.query = params.get('query');
  if (params.has('variables')) props.variables = params.get('variables');

  mount.textContent = '';
  ReactDOM.createRoot(mount).render(React.createElement(GraphiQL, props));
})();
