// Package yamlpos decodes YAML while keeping the position of every node, so
// that any problem found later (by a schema, a cross-check or the scorer)
// can be reported as file:line:column with the JSON pointer of the value.
// Its Error type is the one every package of exitguide reports with.
//
// Parse (parse.go) reads a whole file with go.yaml.in/yaml/v4 and checks its
// bytes first (UTF-8, no UTF-16, NUL or control characters) and its size,
// depth and number of values against Limits.
package yamlpos
