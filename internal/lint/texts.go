package lint

import (
	"fmt"
	"iter"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/suggest"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// textEntry is one text entry (one id of one kind) in one language.
type textEntry struct {
	doc   *yamlpos.Doc
	ptr   string // pointer of the entry, e.g. /criteria/core.funding
	entry guide.Entry
}

// entries collects every text entry by language, kind and id.
func (x *index) entries() map[string]map[string]map[string]textEntry {
	out := map[string]map[string]map[string]textEntry{}
	for _, f := range x.t.Texts {
		for _, k := range guide.Kinds {
			for id, e := range k.Entries(&f.Text) {
				if out[f.Lang] == nil {
					out[f.Lang] = map[string]map[string]textEntry{}
				}
				if out[f.Lang][k.Key] == nil {
					out[f.Lang][k.Key] = map[string]textEntry{}
				}
				p := yamlpos.Pointer("/"+k.Key, id)
				if first, dup := out[f.Lang][k.Key][id]; dup {
					fp := first.doc.KeyPos(first.ptr)
					x.errs = append(x.errs, f.Doc.AtKey(p, fmt.Sprintf("second %s text for %q", f.Lang, id), "each id once per language",
						fmt.Sprintf("remove one; the first is at %s:%d:%d", first.doc.File, fp.Line, fp.Column)))
					continue
				}
				out[f.Lang][k.Key][id] = textEntry{f.Doc, p, e}
			}
		}
	}
	return out
}

// ids returns the ids a text kind must cover, in the guide's order, each
// once.
func ids(g *guide.Guide, k guide.Kind) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range k.GuideIDs(g) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// where returns the text file a structure item's text belongs in.
func (x *index) where(kind, id, lang string) string {
	if l, ok := x.items[kind][id]; ok {
		return path.Join(path.Dir(l.doc.File), "text", lang, path.Base(l.doc.File))
	}
	return path.Join(x.t.Shown(), "text", lang, "guide.yaml")
}

// texts checks coverage, freshness, stray entries and the sources of model
// sections, and counts coverage per language.
func (x *index) texts(g *guide.Guide) (yamlpos.List, []Coverage) {
	before := len(x.errs)
	all := x.entries()
	langs := map[string]bool{}
	for _, f := range x.t.Texts {
		langs[f.Lang] = true
		if l := f.Text.Language; l != nil && l.Code != f.Lang {
			x.errs = append(x.errs, f.Doc.At("/language/code", fmt.Sprintf("language code %q does not match the folder %q", l.Code, f.Lang), f.Lang, "rename the folder or correct the code"))
		}
	}
	for lang := range langs {
		if _, ok := g.Language(lang); !ok {
			x.errs = append(x.errs, &yamlpos.Error{File: path.Join(x.t.Shown(), "text", lang), Msg: fmt.Sprintf("language %q has no language: section", lang),
				Expected: "a language.yaml with code, name, locale, direction and order", Fix: "add " + path.Join(x.t.Shown(), "text", lang, "language.yaml")})
		}
	}
	if !langs[guide.SourceLang] && len(x.t.Texts) > 0 && !x.t.TextIncomplete(guide.SourceLang) {
		x.errs = append(x.errs, &yamlpos.Error{File: x.t.Shown() + "/text", Msg: "no English text folder", Expected: "text/en/", Fix: "add the English texts: every other language is translated from them"})
	}
	en := all[guide.SourceLang]
	kindIDs := map[string][]string{}
	idSet := map[string]map[string]bool{}
	for _, k := range guide.Kinds {
		kindIDs[k.Key] = ids(g, k)
		idSet[k.Key] = map[string]bool{}
		for _, id := range kindIDs[k.Key] {
			idSet[k.Key][id] = true
		}
	}
	var cov []Coverage
	hashes := map[string]string{} // each English entry's version, computed once
	for _, l := range g.Languages {
		c := Coverage{Lang: l.Code}
		for _, k := range guide.Kinds {
			kind := k.Key
			for _, id := range kindIDs[kind] {
				c.Total++
				src, hasSrc := en[kind][id]
				e, ok := all[l.Code][kind][id]
				if !ok {
					if (l.Code == guide.SourceLang || hasSrc) && !x.t.TextIncomplete(l.Code) {
						x.missing(kind, id, l.Code)
						if x.report != nil {
							x.report.Missing[l.Code] = append(x.report.Missing[l.Code], kind+"/"+id)
						}
					}
					continue
				}
				c.Translated++
				from := e.entry.FromHash()
				if kind == "sources" && (l.Code == guide.SourceLang || hasSrc && from == guide.Hash(src.entry)) {
					x.sectionHeadings(g, l.Code, id, e)
				}
				if l.Code == guide.SourceLang {
					if from != "" {
						x.errs = append(x.errs, e.doc.At(e.ptr+"/from", "English text has a from: version", "no from: in the source language", "remove the from: line"))
					}
					continue
				}
				if !hasSrc {
					continue
				}
				want := hashes[kind+"/"+id]
				if want == "" {
					want = guide.Hash(src.entry)
					hashes[kind+"/"+id] = want
				}
				switch {
				case from == "":
					c.Unstamped++
					x.errs = append(x.errs, e.doc.AtKey(e.ptr, fmt.Sprintf("%s text for %q has no from: version", l.Code, id), "from: "+want,
						"check the translation against the English, then run `exitguide stamp`"))
				case from != want:
					c.Outdated++
					if x.report != nil {
						x.report.Outdated[l.Code] = append(x.report.Outdated[l.Code], kind+"/"+id)
					}
					sp := src.doc.KeyPos(src.ptr)
					x.errs = append(x.errs, e.doc.At(e.ptr+"/from", fmt.Sprintf("%s text for %q is outdated: the English changed since it was translated", l.Code, id),
						"from: "+want, fmt.Sprintf("update it from the English at %s:%d:%d, then run `exitguide stamp --all`", src.doc.File, sp.Line, sp.Column)))
				}
				if from == want {
					x.notes(l.Code, id, src, e)
				}
				switch kind {
				case "methods":
					x.steps(g, e, id)
				case "fit_questions":
					x.fitText(g, e, id)
				}
			}
			// Text for ids the structure does not have (unless a structure
			// file failed to load: then the ids may well exist there).
			if x.t.StructureIncomplete() {
				continue
			}
			for id, e := range all[l.Code][kind] {
				if !idSet[kind][id] {
					known := kindIDs[kind]
					fix := "remove it, or add the " + singular(kind) + " to a structure file"
					if near := suggest.Nearest(id, known); near != "" {
						fix = fmt.Sprintf("did you mean %q?", near)
					}
					x.errs = append(x.errs, e.doc.AtKey(e.ptr, fmt.Sprintf("text for unknown %s %q", singular(kind), id), "an id defined in a structure file", fix))
				}
			}
		}
		cov = append(cov, c)
	}
	if en != nil {
		for id, e := range en["methods"] {
			x.steps(g, e, id)
		}
		for id, e := range en["fit_questions"] {
			x.fitText(g, e, id)
		}
		x.modelSources(g, en["models"])
		for id, e := range en["models"] {
			x.openSections(id, e)
		}
	}
	return x.errs[before:], cov
}

func (x *index) missing(kind, id, lang string) {
	file := x.where(kind, id, lang)
	if l, ok := x.items[kind][id]; ok {
		x.errs = append(x.errs, l.doc.At(l.pointer+"/id", fmt.Sprintf("%s %q has no %s text", singular(kind), id, lang),
			"an entry under "+kind+": in "+file, fmt.Sprintf("add `%s:` under `%s:` in %s", id, kind, file)))
		return
	}
	x.errs = append(x.errs, &yamlpos.Error{File: file, Msg: fmt.Sprintf("%s %q has no %s text", singular(kind), id, lang), Fix: fmt.Sprintf("add `%s:` under `%s:`", id, kind)})
}

// steps checks that a method's text covers exactly its steps.
func (x *index) steps(g *guide.Guide, e textEntry, id string) {
	m, ok := g.Method(id)
	if !ok {
		return
	}
	mt := e.entry.(guide.MethodText)
	for _, s := range m.Steps {
		if _, ok := mt.Steps[s.ID]; !ok {
			x.errs = append(x.errs, e.doc.At(e.ptr+"/steps", fmt.Sprintf("method %q has no text for step %q", id, s.ID), "an entry for every step", "add `"+s.ID+":` under steps"))
		}
	}
	for sid := range mt.Steps {
		found := false
		for _, s := range m.Steps {
			found = found || s.ID == sid
		}
		if !found {
			x.errs = append(x.errs, e.doc.AtKey(yamlpos.Pointer(e.ptr+"/steps", sid), fmt.Sprintf("method %q has no step %q", id, sid), "a step id of the method", "remove it or add the step to the structure file"))
		}
	}
}

// modelSources checks that every section and comparison cell with English
// text has at least one source.
func (x *index) modelSources(g *guide.Guide, models map[string]textEntry) {
	for id, e := range models {
		m, ok := g.Model(id)
		if !ok {
			continue
		}
		mt := e.entry.(guide.ModelText)
		check := func(part, sourcesKey string, texts iter.Seq2[string, string], sources iter.Seq2[string, []guide.SourceRef]) {
			refs := maps.Collect(sources)
			for key, text := range texts {
				if strings.TrimSpace(text) != "" && len(refs[key]) == 0 {
					x.errs = append(x.errs, e.doc.At(e.ptr+"/"+part+"/"+key, fmt.Sprintf("model %q: %s %q has text but no source", id, part, key),
						"a source reference under "+sourcesKey+"/"+key, "add the source of these facts in the structure file"))
				}
			}
		}
		check("sections", "section_sources", mt.Sections.All(), m.SectionSources.All())
		check("compare", "compare_sources", mt.Compare.All(), m.CompareSources.All())
	}
}

// sectionHeadings checks a source's section headings in one language
// (English, or an up-to-date translation): every section of the document
// has one, unless the language is the document's own (its readers read the
// heading as it stands), and none is for a section the document lacks.
func (x *index) sectionHeadings(g *guide.Guide, lang, id string, e textEntry) {
	src, ok := g.Source(id)
	if !ok {
		return
	}
	st := e.entry.(guide.SourceText)
	known := make([]string, 0, len(src.Sections))
	for _, sec := range src.Sections {
		known = append(known, sec.ID)
		if _, ok := st.Sections[sec.ID]; !ok && lang != src.Language {
			x.errs = append(x.errs, e.doc.AtKey(e.ptr, fmt.Sprintf("source %q: section %q has no %s heading", id, sec.ID, lang),
				"a heading for every section under sections:", fmt.Sprintf("add `%s: \"…\"` under `sections:`: the heading %q in your own words", sec.ID, sec.Heading)))
		}
	}
	for _, sid := range slices.Sorted(maps.Keys(st.Sections)) {
		if !slices.Contains(known, sid) {
			fix := "remove it, or add the section to sources.yaml"
			if near := suggest.Nearest(sid, known); near != "" {
				fix = fmt.Sprintf("did you mean %q?", near)
			}
			x.errs = append(x.errs, e.doc.AtKey(yamlpos.Pointer(e.ptr+"/sections", sid), fmt.Sprintf("source %q has no section %q", id, sid), "a section id of the source", fix))
		} else if strings.TrimSpace(st.Sections[sid]) == "" {
			x.errs = append(x.errs, e.doc.At(yamlpos.Pointer(e.ptr+"/sections", sid), fmt.Sprintf("source %q: the heading of section %q is empty", id, sid), "the heading in "+lang, "write the heading, or remove the line"))
		}
	}
}

// notes checks that an up-to-date translation carries the same notes (open:,
// adapt:) as the English: the from: version says the English has not
// changed since, so a note the English has and the translation lacks was
// left out (or one the English dropped was kept).
func (x *index) notes(lang, id string, src, e textEntry) {
	want, got := guide.Notes(src.entry), guide.Notes(e.entry)
	for _, key := range slices.Sorted(maps.Keys(want)) {
		if _, ok := got[key]; !ok {
			x.errs = append(x.errs, e.doc.AtKey(e.ptr, fmt.Sprintf("%s text for %q lacks the English note %s", lang, id, noteName(key)),
				"every note the English entry has, translated", fmt.Sprintf("add %s to this entry, translated from the English", noteName(key))))
		}
	}
	for _, key := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[key]; !ok {
			x.errs = append(x.errs, e.doc.At(e.ptr+"/"+key, fmt.Sprintf("%s text for %q has a note the English does not have: %s", lang, id, noteName(key)),
				"the same notes as the English", "remove it, or add the note to the English first"))
		}
	}
}

// openSections checks that a model's open: notes belong to sections that
// have text: a note says what the source leaves open about the facts there.
func (x *index) openSections(id string, e textEntry) {
	mt := e.entry.(guide.ModelText)
	if mt.Open == nil {
		return
	}
	text := maps.Collect(mt.Sections.All())
	for key, note := range mt.Open.All() {
		if note != "" && strings.TrimSpace(text[key]) == "" {
			x.errs = append(x.errs, e.doc.At(e.ptr+"/open/"+key, fmt.Sprintf("model %q: open note for section %q, which has no text", id, key),
				"a note beside a section that has text", "move the note to the section whose facts it is about, or write the section"))
		}
	}
}

// noteName writes a note's path as its keys stand in the file ("open:",
// "open: how_it_works:").
func noteName(key string) string {
	return strings.ReplaceAll(key, "/", ": ") + ":"
}
