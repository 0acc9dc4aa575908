// Command exitguide validates the replication guide's checklists, generates
// the multilingual site from them, and checks proposed local projects
// against the replication criteria. See 'exitguide help'.
package main

import (
	"os"

	"github.com/exitguide/exitguide/internal/cli"
)

func main() {
	os.Exit(cli.Main(cli.OSEnv(), os.Args[1:]))
}
