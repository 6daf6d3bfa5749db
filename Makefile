# Developer shortcuts; README.md documents the two commands that matter.
# Ports of the dev Neo4j (tools/neo4j-dev honours the same variables).
BOLT_PORT := $(or $(NEO4J_DEV_BOLT_PORT),7687)
HTTP_PORT := $(or $(NEO4J_DEV_HTTP_PORT),7474)

.PHONY: run test browse neo4j-start neo4j-stop generate bench fmt vet

run: ## serve GraphQL over the bundled sample article (embedded store)
	go run . serve

test: ## all tests, with a real Neo4j
	scripts/test.sh

browse: ## a browsable graph: dev Neo4j + the sample articles loaded + Neo4j Browser URL
	tools/neo4j-dev/neo4j-dev.sh start
	NEO4J_URI=bolt://127.0.0.1:$(BOLT_PORT) go run . load examples/articles
	@echo "Neo4j Browser: http://127.0.0.1:$(HTTP_PORT)/browser/?preselectAuthMethod=NO_AUTH&connectURL=bolt://127.0.0.1:$(BOLT_PORT)"
	@echo "Style: drag docs/neo4j-browser/diplograph.grass onto the Browser; starter queries: docs/neo4j-browser/GUIDE.md"

neo4j-start: ## start the dev Neo4j (Bolt 127.0.0.1:7687)
	tools/neo4j-dev/neo4j-dev.sh start

neo4j-stop:
	tools/neo4j-dev/neo4j-dev.sh stop

generate: ## regenerate gqlgen code from schema/*.graphqls
	go tool gqlgen generate

bench:
	go test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -l -w $$(git ls-files '*.go')

vet:
	go vet ./...
