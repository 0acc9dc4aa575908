package yamlpos_test

import (
	"fmt"

	_ "github.com/exitguide/exitguide/internal/testutil" // the one -update flag (go test ./... -update)
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// Parse keeps the place of every value, so a later check can say where a
// problem is; a file it cannot read gives problems with their places.
func ExampleParse() {
	doc, errs := yamlpos.Parse("proposal.yaml", []byte("models: [chrysalis]\nanswers:\n  core.housing: in-place\n"), yamlpos.DefaultLimits)
	fmt.Println(len(errs), doc.Pos("/answers/core.housing"))

	_, errs = yamlpos.Parse("proposal.yaml", []byte("answers:\n  a: 1\n  a: 2\n"), yamlpos.DefaultLimits)
	fmt.Println(errs)
	// Output:
	// 0 {3 17}
	// proposal.yaml:3:3: duplicate key "a" (at /answers/a)
	//     expected: each key once in a mapping
	//     fix: remove one of the two; the first is at line 2, column 3
}
