package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/report"
)

// initCommand is `exitguide init`.
func initCommand() *Command {
	return &Command{
		Name:    "init",
		Usage:   "--model MODEL[,MODEL] [--lang en|da|sl|he] [--out FILE] [--date YYYY-MM-DD] [--root DIR]",
		Summary: "write a proposal template to fill in for the readiness self-check",
		Help: `Init writes a complete, commented proposal template in the chosen language:
every criterion of the model (and of the common core) with its question, its
weight, whether it is a must-have and whether not-applicable is allowed, each
answered not-started. Fill in locality, organisations and assessed_by, answer
the criteria, then run 'exitguide check FILE'.

The first line is a yaml-language-server modeline pointing at the proposal
schema published on the guide's site,
` + guide.SchemaURL("proposal") + `
so editors autocomplete and flag mistakes in any folder.
Without --out the template goes to standard output; --out never overwrites
an existing file.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declare(fs)
			models := fs.String("model", "", "the model or models to replicate, comma-separated (e.g. chrysalis)")
			lang := fs.String("lang", "en", "language of the comments and of the report: en, da, sl or he")
			out := fs.String("out", "", "write the template to this file (it must not exist yet)")
			date := fs.String("date", "", "the assessment date to write, YYYY-MM-DD (default: today)")
			return func(env *Env, args []string) int {
				fail := func(format string, a ...any) int {
					fmt.Fprintf(env.Stderr, "exitguide init: "+format+"\n", a...)
					return ExitInput
				}
				if len(args) > 0 {
					return fail("takes no file arguments (got %q); use --out FILE", args[0])
				}
				if *models == "" {
					return fail("--model is required (e.g. --model chrysalis)")
				}
				if !slices.Contains(report.Languages, *lang) {
					return fail("unknown language %q; use one of %s", *lang, strings.Join(report.Languages, ", "))
				}
				d := *date
				if d == "" {
					d = time.Now().Format(time.DateOnly)
				} else if !proposal.ValidDate(d) {
					return fail("--date %q is not a date written YYYY-MM-DD", d)
				}
				_, g, gerrs := tf.load([]string{*lang})
				if g == nil || len(g.Criteria) == 0 {
					printErrors(env, gerrs.Sort())
					return fail("cannot read %s", tf.where())
				}
				var ms []string
				for _, m := range strings.Split(*models, ",") {
					m = strings.TrimSpace(m)
					if _, ok := g.Model(m); !ok {
						var ids []string
						for _, x := range g.Models {
							ids = append(ids, x.ID)
						}
						return fail("unknown model %q; use one of %s", m, strings.Join(ids, ", "))
					}
					if !slices.Contains(ms, m) {
						ms = append(ms, m)
					}
				}
				var buf bytes.Buffer
				if err := proposal.WriteTemplate(&buf, g, proposal.TemplateOptions{Models: ms, Lang: *lang, Date: d, SchemaPath: guide.SchemaURL("proposal")}); err != nil {
					return fail("%v", err)
				}
				if *out == "" {
					env.Stdout.Write(buf.Bytes())
					return ExitOK
				}
				f, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
				if err != nil {
					if os.IsExist(err) {
						return fail("%s exists already; choose another name or remove it first", *out)
					}
					return fail("%v", err)
				}
				if _, err := f.Write(buf.Bytes()); err != nil {
					f.Close()
					return fail("%v", err)
				}
				if err := f.Close(); err != nil {
					return fail("%v", err)
				}
				fmt.Fprintf(env.Stderr, "wrote %s: fill in locality, organisations, assessed_by and the answers, then run: exitguide check %s\n", *out, *out)
				return ExitOK
			}
		},
	}
}
