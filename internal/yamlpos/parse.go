package yamlpos

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	yaml "go.yaml.in/yaml/v4"
)

// Limits bound what Parse accepts, so hostile input costs bounded time and
// memory.
type Limits struct {
	MaxBytes int // largest file accepted
	MaxDepth int // deepest nesting of mappings and sequences
	MaxNodes int // most nodes in one document
}

// DefaultLimits suit every file exitguide reads: checklists and proposals are
// a few hundred kilobytes at most.
var DefaultLimits = Limits{MaxBytes: 8 << 20, MaxDepth: 64, MaxNodes: 500_000}

// Pos is a place in a file.
type Pos struct{ Line, Column int }

// Doc is one parsed YAML (or JSON) document with the position of every value
// and of every mapping key, by JSON pointer.
type Doc struct {
	File  string
	Root  *yaml.Node // the document's top node; nil for an empty document
	Value any        // JSON-compatible value: map[string]any, []any, string, json.Number, bool, nil
	Src   []byte     // the file's bytes, for finding words inside long texts
	pos   map[string]Pos
	keys  map[string]Pos
}

// Parse reads one YAML document. It reports every problem it can find
// together: bytes that are not UTF-8, YAML syntax, duplicate keys, aliases
// (not allowed: they are how "billion laughs" bombs work), too deep nesting.
func Parse(file string, data []byte, lim Limits) (*Doc, List) {
	d := &Doc{File: file, pos: map[string]Pos{}, keys: map[string]Pos{}}
	if lim.MaxBytes > 0 && len(data) > lim.MaxBytes {
		return nil, List{{File: file, Msg: fmt.Sprintf("file is too large: %s", Size(int64(len(data)))),
			Expected: fmt.Sprintf("at most %s", Size(int64(lim.MaxBytes))), Fix: "split the file or check that it is the right one",
			Code: "parse.too-large", Args: []string{"size", Size(int64(len(data))), "max", Size(int64(lim.MaxBytes))}}}
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return nil, List{utf16Error(file)}
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}) // a UTF-8 byte-order mark is harmless
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, List{{File: file, Line: 1, Column: 1, Msg: "file is empty",
			Expected: "a YAML mapping", Fix: "fill the file in, or start from the template `exitguide init` writes", Code: "parse.empty"}}
	}
	if !utf8.Valid(data) {
		line, col := offsetPos(data, firstInvalidUTF8(data))
		return nil, List{{File: file, Line: line, Column: col, Msg: "file contains bytes that are not UTF-8",
			Expected: "UTF-8 text", Fix: "save the file as UTF-8; a binary file cannot be read", Code: "parse.not-utf8"}}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := offsetPos(data, i)
		if len(data) >= 2 && (data[0] == 0) != (data[1] == 0) {
			// UTF-16 without a byte-order mark: every other byte is zero.
			return nil, List{utf16Error(file)}
		}
		return nil, List{{File: file, Line: line, Column: col, Msg: "file contains a NUL byte",
			Expected: "text", Fix: "a binary file cannot be read; check that this is the right file", Code: "parse.nul"}}
	}
	if i, r := firstControl(data); i >= 0 {
		line, col := offsetPos(data, i)
		return nil, List{{File: file, Line: line, Column: col, Msg: fmt.Sprintf("file contains the control character U+%04X", r),
			Expected: "text with no control characters other than tab and line breaks",
			Fix:      "delete it (it is invisible in most editors: retype the word it is in)",
			Code:     "parse.control", Args: []string{"char", fmt.Sprintf("U+%04X", r)}}}
	}
	var root yaml.Node
	if err := yaml.Load(data, &root); err != nil && strings.Contains(err.Error(), "no documents") {
		return nil, List{onlyComments(file)}
	} else if err != nil {
		return nil, List{syntaxError(file, data, err, lim)}
	}
	n := &root
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return nil, List{onlyComments(file)}
		}
		n = n.Content[0]
	}
	d.Root = n
	d.Src = data
	w := walker{d: d, lim: lim}
	d.Value = w.value(n, "", 0)
	return d, w.errs
}

// Pos returns the position of the value at pointer, or of its nearest
// ancestor that exists.
func (d *Doc) Pos(pointer string) Pos {
	for {
		if p, ok := d.pos[pointer]; ok {
			return p
		}
		i := strings.LastIndexByte(pointer, '/')
		if i < 0 {
			return Pos{1, 1}
		}
		pointer = pointer[:i]
	}
}

// KeyPos returns the position of the mapping key whose value is at pointer,
// falling back to the value's position.
func (d *Doc) KeyPos(pointer string) Pos {
	if p, ok := d.keys[pointer]; ok {
		return p
	}
	return d.Pos(pointer)
}

// Find returns the position of the first occurrence of needle (compared
// without case) in the file at or after the value at pointer, or the value's
// own position when the needle is not found there as written (for example
// when the text is folded across lines or escaped).
func (d *Doc) Find(pointer, needle string) Pos {
	start := d.Pos(pointer)
	lines := bytes.Split(d.Src, []byte("\n"))
	low := strings.ToLower(needle)
	for i := start.Line - 1; i >= 0 && i < len(lines) && i < start.Line+400; i++ {
		line := string(lines[i])
		from := 0
		if i == start.Line-1 {
			from = byteOffsetOfColumn(line, start.Column)
		}
		if k := strings.Index(strings.ToLower(line[from:]), low); k >= 0 {
			return Pos{i + 1, 1 + utf8.RuneCountInString(line[:from+k])}
		}
	}
	return start
}

func byteOffsetOfColumn(line string, col int) int {
	n := 1
	for i := range line {
		if n == col {
			return i
		}
		n++
	}
	return len(line)
}

// At builds an Error at the value at pointer.
func (d *Doc) At(pointer, msg, expected, fix string) *Error {
	p := d.Pos(pointer)
	return &Error{File: d.File, Line: p.Line, Column: p.Column, Pointer: pointer, Msg: msg, Expected: expected, Fix: fix}
}

// AtKey builds an Error at the key of the value at pointer.
func (d *Doc) AtKey(pointer, msg, expected, fix string) *Error {
	p := d.KeyPos(pointer)
	return &Error{File: d.File, Line: p.Line, Column: p.Column, Pointer: pointer, Msg: msg, Expected: expected, Fix: fix}
}

// Decode fills v (a struct with json tags) from the document's value.
func (d *Doc) Decode(v any) error {
	b, err := json.Marshal(d.Value)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	return dec.Decode(v)
}

// Pointer appends one reference token to a JSON pointer, escaping it.
func Pointer(base string, token string) string {
	token = strings.ReplaceAll(token, "~", "~0")
	token = strings.ReplaceAll(token, "/", "~1")
	return base + "/" + token
}

type walker struct {
	d     *Doc
	lim   Limits
	nodes int
	errs  List
	stop  bool
}

func (w *walker) fail(n *yaml.Node, pointer, code string, args []string, msg, expected, fix string) {
	w.errs = append(w.errs, &Error{File: w.d.File, Line: n.Line, Column: n.Column, Pointer: pointer, Msg: msg, Expected: expected, Fix: fix,
		Code: code, Args: args})
}

func (w *walker) value(n *yaml.Node, pointer string, depth int) any {
	if w.stop {
		return nil
	}
	w.nodes++
	if w.lim.MaxNodes > 0 && w.nodes > w.lim.MaxNodes {
		w.fail(n, pointer, "parse.too-many", []string{"max", strconv.Itoa(w.lim.MaxNodes)},
			fmt.Sprintf("document has more than %d values", w.lim.MaxNodes), "a checklist-sized document", "split the file")
		w.stop = true
		return nil
	}
	if w.lim.MaxDepth > 0 && depth > w.lim.MaxDepth {
		w.fail(n, pointer, "parse.too-deep", []string{"max", strconv.Itoa(w.lim.MaxDepth)},
			fmt.Sprintf("values are nested more than %d levels deep", w.lim.MaxDepth), "the shallow structure the schema describes", "check the indentation")
		w.stop = true
		return nil
	}
	w.d.pos[pointer] = Pos{n.Line, n.Column}
	switch n.Kind {
	case yaml.AliasNode:
		w.fail(n, pointer, "parse.alias", nil, "YAML aliases (*name) are not allowed", "the value written out in full", "replace the alias with the value it stands for")
		return nil
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		seen := map[string]*yaml.Node{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				w.fail(k, pointer, "parse.key", nil, "a mapping key must be a plain word", "a key such as name:", "write the key as text")
				continue
			}
			key := k.Value
			p := Pointer(pointer, key)
			if prev, dup := seen[key]; dup {
				w.fail(k, p, "parse.dup", []string{"key", key, "line", strconv.Itoa(prev.Line), "column", strconv.Itoa(prev.Column)},
					fmt.Sprintf("duplicate key %q", key), "each key once in a mapping",
					fmt.Sprintf("remove one of the two; the first is at line %d, column %d", prev.Line, prev.Column))
				continue
			}
			seen[key] = k
			w.d.keys[p] = Pos{k.Line, k.Column}
			m[key] = w.value(v, p, depth+1)
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, 0, len(n.Content))
		for i, c := range n.Content {
			s = append(s, w.value(c, pointer+"/"+strconv.Itoa(i), depth+1))
		}
		return s
	case yaml.ScalarNode:
		return scalar(n)
	}
	return nil
}

// scalar resolves a YAML scalar to a JSON-compatible value. Dates and times
// stay strings, so a schema can check their format.
func scalar(n *yaml.Node) any {
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		var b bool
		if n.Decode(&b) == nil {
			return b
		}
	case "!!int":
		var i int64
		if n.Decode(&i) == nil {
			return json.Number(strconv.FormatInt(i, 10))
		}
		var f float64
		if n.Decode(&f) == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
		}
	case "!!float":
		var f float64
		if n.Decode(&f) == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
		}
	}
	return n.Value
}

func utf16Error(file string) *Error {
	return &Error{File: file, Line: 1, Column: 1, Msg: "file is encoded as UTF-16",
		Expected: "UTF-8 text", Fix: "save the file as UTF-8 (in most editors: Save with encoding, UTF-8)", Code: "parse.utf16"}
}

func onlyComments(file string) *Error {
	return &Error{File: file, Line: 1, Column: 1, Msg: "file holds no data, only comments",
		Expected: "a YAML mapping", Fix: "fill the file in", Code: "parse.comments"}
}

// syntaxCodes name the YAML parser's common complaints, so a caller can
// explain them in the user's language (the parser's own words stay in Msg
// and in the "detail" argument). The first entry whose text the parser's
// message contains wins.
var syntaxCodes = []struct{ text, code string }{
	{"mapping values are not allowed", "parse.syntax.colon"},
	{"did not find expected key", "parse.syntax.key"},
	{"did not find expected '-' indicator", "parse.syntax.dash"},
	{"did not find expected ',' or ']'", "parse.syntax.flow"},
	{"did not find expected ',' or '}'", "parse.syntax.flow"},
	{"block sequence entries are not allowed", "parse.syntax.sequence"},
	{"found character that cannot start any token", "parse.syntax.char"},
	{"found unknown escape character", "parse.syntax.escape"},
	{"found unexpected end of stream", "parse.syntax.eof"},
	{"expected single document", "parse.syntax.documents"},
	{"unknown anchor", "parse.alias"},
}

// syntaxError turns the YAML parser's error into an Error at its place,
// with a Code for the common cases (syntaxCodes), "parse.tab" for a tab
// in the indentation, "parse.too-deep" for the parser's own depth limit and
// "parse.syntax" otherwise. Args: "detail" is the parser's message; "line"
// and "column" the start of what it was reading (a quoted text, a list, a
// mapping), or the error's own place; "char" the character found there.
func syntaxError(file string, data []byte, err error, lim Limits) *Error {
	e := &Error{File: file, Line: 1, Column: 1, Msg: "YAML syntax error: " + err.Error(),
		Fix: "check the indentation (spaces, not tabs) and the quoting near this place", Code: "parse.syntax"}
	msg := err.Error()
	var le *yaml.LoadError
	var les *yaml.LoadErrors
	if errors.As(err, &les) && len(les.Errors) > 0 {
		le = les.Errors[0]
	}
	if le != nil || errors.As(err, &le) {
		if le.Message != "" {
			msg = le.Message
		}
		e.Msg = "YAML syntax error: " + msg
		if le.Mark.Line > 0 {
			e.Line, e.Column = le.Mark.Line, max(le.Mark.Column, 1)
		}
	}
	e.Args = []string{"detail", msg, "line", strconv.Itoa(e.Line), "column", strconv.Itoa(e.Column), "char", charAt(data, e.Line, e.Column)}
	if le != nil && le.ContextMsg != "" && le.ContextMark.Line > 0 {
		e.Fix = fmt.Sprintf("%s that starts at line %d, column %d: check it is closed, indented and quoted correctly",
			strings.TrimPrefix(le.ContextMsg, "while parsing "), le.ContextMark.Line, le.ContextMark.Column)
		e.Args[3], e.Args[5] = strconv.Itoa(le.ContextMark.Line), strconv.Itoa(max(le.ContextMark.Column, 1)) // line, column
	}
	for _, c := range syntaxCodes {
		if strings.Contains(msg, c.text) {
			e.Code = c.code
			break
		}
	}
	if strings.HasPrefix(msg, "exceeded max depth") {
		// The parser's own depth limit, met before lim.MaxDepth is checked
		// (block sequences such as "- - - - x"): the same problem.
		e.Code, e.Args = "parse.too-deep", []string{"max", strconv.Itoa(lim.MaxDepth)}
	}
	if le != nil && (strings.Contains(msg, "tab") || lineHasTab(data, e.Line)) {
		e.Msg = "YAML syntax error: a tab character is used for indentation"
		e.Expected = "indentation with spaces"
		e.Fix = "replace the tab with spaces (YAML does not allow tabs for indentation)"
		e.Code, e.Args = "parse.tab", nil
		if c := tabColumn(data, e.Line); c > 0 {
			e.Column = c
		}
	}
	return e
}

// charAt returns the character at a 1-based line and column (counted in
// characters), or "" when there is none.
func charAt(data []byte, line, col int) string {
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return ""
		}
		data = data[i+1:]
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		data = data[:i]
	}
	for c := 1; len(data) > 0; c++ {
		r, size := utf8.DecodeRune(data)
		if c == col {
			return string(r)
		}
		data = data[size:]
	}
	return ""
}

func lineHasTab(data []byte, line int) bool { return tabColumn(data, line) > 0 }

// tabColumn returns the 1-based column of a tab in the leading white space
// of the given line, or 0.
func tabColumn(data []byte, line int) int {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return 0
	}
	for i, c := range lines[line-1] {
		switch c {
		case '\t':
			return i + 1
		case ' ':
			continue
		}
		break
	}
	return 0
}

// firstControl returns the byte offset and value of the first control
// character in b other than tab, line feed and carriage return (C0, DEL and
// C1, which YAML either rejects with no useful position or, for U+0085,
// reads as a line break), or -1.
func firstControl(b []byte) (int, rune) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f {
				return i, rune(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x80 && r <= 0x9f {
			return i, r
		}
		i += size
	}
	return -1, 0
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// offsetPos converts a byte offset to a 1-based line and a 1-based column
// counted in characters.
func offsetPos(b []byte, off int) (int, int) {
	line := 1 + bytes.Count(b[:off], []byte("\n"))
	start := bytes.LastIndexByte(b[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(b[start:off])
}

// Size words a file size for messages: "1.5 MB", "12.0 KB", "512 bytes".
func Size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
