package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/lint"
	"github.com/exitguide/exitguide/internal/sitegen"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// buildSite writes the site's generated content, data and language
// configuration from checklists/. The checklists must load cleanly; lint's
// coverage figures feed the translation status page.
func buildSite(env *Env, tf *treeFlags) ([]string, int) {
	t, g, errs := tf.load(nil)
	if len(errs) > 0 {
		printErrors(env, errs.Sort())
		fmt.Fprintln(env.Stderr, "exitguide build: fix these problems first (exitguide lint shows them all)")
		return nil, ExitInput
	}
	rep := lint.Translations(t, g)
	ui, errs := readUI(filepath.Join(tf.root, "i18n"), g)
	if len(errs) > 0 {
		printErrors(env, errs)
		return nil, ExitInput
	}
	files, err := sitegen.Generate(g, ui, statusOf(g, rep))
	if err != nil {
		fmt.Fprintln(env.Stderr, "exitguide build:", err)
		return nil, ExitInput
	}
	changed, err := sitegen.Write(tf.root, files)
	if err != nil {
		fmt.Fprintln(env.Stderr, "exitguide build:", err)
		return nil, ExitInput
	}
	return changed, ExitOK
}

// readUI reads the checkout's interface catalogues (i18n/LANG.yaml, through
// package i18n, as the CLI's own words are read) into the flat maps sitegen
// takes: each language of the guide, with only its own keys (Hugo does the
// fallback to English itself).
func readUI(dir string, g *guide.Guide) (map[string]map[string]string, yamlpos.List) {
	c, errs := i18n.Load(os.DirFS(dir), "i18n")
	if len(errs) > 0 {
		return nil, errs
	}
	ui := map[string]map[string]string{}
	for _, l := range g.Languages {
		if !c.Has(l.Code) {
			errs = append(errs, &yamlpos.Error{File: "i18n/" + l.Code + ".yaml", Msg: "missing interface strings for language " + l.Code,
				Fix: "copy i18n/en.yaml to i18n/" + l.Code + ".yaml and translate it"})
			continue
		}
		w, m := c.Words(l.Code), map[string]string{}
		for _, k := range c.Keys(l.Code) {
			m[k] = w.Text(k)
		}
		ui[l.Code] = m
	}
	return ui, errs
}

// statusOf turns lint's findings into the translation status page's data.
func statusOf(g *guide.Guide, rep *lint.Report) []sitegen.Status {
	var out []sitegen.Status
	for _, c := range rep.Coverage {
		st := sitegen.Status{Lang: c.Lang, Total: c.Total, Translated: c.Translated, Percent: c.Percent(), Outdated: []string{}, Missing: []string{}}
		st.Outdated, st.Missing = rep.Outdated[c.Lang], rep.Missing[c.Lang]
		if st.Outdated == nil {
			st.Outdated = []string{}
		}
		if st.Missing == nil {
			st.Missing = []string{}
		}
		out = append(out, st)
	}
	return out
}
