package guide

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// Hash returns the version of a text entry: the first 8 hex digits of the
// SHA-256 of its JSON form without the From field. A translation records
// the Hash of the English entry it was made from.
func Hash(entry any) string {
	b, err := json.Marshal(entry)
	if err != nil {
		return ""
	}
	var m map[string]any
	if json.Unmarshal(b, &m) == nil {
		delete(m, "from")
		b, _ = json.Marshal(m) // map keys marshal sorted: canonical
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:4])
}
