package i18n

import (
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// Catalogue is every language's words, by language code and key.
type Catalogue struct {
	langs map[string]map[string]string
}

// limits bound a catalogue file: the real ones are about 40 KB.
var limits = yamlpos.Limits{MaxBytes: 1 << 20, MaxDepth: 4, MaxNodes: 20_000}

// Load reads every LANG.yaml at the top of fsys; shown is the folder name
// problems are reported under (for example "i18n"). Each file must be a
// flat mapping of keys to texts. The catalogue holds the files that could
// be read, even when others have problems.
func Load(fsys fs.FS, shown string) (*Catalogue, yamlpos.List) {
	c := &Catalogue{langs: map[string]map[string]string{}}
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return c, yamlpos.List{{File: shown, Msg: err.Error()}}
	}
	var errs yamlpos.List
	for _, name := range names {
		file := path.Join(shown, name)
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, &yamlpos.Error{File: file, Msg: "cannot read the file: " + err.Error()})
			continue
		}
		d, perrs := yamlpos.Parse(file, b, limits)
		if len(perrs) > 0 {
			errs = append(errs, perrs...)
			continue
		}
		obj, ok := d.Value.(map[string]any)
		if !ok {
			errs = append(errs, d.At("", "an interface catalogue must be a mapping of keys to texts", "key: \"text\" lines", "start from a copy of i18n/en.yaml"))
			continue
		}
		m := make(map[string]string, len(obj))
		for k, v := range obj {
			s, ok := v.(string)
			if !ok {
				errs = append(errs, d.At(yamlpos.Pointer("", k), "the text of "+k+" is not a string", "a text in quotes", "write the text in double quotes"))
				continue
			}
			m[k] = s
		}
		c.langs[strings.TrimSuffix(name, ".yaml")] = m
	}
	if _, ok := c.langs[guide.SourceLang]; !ok && len(errs) == 0 {
		errs = append(errs, &yamlpos.Error{File: path.Join(shown, guide.SourceLang+".yaml"), Msg: "the English catalogue is missing",
			Expected: "the source language's words, which every other language falls back to", Fix: "restore " + guide.SourceLang + ".yaml"})
	}
	return c, errs.Sort()
}

var (
	embedded     *Catalogue
	embeddedErrs yamlpos.List
	embedOnce    sync.Once
)

// Embedded returns the catalogue built into the binary.
func Embedded() (*Catalogue, yamlpos.List) {
	embedOnce.Do(func() { embedded, embeddedErrs = Load(FS, "i18n") })
	return embedded, embeddedErrs
}

// Missing returns the keys of ref's English catalogue that start with one
// of the prefixes and are missing from c's English catalogue, sorted: what
// a catalogue read from a checkout lacks that this program uses.
func (c *Catalogue) Missing(ref *Catalogue, prefixes ...string) []string {
	var out []string
	for k := range ref.langs[guide.SourceLang] {
		if _, ok := c.langs[guide.SourceLang][k]; ok {
			continue
		}
		for _, p := range prefixes {
			if strings.HasPrefix(k, p) {
				out = append(out, k)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// Has reports whether the catalogue has a file for lang.
func (c *Catalogue) Has(lang string) bool {
	_, ok := c.langs[lang]
	return ok
}

// Languages returns the codes of the languages with a catalogue, sorted.
func (c *Catalogue) Languages() []string {
	out := make([]string, 0, len(c.langs))
	for l := range c.langs {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Keys returns the keys of lang's catalogue, sorted.
func (c *Catalogue) Keys(lang string) []string {
	out := make([]string, 0, len(c.langs[lang]))
	for k := range c.langs[lang] {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Words returns the words of one language, with English for any key the
// language lacks.
func (c *Catalogue) Words(lang string) Words {
	return Words{lang: lang, m: c.langs[lang], src: c.langs[guide.SourceLang]}
}

// Words are the texts of one language.
type Words struct {
	lang   string
	m, src map[string]string
}

// Lang returns the language code the words were asked for.
func (w Words) Lang() string { return w.lang }

// Has reports whether the language itself (not its English fallback) has
// a text for key.
func (w Words) Has(key string) bool {
	_, ok := w.m[key]
	return ok
}

// Text returns the text of key as it is written, placeholders and all: in
// the language, else in English, else a visible marker naming the missing
// key (a test checks that every key the program uses exists).
func (w Words) Text(key string) string {
	if s, ok := w.Lookup(key); ok {
		return s
	}
	return "[no text for " + key + "]"
}

// Lookup returns the text of key in the language, else in English; ok is
// false when neither has it.
func (w Words) Lookup(key string) (string, bool) {
	if s, ok := w.m[key]; ok {
		return s, true
	}
	s, ok := w.src[key]
	return s, ok
}

// T returns the text of key with its placeholders filled from name, value
// pairs: T("report_points_of", "earned", "35", "possible", "60").
func (w Words) T(key string, pairs ...string) string { return Fill(w.Text(key), pairs...) }

var placeholder = regexp.MustCompile(`\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// Fill replaces each {name} in s that the name, value pairs name with its
// value, in one pass (a value is never read for placeholders); other
// braces stay.
func Fill(s string, pairs ...string) string {
	if len(pairs) < 2 || !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			break
		}
		name := s[i+1 : i+j]
		v, ok := lookup(pairs, name)
		if !ok || !isName(name) {
			// Not a placeholder with a value: keep the brace and go on
			// after it.
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteString(v)
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// lookup returns the value of name in name, value pairs.
func lookup(pairs []string, name string) (string, bool) {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i] == name {
			return pairs[i+1], true
		}
	}
	return "", false
}

// isName reports whether s is a placeholder name: a letter or "_", then
// letters, digits and "_".
func isName(s string) bool {
	for i, r := range s {
		if r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9' {
			continue
		}
		return false
	}
	return s != ""
}

// Placeholders returns the names of the {name} placeholders in s, sorted,
// each once.
func Placeholders(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			out = append(out, m[1])
		}
	}
	sort.Strings(out)
	return out
}
