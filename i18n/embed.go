// Package i18n holds the guide's interface words: one catalogue per
// language, i18n/LANG.yaml, a flat map of keys to texts. Hugo reads the
// files for the site; Go reads the same files (embedded in the binary, or
// from a checkout with --root DIR) for every CLI report, comparison,
// validation message, init template and status line, and the browser
// self-check gets its words from them through the page's data file.
//
// Keys are flat snake_case. Words of the site keep their names; the other
// areas have a prefix: report_, compare_, msg_ (validation messages, shared
// by Go and the browser), init_ and cli_. A text never is a fmt format:
// values go in by name, {name}, in Go, Hugo and JavaScript alike (Fill).
// A key missing in a language falls back to English, the source language.
package i18n

import "embed"

// FS holds every LANG.yaml catalogue of this folder.
//
//go:embed *.yaml
var FS embed.FS
