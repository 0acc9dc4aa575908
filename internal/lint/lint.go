// Package lint checks a loaded checklists tree beyond what the schemas can:
// ids are unique, every reference resolves, nothing is orphaned, every fact
// has a source, every language covers every text and is up to date with
// the English source, no text uses a wording the glossary says to avoid,
// no text copies 8 or more consecutive words from a source document, and no
// text hides invisible direction overrides or control characters.
package lint

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/suggest"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// Options configure a run.
type Options struct {
	// Seeds is the folder of the source documents, for the own-words check;
	// "" skips that check.
	Seeds string
	// Root is the checkout that holds checklists/: its hand-written pages
	// (content/LANG/*.md) and interface strings (i18n/LANG.yaml) are
	// checked for avoided wordings too; "" checks the checklists only.
	Root string
	// MinSharedWords is the length of a shared run of words that counts as
	// copying (8 unless set).
	MinSharedWords int
}

// Report is the outcome of a lint run.
type Report struct {
	Errors   yamlpos.List
	Coverage []Coverage // per language, in language order
	Skipped  []string   // checks not run, with the reason
	// Outdated and Missing list, per language, the "kind/id" of texts whose
	// English changed since translation, and of texts not there at all.
	Outdated map[string][]string
	Missing  map[string][]string
}

// Coverage counts one language's translated and outdated texts.
type Coverage struct {
	Lang       string
	Total      int // text entries English has
	Translated int // entries this language has
	Outdated   int // entries whose from: does not match the English
	Unstamped  int // entries with no from: yet
}

// Percent is the share of entries translated and up to date.
func (c Coverage) Percent() float64 {
	if c.Total == 0 {
		return 100
	}
	return 100 * float64(c.Translated-c.Outdated-c.Unstamped) / float64(c.Total)
}

// Run lints a tree and its guide.
func Run(t *load.Tree, g *guide.Guide, opt Options) *Report {
	if opt.MinSharedWords == 0 {
		opt.MinSharedWords = 8
	}
	r := &Report{Outdated: map[string][]string{}, Missing: map[string][]string{}}
	// The checks only read the tree and the guide, so the word checks run
	// beside the structural ones, one goroutine each; their errors are
	// merged and sorted at the end, so the report does not depend on timing.
	var terms, chars, own yamlpos.List
	var skipped []string
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); terms = terminology(t, opt.Root) }()
	go func() { defer wg.Done(); chars = characters(t) }()
	go func() {
		defer wg.Done()
		if opt.Seeds != "" {
			own, skipped = ownWords(t, g, opt.Seeds, opt.MinSharedWords)
		} else {
			skipped = []string{"own words: no source documents folder given"}
		}
	}()
	x := newIndex(t)
	x.report = r
	r.Errors = append(r.Errors, x.structure(g)...)
	errs, cov := x.texts(g)
	r.Errors = append(r.Errors, errs...)
	r.Coverage = cov
	wg.Wait()
	r.Errors = append(r.Errors, terms...)
	r.Errors = append(r.Errors, chars...)
	r.Errors = append(r.Errors, own...)
	r.Skipped = append(r.Skipped, skipped...)
	r.Errors = r.Errors.Sort()
	return r
}

// Translations is the part of Run that the translation status page needs:
// each language's coverage with its outdated and missing texts, without
// the structure, wording and own-words checks (exitguide build runs after
// lint, so it does not repeat them). Its Errors are the texts' problems only.
func Translations(t *load.Tree, g *guide.Guide) *Report {
	r := &Report{Outdated: map[string][]string{}, Missing: map[string][]string{}}
	x := newIndex(t)
	x.report = r
	errs, cov := x.texts(g)
	r.Errors, r.Coverage = errs.Sort(), cov
	return r
}

// loc is where an item is defined.
type loc struct {
	doc     *yamlpos.Doc
	pointer string
}

// index records where every structure item is defined.
type index struct {
	t      *load.Tree
	items  map[string]map[string]loc // kind -> id -> first definition
	errs   yamlpos.List
	report *Report
}

func newIndex(t *load.Tree) *index {
	x := &index{t: t, items: map[string]map[string]loc{}}
	for _, f := range t.Structure {
		b := f.Bundle
		add := func(kind string, i int, id string) {
			p := "/" + kind + "/" + strconv.Itoa(i)
			m := x.items[kind]
			if m == nil {
				m = map[string]loc{}
				x.items[kind] = m
			}
			if first, dup := m[id]; dup {
				fp := first.doc.Pos(first.pointer + "/id")
				x.errs = append(x.errs, f.Doc.At(p+"/id", fmt.Sprintf("duplicate %s id %q", singular(kind), id),
					"each id once across all files",
					fmt.Sprintf("rename one; the first is at %s:%d:%d", first.doc.File, fp.Line, fp.Column)))
				return
			}
			m[id] = loc{f.Doc, p}
		}
		for _, k := range guide.Kinds {
			for i, id := range k.IDs(&b) {
				add(k.Key, i, id)
			}
		}
	}
	return x
}

// singular names one item of the kind with the given key.
func singular(kind string) string {
	k, _ := guide.KindOf(kind)
	return k.Singular
}

func (x *index) has(kind, id string) bool {
	_, ok := x.items[kind][id]
	return ok
}

// ref checks one reference from (doc, pointer) to an item of kind.
func (x *index) ref(d *yamlpos.Doc, pointer, kind, id string) {
	if x.has(kind, id) {
		return
	}
	var known []string
	for k := range x.items[kind] {
		known = append(known, k)
	}
	fix := fmt.Sprintf("use the id of an existing %s", singular(kind))
	if near := suggest.Nearest(id, known); near != "" {
		fix = fmt.Sprintf("did you mean %q?", near)
	}
	x.errs = append(x.errs, d.At(pointer, fmt.Sprintf("unknown %s %q", singular(kind), id), "the id of a "+singular(kind)+" defined in checklists/", fix))
}

// sources checks a list of source references.
func (x *index) sources(g *guide.Guide, d *yamlpos.Doc, pointer string, refs []guide.SourceRef) {
	for i, r := range refs {
		p := pointer + "/" + strconv.Itoa(i)
		src, ok := g.Source(r.Doc())
		if !ok {
			x.ref(d, p, "sources", r.Doc())
			continue
		}
		switch {
		case src.Kind == "primary" && r.Section() == "":
			x.errs = append(x.errs, d.At(p, fmt.Sprintf("source reference %q names no section", r),
				"document-id#section-id", "add the section the fact comes from: one of "+sectionIDs(src)))
		case src.Kind == "secondary" && r.Section() != "":
			x.errs = append(x.errs, d.At(p, fmt.Sprintf("secondary source %q has no sections", r.Doc()),
				"the document id alone", "write "+r.Doc()))
		case r.Section() != "" && !hasSection(src, r.Section()):
			var ids []string
			for _, s := range src.Sections {
				ids = append(ids, s.ID)
			}
			fix := "use one of " + sectionIDs(src)
			if near := suggest.Nearest(r.Section(), ids); near != "" {
				fix = fmt.Sprintf("did you mean %q?", r.Doc()+"#"+near)
			}
			x.errs = append(x.errs, d.At(p, fmt.Sprintf("source %q has no section %q", r.Doc(), r.Section()), "a section listed in sources.yaml", fix))
		}
	}
}

func hasSection(s guide.Source, id string) bool {
	for _, sec := range s.Sections {
		if sec.ID == id {
			return true
		}
	}
	return false
}

func sectionIDs(s guide.Source) string {
	var ids []string
	for _, sec := range s.Sections {
		ids = append(ids, sec.ID)
	}
	return strings.Join(ids, ", ")
}
