// Package schemas holds the JSON Schemas (draft 2020-12) of exitguide's file
// formats, written from the Go types by internal/schema/gen at development
// time (go generate ./schemas). Editors use the files directly through the
// yaml-language-server modeline at the top of each data file, and the site
// publishes them; exitguide validates with the embedded copies (package
// schema). A test fails when they drift from the types.
package schemas

//go:generate go run ../internal/schema/gen

import "embed"

// FS holds every *.schema.json file of this folder.
//
//go:embed *.schema.json
var FS embed.FS
