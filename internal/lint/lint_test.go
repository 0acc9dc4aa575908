package lint

import (
	"os"
	"path/filepath"
	"slices"
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

// TestPatternsEachIsAScanPerPattern holds the indexed avoid list to the
// plain reading it replaced: every pattern tried at every word, in the
// list's order, without overlapping itself (a page reports every place; a
// text the first).
func TestPatternsEachIsAScanPerPattern(t *testing.T) {
	list := []Pattern{NewPattern("client*"), NewPattern("*לקוח*"), NewPattern("sex worker"),
		NewPattern("worker"), NewPattern("*centred"), NewPattern("a a"), NewPattern("klient*")}
	texts := []string{
		"Our clients said a client-centred sex worker met another sex worker",
		"a a a a client",
		"ללקוחות שלנו לקוח",
		"the clinic of worker-centred care",
		"",
	}
	ps := newPatterns(list)
	for _, text := range texts {
		w := Words(text)
		for _, first := range []bool{false, true} {
			var want, got []match
			for pi, p := range list {
				for i := 0; i < len(w); i++ {
					if n, ok := p.Match(w, i); ok {
						want = append(want, match{pi, i, n})
						if first {
							break
						}
						i += n - 1
					}
				}
			}
			ps.each(w, first, func(m match) { got = append(got, m) })
			if !slices.Equal(got, want) {
				t.Errorf("%q first=%v:\n got %v\nwant %v", text, first, got, want)
			}
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
