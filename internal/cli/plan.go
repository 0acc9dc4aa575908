package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/plan"
)

// planCommand is `exitguide plan`.
func planCommand() *Command {
	return &Command{
		Name:    "plan",
		Usage:   "--model MODEL --women N [--costs FILE] [--format text|markdown|csv|json|html] [--lang LANG] [--out FILE] [--root DIR]  |  --model MODEL --costs-template [--lang LANG] [--out FILE]",
		Summary: "capacity and cost worksheet of a model: staff, groups and a budget for N women a year",
		Help: `Plan writes the capacity and cost worksheet of a model for the number of
women you expect a year (--women N): for each role, group course, fund and
meeting, the figures the sources give (hours a week, caseload, women a
year, group sizes, durations, amounts), each with its source document and
section, and "the sources give no figure" where none gives one; then how
many of each are needed, with the sum shown (45 women a year ÷ 30 a year
each = 1.5, rounded up: 2).

The budget table multiplies each quantity by your own unit cost: write a
costs file with --costs-template (a commented YAML file listing every budget
line of the model), fill in the costs, and give it with --costs FILE. The
worksheet never fills in a cost for you. A line the sources cannot size
stays out of the totals and is listed as left out, unless you set its
quantity: in the costs file; a line can be sized for another number of
women with women: under it. Costs paid once over the project (the CTI
method residentials) have their own total.

The same numbers are on the site's planning page, computed in the browser.

Formats: text, markdown, csv (the language's separator), json (numbers,
ids, sources), html (one self-contained printable file).

Exit status: 0 written; 2 bad input or usage, every problem of the costs
file at file:line:column with what was expected and how to fix it.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declare(fs)
			model := fs.String("model", "", "the model to plan with (e.g. copenhagen)")
			women := fs.String("women", "", "the number of women you expect a year, a whole number (default: women: in the costs file)")
			costs := fs.String("costs", "", "your local unit costs, a YAML file (write one with --costs-template)")
			tmpl := fs.Bool("costs-template", false, "write the model's costs file to fill in, instead of the worksheet")
			format := fs.String("format", "text", "output format: "+strings.Join(plan.Formats, ", "))
			lang := fs.String("lang", "", langHelp("language of the worksheet", "the language of the environment (LANG) when the guide has it, else en"))
			out := fs.String("out", "", "write to this file (it must not exist yet) instead of standard output")
			return func(env *Env, args []string) int {
				cat, w, fail, ok := tf.commandWords(env, "plan", *lang)
				if !ok {
					return ExitInput
				}
				if len(args) > 0 {
					return fail("cli_plan_args", "arg", args[0])
				}
				if !slices.Contains(plan.Formats, *format) {
					return fail("cli_unknown_format", "format", *format, "formats", strings.Join(plan.Formats, ", "))
				}
				l := *lang
				if l == "" {
					l = envLang(env)
				}
				_, g, gerrs := tf.load([]string{l})
				if g == nil || len(g.Models) == 0 {
					printErrors(env, gerrs.Sort())
					return fail("cli_no_guide", "where", tf.whereIn(w))
				}
				if _, ok := g.Language(l); !ok && *lang == "" {
					l = guide.SourceLang
				}
				if _, ok := g.Language(l); !ok {
					return fail("cli_unknown_language", "lang", l, "languages", languageCodes(g))
				}
				lw := cat.Words(l)
				var ids []string
				for _, m := range g.Models {
					if len(g.CapacityOf(m.ID)) > 0 {
						ids = append(ids, m.ID)
					}
				}
				if len(ids) == 0 {
					return fail("cli_no_guide", "where", tf.whereIn(w))
				}
				if *model == "" {
					return fail("cli_plan_no_model", "models", strings.Join(ids, ", "), "example", ids[0])
				}
				if !slices.Contains(ids, *model) {
					return fail("cli_unknown_model", "model", *model, "models", strings.Join(ids, ", "))
				}
				var buf bytes.Buffer
				if *tmpl {
					if err := plan.WriteTemplate(&buf, g, *model, l, lw); err != nil {
						fmt.Fprintln(env.Stderr, "exitguide plan:", err)
						return ExitInput
					}
					if st := writeOut(env, w, *out, buf.Bytes()); st != ExitOK {
						return st
					}
					if *out != "" {
						fmt.Fprintln(env.Stderr, lw.T("cli_plan_wrote", "file", *out, "model", *model))
					}
					return ExitOK
				}
				var c *plan.Costs
				if *costs != "" {
					data, err := os.ReadFile(*costs)
					if err != nil {
						fmt.Fprintln(env.Stderr, "exitguide plan:", err)
						return ExitInput
					}
					cc, perrs := plan.ParseCosts(g, *model, *costs, data, lw)
					if len(perrs) > 0 {
						printErrors(env, perrs)
						return ExitInput
					}
					c = cc
				}
				n := 0
				switch {
				case *women != "":
					v, err := strconv.Atoi(strings.TrimSpace(*women))
					if err != nil || v < 1 || v > plan.MaxWomen {
						return fail("cli_plan_women", "women", *women, "max", strconv.Itoa(plan.MaxWomen))
					}
					n = v
				case c != nil && c.Women > 0:
					n = c.Women
				default:
					return fail("cli_plan_women", "women", "", "max", strconv.Itoa(plan.MaxWomen))
				}
				ws := plan.Compute(g, *model, n, c)
				v := plan.NewView(g, ws, l, lw)
				if err := plan.Write(&buf, v, g, *format); err != nil {
					fmt.Fprintln(env.Stderr, "exitguide plan:", err)
					return ExitInput
				}
				return writeOut(env, w, *out, buf.Bytes())
			}
		},
	}
}

// writeOut writes data to standard output, or to the new file out (never
// over an existing one).
func writeOut(env *Env, w i18n.Words, out string, data []byte) int {
	if out == "" {
		env.Stdout.Write(data)
		return ExitOK
	}
	f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if os.IsExist(err) {
			fmt.Fprintln(env.Stderr, "exitguide plan: "+w.T("cli_init_exists", "file", out))
			return ExitInput
		}
		fmt.Fprintln(env.Stderr, "exitguide plan:", err)
		return ExitInput
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "exitguide plan:", err)
		return ExitInput
	}
	return ExitOK
}
