package lint

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// Words splits text into lower-case words: runs of letters, digits and
// combining marks. Punctuation, hyphens and white space separate words.
func Words(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
	})
	for i, w := range f {
		f[i] = strings.ToLower(w)
	}
	return f
}

// Pattern is a wording to avoid: one or more words, the first of which may
// start with * and the last of which may end with * (any letters there).
type Pattern struct {
	Text      string // as written in the glossary
	Preferred string // the glossary term to use instead
	TermID    string // the glossary term or term base name that declares it
	name      bool   // declared in the term base (names:), not by a term
	glossary  string // the file that declares it
	words     []string
	openStart bool
	openEnd   bool
	declared  string // declaredIn, computed once
}

// patterns is one language's avoid list, indexed by each pattern's first
// word so that a text is read once, not once per pattern: a pattern whose
// first word must match exactly is tried only where that word stands;
// the others ("*word", "word*") are tried everywhere.
type patterns struct {
	list    []Pattern
	byFirst map[string][]int
	open    []int
}

// newPatterns indexes a list of patterns, keeping its order.
func newPatterns(list []Pattern) *patterns {
	ps := &patterns{list: list, byFirst: map[string][]int{}}
	for i := range list {
		p := &list[i]
		if p.declared == "" {
			p.declared = p.declaredIn()
		}
		switch {
		case len(p.words) == 0:
		case p.openStart || p.openEnd && len(p.words) == 1:
			ps.open = append(ps.open, i)
		default:
			ps.byFirst[p.words[0]] = append(ps.byFirst[p.words[0]], i)
		}
	}
	return ps
}

// match is a place where a pattern matched: the pattern, the first word
// and the number of words.
type match struct{ pat, at, n int }

// each calls fn for every place a pattern matches words, in the order of
// the list and, for one pattern, of the words; matches of one pattern do
// not overlap. With first, only the first place of each pattern is given.
func (ps *patterns) each(words []string, first bool, fn func(m match)) {
	if ps == nil || len(ps.list) == 0 {
		return
	}
	var found []match
	next := make(map[int]int) // pattern -> first word it may match again
	try := func(pi, i int) {
		if j, ok := next[pi]; ok && (first || i < j) {
			return
		}
		if n, ok := ps.list[pi].Match(words, i); ok {
			found = append(found, match{pi, i, n})
			next[pi] = i + n
		}
	}
	for i, w := range words {
		for _, pi := range ps.byFirst[w] {
			try(pi, i)
		}
		for _, pi := range ps.open {
			try(pi, i)
		}
	}
	slices.SortStableFunc(found, func(a, b match) int { return a.pat - b.pat })
	for _, m := range found {
		fn(m)
	}
}

// NewPattern parses an avoid entry.
func NewPattern(text string) Pattern {
	p := Pattern{Text: text}
	t := strings.TrimSpace(text)
	p.openStart = strings.HasPrefix(t, "*")
	p.openEnd = strings.HasSuffix(t, "*")
	p.words = Words(strings.Trim(t, "*"))
	return p
}

// Match reports whether words[i:] starts with the pattern, and how many
// words it spans.
func (p Pattern) Match(words []string, i int) (int, bool) {
	n := len(p.words)
	if n == 0 || i+n > len(words) {
		return 0, false
	}
	for k, pw := range p.words {
		w := words[i+k]
		switch {
		case n == 1 && p.openStart && p.openEnd:
			if !strings.Contains(w, pw) {
				return 0, false
			}
		case k == 0 && p.openStart:
			if !strings.HasSuffix(w, pw) {
				return 0, false
			}
		case k == n-1 && p.openEnd:
			if !strings.HasPrefix(w, pw) {
				return 0, false
			}
		default:
			if w != pw {
				return 0, false
			}
		}
	}
	return n, true
}

// strings visits every string value in a document with its pointer.
func eachString(v any, ptr string, fn func(ptr, s string)) {
	switch t := v.(type) {
	case string:
		fn(ptr, t)
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			eachString(t[k], yamlpos.Pointer(ptr, k), fn)
		}
	case []any:
		for i, e := range t {
			eachString(e, fmt.Sprintf("%s/%d", ptr, i), fn)
		}
	}
}

// skipText says whether a string is not prose: the from: hashes, the
// $schema hint and the language metadata.
func skipText(ptr string) bool {
	return strings.HasSuffix(ptr, "/from") || ptr == "/$schema" || strings.HasPrefix(ptr, "/language/")
}

// isAvoidList says whether a string is one of the glossary's avoid
// entries, of a term or of a name of the term base.
func isAvoidList(ptr string) bool {
	if !strings.HasPrefix(ptr, "/terms/") && !strings.HasPrefix(ptr, "/names/") {
		return false
	}
	parts := strings.Split(ptr, "/")
	return len(parts) == 5 && parts[3] == "avoid"
}

// avoided is one language's avoid list: every avoid: entry of its
// glossary's terms and of its term base (names:), each with the preferred
// wording and the entry that declares it.
func avoided(t *load.Tree) map[string][]Pattern {
	byLang := map[string][]Pattern{}
	for _, f := range t.Texts {
		for _, id := range slices.Sorted(maps.Keys(f.Text.Terms)) {
			term := f.Text.Terms[id]
			for _, a := range term.Avoid {
				p := NewPattern(a)
				p.Preferred, p.TermID, p.glossary = term.Term, id, f.Doc.File
				byLang[f.Lang] = append(byLang[f.Lang], p)
			}
		}
		for _, id := range slices.Sorted(maps.Keys(f.Text.Names)) {
			n := f.Text.Names[id]
			for _, a := range n.Avoid {
				p := NewPattern(a)
				p.Preferred, p.TermID, p.name, p.glossary = n.Name, id, true, f.Doc.File
				byLang[f.Lang] = append(byLang[f.Lang], p)
			}
		}
	}
	return byLang
}

// declaredIn is the pointer prefix of the glossary entry that declares the
// pattern: that entry may name the wording (that is how it says what to
// avoid).
func (p Pattern) declaredIn() string {
	if p.declared != "" {
		return p.declared
	}
	if p.name {
		return yamlpos.Pointer("/names", p.TermID) + "/"
	}
	return yamlpos.Pointer("/terms", p.TermID) + "/"
}

// problem words the error for a use of an avoided wording found at pos.
func (p Pattern) problem(file string, pos yamlpos.Pos, ptr, found string) *yamlpos.Error {
	e := &yamlpos.Error{File: file, Line: pos.Line, Column: pos.Column, Pointer: ptr}
	if p.name {
		e.Msg = fmt.Sprintf("avoided variant %q of the name %q (term base: %s)", found, p.Preferred, p.Text)
		e.Expected = fmt.Sprintf("the preferred form %q", p.Preferred)
		e.Fix = fmt.Sprintf("write %q (see names: %s in %s)", p.Preferred, p.TermID, p.glossary)
		return e
	}
	e.Msg = fmt.Sprintf("avoided wording %q (glossary: %s)", found, p.Text)
	e.Expected = fmt.Sprintf("the preferred term %q", p.Preferred)
	e.Fix = fmt.Sprintf("rephrase with %q (see glossary term %s)", p.Preferred, p.TermID)
	return e
}

// terminology flags avoided wordings (the glossary's terms and the term
// base's names) in every text of their language: the checklists' texts
// and, when root is not "", the checkout's hand-written pages
// (content/LANG/*.md) and interface strings (i18n/LANG.yaml). The glossary
// entry that declares a wording may name it.
func terminology(t *load.Tree, root string) yamlpos.List {
	byLang := map[string]*patterns{}
	for lang, list := range avoided(t) {
		byLang[lang] = newPatterns(list)
	}
	var errs yamlpos.List
	for _, f := range t.Texts {
		errs = append(errs, avoidedInDoc(f.Doc, byLang[f.Lang])...)
	}
	if root == "" {
		return errs
	}
	for _, lang := range slices.Sorted(maps.Keys(byLang)) {
		pats := byLang[lang]
		if file := filepath.Join(root, "i18n", lang+".yaml"); fileExists(file) {
			b, err := os.ReadFile(file)
			if err != nil {
				errs = append(errs, &yamlpos.Error{File: relTo(root, file), Msg: "cannot read: " + err.Error()})
				continue
			}
			doc, perrs := yamlpos.Parse(relTo(root, file), b, yamlpos.Limits{})
			if len(perrs) > 0 {
				errs = append(errs, perrs...)
				continue
			}
			errs = append(errs, avoidedInDoc(doc, pats)...)
		}
		pages, _ := filepath.Glob(filepath.Join(root, "content", lang, "*.md"))
		for _, page := range pages {
			b, err := os.ReadFile(page)
			if err != nil {
				errs = append(errs, &yamlpos.Error{File: relTo(root, page), Msg: "cannot read: " + err.Error()})
				continue
			}
			errs = append(errs, avoidedInPage(relTo(root, page), string(b), pats)...)
		}
	}
	return errs
}

// avoidedInDoc checks every string of a YAML document, once per pattern
// and string.
func avoidedInDoc(d *yamlpos.Doc, pats *patterns) yamlpos.List {
	if pats == nil || len(pats.list) == 0 {
		return nil
	}
	var errs yamlpos.List
	eachString(d.Value, "", func(ptr, s string) {
		if skipText(ptr) || isAvoidList(ptr) {
			return
		}
		words := Words(s)
		pats.each(words, true, func(m match) {
			p := &pats.list[m.pat]
			if strings.HasPrefix(ptr, p.declared) {
				return
			}
			errs = append(errs, p.problem(d.File, d.Find(ptr, words[m.at]), ptr, strings.Join(words[m.at:m.at+m.n], " ")))
		})
	})
	return errs
}

// posWord is a word of a page with the place it starts.
type posWord struct {
	word string
	pos  yamlpos.Pos
}

// pageWords splits a page into lower-case words as Words does, each with
// its line and column (counted in characters, from 1).
func pageWords(src string) []posWord {
	var out []posWord
	line, col := 1, 0
	var cur []rune
	var start yamlpos.Pos
	flush := func() {
		if len(cur) > 0 {
			out = append(out, posWord{strings.ToLower(string(cur)), start})
			cur = cur[:0]
		}
	}
	for _, r := range src {
		col++
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if len(cur) == 0 {
				start = yamlpos.Pos{Line: line, Column: col}
			}
			cur = append(cur, r)
			continue
		}
		flush()
		if r == '\n' {
			line, col = line+1, 0
		}
	}
	flush()
	return out
}

// avoidedInPage checks a hand-written page (Markdown with front matter):
// each pattern is reported at every place it is used.
func avoidedInPage(file, src string, pats *patterns) yamlpos.List {
	pw := pageWords(strings.TrimPrefix(src, "\ufeff"))
	words := make([]string, len(pw))
	for i, w := range pw {
		words[i] = w.word
	}
	var errs yamlpos.List
	pats.each(words, false, func(m match) {
		p := &pats.list[m.pat]
		errs = append(errs, p.problem(file, pw[m.at].pos, "", strings.Join(words[m.at:m.at+m.n], " ")))
	})
	return errs
}

func fileExists(name string) bool {
	st, err := os.Stat(name)
	return err == nil && !st.IsDir()
}

// relTo names a file of the checkout as messages do: relative to the
// checkout, with forward slashes.
func relTo(root, file string) string {
	if r, err := filepath.Rel(root, file); err == nil {
		return filepath.ToSlash(r)
	}
	return file
}

// gramKey hashes n consecutive words; collisions are harmless because a
// hit is confirmed against the words themselves before it is reported.
func gramKey(hashes []uint64) uint64 {
	var k uint64
	for _, h := range hashes {
		k = k*1099511628211 + h
	}
	return k
}

func wordHashes(words []string) []uint64 {
	out := make([]uint64, len(words))
	for i, w := range words {
		h := uint64(14695981039346656037)
		for j := 0; j < len(w); j++ {
			h ^= uint64(w[j])
			h *= 1099511628211
		}
		out[i] = h
	}
	return out
}

// sourceGrams indexes the n-word runs of the primary sources by language.
type sourceGrams struct {
	n     int
	byKey map[string]map[uint64]gramHit // lang -> key -> first place
	words map[string][]string           // source id -> its words
}

type gramHit struct {
	source string
	at     int
}

func loadGrams(g *guide.Guide, seeds string, n int) (*sourceGrams, error) {
	sg := &sourceGrams{n: n, byKey: map[string]map[uint64]gramHit{}, words: map[string][]string{}}
	for _, s := range g.Sources {
		if s.Kind != "primary" || s.File == "" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(seeds, s.File))
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", s.File, err)
		}
		w := Words(string(b))
		sg.words[s.ID] = w
		h := wordHashes(w)
		m := sg.byKey[s.Language]
		if m == nil {
			m = map[uint64]gramHit{}
			sg.byKey[s.Language] = m
		}
		for i := 0; i+n <= len(w); i++ {
			k := gramKey(h[i : i+n])
			if _, ok := m[k]; !ok {
				m[k] = gramHit{s.ID, i}
			}
		}
	}
	return sg, nil
}

// shared returns the longest run starting at a copied n-gram in words, or
// ok false.
func (sg *sourceGrams) shared(lang string, words []string) (src string, from, to int, ok bool) {
	m := sg.byKey[lang]
	if len(m) == 0 || len(words) < sg.n {
		return "", 0, 0, false
	}
	h := wordHashes(words)
	for i := 0; i+sg.n <= len(words); i++ {
		hit, found := m[gramKey(h[i:i+sg.n])]
		if !found || !equalWords(sg.words[hit.source][hit.at:hit.at+sg.n], words[i:i+sg.n]) {
			continue
		}
		j := i + sg.n
		for j < len(words) {
			if _, ok := m[gramKey(h[j-sg.n+1:j+1])]; !ok {
				break
			}
			j++
		}
		return hit.source, i, j, true
	}
	return "", 0, 0, false
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// ownWords flags any text that shares a run of n or more consecutive words
// with a source document in the same language.
func ownWords(t *load.Tree, g *guide.Guide, seeds string, n int) (yamlpos.List, []string) {
	if st, err := os.Stat(seeds); err != nil || !st.IsDir() {
		return nil, []string{"own words: source documents folder " + seeds + " not found"}
	}
	sg, err := loadGrams(g, seeds, n)
	if err != nil {
		return nil, []string{"own words: " + err.Error()}
	}
	var errs yamlpos.List
	for _, f := range t.Texts {
		if len(sg.byKey[f.Lang]) == 0 {
			continue
		}
		eachString(f.Doc.Value, "", func(ptr, s string) {
			if skipText(ptr) {
				return
			}
			w := Words(s)
			src, i, j, ok := sg.shared(f.Lang, w)
			if !ok {
				return
			}
			pos := f.Doc.Find(ptr, w[i])
			errs = append(errs, &yamlpos.Error{File: f.Doc.File, Line: pos.Line, Column: pos.Column, Pointer: ptr,
				Msg:      fmt.Sprintf("%d consecutive words are copied from source %s: %q", j-i, src, strings.Join(w[i:j], " ")),
				Expected: fmt.Sprintf("the text in your own words (fewer than %d words in a row shared with a source)", n),
				Fix:      "rephrase this passage; keep the facts and figures, not the sentence"})
		})
	}
	return errs, nil
}
