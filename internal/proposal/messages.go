package proposal

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// Messages chooses the language problems with a proposal are reported in
// and holds the words. The messages are the catalogue's msg_CODE,
// msg_CODE_expected and msg_CODE_fix (i18n/LANG.yaml; the browser
// self-check uses the same keys), where CODE is the error's Code with "."
// and "-" written "_".
type Messages struct {
	// Words is the interface catalogue; nil uses the one built into the
	// binary.
	Words *i18n.Catalogue
	// Lang is the language asked for (check --lang); "" when none was.
	Lang string
	// Fallback is the user's own language, from the environment (LANG);
	// it serves when neither Lang nor the file's language: line names a
	// language of the guide. "" falls back to English.
	Fallback string
}

// Why a language was chosen for the messages (see Messages.Choose).
const (
	ChosenByFlag    = "flag"    // --lang asked for it
	ChosenByFile    = "file"    // the file's language: line names it
	ChosenByEnv     = "env"     // the user's environment (LANG) names it
	ChosenByDefault = "default" // nothing else did: English
)

// Catalogue returns the interface catalogue: Words, or the one built into
// the binary.
func (m Messages) Catalogue() *i18n.Catalogue {
	if m.Words != nil {
		return m.Words
	}
	c, _ := i18n.Embedded()
	return c
}

// Choose returns the language problems with a file holding data are
// reported in, and why (Chosen*): Lang when the guide has it, else the
// language the file's language: line names (read without validating),
// else Fallback, else English. Without a guide (g nil), a language is
// known when the catalogue has it.
func (m Messages) Choose(g *guide.Guide, data []byte) (lang, why string) {
	known := func(code string) bool {
		if code == "" {
			return false
		}
		if g != nil {
			_, ok := g.Language(code)
			return ok
		}
		return m.Catalogue().Has(code)
	}
	if known(m.Lang) {
		return m.Lang, ChosenByFlag
	}
	if code, ok := DeclaredLanguage(data); ok && known(code) {
		return code, ChosenByFile
	}
	if known(m.Fallback) {
		return m.Fallback, ChosenByEnv
	}
	return guide.SourceLang, ChosenByDefault
}

// texts builds the problems of one file in one language.
type texts struct {
	lang  string
	w     i18n.Words
	known map[string]*message // by code, as they are looked up
}

// message is the catalogue's texts of one code: what is wrong, what was
// expected and the fix, with their placeholders ("" where it has none).
type message struct{ msg, expected, fix string }

func (m Messages) texts(lang string) texts {
	return texts{lang: lang, w: m.Catalogue().Words(lang), known: map[string]*message{}}
}

// message returns the texts of code, nil when the catalogue has no message
// for it.
func (t texts) message(code string) *message {
	if m, ok := t.known[code]; ok {
		return m
	}
	key := msgKey(code)
	var m *message
	if s, ok := t.w.Lookup(key); ok {
		m = &message{msg: s}
		m.expected, _ = t.w.Lookup(key + "_expected")
		m.fix, _ = t.w.Lookup(key + "_fix")
	}
	t.known[code] = m
	return m
}

// msgKey is the catalogue key of a message code: msg_ and the code with
// "." and "-" written "_".
func msgKey(code string) string { return "msg_" + codeSnake.Replace(code) }

var codeSnake = strings.NewReplacer(".", "_", "-", "_")

// fill sets e's Code and Args (name, value pairs) and words its message,
// what was expected and the fix in t's language (nothing when the
// catalogue has no message for the code).
func (t texts) fill(e *yamlpos.Error, code string, args []string) *yamlpos.Error {
	e.Code, e.Args = code, args
	if m := t.message(code); m != nil {
		shown := printable(args)
		e.Msg, e.Expected, e.Fix = i18n.Fill(m.msg, shown...), i18n.Fill(m.expected, shown...), i18n.Fill(m.fix, shown...)
	}
	return e
}

// at builds the problem code at the value at pointer, with its arguments
// as name, value pairs.
func (t texts) at(d *yamlpos.Doc, pointer, code string, pairs ...string) *yamlpos.Error {
	p := d.Pos(pointer)
	return t.fill(&yamlpos.Error{File: d.File, Line: p.Line, Column: p.Column, Pointer: pointer}, code, pairs)
}

// atKey builds the problem code at the key of the value at pointer.
func (t texts) atKey(d *yamlpos.Doc, pointer, code string, pairs ...string) *yamlpos.Error {
	p := d.KeyPos(pointer)
	return t.fill(&yamlpos.Error{File: d.File, Line: p.Line, Column: p.Column, Pointer: pointer}, code, pairs)
}

// bare builds the problem code about a whole file.
func (t texts) bare(file, code string, pairs ...string) *yamlpos.Error {
	return t.fill(&yamlpos.Error{File: file}, code, pairs)
}

// printable escapes what a terminal would act on in values taken from the
// file (control characters, direction controls, bytes that are not UTF-8)
// as Go writes them in quoted strings (\x07, \u202e); quotes and
// backslashes are escaped too, since messages quote the values. args are
// name, value pairs; the result is args itself when nothing needs escaping.
func printable(args []string) []string {
	var out []string
	for i := 1; i < len(args); i += 2 {
		if !needsQuoting(args[i]) {
			continue
		}
		if out == nil {
			out = slices.Clone(args)
		}
		q := strconv.Quote(args[i])
		out[i] = q[1 : len(q)-1]
	}
	if out == nil {
		return args
	}
	return out
}

// needsQuoting reports whether strconv.Quote would change s (beyond adding
// the quotes).
func needsQuoting(s string) bool {
	for _, r := range s {
		if r == '"' || r == '\\' || r == utf8.RuneError || !strconv.IsPrint(r) {
			return true
		}
	}
	return false
}

// translate words a problem yamlpos found (its Code and Args) in t's
// language; the parser's own English stays where the catalogue has no
// message for the code.
func (t texts) translate(e *yamlpos.Error) *yamlpos.Error {
	if e.Code == "" || t.message(e.Code) == nil {
		return e
	}
	out := *e
	return t.fill(&out, e.Code, e.Args)
}

// Format prints one problem with the labels of w's language: the place,
// the message and the field (its JSON pointer), then what was expected and
// how to fix it.
func Format(e *yamlpos.Error, w i18n.Words) string {
	var b strings.Builder
	b.WriteString(e.Where())
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Pointer != "" {
		b.WriteString(" [" + w.T("msg_label_field") + " " + e.Pointer + "]")
	}
	if e.Expected != "" {
		b.WriteString("\n    " + w.T("msg_label_expected") + ": " + e.Expected)
	}
	if e.Fix != "" {
		b.WriteString("\n    " + w.T("msg_label_fix") + ": " + e.Fix)
	}
	return b.String()
}

// Problems is the line after a file's problems: "3 problem(s) in FILE".
func Problems(w i18n.Words, n int, file string) string {
	return w.T("msg_problems", "n", strconv.Itoa(n), "file", file)
}

// DeclaredLanguage returns the language code a proposal's language: line
// names, found without parsing the file (for choosing message languages,
// and for loading only the texts a report needs).
func DeclaredLanguage(data []byte) (string, bool) {
	// The regular expression matches only at the start of a line that
	// begins with "language:", so it is applied from the first such line
	// (the same leftmost match as over the whole file, without scanning the
	// whole file).
	for off := 0; off < len(data); {
		if bytes.HasPrefix(data[off:], []byte("language:")) {
			if m := langLine.FindSubmatch(data[off:]); m != nil {
				return string(m[1]), true
			}
			return "", false
		}
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
	return "", false
}

var langLine = regexp.MustCompile(`(?m)^language:\s*["']?([a-z]{2,3})["']?\s*(?:#.*)?$`)
