// Package sitegen writes what the Hugo site is generated from: per language
// the whole guide as JSON data (structure and text merged, English where a
// text is missing, marked untranslated), one Markdown stub per generated
// page, and the site's language and mount configuration, so that a new
// language needs no code. The layouts' side of the contract is in
// layouts/README.md.
package sitegen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/exitguide/exitguide/internal/guide"
)

// Status is one language's translation state, for the status page.
type Status struct {
	Lang       string   `json:"lang"`
	Total      int      `json:"total"`
	Translated int      `json:"translated"`
	Outdated   []string `json:"outdated"` // "kind id" of entries whose English changed since
	Missing    []string `json:"missing"`  // "kind id" of entries with no text
	Percent    float64  `json:"percent"`
}

// Files is the generated output: path (slash-separated, from the repository
// root) to content.
type Files map[string][]byte

// Generate builds every generated file from the guide. ui holds the site's
// interface strings per language (i18n/LANG.yaml), used for page titles,
// the words of the citation lists and the self-check page.
func Generate(g *guide.Guide, ui map[string]map[string]string, status []Status) (Files, error) {
	out := Files{}
	out["config/_default/languages.toml"] = languagesTOML(g)
	out["config/_default/module.toml"] = moduleTOML(g)
	// The languages are independent: each is made on its own goroutine.
	results := make([]Files, len(g.Languages))
	errs := make([]error, len(g.Languages))
	var wg sync.WaitGroup
	for i, l := range g.Languages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = languageFiles(g, l, ui, status)
		}()
	}
	wg.Wait()
	for i := range g.Languages {
		if errs[i] != nil {
			return nil, errs[i]
		}
		for p, b := range results[i] {
			out[p] = b
		}
	}
	st, err := json.MarshalIndent(status, "", " ")
	if err != nil {
		return nil, err
	}
	out["generated/data/status.json"] = append(st, '\n')
	return out, nil
}

// languageFiles is what Generate writes for one language: its pages, its
// guide data with the texts as HTML, the self-check page's data file.
func languageFiles(g *guide.Guide, l guide.Language, ui map[string]map[string]string, status []Status) (Files, error) {
	out := Files{}
	pages, err := contentPages(g, l.Code, ui)
	if err != nil {
		return nil, err
	}
	for p, body := range pages {
		out["generated/content/"+l.Code+"/"+p] = body
	}
	data := langData(g, l.Code)
	if err := addHTML(g, l, &data, ui); err != nil {
		return nil, err
	}
	gd, err := indentedJSON(data)
	if err != nil {
		return nil, err
	}
	out[GuideData(l.Code)] = gd
	h := newHTMLMaker(g, l, data, ui)
	bs, err := bodies(&data, h)
	if err != nil {
		return nil, err
	}
	// The translation status page's body: every language's status (body_pages.go).
	bs["/translation-status"] = statusBody(g, status, h)
	if h.err != nil {
		return nil, h.err
	}
	if out[CitationsData(l.Code)], err = citationsData(&data, h); err != nil {
		return nil, err
	}
	for path, body := range bs {
		out[BodyAsset(l.Code, path)] = []byte(body)
	}
	sc, err := selfCheckData(g, l, data, ui)
	if err != nil {
		return nil, err
	}
	out[SelfCheckAsset(l.Code)] = sc
	if err := planFiles(g, l, ui, h, out); err != nil {
		return nil, err
	}
	if err := fitFiles(g, l, data, ui, out); err != nil {
		return nil, err
	}
	return out, nil
}

// indentedJSON is v as JSON one field a line (map keys sorted), not
// escaped for HTML (\u003c for <): its strings hold HTML, and a diff of
// the file stays readable.
func indentedJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Write writes files under root and removes generated files that are no
// longer produced; it returns the paths it changed, sorted.
func Write(root string, files Files) ([]string, error) {
	var changed []string
	for p, b := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if old, err := os.ReadFile(full); err == nil && bytes.Equal(old, b) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(full, b, 0o644); err != nil {
			return nil, err
		}
		changed = append(changed, p)
	}
	gen := filepath.Join(root, "generated")
	var dirs []string
	err := filepath.WalkDir(gen, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			dirs = append(dirs, p)
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		if _, keep := files[filepath.ToSlash(rel)]; !keep {
			if err := os.Remove(p); err != nil {
				return err
			}
			changed = append(changed, filepath.ToSlash(rel)+" (removed)")
		}
		return nil
	})
	// Folders left empty (a kind of file the generator no longer writes
	// there) go too, deepest first; a folder that is not empty stays.
	for i := len(dirs) - 1; i > 0; i-- {
		os.Remove(dirs[i])
	}
	sort.Strings(changed)
	return changed, err
}

func languagesTOML(g *guide.Guide) []byte {
	var b bytes.Buffer
	b.WriteString("# Generated by `exitguide build` from checklists/text/LANG/language.yaml: do not edit.\n")
	b.WriteString("# A new language is a new folder there (and i18n/LANG.yaml); no code changes.\n")
	for _, l := range g.Languages {
		fmt.Fprintf(&b, "\n[%s]\n  label = %q\n  locale = %q\n  direction = %q\n  weight = %d\n", l.Code, l.Name, l.Locale, l.Direction, l.Order)
		// How the language writes numbers and separates CSV cells, for the
		// browser self-check.
		fmt.Fprintf(&b, "  [%s.params]\n    decimal = %q\n    percent = %q\n    csv_separator = %q\n", l.Code, l.Decimal, l.Percent, string(l.Separator()))
	}
	return b.Bytes()
}

func moduleTOML(g *guide.Guide) []byte {
	var b bytes.Buffer
	b.WriteString(`# Generated by ` + "`exitguide build`" + ` from checklists/text/LANG/language.yaml: do not edit.
#
# Every language has two content mounts: content/LANG (hand-written pages,
# which win over generated ones at the same path) and generated/content/LANG
# (pages written by exitguide build). Once any content mount is configured
# Hugo adds no default one.
`)
	for _, l := range g.Languages {
		for _, src := range []string{"content/" + l.Code, "generated/content/" + l.Code} {
			fmt.Fprintf(&b, "\n[[mounts]]\n  source = %q\n  target = \"content\"\n  [mounts.sites.matrix]\n    languages = [%q]\n", src, l.Code)
		}
	}
	b.WriteString(`
# Language-independent components.
[[mounts]]
  source = "data"
  target = "data"
[[mounts]]
  source = "generated/data"
  target = "data"
[[mounts]]
  source = "layouts"
  target = "layouts"
[[mounts]]
  source = "i18n"
  target = "i18n"
  # Only the catalogues: the folder also holds the Go package that embeds them.
  files = ["**.yaml"]
[[mounts]]
  source = "assets"
  target = "assets"
# The self-check page's data file per language, written by exitguide build.
[[mounts]]
  source = "generated/assets"
  target = "assets"
[[mounts]]
  source = "static"
  target = "static"

# The JSON Schemas, published at <site>schemas/NAME.schema.json: their $id,
# and the address the modeline of every proposal file points at.
[[mounts]]
  source = "schemas"
  target = "static/schemas"
  files = ["*.schema.json"]
`)
	return b.Bytes()
}

// page renders a Markdown stub with YAML front matter.
func page(front map[string]any, body string) []byte {
	keys := make([]string, 0, len(front))
	for k := range front {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	b.WriteString("---\n# Generated by `exitguide build`: do not edit.\n")
	for _, k := range keys {
		v, _ := json.Marshal(front[k]) // JSON is valid YAML, and quotes safely
		fmt.Fprintf(&b, "%s: %s\n", k, v)
	}
	b.WriteString("---\n")
	b.WriteString(body)
	return b.Bytes()
}

func title(ui map[string]map[string]string, lang, key string) (string, error) {
	if t := ui[lang][key]; t != "" {
		return t, nil
	}
	if t := ui[guide.SourceLang][key]; t != "" {
		return t, nil
	}
	return "", fmt.Errorf("i18n/%s.yaml has no %q", lang, key)
}

func contentPages(g *guide.Guide, lang string, ui map[string]map[string]string) (map[string][]byte, error) {
	out := map[string][]byte{}
	// Each page's title, and the description its card shows on the home
	// and models pages (i18n desc_ keys; "" where the page has no card).
	simple := []struct{ path, key, desc, typ string }{
		{"models/_index.md", "nav_models", "desc_models", ""},
		{"compare.md", "nav_compare", "desc_compare", "compare"},
		{"sources.md", "nav_sources", "desc_sources", "sources"},
		{"glossary.md", "nav_glossary", "desc_glossary", "glossary"},
		{"methods/_index.md", "nav_methods", "desc_methods", ""},
		{"recommendations.md", "nav_recommendations", "desc_recommendations", "recommendations"},
		{"self-check.md", "nav_selfcheck", "desc_selfcheck", "selfcheck"},
		{"group-compare.md", "groupcompare_title", "", "groupcompare"},
		{"plan.md", "plan_page_title", "desc_plan", "plan"},
		{"translation-status.md", "translation_status", "", "status"},
		{"print/_index.md", "print_packs", "", ""},
		{"models/core.md", "common_core", "desc_core", "core"},
	}
	for _, s := range simple {
		t, err := title(ui, lang, s.key)
		if err != nil {
			return nil, err
		}
		front := map[string]any{"title": t}
		if s.desc != "" {
			d, err := title(ui, lang, s.desc)
			if err != nil {
				return nil, err
			}
			front["description"] = d
		}
		if s.typ != "" {
			front["type"] = s.typ
		}
		if s.typ == "core" {
			front["weight"] = 0
		}
		if s.path == "models/_index.md" && len(g.FitQuestions) > 0 {
			front["params"] = map[string]any{"tools": []string{FitPagePath}} // layouts/section.html links it
		}
		out[s.path] = page(front, "")
	}
	for _, m := range g.Models {
		mt, got := guide.TextOf(g, lang, guide.ModelTexts, m.ID)
		front := map[string]any{"title": mt.Name, "type": "model", "weight": m.Order, "description": oneLine(mt.Summary),
			"params": map[string]any{"id": m.ID, "untranslated": got != lang}}
		out["models/"+m.ID+".md"] = page(front, "")
		// A print pack repeats its model page for paper, so search leaves
		// it out: one result per model, and a smaller, faster index.
		out["print/"+m.ID+".md"] = page(map[string]any{"title": mt.Name, "type": "printpack", "weight": m.Order,
			"params": map[string]any{"id": m.ID, "untranslated": got != lang, "search_exclude": true}}, "")
	}
	for i, m := range g.Methods {
		mt, got := guide.TextOf(g, lang, guide.MethodTexts, m.ID)
		front := map[string]any{"title": mt.Name, "type": "method", "weight": i + 1, "description": oneLine(mt.Summary),
			"params": map[string]any{"id": m.ID, "untranslated": got != lang}}
		out["methods/"+m.ID+".md"] = page(front, "")
	}
	return out, nil
}

// oneLine turns Markdown into a plain one-line description: the whole
// text (model cards show it all; a cut mid-word read as an error).
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer("**", "", "__", "", "`", "", "#", "").Replace(s)
}
