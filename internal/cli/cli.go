// Package cli implements the exitguide command line: subcommands, their
// flags (which may come before or after file arguments), help texts and
// exit codes. main only hands it the arguments and exits with its status.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/exitguide/exitguide/internal/suggest"
)

// Exit statuses.
const (
	ExitOK     = 0 // everything asked for was done and passed
	ExitFailed = 1 // a check the user asked for failed (for example --fail-under)
	ExitInput  = 2 // bad input or usage
)

// Env is what a command runs with: its streams and the environment.
type Env struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Getenv         func(string) string
	// IsTerminal reports whether Stdout is a terminal (for colour).
	IsTerminal bool
}

// Command is one subcommand.
type Command struct {
	Name    string
	Usage   string // one line: arguments and flags
	Summary string // one line for the command list
	Help    string // the longer text shown by -h
	// Flags declares the command's flags on fs and returns the function that
	// runs it with the positional arguments.
	Flags func(fs *flag.FlagSet) func(env *Env, args []string) int
}

// commandList is every subcommand in the order the help lists them: a
// planner's first (write a proposal, check it, compare several), then a
// maintainer's. Each lives in its own file.
func commandList() commands {
	return commands{initCommand(), checkCommand(), compareCommand(), planCommand(), lintCommand(), stampCommand(), buildCommand(), serveCommand()}
}

// commands is a list of subcommands.
type commands []*Command

// find returns the subcommand called name.
func (cs commands) find(name string) (*Command, bool) {
	for _, c := range cs {
		if c.Name == name {
			return c, true
		}
	}
	return nil, false
}

// Main runs exitguide with the given arguments (without the program name)
// and returns the exit status. A panic becomes a short message and status 2:
// no stack trace reaches a user.
func Main(env *Env, args []string) int { return mainWith(env, args, commandList()) }

// mainWith is Main with the given subcommands.
func mainWith(env *Env, args []string, cmds commands) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(env.Stderr, "exitguide: internal error: %v\nThis is a bug in exitguide; please report it with the command you ran.\n", r)
			if env.Getenv != nil && env.Getenv("EXITGUIDE_DEBUG") != "" {
				env.Stderr.Write(debug.Stack())
			}
			status = ExitInput
		}
	}()
	if len(args) == 0 {
		usage(env.Stderr, cmds)
		return ExitInput
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := cmds.find(args[1]); ok {
				commandHelp(env.Stdout, c)
				return ExitOK
			}
			fmt.Fprintf(env.Stderr, "exitguide: unknown command %q\n", args[1])
			usage(env.Stderr, cmds)
			return ExitInput
		}
		usage(env.Stdout, cmds)
		return ExitOK
	case "version", "--version":
		printVersion(env)
		return ExitOK
	}
	c, ok := cmds.find(name)
	if !ok {
		fmt.Fprintf(env.Stderr, "exitguide: unknown command %q\n", name)
		if near := cmds.nearest(name); near != "" {
			fmt.Fprintf(env.Stderr, "Did you mean %q?\n", near)
		}
		fmt.Fprintln(env.Stderr, "Run 'exitguide help' for the list of commands.")
		return ExitInput
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	run := c.Flags(fs)
	pos, err := parseInterspersed(fs, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		commandHelp(env.Stdout, c)
		return ExitOK
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "exitguide %s: %v\nUsage: exitguide %s %s\nRun 'exitguide %s -h' for help.\n", name, err, name, c.Usage, name)
		return ExitInput
	}
	return run(env, pos)
}

// parseInterspersed parses flags that may come before, between or after
// positional arguments; "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// fs.Parse stops at the first positional argument or after "--".
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func usage(w io.Writer, cmds commands) {
	fmt.Fprint(w, `exitguide turns the evidence on exit programmes into a replication guide,
and checks a proposed local project against the replication criteria.

Usage: exitguide <command> [arguments] [flags]

Commands:
`)
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-9s %s\n", c.Name, c.Summary)
	}
	fmt.Fprint(w, `
Run 'exitguide help <command>' or 'exitguide <command> -h' for a command's flags.
Exit status: 0 ok, 1 a check you asked for failed, 2 bad input or usage.
`)
}

func commandHelp(w io.Writer, c *Command) {
	fmt.Fprintf(w, "Usage: exitguide %s %s\n\n%s\n", c.Name, c.Usage, strings.TrimSpace(c.Help))
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	c.Flags(fs)
	var has bool
	fs.VisitAll(func(*flag.Flag) { has = true })
	if has {
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// nearest is the command a mistyped name most likely meant, or "".
func (cs commands) nearest(name string) string {
	var names []string
	for _, c := range cs {
		names = append(names, c.Name)
	}
	return suggest.Nearest(name, names)
}

// OSEnv is the Env of a real process.
func OSEnv() *Env {
	isTerm := false
	if fi, err := os.Stdout.Stat(); err == nil {
		isTerm = fi.Mode()&os.ModeCharDevice != 0
	}
	return &Env{Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin, Getenv: os.Getenv, IsTerminal: isTerm}
}
