package lint

import (
	"fmt"
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
	TermID    string
	words     []string
	openStart bool
	openEnd   bool
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

// isAvoidList says whether a string is one of the glossary's avoid entries.
func isAvoidList(ptr string) bool {
	if !strings.HasPrefix(ptr, "/terms/") {
		return false
	}
	parts := strings.Split(ptr, "/")
	return len(parts) == 5 && parts[3] == "avoid"
}

// terminology flags avoided wordings in every text of their language. The
// glossary entry that declares a wording may name it (that is how it says
// what to avoid).
func terminology(t *load.Tree) yamlpos.List {
	byLang := map[string][]Pattern{}
	for _, f := range t.Texts {
		for id, term := range f.Text.Terms {
			for _, a := range term.Avoid {
				p := NewPattern(a)
				p.Preferred, p.TermID = term.Term, id
				byLang[f.Lang] = append(byLang[f.Lang], p)
			}
		}
	}
	var errs yamlpos.List
	for _, f := range t.Texts {
		pats := byLang[f.Lang]
		if len(pats) == 0 {
			continue
		}
		eachString(f.Doc.Value, "", func(ptr, s string) {
			if skipText(ptr) || isAvoidList(ptr) {
				return
			}
			words := Words(s)
			for _, p := range pats {
				if strings.HasPrefix(ptr, yamlpos.Pointer("/terms", p.TermID)+"/") {
					continue
				}
				for i := range words {
					if n, ok := p.Match(words, i); ok {
						found := strings.Join(words[i:i+n], " ")
						pos := f.Doc.Find(ptr, words[i])
						errs = append(errs, &yamlpos.Error{File: f.Doc.File, Line: pos.Line, Column: pos.Column, Pointer: ptr,
							Msg:      fmt.Sprintf("avoided wording %q (glossary: %s)", found, p.Text),
							Expected: fmt.Sprintf("the preferred term %q", p.Preferred),
							Fix:      fmt.Sprintf("rephrase with %q (see glossary term %s)", p.Preferred, p.TermID)})
						break
					}
				}
			}
		})
	}
	return errs
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
