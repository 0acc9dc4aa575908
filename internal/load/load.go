// Package load reads checklists/ into a guide.Guide: it parses every YAML
// file with positions (yamlpos), validates it against the generated schema
// (schema), decodes it into the domain types and merges the files. It keeps
// each file's document so later checks (lint) can report file:line:column.
package load

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/schema"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// StructureFile is one structure file of the tree.
type StructureFile struct {
	Doc    *yamlpos.Doc
	Bundle guide.Bundle
}

// TextFile is one text file of the tree.
type TextFile struct {
	Doc  *yamlpos.Doc
	Lang string // the folder name under text/
	Text guide.TextBundle
}

// Tree is every file of a checklists folder, parsed and decoded.
type Tree struct {
	// Root is the folder on disk the files were read from; empty for a
	// guide read from another file system (the one embedded in the binary).
	Root string
	// Name is the folder's name its files are reported under ("checklists").
	Name      string
	Structure []StructureFile
	Texts     []TextFile
	// Failed lists the files that could not be read (syntax or schema);
	// checks that need the whole tree stay quiet about what they lack.
	Failed []string
}

// Shown is the name the tree's files are reported under (checklists/...).
func (t *Tree) Shown() string { return t.Name }

// StructureIncomplete reports whether a structure file failed to load:
// checks that need every structure item (orphans, unknown ids) stay quiet.
func (t *Tree) StructureIncomplete() bool {
	return slices.ContainsFunc(t.Failed, func(f string) bool { return !t.isText(f) })
}

// TextIncomplete reports whether a text file of the language lang failed
// to load.
func (t *Tree) TextIncomplete(lang string) bool {
	return slices.ContainsFunc(t.Failed, func(f string) bool {
		return t.isText(f) && strings.HasPrefix(strings.TrimPrefix(f, t.Shown()+"/"), "text/"+lang+"/")
	})
}

// isText reports whether the file (as shown, checklists/...) is a text file.
func (t *Tree) isText(file string) bool {
	return strings.HasPrefix(strings.TrimPrefix(file, t.Shown()+"/"), "text/")
}

// Limits bound what one checklist file may hold, so that a hostile or
// mistaken file costs little time and memory to reject. The largest real
// file is 45 KB with about 700 values; these leave room more than ten times over.
var Limits = yamlpos.Limits{MaxBytes: 1 << 20, MaxDepth: 32, MaxNodes: 10_000}

// Dir reads the checklists folder at root. It returns the tree, the merged
// guide and every problem found while reading (syntax and schema). Files
// with problems are left out of the guide, so later checks do not repeat them.
func Dir(root string) (*Tree, *guide.Guide, yamlpos.List) {
	return DirLangs(root, nil)
}

// DirLangs is Dir reading the texts of only the given languages (and
// English, the source every other language falls back to); nil reads all.
// Every language's language.yaml is read, so the guide still knows them all.
// Commands that need one language, such as check, start faster with it.
func DirLangs(root string, langs []string) (*Tree, *guide.Guide, yamlpos.List) {
	st, err := os.Stat(root)
	if err != nil || !st.IsDir() {
		return &Tree{Root: root, Name: filepath.Base(root)}, nil, yamlpos.List{{File: root, Msg: "no checklists folder here",
			Expected: "a folder with the checklist YAML files", Fix: "run exitguide in the repository root, or pass --root DIR (the folder that holds checklists/)"}}
	}
	t, g, errs := FS(os.DirFS(root), filepath.Base(root), langs)
	t.Root = root
	return t, g, errs
}

// FS reads a checklists folder from fsys, whose root is the folder (for
// example the guide embedded in the binary, checklists.FS); name is what
// its files are reported under ("checklists/core.yaml:3:5"). langs is as
// for DirLangs.
func FS(fsys fs.FS, name string, langs []string) (*Tree, *guide.Guide, yamlpos.List) {
	t := &Tree{Name: name}
	var errs yamlpos.List
	set, err := schema.Embedded()
	if err != nil {
		return t, nil, yamlpos.List{{File: "schemas", Msg: "cannot compile the schemas: " + err.Error(), Fix: "run `exitguide build`"}}
	}
	files, err := yamlFiles(fsys)
	if err != nil {
		return t, nil, yamlpos.List{{File: name, Msg: err.Error()}}
	}
	if langs != nil {
		want := map[string]bool{guide.SourceLang: true}
		for _, l := range langs {
			want[l] = true
		}
		kept := files[:0]
		for _, f := range files {
			parts := strings.Split(f, "/")
			if len(parts) == 3 && parts[0] == "text" && !want[parts[1]] && parts[2] != "language.yaml" {
				continue
			}
			kept = append(kept, f)
		}
		files = kept
	}
	// Parse and validate the files on every core; merge in file order.
	type result struct {
		doc    *yamlpos.Doc
		errs   yamlpos.List
		bundle *guide.Bundle
		text   *guide.TextBundle
		lang   string
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, f := range files {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			results[i] = func() result {
				parts := strings.Split(f, "/")
				shown := path.Join(name, f)
				data, err := fs.ReadFile(fsys, f)
				if err != nil {
					return result{errs: yamlpos.List{{File: shown, Msg: "cannot read: " + err.Error()}}}
				}
				doc, perrs := yamlpos.Parse(shown, data, Limits)
				if len(perrs) > 0 {
					return result{doc: &yamlpos.Doc{File: shown}, errs: perrs}
				}
				switch {
				case len(parts) == 1:
					if verrs := set.Validate("bundle", doc); len(verrs) > 0 {
						return result{doc: doc, errs: verrs}
					}
					var b guide.Bundle
					if err := doc.Decode(&b); err != nil {
						return result{doc: doc, errs: yamlpos.List{doc.At("", "cannot decode: "+err.Error(), "", "")}}
					}
					return result{doc: doc, bundle: &b}
				case len(parts) == 3 && parts[0] == "text":
					if verrs := set.Validate("text", doc); len(verrs) > 0 {
						return result{doc: doc, errs: verrs}
					}
					var tb guide.TextBundle
					if err := doc.Decode(&tb); err != nil {
						return result{doc: doc, errs: yamlpos.List{doc.At("", "cannot decode: "+err.Error(), "", "")}}
					}
					return result{doc: doc, text: &tb, lang: parts[1]}
				}
				return result{errs: yamlpos.List{{File: shown, Msg: "file is in an unexpected place",
					Expected: "structure files in checklists/ and text files in checklists/text/LANG/", Fix: "move it"}}}
			}()
		})
	}
	wg.Wait()
	for _, r := range results {
		switch {
		case len(r.errs) > 0:
			errs = append(errs, r.errs...)
			if r.doc != nil {
				t.Failed = append(t.Failed, r.doc.File)
			}
		case r.bundle != nil:
			t.Structure = append(t.Structure, StructureFile{Doc: r.doc, Bundle: *r.bundle})
		case r.text != nil:
			t.Texts = append(t.Texts, TextFile{Doc: r.doc, Lang: r.lang, Text: *r.text})
		}
	}
	return t, t.Guide(), errs
}

// yamlFiles lists the .yaml and .yml files of fsys (slash paths), sorted,
// leaving out folders whose name starts with a dot.
func yamlFiles(fsys fs.FS) ([]string, error) {
	var out []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != "." {
			return fs.SkipDir
		}
		if ext := path.Ext(p); !d.IsDir() && (ext == ".yaml" || ext == ".yml") {
			out = append(out, p)
		}
		return nil
	})
	slices.Sort(out)
	return out, err
}

// Guide merges the tree's files into one guide, in file order (the first
// definition of an id wins; lint reports the others).
func (t *Tree) Guide() *guide.Guide {
	g := &guide.Guide{}
	for _, f := range t.Structure {
		g.AddBundle(&f.Bundle)
	}
	for _, f := range t.Texts {
		g.AddText(f.Lang, &f.Text)
	}
	g.Index()
	return g
}
