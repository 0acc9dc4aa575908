package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// goPrefixes are the areas of the interface catalogue the program itself
// uses (the rest is the site's).
var goPrefixes = []string{"report_", "compare_", "msg_", "init_", "cli_", "plan_"}

// commandWords is how a command starts: the catalogue (the checkout's or the
// embedded one), the words of the language the command speaks (lang, else
// the environment's), and usage, which prints "exitguide NAME: " and a
// message in those words and returns ExitInput. ok is false when the
// catalogue cannot be read; its problems have been printed.
func (t *treeFlags) commandWords(env *Env, name, lang string) (cat *i18n.Catalogue, w i18n.Words, usage func(key string, pairs ...string) int, ok bool) {
	cat, errs := t.catalogue()
	w = cat.Words(uiLang(env, cat, lang))
	usage = func(key string, pairs ...string) int {
		fmt.Fprintln(env.Stderr, "exitguide "+name+": "+w.T(key, pairs...))
		return ExitInput
	}
	if len(errs) > 0 {
		printErrors(env, errs)
		return cat, w, usage, false
	}
	return cat, w, usage, true
}

// catalogue returns the interface catalogue: with --root, ROOT/i18n when
// the checkout has that folder (an author's words may be newer than the
// binary's); else the one built into the binary. A checkout's catalogue
// that lacks English words the program uses is an error that names them.
func (t *treeFlags) catalogue() (*i18n.Catalogue, yamlpos.List) {
	embedded, errs := i18n.Embedded()
	if t.embedded() {
		return embedded, errs
	}
	dir := filepath.Join(t.root, "i18n")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return embedded, errs
	}
	c, errs := i18n.Load(os.DirFS(dir), dir)
	if len(errs) > 0 {
		return embedded, errs
	}
	if missing := c.Missing(embedded, goPrefixes...); len(missing) > 0 {
		shown := missing
		if len(shown) > 5 {
			shown = append(shown[:5:5], "…")
		}
		return embedded, yamlpos.List{{File: filepath.Join(dir, guide.SourceLang+".yaml"),
			Msg:      "the catalogue lacks words this program uses: " + strings.Join(shown, ", "),
			Expected: "every key of the catalogue this program was built with",
			Fix:      "update i18n/ in " + t.root + " (git pull), or leave out --root to use the words built into the program"}}
	}
	return c, nil
}

// envLang returns the language of the user's environment, the first of
// LC_ALL, LC_MESSAGES and LANG that is set (the POSIX order): "da" for
// da_DK.UTF-8; "" for C, POSIX or nothing.
func envLang(env *Env) string {
	if env.Getenv == nil {
		return ""
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := env.Getenv(k)
		if v == "" {
			continue
		}
		parts := strings.FieldsFunc(v, func(r rune) bool { return r == '_' || r == '.' || r == '@' || r == '-' })
		if len(parts) == 0 {
			return ""
		}
		if code := strings.ToLower(parts[0]); code != "c" && code != "posix" {
			return code
		}
		return ""
	}
	return ""
}

// uiLang returns the language of a command's own lines: flag when the
// catalogue has it, else the environment's language when it has that,
// else English.
func uiLang(env *Env, c *i18n.Catalogue, flag string) string {
	if flag != "" && c.Has(flag) {
		return flag
	}
	if l := envLang(env); l != "" && c.Has(l) {
		return l
	}
	return guide.SourceLang
}

// languageCodes lists the guide's language codes, in the guide's order.
func languageCodes(g *guide.Guide) string {
	codes := make([]string, len(g.Languages))
	for i, l := range g.Languages {
		codes[i] = l.Code
	}
	return strings.Join(codes, ", ")
}

// langHelp is the help text of a --lang flag: what it does, the languages
// the program has words for, and the default.
func langHelp(what, def string) string {
	c, _ := i18n.Embedded()
	return what + ": " + strings.Join(c.Languages(), ", ") + " (or any language a --root checkout adds; default: " + def + ")"
}

// printProposalErrors prints the problems of one proposal file in the
// language they were found in, then how many there are (a capped list
// ends with its own "N more (M in all)" line instead).
func printProposalErrors(env *Env, c *i18n.Catalogue, file string, errs yamlpos.List, lang string) {
	w := c.Words(lang)
	for _, e := range errs {
		fmt.Fprintln(env.Stderr, proposal.Format(e, w))
	}
	if len(errs) <= proposal.MaxErrors {
		fmt.Fprintln(env.Stderr, proposal.Problems(w, len(errs), file))
	}
}

// whereIn names the guide's origin in w's language: the checkout's
// checklists/ folder, or the guide built into the binary.
func (t *treeFlags) whereIn(w i18n.Words) string {
	if t.embedded() {
		return w.T("cli_guide_builtin", "version", versionLine())
	}
	return t.checklists()
}
