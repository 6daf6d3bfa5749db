# Developer shortcuts; README.md documents the two commands that matter.
.PHONY: run test neo4j-start neo4j-stop generate bench fmt vet

run: ## serve GraphQL over the bundled sample article (embedded store)
	go run . serve

test: ## all tests, with a real Neo4j
	scripts/test.sh

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
