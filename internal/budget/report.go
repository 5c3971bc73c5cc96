package budget

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteSummary writes the n largest pages as a table, the scripts'
// total and every problem.
func (r *Report) WriteSummary(w io.Writer, n int) error {
	fmt.Fprintf(w, "%d pages; the %d largest, gzipped at level 9 (HTML + linked CSS):\n", len(r.Pages), min(n, len(r.Pages)))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "total\tHTML\tCSS\tlimit\t  page")
	for _, p := range r.Largest(n) {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t  %s\n", p.Total(), p.HTML, p.CSS, p.Limit, p.Path)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "JavaScript: %d bytes gzipped of %d", r.ScriptTotal, ScriptLimit)
	for _, s := range r.Scripts {
		note := ""
		if s.Exempt {
			note = ", not counted"
		}
		fmt.Fprintf(w, "; %s %d%s", s.Path, s.Size, note)
	}
	fmt.Fprintln(w)

	if len(r.Problems) == 0 {
		fmt.Fprintln(w, "budget: no problems")
		return nil
	}
	fmt.Fprintf(w, "budget: %d problems\n", len(r.Problems))
	for _, p := range r.Problems {
		fmt.Fprintln(w, p)
	}
	return nil
}
