package cli

import (
	"fmt"
	"regexp"
	"runtime"
	"runtime/debug"

	"github.com/exitguide/exitguide/checklists"
)

// Set at release time by `make dist`:
//
//	-ldflags "-X github.com/exitguide/exitguide/internal/cli.releaseVersion=v1.2.3 -X ....releaseCommit=abc123"
//
// A binary built otherwise finds its version and commit in its build
// information (go install MODULE@VERSION, or a build in a git checkout).
var releaseVersion, releaseCommit string

// pseudoCommit is the commit at the end of a Go pseudo-version
// (v0.0.0-20261201221500-0123456789ab).
var pseudoCommit = regexp.MustCompile(`\d{14}-([0-9a-f]{12})(\+incompatible)?$`)

// buildInfo is what `exitguide version` prints: the binary's version, the
// commit it was built from and the guide's content version.
type buildInfo struct {
	Version, Commit, Guide string
	Modified               bool // built from a checkout with uncommitted changes
}

// readBuildInfo gathers buildInfo from the release stamp, the Go build
// information and the embedded guide. Unknown parts are "unknown"; a build
// from a source tree without a version is "(devel)".
func readBuildInfo() buildInfo {
	b := buildInfo{Version: releaseVersion, Commit: releaseCommit, Guide: checklists.Version()}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if b.Version == "" && bi.Main.Version != "" {
			b.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if b.Commit == "" {
					b.Commit = s.Value
				}
			case "vcs.modified":
				b.Modified = s.Value == "true" && releaseCommit == ""
			}
		}
	}
	if b.Commit == "" {
		if m := pseudoCommit.FindStringSubmatch(b.Version); m != nil {
			b.Commit = m[1]
		}
	}
	if b.Version == "" {
		b.Version = "(devel)"
	}
	if b.Commit == "" {
		b.Commit = "unknown"
	}
	return b
}

// versionLine is the short form used in messages: "v1.2.3, guide 0123456789ab".
func versionLine() string {
	b := readBuildInfo()
	return fmt.Sprintf("(exitguide %s, guide %s)", b.Version, b.Guide)
}

// printVersion writes the lines of `exitguide version`.
func printVersion(env *Env) {
	b := readBuildInfo()
	commit := b.Commit
	if b.Modified {
		commit += " (with uncommitted changes)"
	}
	fmt.Fprintf(env.Stdout, "exitguide %s\ncommit %s\nguide %s\n%s %s/%s\n", b.Version, commit, b.Guide, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
