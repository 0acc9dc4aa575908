package sitegen_test

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/sitegen"
	"github.com/exitguide/exitguide/internal/testutil"
)

// ui is the page titles the generator reads, in English, with one Danish
// title: the other languages fall back to the English ones.
var ui = map[string]map[string]string{
	"en": {"nav_models": "Models", "nav_compare": "Compare", "nav_sources": "Sources", "nav_glossary": "Glossary",
		"nav_methods": "Methods", "nav_recommendations": "Recommendations", "nav_selfcheck": "Self-check",
		"translation_status": "Translation status", "print_packs": "Print packs", "common_core": "Common core",
		"desc_models": "The models.", "desc_compare": "Side by side.", "desc_sources": "The documents.", "desc_glossary": "The terms.",
		"desc_methods": "The methods.", "desc_recommendations": "The advice.", "desc_selfcheck": "Score a project.", "desc_core": "What every model needs.",
		"groupcompare_title": "Compare a group's self-checks", "compare_to_discuss": "TO DISCUSS"},
	"da": {"nav_models": "Modeller"},
}

// withWords returns ui with every other key of the English catalogue set
// to "[key]" (the self-check data file carries about 250 words): the golden
// files then change only when the generator changes, not with the words.
func withWords(t *testing.T, ui map[string]map[string]string) map[string]map[string]string {
	t.Helper()
	c, errs := i18n.Embedded()
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	out := map[string]map[string]string{}
	for lang, m := range ui {
		out[lang] = map[string]string{}
		for k, v := range m {
			out[lang][k] = v
		}
	}
	for _, k := range c.Keys("en") {
		if _, ok := out["en"][k]; !ok {
			out["en"][k] = "[" + k + "]"
		}
	}
	return out
}

// TestGenerate: every file the generator writes for the fixture guide (the
// site's language configuration and mounts, each language's guide data and
// generated pages, the translation status) is its golden file in
// testdata/golden/, one per output path. Templates read these files; a
// change in what they receive shows here first (go test ./internal/sitegen -update).
func TestGenerate(t *testing.T) {
	g := testutil.FixtureGuide(t)
	status := []sitegen.Status{{Lang: "en", Total: 10, Translated: 10, Percent: 100, Outdated: []string{}, Missing: []string{}},
		{Lang: "da", Total: 10, Translated: 8, Percent: 80, Outdated: []string{"criteria/core.x"}, Missing: []string{"models/chrysalis"}}}
	files, err := sitegen.Generate(g, withWords(t, ui), status)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for p := range files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		testutil.Golden(t, path.Join("testdata/golden", strings.NewReplacer("/", "__").Replace(p)), files[p])
	}
	// The list of files is itself a golden: a file that appears or
	// disappears is a change to review.
	testutil.Golden(t, "testdata/golden/FILES", strings.Join(paths, "\n")+"\n")
	for _, want := range []string{"config/_default/languages.toml", "config/_default/module.toml", "generated/data/status.json",
		"generated/guide/en.json", "generated/guide/he.json", "generated/content/da/models/_index.md"} {
		if files[want] == nil {
			t.Errorf("no %s", want)
		}
	}
	if !strings.Contains(string(files["generated/content/da/models/_index.md"]), "Modeller") ||
		!strings.Contains(string(files["generated/content/sl/models/_index.md"]), "Models") {
		t.Error("a title does not come from the page's language, or does not fall back to English")
	}
}

// TestGenerateMissingTitle: a page title missing in every language is an
// error that names the file and the key, not an empty title.
func TestGenerateMissingTitle(t *testing.T) {
	g := testutil.FixtureGuide(t)
	_, err := sitegen.Generate(g, map[string]map[string]string{"en": {}}, nil)
	if err == nil || !strings.Contains(err.Error(), `has no "nav_models"`) {
		t.Fatalf("err = %v, want one naming nav_models", err)
	}
}

// TestSelfCheckData: the self-check page's data file (generated/assets/
// selfcheck/LANG.json) carries every criterion of the guide with its link
// in the page's language, the recommendations' links, the language's
// number formats and every word the page needs (English where the language
// lacks one); a word missing in every language is an error, not an empty
// string in the browser.
func TestSelfCheckData(t *testing.T) {
	g := testutil.FixtureGuide(t)
	words := withWords(t, ui)
	files, err := sitegen.Generate(g, words, nil)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Lang      string
		Languages []string
		Language  struct{ Code, Decimal string }
		Criteria  map[string]struct{ ID, URL, Question string }
		Recs      map[string]struct{ Title, URL string } `json:"recommendations"`
		Strings   map[string]string
	}
	if err := json.Unmarshal(files[sitegen.SelfCheckAsset("he")], &d); err != nil {
		t.Fatal(err)
	}
	if d.Lang != "he" || d.Language.Code != "he" || len(d.Languages) != len(g.Languages) {
		t.Errorf("lang %q, language %+v, languages %v", d.Lang, d.Language, d.Languages)
	}
	for _, c := range g.Criteria {
		if got := d.Criteria[c.ID]; got.ID != c.ID || !strings.HasPrefix(got.URL, "/he/") || !strings.HasSuffix(got.URL, "#"+c.ID) || got.Question == "" {
			t.Errorf("criterion %s: %+v", c.ID, got)
		}
	}
	for _, r := range g.Recommendations {
		if got := d.Recs[r.ID].URL; got != "/he/recommendations/#"+r.ID {
			t.Errorf("recommendation %s: url %q", r.ID, got)
		}
	}
	if got := d.Strings["selfcheck_intro"]; got != "[selfcheck_intro]" {
		t.Errorf("selfcheck_intro in he = %q, want the English fallback", got)
	}
	delete(words["en"], "selfcheck_intro")
	if _, err := sitegen.Generate(g, words, nil); err == nil || !strings.Contains(err.Error(), `"selfcheck_intro"`) {
		t.Errorf("a word missing everywhere: err = %v", err)
	}
}

// TestWriteRemovesWhatIsNoLongerMade: Write leaves generated/ holding
// exactly the files it was given: a file of a kind the generator no longer
// makes is removed, with the folder it leaves empty; a file it still makes
// is kept, and one it rewrites with the same bytes is not reported.
func TestWriteRemovesWhatIsNoLongerMade(t *testing.T) {
	root := t.TempDir()
	old := sitegen.Files{"generated/data/guide/en.json": []byte("{}"), "generated/guide/en.json": []byte("{}")}
	if _, err := sitegen.Write(root, old); err != nil {
		t.Fatal(err)
	}
	changed, err := sitegen.Write(root, sitegen.Files{"generated/guide/en.json": []byte("{}")})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"generated/data/guide/en.json (removed)"}; !slices.Equal(changed, want) {
		t.Errorf("changed = %q, want %q", changed, want)
	}
	for _, gone := range []string{"generated/data/guide", "generated/data"} {
		if _, err := os.Stat(filepath.Join(root, gone)); !os.IsNotExist(err) {
			t.Errorf("%s is still there (err %v)", gone, err)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "generated/guide/en.json")); err != nil {
		t.Error(err)
	}
}
