// Package schema generates the JSON Schemas of exitguide's file formats from
// the Go types, and validates decoded YAML documents against them, reporting
// each problem at its file:line:column.
package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/report"
)

// ModulePath is the Go module path of exitguide.
const ModulePath = "github.com/exitguide/exitguide"

// BaseURL prefixes every schema's $id: the schemas are published on the
// guide's site, so each $id is the address the file is served at
// (guide.SchemaURL).
const BaseURL = guide.SiteURL + "schemas/"

// Spec is one generated schema: a file name stem, the Go type it describes,
// and the package folders whose doc comments become descriptions.
type Spec struct {
	Name     string
	Title    string
	Type     any
	Packages []string // folders relative to the module root
}

// Specs lists every schema exitguide writes into schemas/.
var Specs = []Spec{
	{Name: "bundle", Title: "exitguide checklist structure file", Type: &guide.Bundle{}, Packages: []string{"internal/guide"}},
	{Name: "text", Title: "exitguide checklist text file (one language)", Type: &guide.TextBundle{}, Packages: []string{"internal/guide"}},
	{Name: "proposal", Title: "exitguide proposal: a proposed local project, answered against the replication criteria", Type: &proposal.Proposal{}, Packages: []string{"internal/proposal"}},
	{Name: "report", Title: "exitguide check --format json: readiness reports on proposals", Type: &report.JSON{}, Packages: []string{"internal/report", "internal/score"}},
}

// FileName is the schema file name of a spec.
func FileName(name string) string { return name + ".schema.json" }

// Generate builds every schema from the Go types; root is the module root,
// where the Go sources are read for the descriptions.
func Generate(root string) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, s := range Specs {
		b, err := generate(root, s)
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", s.Name, err)
		}
		out[FileName(s.Name)] = b
	}
	return out, nil
}

func generate(root string, s Spec) ([]byte, error) {
	r := &jsonschema.Reflector{
		RequiredFromJSONSchemaTags: true,
		AllowAdditionalProperties:  false,
		DoNotReference:             false,
		Mapper:                     mapType,
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	// AddGoComments keys each comment by path.Join(base, folder walked), so
	// walk absolute folders under a marker base and rewrite the keys to the
	// packages' import paths: the result is the same from any working
	// directory.
	const marker = "exitguide-root"
	prefix := path.Join(marker, filepath.ToSlash(absRoot))
	r.CommentMap = map[string]string{}
	for _, p := range s.Packages {
		tmp := &jsonschema.Reflector{}
		if err := tmp.AddGoComments(marker, filepath.Join(absRoot, p)); err != nil {
			return nil, err
		}
		for k, v := range tmp.CommentMap {
			r.CommentMap[ModulePath+strings.TrimPrefix(k, prefix)] = v
		}
	}
	sch := r.Reflect(s.Type)
	sch.ID = jsonschema.ID(BaseURL + FileName(s.Name))
	sch.Title = s.Title
	b, err := json.MarshalIndent(sch, "", "  ")
	if err != nil {
		return nil, err
	}
	// Keep the files readable: no HTML escaping of <, > and &.
	b = bytes.ReplaceAll(b, []byte(`\u003c`), []byte("<"))
	b = bytes.ReplaceAll(b, []byte(`\u003e`), []byte(">"))
	b = bytes.ReplaceAll(b, []byte(`\u0026`), []byte("&"))
	return append(b, '\n'), nil
}

// Write generates every schema into dir (normally root/schemas) and reports
// which files changed.
func Write(root, dir string) (changed []string, err error) {
	files, err := Generate(root)
	if err != nil {
		return nil, err
	}
	for name, b := range files {
		p := filepath.Join(dir, name)
		old, _ := os.ReadFile(p)
		if bytes.Equal(old, b) {
			continue
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return nil, err
		}
		changed = append(changed, strings.TrimPrefix(p, root+string(filepath.Separator)))
	}
	return changed, nil
}

// mapType gives named string types their own schema.
func mapType(t reflect.Type) *jsonschema.Schema {
	if t == reflect.TypeFor[guide.SourceRef]() {
		return &jsonschema.Schema{Type: "string", Pattern: guide.SourceRefPattern,
			Description: `A source reference: "document-id#section-id" for a primary document, "document-id" for a secondary one.`}
	}
	return nil
}
