package sitegen

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v4"

	_ "github.com/exitguide/exitguide/internal/testutil" // the one -update flag (go test ./... -update)
)

// TestI18nSameKeys: every i18n/LANG.yaml has the same interface-string keys
// as English, and no value is empty.
func TestI18nSameKeys(t *testing.T) {
	files, err := filepath.Glob("../../i18n/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no i18n files: %v", err)
	}
	keys := map[string]map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if err := yaml.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		lang := strings.TrimSuffix(filepath.Base(f), ".yaml")
		keys[lang] = m
		for k, v := range m {
			if strings.TrimSpace(v) == "" {
				t.Errorf("%s: %q is empty", f, k)
			}
		}
	}
	en, ok := keys["en"]
	if !ok {
		t.Fatal("i18n/en.yaml is missing")
	}
	for lang, m := range keys {
		if lang == "en" {
			continue
		}
		var missing, extra []string
		for k := range en {
			if _, ok := m[k]; !ok {
				missing = append(missing, k)
			}
		}
		for k := range m {
			if _, ok := en[k]; !ok {
				extra = append(extra, k)
			}
		}
		sort.Strings(missing)
		sort.Strings(extra)
		if len(missing) > 0 {
			t.Errorf("i18n/%s.yaml lacks %v", lang, missing)
		}
		if len(extra) > 0 {
			t.Errorf("i18n/%s.yaml has keys English lacks: %v", lang, extra)
		}
	}
	if len(keys) < 4 {
		t.Errorf("only %d languages in i18n/", len(keys))
	}
}

// TestI18nNoServiceCustomerWord: the women are never called clients, in any
// language of the interface.
func TestI18nNoServiceCustomerWord(t *testing.T) {
	banned := []string{"client", "klient", "stranka", "strank", "לקוח"}
	files, _ := filepath.Glob("../../i18n/*.yaml")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := yaml.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		for k, v := range m {
			low := strings.ToLower(v)
			for _, w := range banned {
				if strings.Contains(low, w) {
					t.Errorf("%s: %s = %q uses %q", filepath.Base(f), k, v, w)
				}
			}
		}
	}
}
