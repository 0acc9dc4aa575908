package testutil

import (
	"fmt"
	"strings"
)

// Diff limits: the middle of two texts (after their common first and last
// lines) is compared line by line when it is at most maxCells line pairs,
// else shown as all removed and all added; the diff shows at most maxLines
// lines.
const (
	context  = 3
	maxCells = 4 << 20
	maxLines = 200
)

// op is one line of a diff: ' ' kept, '-' only in want, '+' only in got.
type op struct {
	kind byte
	line string
	a, b int // line numbers (from 1) in want and got
}

// Diff returns a line diff of want and got in the unified style: hunks
// headed "@@ -line,count +line,count @@" with up to three lines of context,
// "-" for a line only in want and "+" for a line only in got. A missing final
// newline is shown as a line of its own. It returns "" when they are equal.
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	a, b := lines(want), lines(got)
	ops := diffLines(a, b)
	var out strings.Builder
	n := 0
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		// A hunk: from context lines before the first change to context
		// lines after the last change that is at most 2*context lines from
		// the one before it.
		start := max(0, i-context)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				end = j
			} else if j-end > 2*context {
				break
			}
		}
		end = min(len(ops), end+context+1)
		var na, nb int
		for _, o := range ops[start:end] {
			if o.kind != '+' {
				na++
			}
			if o.kind != '-' {
				nb++
			}
		}
		fmt.Fprintf(&out, "@@ -%d,%d +%d,%d @@\n", ops[start].a, na, ops[start].b, nb)
		for _, o := range ops[start:end] {
			if n == maxLines {
				fmt.Fprintf(&out, "… (diff cut at %d lines)\n", maxLines)
				return out.String()
			}
			out.WriteByte(o.kind)
			out.WriteString(o.line)
			out.WriteByte('\n')
			n++
		}
		i = end
	}
	return out.String()
}

// lines splits s into lines without their "\n"; a last line without one is
// marked, so that a missing final newline shows in the diff.
func lines(s string) []string {
	if s == "" {
		return nil
	}
	l := strings.Split(s, "\n")
	if l[len(l)-1] == "" {
		return l[:len(l)-1]
	}
	l[len(l)-1] += "⏎ (no newline at the end)"
	return l
}

// diffLines returns the edit script from a to b: their common first and last
// lines kept, and the middle by a longest common subsequence when it is small
// enough (else all of a's middle removed, then all of b's added).
func diffLines(a, b []string) []op {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ops := make([]op, 0, len(a)+len(b))
	for i := range pre {
		ops = append(ops, op{' ', a[i], i + 1, i + 1})
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(ma)*len(mb) <= maxCells {
		ops = append(ops, lcs(ma, mb, pre)...)
	} else {
		for i, l := range ma {
			ops = append(ops, op{'-', l, pre + i + 1, pre + 1})
		}
		for j, l := range mb {
			ops = append(ops, op{'+', l, pre + len(ma) + 1, pre + j + 1})
		}
	}
	for k := range suf {
		i, j := len(a)-suf+k, len(b)-suf+k
		ops = append(ops, op{' ', a[i], i + 1, j + 1})
	}
	return ops
}

// lcs is the edit script from a to b by the longest common subsequence of
// their lines; off is the number of lines before them.
func lcs(a, b []string, off int) []op {
	n, m := len(a), len(b)
	// l[i*(m+1)+j] is the length of the LCS of a[i:] and b[j:].
	l := make([]int32, (n+1)*(m+1))
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i*(m+1)+j] = l[(i+1)*(m+1)+j+1] + 1
			} else {
				l[i*(m+1)+j] = max(l[(i+1)*(m+1)+j], l[i*(m+1)+j+1])
			}
		}
	}
	var ops []op
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			ops = append(ops, op{' ', a[i], off + i + 1, off + j + 1})
			i, j = i+1, j+1
		case i < n && (j == m || l[(i+1)*(m+1)+j] >= l[i*(m+1)+j+1]):
			ops = append(ops, op{'-', a[i], off + i + 1, off + j + 1})
			i++
		default:
			ops = append(ops, op{'+', b[j], off + i + 1, off + j + 1})
			j++
		}
	}
	return ops
}
