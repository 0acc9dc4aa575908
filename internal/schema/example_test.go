package schema_test

import (
	"fmt"

	"github.com/exitguide/exitguide/internal/schema"
	_ "github.com/exitguide/exitguide/internal/testutil" // the one -update flag (go test ./... -update)
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// Validate reports each problem where the person editing the file will
// look for it: a misspelt key at the key, with the key it probably meant.
func ExampleSet_Validate() {
	set, err := schema.Embedded()
	if err != nil {
		panic(err)
	}
	src := "language:\n  code: xx\n  name: Example\n  locale: xx\n  direction: ltr\n  ordr: 9\n"
	doc, _ := yamlpos.Parse("checklists/text/xx/language.yaml", []byte(src), yamlpos.DefaultLimits)
	for _, e := range set.Validate("text", doc) {
		fmt.Printf("%s: %s\n    fix: %s\n", e.Where(), e.Msg, e.Fix)
	}
	// Output:
	// checklists/text/xx/language.yaml:2:3: missing required field "order" in language
	//     fix: add `order:` here
	// checklists/text/xx/language.yaml:6:3: unknown field "ordr"
	//     fix: did you mean "order"? Otherwise remove it
}
