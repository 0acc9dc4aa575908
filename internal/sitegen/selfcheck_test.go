package sitegen

import (
	"testing"

	"github.com/exitguide/exitguide/i18n"
)

// TestSelfCheckKeysExist: every word the self-check data file carries is
// in the English catalogue (the build would stop on one that is not).
func TestSelfCheckKeysExist(t *testing.T) {
	c, errs := i18n.Embedded()
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	w := c.Words("en")
	for _, k := range append(selfCheckKeys, groupCompareKeys...) {
		if !w.Has(k) {
			t.Errorf("selfCheckKeys names %s, which i18n/en.yaml lacks", k)
		}
	}
}
