package cli

import (
	"flag"
	"fmt"
)

// buildCommand is `exitguide build`.
func buildCommand() *Command {
	return &Command{
		Name:    "build",
		Usage:   "[--root DIR]",
		Summary: "regenerate everything the site is generated from",
		Help: `Build writes the site's generated content, data and language configuration
from checklists/ and i18n/ (generated/, config/_default/). It needs only those
folders under --root, not the Go sources. Running it twice changes nothing; it
prints the files it changed. (The JSON Schemas in schemas/ are written from
the Go types at development time: go generate ./schemas.)`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declareCheckout(fs)
			return func(env *Env, args []string) int {
				if !tf.needCheckout(env, "build", args, "it writes the generated files into it") {
					return ExitInput
				}
				changed, status := buildSite(env, &tf)
				if status != ExitOK {
					return status
				}
				for _, c := range changed {
					fmt.Fprintln(env.Stdout, "wrote", c)
				}
				if len(changed) == 0 {
					fmt.Fprintln(env.Stdout, "build: nothing changed")
				}
				return ExitOK
			}
		},
	}
}
