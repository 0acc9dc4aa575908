package guide

import (
	"strconv"
	"strings"
)

// Num writes a number of points as the language does: whole numbers
// without decimals, others with up to two (points are multiples of 0.25),
// with the language's decimal separator.
func (l Language) Num(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return l.decimal(s)
}

// Fixed1 writes a number with one decimal place and the language's
// decimal separator (58.3 or 58,3).
func (l Language) Fixed1(f float64) string {
	s := strconv.FormatFloat(f, 'f', 1, 64)
	if s == "-0.0" {
		s = "0.0"
	}
	return l.decimal(s)
}

// Pct writes a percentage with one decimal place as the language does
// (58.3% or 58,3 %).
func (l Language) Pct(f float64) string {
	p := l.Percent
	if p == "" {
		p = "{n}%"
	}
	return strings.Replace(p, "{n}", l.Fixed1(f), 1)
}

// Separator is the CSV cell separator for the language, a comma when the
// language names none.
func (l Language) Separator() rune {
	if l.CSVSeparator == "" {
		return ','
	}
	r := []rune(l.CSVSeparator)
	return r[0]
}

func (l Language) decimal(s string) string {
	if l.Decimal != "" && l.Decimal != "." {
		return strings.Replace(s, ".", l.Decimal, 1)
	}
	return s
}
