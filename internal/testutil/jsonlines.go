package testutil

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
)

// JSONLines writes a JSON object for a corpus file that a test commits and
// another language reads (testdata/parity): one field a line, and a list
// one item a line, so that a change to the corpus shows as a small diff.
// Add the fields in order, then take Bytes.
type JSONLines struct {
	t      testing.TB
	b      bytes.Buffer
	fields int
}

// NewJSONLines starts an object; t fails the test when a value cannot be
// written as JSON.
func NewJSONLines(t testing.TB) *JSONLines {
	j := &JSONLines{t: t}
	j.b.WriteString("{\n")
	return j
}

// Field adds "key": value on one line.
func (j *JSONLines) Field(key string, value any) {
	j.key(key)
	j.value(value)
}

// List adds "key": [ with each of the n items item(i) on a line of its own.
func (j *JSONLines) List(key string, n int, item func(i int) any) {
	j.key(key)
	j.b.WriteString("[\n")
	for i := range n {
		if i > 0 {
			j.b.WriteString(",\n")
		}
		j.value(item(i))
	}
	if n > 0 {
		j.b.WriteString("\n")
	}
	j.b.WriteString("]")
}

// Bytes ends the object and returns it, with a final newline.
func (j *JSONLines) Bytes() []byte {
	j.b.WriteString("\n}\n")
	return j.b.Bytes()
}

func (j *JSONLines) key(k string) {
	j.t.Helper()
	if j.fields > 0 {
		j.b.WriteString(",\n")
	}
	j.fields++
	fmt.Fprintf(&j.b, "%q: ", k)
}

func (j *JSONLines) value(v any) {
	j.t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		j.t.Fatal(err)
	}
	j.b.Write(b)
}
