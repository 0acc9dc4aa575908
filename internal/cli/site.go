package cli

import (
	"fmt"
	"os"
	"path/filepath"

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
	rep := lint.Run(t, g, lint.Options{})
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

// readUI reads i18n/LANG.yaml of every language: flat maps of interface
// strings.
func readUI(dir string, g *guide.Guide) (map[string]map[string]string, yamlpos.List) {
	ui := map[string]map[string]string{}
	var errs yamlpos.List
	for _, l := range g.Languages {
		p := filepath.Join(dir, l.Code+".yaml")
		b, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, &yamlpos.Error{File: "i18n/" + l.Code + ".yaml", Msg: "missing interface strings for language " + l.Code,
				Fix: "copy i18n/en.yaml to i18n/" + l.Code + ".yaml and translate it"})
			continue
		}
		d, perrs := yamlpos.Parse("i18n/"+l.Code+".yaml", b, yamlpos.DefaultLimits)
		if len(perrs) > 0 {
			errs = append(errs, perrs...)
			continue
		}
		m := map[string]string{}
		if obj, ok := d.Value.(map[string]any); ok {
			for k, v := range obj {
				if s, ok := v.(string); ok {
					m[k] = s
				}
			}
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
