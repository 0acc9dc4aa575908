package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/load"
)

// TestHandWrittenPagesInOwnWords: the site's hand-written pages (and the
// interface strings) share no run of 8 or more words with a source document
// in the same language, like the checklists' texts (which lint checks).
func TestHandWrittenPagesInOwnWords(t *testing.T) {
	seeds := "../../../shared/seeds"
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("the source documents (../shared/seeds) are not beside the repository")
	}
	_, g, errs := load.Dir("../../checklists")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	sg, err := loadGrams(g, seeds, 8)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../content/*/*.md")
	i18n, _ := filepath.Glob("../../i18n/*.yaml")
	files = append(files, i18n...)
	if len(files) < 24 {
		t.Fatalf("found only %d pages", len(files))
	}
	checked := map[string]int{}
	for _, f := range files {
		lang := filepath.Base(filepath.Dir(f))
		if strings.HasSuffix(f, ".yaml") {
			lang = strings.TrimSuffix(filepath.Base(f), ".yaml")
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Paragraph by paragraph, so a match names its place.
		for i, para := range strings.Split(string(b), "\n\n") {
			if src, from, to, ok := sg.shared(lang, Words(para)); ok {
				t.Errorf("%s (paragraph %d): %d consecutive words copied from %s: %q", f, i+1, to-from, src, strings.Join(Words(para)[from:to], " "))
			}
		}
		checked[lang]++
	}
	for _, l := range []string{"da", "he", "sl"} {
		if checked[l] == 0 {
			t.Errorf("no %s page checked", l)
		}
	}
}
