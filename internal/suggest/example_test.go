package suggest_test

import (
	"fmt"

	"github.com/exitguide/exitguide/internal/suggest"
	_ "github.com/exitguide/exitguide/internal/testutil" // the one -update flag (go test ./... -update)
)

// Nearest finds the word a typo most likely meant, ignoring case, and
// nothing when no candidate is close.
func ExampleNearest() {
	models := []string{"copenhagen", "chrysalis", "cti-denmark"}
	fmt.Printf("%q\n", suggest.Nearest("Chrysallis", models))
	fmt.Printf("%q\n", suggest.Nearest("helsinki", models))
	// Output:
	// "chrysalis"
	// ""
}
