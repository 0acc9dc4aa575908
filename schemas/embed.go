// Package schemas holds the JSON Schemas generated from the Go types by
// `exitguide build` (draft 2020-12). Editors use the files directly through
// the yaml-language-server modeline at the top of each data file; exitguide
// validates with the embedded copies. A test fails when they drift from the
// types.
package schemas

import "embed"

// FS holds every *.schema.json file of this folder.
//
//go:embed *.schema.json
var FS embed.FS
