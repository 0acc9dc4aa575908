package cli

import (
	"flag"
	"fmt"
	"path/filepath"

	"github.com/exitguide/exitguide/internal/schema"
)

// builders are the steps of `exitguide build` after the schemas; each
// writes generated files from the checklists and returns the paths it
// changed. Later packages (the site generator) add theirs.
var builders []func(env *Env, tf *treeFlags) ([]string, int)

func init() {
	register(&Command{
		Name:    "build",
		Usage:   "[--root DIR]",
		Summary: "regenerate the schemas and everything the site is generated from",
		Help: `Build regenerates every generated file from its source: the JSON Schemas in
schemas/ from the Go types, and the site's content and data from checklists/.
Running it twice changes nothing; it prints the files it changed.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declareCheckout(fs)
			return func(env *Env, args []string) int {
				if len(args) > 0 {
					fmt.Fprintf(env.Stderr, "exitguide build: takes no file arguments (got %q)\n", args[0])
					return ExitInput
				}
				if !tf.needCheckout(env, "build", "it writes the generated files into it") {
					return ExitInput
				}
				changed, err := schema.Write(tf.root, filepath.Join(tf.root, "schemas"))
				if err != nil {
					fmt.Fprintln(env.Stderr, "exitguide build: schemas:", err)
					return ExitInput
				}
				for _, b := range builders {
					c, status := b(env, &tf)
					if status != ExitOK {
						return status
					}
					changed = append(changed, c...)
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
	})
}
