package cli

import (
	"flag"
	"fmt"

	"github.com/exitguide/exitguide/internal/stamp"
)

// stampCommand is `exitguide stamp`.
func stampCommand() *Command {
	return &Command{
		Name:    "stamp",
		Usage:   "[--all] [--root DIR]",
		Summary: "record which English version each translation was made from",
		Help: `Stamp writes from: HASH into every translated text entry that has none yet,
the short hash of the English entry it translates. Lint then reports an entry
as outdated as soon as its English changes. With --all it re-stamps every
entry: use that only after checking every translation against the English.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declareCheckout(fs)
			all := fs.Bool("all", false, "re-stamp every entry, not only those without from:")
			return func(env *Env, args []string) int {
				if !tf.needCheckout(env, "stamp", args, "it writes into the text files") {
					return ExitInput
				}
				t, g, errs := tf.load(nil)
				if len(errs) > 0 {
					printErrors(env, errs.Sort())
					fmt.Fprintln(env.Stderr, "exitguide stamp: fix these problems first")
					return ExitInput
				}
				res, err := stamp.Run(t, g, *all)
				if err != nil {
					fmt.Fprintln(env.Stderr, "exitguide stamp:", err)
					return ExitInput
				}
				fmt.Fprintf(env.Stdout, "stamped %d entries in %d files\n", res.Entries, len(res.Files))
				return ExitOK
			}
		},
	}
}
