package wrap_test

import (
	"fmt"
	"os"

	_ "github.com/exitguide/exitguide/internal/testutil" // the one -update flag (go test ./... -update)
	"github.com/exitguide/exitguide/internal/wrap"
)

// Comment writes a text as YAML comment lines of at most 80 characters, as
// in the files exitguide init writes.
func ExampleComment() {
	wrap.Comment(os.Stdout, "  ", "Housing is arranged before the exit, so that no woman has to stay for lack of a place to live.")
	for _, l := range wrap.Lines("a radar chart label", 8) {
		fmt.Println(l)
	}
	// Output:
	//   # Housing is arranged before the exit, so that no woman has to stay for lack
	//   # of a place to live.
	// a radar
	// chart
	// label
}
