package gazetteer

//go:generate go run ./internal/gen -o data/states.tsv
