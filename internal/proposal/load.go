package proposal

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/suggest"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// Limits bound what a proposal file may cost to read. A proposal is a few
// tens of kilobytes (a full template with long evidence stays far below
// 1 MB), so the limits are tighter than for checklists: parsing the largest
// file accepted stays well under a second.
var Limits = yamlpos.Limits{MaxBytes: 1 << 20, MaxDepth: 32, MaxNodes: 100_000}

// fields are the top-level keys of a proposal, in the order of the template.
var fields = []string{"proposal", "locality", "organisations", "models", "date", "assessed_by", "language", "answers"}

// answerFields are the keys of one answer.
var answerFields = []string{"status", "evidence", "owner", "due", "reason", "notes"}

// ReadFile reads a proposal file from disk and loads it (see Load); it
// also returns the language its problems are reported in. A missing path,
// a folder or a file over the size limit is reported without reading it
// (the size is checked again on what is read, for files that grow or do
// not know their size), in the language m chooses without the file.
func ReadFile(path string, g *guide.Guide, m Messages) (*Proposal, yamlpos.List, string) {
	lang, _ := m.Choose(g, nil)
	t := m.texts(lang)
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, yamlpos.List{t.bare(path, "read.missing")}, t.lang
	case err != nil:
		return nil, yamlpos.List{t.bare(path, "read.error", "detail", err.Error())}, t.lang
	case st.IsDir():
		return nil, yamlpos.List{t.bare(path, "read.dir")}, t.lang
	case st.Mode().IsRegular() && st.Size() > int64(Limits.MaxBytes):
		return nil, yamlpos.List{t.bare(path, "parse.too-large", "size", yamlpos.Size(st.Size()), "max", yamlpos.Size(int64(Limits.MaxBytes)))}, t.lang
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, yamlpos.List{t.bare(path, "read.error", "detail", err.Error())}, t.lang
	}
	defer f.Close()
	// Read at most one byte more than the limit: enough to know it is too
	// large, whatever the file (or a FIFO) claims.
	data, err := io.ReadAll(io.LimitReader(f, int64(Limits.MaxBytes)+1))
	if err != nil {
		return nil, yamlpos.List{t.bare(path, "read.error", "detail", err.Error())}, t.lang
	}
	p, errs := Load(path, data, g, m)
	lang, _ = m.Choose(g, data)
	return p, errs, lang
}

// Load parses and validates one proposal. Every problem is reported at
// once, each at its file:line:column, in the language m chooses for the
// file (Messages.Choose). The proposal is nil when there is any problem.
func Load(file string, data []byte, g *guide.Guide, m Messages) (*Proposal, yamlpos.List) {
	lang, why := m.Choose(g, data)
	t := m.texts(lang)
	doc, perrs := yamlpos.Parse(file, data, Limits)
	if len(perrs) > 0 {
		out := make(yamlpos.List, len(perrs))
		for i, e := range perrs {
			out[i] = t.translate(e)
		}
		return nil, t.capped(out.Sort())
	}
	v := validator{t: t, d: doc, g: g, why: why}
	v.check()
	if len(v.errs) > 0 {
		return nil, t.capped(v.errs.Sort())
	}
	return decode(doc.Value.(map[string]any)), nil
}

// MaxErrors is the most problems Load lists for one file; past it, one
// more entry says how many are not listed. A file with thousands of
// problems needs one fix (it is the wrong file, or a generated one), not
// a hundred thousand lines, and listing them costs time and memory.
var MaxErrors = 200

// capped keeps the first MaxErrors problems of a sorted list and adds one
// that counts the rest, at the place of the first one not listed.
func (t texts) capped(errs yamlpos.List) yamlpos.List {
	if len(errs) <= MaxErrors {
		return errs
	}
	next := errs[MaxErrors]
	more := t.fill(&yamlpos.Error{File: next.File, Line: next.Line, Column: next.Column}, "errors.more",
		[]string{"more", strconv.Itoa(len(errs) - MaxErrors), "total", strconv.Itoa(len(errs))})
	return append(errs[:MaxErrors:MaxErrors], more)
}

// decode builds the Proposal from a validated document directly (a JSON
// round trip through Doc.Decode costs as much as the validation).
func decode(m map[string]any) *Proposal {
	str := func(x any) string { s, _ := x.(string); return s }
	list := func(x any) []string {
		l, _ := x.([]any)
		out := make([]string, len(l))
		for i, v := range l {
			out[i] = str(v)
		}
		return out
	}
	p := &Proposal{Schema: str(m["$schema"]), Proposal: Version, Locality: str(m["locality"]), Organisations: list(m["organisations"]),
		Models: list(m["models"]), Date: str(m["date"]), AssessedBy: str(m["assessed_by"]), Language: str(m["language"])}
	answers, _ := m["answers"].(map[string]any)
	p.Answers = make(map[string]Answer, len(answers))
	for id, x := range answers {
		a, _ := x.(map[string]any)
		p.Answers[id] = Answer{Status: str(a["status"]), Evidence: str(a["evidence"]), Owner: str(a["owner"]),
			Due: str(a["due"]), Reason: str(a["reason"]), Notes: str(a["notes"])}
	}
	return p
}

type validator struct {
	t    texts
	why  string // why t's language was chosen (Chosen*)
	d    *yamlpos.Doc
	g    *guide.Guide
	errs yamlpos.List
}

func (v *validator) add(e *yamlpos.Error) { v.errs = append(v.errs, e) }

// suggest reports whether "did you mean" suggestions are still worth their
// cost: past MaxErrors problems most are not listed (see capped), and on a
// file of tens of thousands of unknown ids the edit distances would cost
// seconds.
func (v *validator) suggest() bool { return len(v.errs) < MaxErrors }

func (v *validator) check() {
	root, ok := v.d.Value.(map[string]any)
	if !ok {
		v.add(v.t.at(v.d, "", "doc.not-mapping"))
		return
	}
	suggested := v.unknownKeys("", root, append([]string{"$schema"}, fields...), fields)
	for _, f := range fields {
		if _, ok := root[f]; !ok && !suggested[f] { // a misspelt key already says it
			v.add(v.t.at(v.d, "", "field.missing", "field", f))
		}
	}
	if x, ok := root["$schema"]; ok {
		v.text("/$schema", x, false)
	}
	if x, ok := root["proposal"]; ok {
		if n, ok := x.(json.Number); !ok || n.String() != "1" {
			v.add(v.t.at(v.d, "/proposal", "version"))
		}
	}
	if x, ok := root["locality"]; ok {
		v.text("/locality", x, true)
	}
	if x, ok := root["assessed_by"]; ok {
		v.text("/assessed_by", x, true)
	}
	if x, ok := root["date"]; ok {
		v.date("/date", x)
	}
	if x, ok := root["organisations"]; ok {
		if list, ok := v.list("/organisations", x); ok {
			for i, o := range list {
				v.text(yamlpos.Pointer("/organisations", itoa(i)), o, true)
			}
		}
	}
	if x, ok := root["language"]; ok {
		if s, ok := v.text("/language", x, true); ok && s != "" {
			if _, known := v.g.Language(s); !known {
				codes := v.languages()
				e := v.t.at(v.d, "/language", "lang.unknown", "lang", s, "languages", strings.Join(codes, ", "))
				// The fix says which language these messages are in, and
				// why: catalogue text, so filled in as it is written.
				e.Fix = i18n.Fill(e.Fix, "shown", v.t.w.T("msg_lang_shown_"+v.why))
				v.add(e)
			}
		}
	}
	var models []string
	modelsOK := true
	if x, ok := root["models"]; ok {
		models, modelsOK = v.models(x)
	} else {
		modelsOK = false
	}
	if x, ok := root["answers"]; ok {
		v.answers(x, models, modelsOK)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func (v *validator) languages() []string {
	var codes []string
	for _, l := range v.g.Languages {
		codes = append(codes, l.Code)
	}
	return codes
}

// unknownKeys reports keys of m that are not in allowed, suggesting the
// nearest of suggest; it returns the keys it suggested.
func (v *validator) unknownKeys(pointer string, m map[string]any, allowed, suggest []string) map[string]bool {
	suggested := map[string]bool{}
	keys := sortedKeys(m)
	for _, k := range keys {
		if slices.Contains(allowed, k) {
			continue
		}
		p := yamlpos.Pointer(pointer, k)
		list := strings.Join(suggest, ", ")
		if near := v.nearest(k, suggest); near != "" {
			suggested[near] = true
			v.add(v.t.atKey(v.d, p, "field.near", "key", k, "fields", list, "near", near))
		} else {
			v.add(v.t.atKey(v.d, p, "field.unknown", "key", k, "fields", list))
		}
	}
	return suggested
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// field names the value at pointer for a message: its key, or for an item
// of a list the list's key and the item's number from 1.
func field(pointer string) string {
	i := strings.LastIndexByte(pointer, '/')
	last := pointer[i+1:]
	if n, err := strconv.Atoi(last); err == nil && i > 0 {
		return fmt.Sprintf("%s[%d]", field(pointer[:i]), n+1)
	}
	return last
}

// text checks that x is a string (non-empty when required) and returns it.
func (v *validator) text(pointer string, x any, nonEmpty bool) (string, bool) {
	s, ok := x.(string)
	if !ok {
		v.add(v.t.at(v.d, pointer, "field.text", "field", field(pointer)))
		return "", false
	}
	if nonEmpty && strings.TrimSpace(s) == "" {
		v.add(v.t.at(v.d, pointer, "field.empty", "field", field(pointer)))
		return s, false
	}
	if !v.chars(pointer, s) {
		return s, false
	}
	return s, true
}

// chars reports the first character of s that no text of a proposal needs
// (see badChar), at its place in the file when it is written there as it is
// and at the value when it is written as an escape ("\a", "\u202e"): raw
// control characters are refused when the file is read, so these came in
// through escapes or are raw direction controls. It returns false when it
// reported one.
func (v *validator) chars(pointer, s string) bool {
	for _, r := range s {
		key := badChar(r)
		if key == "" {
			continue
		}
		p := v.d.Find(pointer, string(r))
		e := v.t.at(v.d, pointer, key, "field", field(pointer), "char", fmt.Sprintf("U+%04X", r))
		e.Line, e.Column = p.Line, p.Column
		v.add(e)
		return false
	}
	return true
}

// badChar returns the message key for a character no proposal text needs:
// the bidirectional embedding, override and isolate controls (U+202A to
// U+202E, U+2066 to U+2069), which can make text in a report read
// differently from what it says (the report sets each language's direction
// itself), and control characters other than tab and line feed (which a
// terminal may act on). It returns "" for any other character.
func badChar(r rune) string {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return "text.bidi"
	case r == '\t' || r == '\n':
		return ""
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return "text.control"
	}
	return ""
}

func (v *validator) list(pointer string, x any) ([]any, bool) {
	l, ok := x.([]any)
	if !ok {
		v.add(v.t.at(v.d, pointer, "field.list", "field", field(pointer)))
		return nil, false
	}
	if len(l) == 0 {
		v.add(v.t.at(v.d, pointer, "field.empty", "field", field(pointer)))
		return nil, false
	}
	return l, true
}

// ValidDate reports whether s is a calendar date written YYYY-MM-DD.
func ValidDate(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func (v *validator) date(pointer string, x any) {
	s, ok := x.(string)
	if !ok {
		// A number or a boolean: show what was written.
		v.add(v.t.at(v.d, pointer, "date.invalid", "field", field(pointer), "value", strings.TrimSpace(stringOf(x))))
		return
	}
	if !ValidDate(s) {
		v.add(v.t.at(v.d, pointer, "date.invalid", "field", field(pointer), "value", s))
	}
}

func stringOf(x any) string {
	b, _ := json.Marshal(x)
	return string(b)
}

func (v *validator) modelIDs() []string {
	ids := make([]string, len(v.g.Models))
	for i, m := range v.g.Models {
		ids[i] = m.ID
	}
	return ids
}

func (v *validator) models(x any) ([]string, bool) {
	list, ok := v.list("/models", x)
	if !ok {
		return nil, false
	}
	ids := v.modelIDs()
	all := strings.Join(ids, ", ")
	var out []string
	good := true
	seen := map[string]bool{}
	for i, m := range list {
		p := yamlpos.Pointer("/models", itoa(i))
		s, ok := v.text(p, m, true)
		if !ok {
			good = false
			continue
		}
		if _, known := v.g.Model(s); !known {
			good = false
			if near := v.nearest(s, ids); near != "" {
				v.add(v.t.at(v.d, p, "model.near", "model", s, "models", all, "near", near))
			} else {
				v.add(v.t.at(v.d, p, "model.unknown", "model", s, "models", all))
			}
			continue
		}
		if seen[s] {
			v.add(v.t.at(v.d, p, "model.dup", "model", s))
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out, good
}

func (v *validator) answers(x any, models []string, modelsOK bool) {
	m, ok := x.(map[string]any)
	if !ok {
		v.add(v.t.at(v.d, "/answers", "field.mapping", "field", "answers"))
		return
	}
	in := map[string]bool{}
	var ids []string
	for _, c := range v.g.CriteriaFor(models...) {
		in[c.ID] = true
		ids = append(ids, c.ID)
	}
	modelList := strings.Join(append([]string{"core"}, models...), ", ")
	for _, id := range sortedKeys(m) {
		p := yamlpos.Pointer("/answers", id)
		c, known := v.g.Criterion(id)
		switch {
		case known && !in[id]:
			if modelsOK { // otherwise the models error says it already
				owner := v.g.ModelOf(c)
				v.add(v.t.atKey(v.d, p, "crit.other-model", "criterion", id, "model", owner, "models", modelList))
			}
		case !known:
			if into, retired := v.g.ReplacedBy(id); retired {
				v.add(v.t.atKey(v.d, p, "crit.retired", "criterion", id, "into", into.ID, "models", modelList))
				break
			}
			cands := ids
			if !modelsOK {
				cands = allIDs(v.g)
			}
			if near := v.nearest(id, cands); near != "" {
				v.add(v.t.atKey(v.d, p, "crit.near", "criterion", id, "models", modelList, "near", near))
			} else {
				v.add(v.t.atKey(v.d, p, "crit.unknown", "criterion", id, "models", modelList))
			}
		}
		v.answer(p, id, m[id], c, known)
	}
}

func allIDs(g *guide.Guide) []string {
	ids := make([]string, len(g.Criteria))
	for i, c := range g.Criteria {
		ids[i] = c.ID
	}
	return ids
}

func (v *validator) answer(p, id string, x any, c guide.Criterion, known bool) {
	a, ok := x.(map[string]any)
	if !ok {
		v.add(v.t.at(v.d, p, "answer.mapping", "criterion", id))
		return
	}
	if v.unknownKeys(p, a, answerFields, answerFields)["status"] {
		if _, ok := a["status"]; !ok {
			return // the misspelt status key is reported already
		}
	}
	for _, f := range []string{"evidence", "owner", "reason", "notes"} {
		if x, ok := a[f]; ok {
			v.text(yamlpos.Pointer(p, f), x, false)
		}
	}
	if x, ok := a["due"]; ok {
		v.date(yamlpos.Pointer(p, "due"), x)
	}
	sx, ok := a["status"]
	if !ok {
		v.add(v.t.at(v.d, p, "field.missing", "field", "status"))
		return
	}
	sp := yamlpos.Pointer(p, "status")
	s, ok := sx.(string)
	if !ok || !slices.Contains(Statuses, s) {
		shown := s
		if !ok {
			shown = stringOf(sx)
		}
		all := strings.Join(Statuses, ", ")
		if near := v.nearest(shown, Statuses); ok && near != "" {
			v.add(v.t.at(v.d, sp, "status.near", "status", shown, "statuses", all, "near", near))
		} else {
			v.add(v.t.at(v.d, sp, "status.invalid", "status", shown, "statuses", all))
		}
		return
	}
	filled := func(f string) bool {
		x, ok := a[f].(string)
		return ok && strings.TrimSpace(x) != ""
	}
	switch s {
	case Planned:
		if !filled("owner") {
			v.add(v.t.at(v.d, p, "planned.owner"))
		}
		if _, has := a["due"]; !has {
			v.add(v.t.at(v.d, p, "planned.due"))
		}
	case NotApplicable:
		if known && !c.NAAllowed {
			v.add(v.t.at(v.d, sp, "na.not-allowed", "criterion", id))
		}
		if !filled("reason") {
			v.add(v.t.at(v.d, p, "na.reason"))
		}
	}
}

// nearest is suggest.Nearest while suggestions are worth their cost (see
// validator.suggest).
func (v *validator) nearest(s string, candidates []string) string {
	if !v.suggest() {
		return ""
	}
	return suggest.Nearest(s, candidates)
}
