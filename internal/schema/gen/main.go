// Gen writes the JSON Schemas of exitguide's file formats into schemas/,
// from the Go types and their doc comments. It runs at development time:
//
//	go generate ./schemas     # or, from the repository root: go run ./internal/schema/gen
//
// The binary never reads Go sources: it validates with the files this
// writes, embedded by package schemas. A test (TestCommittedSchemasMatchTypes)
// fails when the committed files differ from what gen writes now; go test
// -update (make golden) rewrites them.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/report"
	"github.com/exitguide/exitguide/internal/schema"
)

// modulePath is the Go module path of exitguide: the doc comments are keyed
// by the import paths of their packages.
const modulePath = "github.com/exitguide/exitguide"

// spec is one generated schema: a file name stem, the Go type it describes,
// and the package folders whose doc comments become descriptions.
type spec struct {
	name     string
	title    string
	typ      any
	packages []string // folders relative to the module root
}

// specs lists every schema gen writes into schemas/.
var specs = []spec{
	{"bundle", "exitguide checklist structure file", &guide.Bundle{}, []string{"internal/guide"}},
	{"text", "exitguide checklist text file (one language)", &guide.TextBundle{}, []string{"internal/guide"}},
	{"proposal", "exitguide proposal: a proposed local project, answered against the replication criteria", &proposal.Proposal{}, []string{"internal/proposal"}},
	{"report", "exitguide check --format json: readiness reports on proposals", &report.JSON{}, []string{"internal/report", "internal/score"}},
}

func main() {
	root := flag.String("root", "", "the repository root (default: the folder of go.mod above the working folder)")
	flag.Parse()
	if err := run(*root); err != nil {
		fmt.Fprintln(os.Stderr, "schema gen:", err)
		os.Exit(1)
	}
}

func run(root string) error {
	if root == "" {
		var err error
		if root, err = moduleRoot(); err != nil {
			return err
		}
	}
	files, err := generate(root)
	if err != nil {
		return err
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		p := filepath.Join(root, "schemas", name)
		if old, err := os.ReadFile(p); err == nil && bytes.Equal(old, files[name]) {
			continue
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return err
		}
		fmt.Println("wrote", filepath.Join("schemas", name))
	}
	return nil
}

// moduleRoot is the folder of go.mod at or above the working folder.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod at or above the working folder: run it in the repository or pass -root")
		}
		dir = parent
	}
}

// generate builds every schema from the Go types; root is the module root,
// where the Go sources are read for the descriptions. It returns the files
// by name (bundle.schema.json, ...).
func generate(root string) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, s := range specs {
		b, err := generateOne(root, s)
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", s.name, err)
		}
		out[schema.FileName(s.name)] = b
	}
	return out, nil
}

func generateOne(root string, s spec) ([]byte, error) {
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
	for _, p := range s.packages {
		dir := filepath.Join(absRoot, p)
		if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("the Go sources of %s are not under %s: run gen in the repository", p, absRoot)
		}
		tmp := &jsonschema.Reflector{}
		if err := tmp.AddGoComments(marker, dir); err != nil {
			return nil, err
		}
		for k, v := range tmp.CommentMap {
			r.CommentMap[modulePath+strings.TrimPrefix(k, prefix)] = v
		}
	}
	sch := r.Reflect(s.typ)
	sch.ID = jsonschema.ID(guide.SchemaURL(s.name))
	sch.Title = s.title
	for name, def := range sch.Definitions {
		if ext, ok := extend[name]; ok {
			ext(def)
		}
	}
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

// mapType gives named string types their own schema.
func mapType(t reflect.Type) *jsonschema.Schema {
	if t == reflect.TypeFor[guide.SourceRef]() {
		return &jsonschema.Schema{Type: "string", Pattern: guide.SourceRefPattern,
			Description: `A source reference: "document-id#section-id" for a primary document, "document-id" for a secondary one.`}
	}
	if t == reflect.TypeFor[guide.FitLevel]() {
		levels := make([]any, len(guide.FitLevels))
		for i, l := range guide.FitLevels {
			levels[i] = string(l)
		}
		return &jsonschema.Schema{Type: "string", Enum: levels,
			Description: "How well a model fits the answer: good, possible, poor, or silent where the sources do not say."}
	}
	return nil
}

// extend adds, by definition name, the rules struct tags cannot say.
var extend = map[string]func(*jsonschema.Schema){
	// An answer's status ties other fields to it, so editors flag them
	// while the planner types: planned needs owner and due, and
	// not-applicable needs a reason (as proposal.Load checks).
	"Answer": func(s *jsonschema.Schema) {
		s.AllOf = append(s.AllOf, need(proposal.Planned, "owner", "due"), need(proposal.NotApplicable, "reason"))
	},
}

// need is the rule "an object whose status is status has the non-empty
// string fields".
func need(status string, fields ...string) *jsonschema.Schema {
	cond := jsonschema.NewProperties()
	cond.Set("status", &jsonschema.Schema{Const: status})
	then := jsonschema.NewProperties()
	one := uint64(1)
	for _, f := range fields {
		then.Set(f, &jsonschema.Schema{Type: "string", MinLength: &one})
	}
	return &jsonschema.Schema{
		Description: "An answer with status " + status + " needs " + strings.Join(fields, " and ") + ".",
		If:          &jsonschema.Schema{Properties: cond, Required: []string{"status"}},
		Then:        &jsonschema.Schema{Properties: then, Required: fields, Description: "The fields " + status + " requires."},
	}
}
