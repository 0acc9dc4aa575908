// Package schema validates decoded YAML documents against exitguide's JSON
// Schemas and reports each problem at its file:line:column, worded for the
// person who edits the file. The schemas themselves are files in schemas/
// (package schemas embeds them), written from the Go types at development
// time by internal/schema/gen; this package never reads Go sources.
package schema

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/suggest"
	"github.com/exitguide/exitguide/internal/yamlpos"
	"github.com/exitguide/exitguide/schemas"
)

// FileName is the file name of the schema called name (for example
// "proposal" gives proposal.schema.json).
func FileName(name string) string { return name + ".schema.json" }

// Set is a set of schemas, each compiled the first time it is used (a
// command that reads only proposals does not pay for the others). It is
// safe for concurrent use.
type Set struct {
	mu       sync.Mutex
	c        *jsonschema.Compiler
	names    []string // schema names, e.g. "bundle"
	compiled map[string]*jsonschema.Schema
}

var (
	embeddedOnce sync.Once
	embedded     *Set
	embeddedErr  error
)

// Embedded returns the schemas committed in schemas/, compiled once.
func Embedded() (*Set, error) {
	embeddedOnce.Do(func() { embedded, embeddedErr = Compile(schemas.FS) })
	return embedded, embeddedErr
}

// Compile compiles every *.schema.json file of fsys.
func Compile(fsys fs.FS) (*Set, error) {
	names, err := fs.Glob(fsys, "*.schema.json")
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		if err := c.AddResource(guide.SchemaURL(strings.TrimSuffix(n, ".schema.json")), doc); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
	}
	s := &Set{c: c, compiled: map[string]*jsonschema.Schema{}}
	for _, n := range names {
		s.names = append(s.names, strings.TrimSuffix(n, ".schema.json"))
	}
	return s, nil
}

// Validate checks d against the named schema (for example "bundle") and
// reports every problem at the place it concerns: an unknown key at the key
// itself, a missing key at the mapping that lacks it, a wrong value at the
// value.
func (s *Set) Validate(name string, d *yamlpos.Doc) yamlpos.List {
	sch, err := s.schema(name)
	if err != nil {
		return yamlpos.List{{File: d.File, Msg: "internal error: " + err.Error()}}
	}
	err = sch.Validate(d.Value)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return yamlpos.List{{File: d.File, Line: 1, Column: 1, Msg: err.Error()}}
	}
	var out yamlpos.List
	for _, leaf := range leaves(ve) {
		out = append(out, s.explain(d, leaf)...)
	}
	return out.Sort()
}

// leaves returns the innermost errors: they say what is wrong; the outer
// ones only say "this subschema failed".
func leaves(ve *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(ve.Causes) == 0 {
		return []*jsonschema.ValidationError{ve}
	}
	var out []*jsonschema.ValidationError
	for _, c := range ve.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

var printer = message.NewPrinter(language.English)

func pointerOf(loc []string) string {
	p := ""
	for _, t := range loc {
		p = yamlpos.Pointer(p, t)
	}
	return p
}

func (s *Set) explain(d *yamlpos.Doc, ve *jsonschema.ValidationError) yamlpos.List {
	p := pointerOf(ve.InstanceLocation)
	field := fieldName(ve.InstanceLocation)
	switch k := ve.ErrorKind.(type) {
	case *kind.AdditionalProperties:
		var out yamlpos.List
		allowed := s.propertiesAt(ve.SchemaURL)
		for _, prop := range k.Properties {
			fix := "remove it, or check its spelling and indentation"
			if near := suggest.Nearest(prop, allowed); near != "" {
				fix = fmt.Sprintf("did you mean %q? Otherwise remove it", near)
			}
			exp := ""
			if len(allowed) > 0 {
				exp = "one of the keys " + strings.Join(allowed, ", ")
			}
			out = append(out, d.AtKey(yamlpos.Pointer(p, prop), fmt.Sprintf("unknown field %q", prop), exp, fix))
		}
		return out
	case *kind.Required:
		var out yamlpos.List
		for _, m := range k.Missing {
			out = append(out, d.At(p, fmt.Sprintf("missing required field %q in %s", m, field), "a value for "+m, fmt.Sprintf("add `%s:` here", m)))
		}
		return out
	case *kind.Type:
		return yamlpos.List{d.At(p, fmt.Sprintf("%s has the wrong type: %s", field, k.Got),
			strings.Join(k.Want, " or "), "write a "+strings.Join(k.Want, " or ")+" here"+quoteHint(k))}
	case *kind.Enum:
		want := make([]string, len(k.Want))
		for i, w := range k.Want {
			want[i] = fmt.Sprint(w)
		}
		fix := "use one of the listed values"
		if got, ok := k.Got.(string); ok {
			if near := suggest.Nearest(got, want); near != "" {
				fix = fmt.Sprintf("did you mean %q?", near)
			}
		}
		return yamlpos.List{d.At(p, fmt.Sprintf("%s has a value that is not allowed: %v", field, k.Got),
			"one of "+strings.Join(want, ", "), fix)}
	case *kind.Pattern:
		return yamlpos.List{d.At(p, fmt.Sprintf("%s %q is not in the expected form", field, k.Got),
			"text matching "+k.Want, patternHint(k.Want))}
	case *kind.MinLength:
		return yamlpos.List{d.At(p, fmt.Sprintf("%s is empty", field), "some text", "write the text, or remove the field if it is optional")}
	case *kind.MinItems:
		return yamlpos.List{d.At(p, fmt.Sprintf("%s has %d item(s)", field, k.Got), fmt.Sprintf("at least %d", k.Want), "add the missing items")}
	case *kind.Format:
		return yamlpos.List{d.At(p, fmt.Sprintf("%s %v is not a valid %s", field, k.Got, k.Want), "a valid "+k.Want, formatHint(k.Want))}
	}
	return yamlpos.List{d.At(p, fmt.Sprintf("%s: %s", field, ve.ErrorKind.LocalizedString(printer)), "", "")}
}

func quoteHint(k *kind.Type) string {
	for _, w := range k.Want {
		if w == "string" && k.Got != "string" {
			return ` (put the value in quotes to make it text, e.g. "yes" or "2024")`
		}
	}
	return ""
}

func patternHint(p string) string {
	switch {
	case strings.Contains(p, "#"):
		return `write a source reference as "document-id#section-id", e.g. "chrysalis-eval#recommendations"`
	case strings.Contains(p, `\\.`) || strings.Contains(p, `\.`):
		return "write the id as model.slug: lower-case letters, digits and hyphens, e.g. chrysalis.keyworker-continuity"
	case strings.Contains(p, "[0-9a-f]{8}"):
		return "leave from: out and run `exitguide stamp` to fill it in"
	case strings.Contains(p, "[a-z0-9]"):
		return "use lower-case letters, digits and hyphens only, e.g. keyworker-continuity"
	}
	return "correct the value"
}

func formatHint(f string) string {
	if f == "date" {
		return "write the date as YYYY-MM-DD, e.g. 2027-03-31"
	}
	return "correct the value"
}

// propertiesAt returns the property names a subschema allows, sorted.
func (s *Set) propertiesAt(url string) []string {
	for _, n := range s.names {
		sch, err := s.schema(n)
		if err != nil {
			continue
		}
		if found := find(sch, url, map[*jsonschema.Schema]bool{}); found != nil {
			var names []string
			for n := range found.Properties {
				if n != "$schema" {
					names = append(names, n)
				}
			}
			slices.Sort(names)
			return names
		}
	}
	return nil
}

func find(sch *jsonschema.Schema, url string, seen map[*jsonschema.Schema]bool) *jsonschema.Schema {
	if sch == nil || seen[sch] {
		return nil
	}
	seen[sch] = true
	if sch.Location == url || strings.TrimSuffix(url, "/additionalProperties") == sch.Location {
		return sch
	}
	kids := []*jsonschema.Schema{sch.Ref, sch.Items2020}
	if sch.AdditionalProperties != nil {
		if a, ok := sch.AdditionalProperties.(*jsonschema.Schema); ok {
			kids = append(kids, a)
		}
	}
	for _, p := range sch.Properties {
		kids = append(kids, p)
	}
	for _, k := range kids {
		if f := find(k, url, seen); f != nil {
			return f
		}
	}
	return nil
}

// fieldName names the value at a location for a message: its key, or for a
// list item the list's key with the index (criteria[1]).
func fieldName(loc []string) string {
	if len(loc) == 0 {
		return "the document"
	}
	last := loc[len(loc)-1]
	if _, err := strconv.Atoi(last); err == nil {
		if len(loc) > 1 {
			return loc[len(loc)-2] + "[" + last + "]"
		}
		return "item " + last
	}
	return last
}

// schema returns the named schema, compiling it on first use.
func (s *Set) schema(name string) (*jsonschema.Schema, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sch, ok := s.compiled[name]; ok {
		return sch, nil
	}
	if !slices.Contains(s.names, name) {
		return nil, fmt.Errorf("no schema named %s", name)
	}
	sch, err := s.c.Compile(guide.SchemaURL(name))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", FileName(name), err)
	}
	s.compiled[name] = sch
	return sch, nil
}
