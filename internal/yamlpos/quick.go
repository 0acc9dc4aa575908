package yamlpos

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParseQuick is Parse with a fast path for the plain subset of YAML that
// proposal files use: comment lines, block mappings with plain keys, block
// sequences and one-line flow sequences of scalars, and one-line plain,
// single-quoted or double-quoted scalars (with the common escapes). A file
// with anything else (block scalars, anchors, tags, multi-line scalars,
// tabs, CRLF, values that could resolve to something other than a string or
// an integer) and any file with a problem goes through Parse, so every error
// message comes from Parse. The fast path gives exactly the Value and the
// positions Parse gives (tested on the corpus and by fuzzing); the Doc it
// returns has no Root node.
func ParseQuick(file string, data []byte, lim Limits) (*Doc, List) {
	if d, ok := quick(file, data, lim); ok {
		return d, nil
	}
	return Parse(file, data, lim)
}

type quickLine struct {
	no     int    // 1-based line number
	indent int    // leading spaces
	text   string // the line without its indentation
}

type quickParser struct {
	d     *Doc
	lines []quickLine // content lines only (no blank or comment lines)
	i     int
	lim   Limits
	nodes int
}

func quick(file string, data []byte, lim Limits) (*Doc, bool) {
	if lim.MaxBytes > 0 && len(data) > lim.MaxBytes {
		return nil, false
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	// Flow mappings are outside the subset: decline before any work (a
	// brace inside a quoted text only costs that file the fast path).
	if len(data) == 0 || data[0] == '[' || bytes.IndexByte(data, '{') >= 0 || !utf8.Valid(data) {
		return nil, false
	}
	for i, b := range data {
		if b < 0x20 && b != '\n' || b == 0x7f {
			return nil, false // tabs, CR, NUL and control characters: Parse decides
		}
		// A C1 control (U+0080-U+009F) is 0xC2 0x80-0x9F in valid UTF-8.
		if b == 0xC2 && i+1 < len(data) && data[i+1] <= 0x9F {
			return nil, false
		}
	}
	p := &quickParser{d: &Doc{File: file, pos: map[string]Pos{}, keys: map[string]Pos{}, Src: data}, lim: lim}
	for n, raw := range strings.Split(string(data), "\n") {
		t := strings.TrimLeft(raw, " ")
		if t == "" || t[0] == '#' {
			continue
		}
		if strings.HasPrefix(t, "---") || strings.HasPrefix(t, "...") || t[0] == '%' {
			return nil, false
		}
		p.lines = append(p.lines, quickLine{n + 1, len(raw) - len(t), strings.TrimRight(t, " ")})
	}
	if len(p.lines) == 0 || p.lines[0].indent != 0 {
		return nil, false
	}
	v, ok := p.block("", 0, 0)
	if !ok || p.i != len(p.lines) {
		return nil, false
	}
	if _, isMap := v.(map[string]any); !isMap {
		return nil, false
	}
	p.d.Value = v
	return p.d, true
}

// block parses the mapping or sequence whose first line is the current one,
// at the given indentation.
func (p *quickParser) block(ptr string, indent, depth int) (any, bool) {
	if depth > p.lim.MaxDepth && p.lim.MaxDepth > 0 {
		return nil, false
	}
	first := p.lines[p.i]
	if first.indent != indent {
		return nil, false
	}
	if !p.count() {
		return nil, false
	}
	p.d.pos[ptr] = Pos{first.no, indent + 1}
	if first.text == "-" || strings.HasPrefix(first.text, "- ") {
		return p.sequence(ptr, indent, depth)
	}
	return p.mapping(ptr, indent, depth)
}

func (p *quickParser) count() bool {
	p.nodes++
	return p.lim.MaxNodes <= 0 || p.nodes <= p.lim.MaxNodes
}

func (p *quickParser) mapping(ptr string, indent, depth int) (any, bool) {
	m := map[string]any{}
	for p.i < len(p.lines) {
		l := p.lines[p.i]
		if l.indent < indent {
			break
		}
		if l.indent > indent {
			return nil, false // a continuation line or bad indentation: let Parse judge
		}
		colon := strings.IndexByte(l.text, ':')
		if colon <= 0 || !plainKey(l.text[:colon]) {
			return nil, false
		}
		key, rest := l.text[:colon], l.text[colon+1:]
		if rest != "" && rest[0] != ' ' {
			return nil, false
		}
		if _, dup := m[key]; dup {
			return nil, false
		}
		kp := Pointer(ptr, key)
		p.d.keys[kp] = Pos{l.no, indent + 1}
		p.i++
		valueCol := indent + colon + 1 + (len(rest) - len(strings.TrimLeft(rest, " "))) + 1
		rest = strings.TrimLeft(rest, " ")
		if rest == "" || rest[0] == '#' {
			// A nested block: a mapping indented further, or a sequence
			// indented further or at the key's own indentation.
			if p.i >= len(p.lines) {
				return nil, false // an empty value: Parse decides where null is
			}
			next := p.lines[p.i]
			isSeq := next.text == "-" || strings.HasPrefix(next.text, "- ")
			if next.indent <= indent && !(isSeq && next.indent == indent) {
				return nil, false
			}
			v, ok := p.block(kp, next.indent, depth+1)
			if !ok {
				return nil, false
			}
			m[key] = v
			continue
		}
		v, ok := p.inline(kp, rest, l.no, valueCol, depth+1)
		if !ok {
			return nil, false
		}
		m[key] = v
	}
	return m, true
}

func (p *quickParser) sequence(ptr string, indent, depth int) (any, bool) {
	s := []any{}
	for p.i < len(p.lines) {
		l := p.lines[p.i]
		if l.indent < indent || l.indent == indent && !strings.HasPrefix(l.text, "- ") {
			break // the parent's next key (a sequence may sit at its key's indentation)
		}
		if l.indent > indent {
			return nil, false
		}
		rest := l.text[2:]
		valueCol := indent + 3 + (len(rest) - len(strings.TrimLeft(rest, " ")))
		rest = strings.TrimLeft(rest, " ")
		if rest == "" || rest[0] == '#' || rest[0] == '-' {
			return nil, false
		}
		if c := strings.Index(rest, ": "); c >= 0 || strings.HasSuffix(rest, ":") {
			if rest[0] != '"' && rest[0] != '\'' {
				return nil, false // a mapping inside a sequence: Parse handles it
			}
		}
		p.i++
		v, ok := p.inline(ptr+"/"+strconv.Itoa(len(s)), rest, l.no, valueCol, depth+1)
		if !ok {
			return nil, false
		}
		s = append(s, v)
	}
	return s, true
}

// inline parses a value written on the line itself, starting at column col.
func (p *quickParser) inline(ptr, s string, line, col, depth int) (any, bool) {
	if !p.count() {
		return nil, false
	}
	p.d.pos[ptr] = Pos{line, col}
	if s[0] == '[' {
		return p.flow(ptr, s, line, col, depth)
	}
	v, rest, ok := scalarText(s)
	if !ok || !trailing(rest) {
		return nil, false
	}
	return v, true
}

// flow parses a one-line flow sequence of plain or quoted scalars.
func (p *quickParser) flow(ptr, s string, line, col, depth int) (any, bool) {
	if depth > p.lim.MaxDepth && p.lim.MaxDepth > 0 {
		return nil, false
	}
	out := []any{}
	i := 1
	counted, runes := 0, 0 // runes in s[:counted], kept up to date so columns cost linear time
	for {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) {
			return nil, false
		}
		if s[i] == ']' {
			if len(out) > 0 {
				return nil, false // "[a, ]" and similar: Parse decides
			}
			break
		}
		runes += utf8.RuneCountInString(s[counted:i])
		counted = i
		itemCol := col + runes
		var v any
		var rest string
		var ok bool
		if s[i] == '"' || s[i] == '\'' {
			v, rest, ok = scalarText(s[i:])
		} else {
			end := strings.IndexAny(s[i:], ",]")
			if end < 0 {
				return nil, false
			}
			item := strings.TrimRight(s[i:i+end], " ")
			if item == "" || strings.ContainsAny(item, "[]{}#:\"'") {
				return nil, false
			}
			v, ok = plainValue(item)
			rest = s[i+len(item):]
		}
		if !ok || !p.count() {
			return nil, false
		}
		p.d.pos[ptr+"/"+strconv.Itoa(len(out))] = Pos{line, itemCol}
		out = append(out, v)
		rest = strings.TrimLeft(rest, " ")
		i = len(s) - len(rest)
		if rest == "" {
			return nil, false
		}
		if rest[0] == ',' {
			i++
			continue
		}
		if rest[0] == ']' {
			break
		}
		return nil, false
	}
	return out, trailing(s[i+1:])
}

// trailing accepts what may follow a value on its line: nothing, or spaces
// and a comment.
func trailing(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	return t == "" || (t[0] == '#' && len(t) < len(rest))
}

// scalarText reads one scalar at the start of s and returns its value and
// what follows it.
func scalarText(s string) (any, string, bool) {
	switch s[0] {
	case '"':
		var b strings.Builder
		for i := 1; i < len(s); i++ {
			c := s[i]
			switch c {
			case '"':
				return b.String(), s[i+1:], true
			case '\\':
				if i+1 >= len(s) {
					return nil, "", false
				}
				i++
				switch s[i] {
				case '\\', '"', '/':
					b.WriteByte(s[i])
				case 'n':
					b.WriteByte('\n')
				default:
					return nil, "", false // other escapes: Parse decodes them
				}
			default:
				b.WriteByte(c)
			}
		}
		return nil, "", false // not closed on this line
	case '\'':
		var b strings.Builder
		for i := 1; i < len(s); i++ {
			if s[i] == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					b.WriteByte('\'')
					i++
					continue
				}
				return b.String(), s[i+1:], true
			}
			b.WriteByte(s[i])
		}
		return nil, "", false
	}
	// A plain scalar runs to a comment (" #") or the end of the line.
	end := len(s)
	if c := strings.Index(s, " #"); c >= 0 {
		end = c
	}
	text := strings.TrimRight(s[:end], " ")
	if strings.Contains(text, ": ") || strings.HasSuffix(text, ":") {
		return nil, "", false
	}
	v, ok := plainValue(text)
	return v, s[end:], ok
}

// plainValue resolves a plain scalar the way Parse does for the forms it
// accepts: decimal integers, dates (kept as text) and text that cannot be
// read as anything else. Anything that YAML could resolve otherwise (null,
// booleans, floats, octal, times) is left to Parse.
func plainValue(s string) (any, bool) {
	if s == "" {
		return nil, false
	}
	c := s[0]
	switch {
	case c >= '0' && c <= '9':
		if allDigits(s) && len(s) <= 18 && (len(s) == 1 || c != '0') {
			return json.Number(s), true
		}
		if len(s) == 10 && allDigits(s[:4]) && s[4] == '-' && allDigits(s[5:7]) && s[7] == '-' && allDigits(s[8:]) {
			return s, true // a date stays text, as Parse keeps it
		}
		return nil, false
	case strings.ContainsRune("-+.~!&*|>%@`?:,[]{}#'\"=", rune(c)):
		return nil, false
	}
	switch strings.ToLower(s) {
	case "y", "yes", "n", "no", "on", "off", "true", "false", "null", "nan", "inf":
		return nil, false
	}
	return s, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// plainKey accepts the keys proposals use: letters, digits, dots, dashes
// and underscores, not starting with a dash.
func plainKey(k string) bool {
	if k == "" || k[0] == '-' {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
			return false
		}
	}
	_, special := plainValue(k)
	return special
}
