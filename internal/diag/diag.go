// Package diag holds the one diagnostic type that every input check of
// panduan reports: workbook cells and Markdown lines alike.
package diag

import (
	"fmt"
	"io"
	"sort"
)

// Severity orders diagnostics: errors stop a build, warnings do not.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Position is the place of a problem in an input file. A workbook
// position has Sheet and Cell ("Services", "F14"). A text position has
// Line and Column, 1-based, with columns counted in bytes as go/token
// counts them. Both may be empty when the problem concerns a whole
// sheet or file.
type Position struct {
	File   string
	Sheet  string
	Cell   string
	Line   int
	Column int
}

// String formats the position as "data/directory.xlsx: Services!F14" or
// "content/th/rights.md:14:3".
func (p Position) String() string {
	s := p.File
	switch {
	case p.Sheet != "" && p.Cell != "":
		s += ": " + p.Sheet + "!" + p.Cell
	case p.Sheet != "":
		s += ": " + p.Sheet
	case p.Line > 0 && p.Column > 0:
		s += fmt.Sprintf(":%d:%d", p.Line, p.Column)
	case p.Line > 0:
		s += fmt.Sprintf(":%d", p.Line)
	}
	return s
}

// Diagnostic is one problem found in an input. Code is stable across
// releases (for example "W101"), so that a message can be translated and
// looked up. Message states what is wrong and on which value, and Fix,
// when set, states what to do.
type Diagnostic struct {
	Pos      Position
	Severity Severity
	Code     string
	Message  string
	Fix      string
}

func (d Diagnostic) String() string {
	s := fmt.Sprintf("%s: %s %s: %s", d.Pos, d.Severity, d.Code, d.Message)
	if d.Fix != "" {
		s += "; " + d.Fix
	}
	return s
}

// List collects the diagnostics of one run.
type List []Diagnostic

// Add appends a diagnostic.
func (l *List) Add(pos Position, sev Severity, code, fix, format string, args ...any) {
	*l = append(*l, Diagnostic{Pos: pos, Severity: sev, Code: code, Message: fmt.Sprintf(format, args...), Fix: fix})
}

// Errors returns the number of errors.
func (l List) Errors() int { return l.count(Error) }

// Warnings returns the number of warnings.
func (l List) Warnings() int { return l.count(Warning) }

func (l List) count(sev Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity == sev {
			n++
		}
	}
	return n
}

// Sort orders errors before warnings, then by file, sheet, row, column
// and line, keeping the order of diagnostics at the same place.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Severity != b.Severity {
			return a.Severity < b.Severity
		}
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Sheet != b.Pos.Sheet {
			return a.Pos.Sheet < b.Pos.Sheet
		}
		if ra, rb := cellRow(a.Pos.Cell), cellRow(b.Pos.Cell); ra != rb {
			return ra < rb
		}
		if ca, cb := cellColumn(a.Pos.Cell), cellColumn(b.Pos.Cell); ca != cb {
			return ca < cb
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		return a.Pos.Column < b.Pos.Column
	})
}

// Print writes one diagnostic per line.
func (l List) Print(w io.Writer) {
	for _, d := range l {
		fmt.Fprintln(w, d)
	}
}

// cellRow returns the row number of a cell reference such as "F14".
func cellRow(cell string) int {
	n := 0
	for _, r := range cell {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
		}
	}
	return n
}

// cellColumn returns the column number of a cell reference, A being 1.
func cellColumn(cell string) int {
	n := 0
	for _, r := range cell {
		if r >= 'A' && r <= 'Z' {
			n = n*26 + int(r-'A') + 1
		}
	}
	return n
}
