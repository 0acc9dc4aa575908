package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/testutil"
)

func TestPatternMatch(t *testing.T) {
	tests := []struct {
		pattern, text string
		want          bool
	}{
		{"client*", "Our clients said", true},
		{"client*", "a client-centred approach", true},
		{"client*", "the clinic", false},
		{"prostitutes", "women in prostitution", false},
		{"prostitutes", "Prostitutes were", true},
		{"*לקוח*", "ללקוחות שלנו", true},
		{"sex worker", "a sex worker said", true},
		{"sex worker", "sex and work", false},
		{"klient*", "Klienterne", true},
	}
	for _, tt := range tests {
		p := NewPattern(tt.pattern)
		w := Words(tt.text)
		got := false
		for i := range w {
			if _, ok := p.Match(w, i); ok {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q in %q: got %v, want %v", tt.pattern, tt.text, got, tt.want)
		}
	}
}

// BenchmarkLint lints the whole real checklists tree, own-words check
// included (the budget: under 50 ms).
func BenchmarkLint(b *testing.B) {
	root := testutil.Root(b)
	seeds := filepath.Join(root, "../shared/seeds")
	if _, err := os.Stat(seeds); err != nil {
		b.Skip("no source documents beside the repository")
	}
	for b.Loop() {
		tree, g, _ := load.Dir(filepath.Join(root, "checklists"))
		Run(tree, g, Options{Seeds: seeds})
	}
}
