package browsertest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// AxePath is axe-core's browser bundle relative to the repository root,
// where `npm ci` installs it from package-lock.json.
const AxePath = "node_modules/axe-core/axe.min.js"

// WCAGTags are the axe-core rule tags of WCAG 2.0, 2.1 and 2.2 at
// levels A and AA. axe-core has no wcag22a tag: the new level A
// criteria of 2.2 have no automated rule.
var WCAGTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

// Axe is axe-core's source, loaded once and injected into each page.
type Axe struct {
	source string
}

// LoadAxe reads AxePath under the repository root repo.
func LoadAxe(repo string) (*Axe, error) {
	data, err := os.ReadFile(filepath.Join(repo, filepath.FromSlash(AxePath)))
	if err != nil {
		return nil, fmt.Errorf("axe-core is missing: run `npm ci` in the repository root (%w)", err)
	}
	return &Axe{source: string(data)}, nil
}

// AxeResults are the parts of axe.run's results that the tests report.
type AxeResults struct {
	Violations []AxeRule `json:"violations"`
	Incomplete []AxeRule `json:"incomplete"`
	TestEngine struct {
		Version string `json:"version"`
	} `json:"testEngine"`
}

// AxeRule is one rule's result with the elements it flagged.
type AxeRule struct {
	ID      string    `json:"id"`
	Impact  string    `json:"impact"`
	Help    string    `json:"help"`
	HelpURL string    `json:"helpUrl"`
	Nodes   []AxeNode `json:"nodes"`
}

// AxeNode is one flagged element.
type AxeNode struct {
	// Target is the element's CSS selector path: a string per frame or
	// shadow root, or an array of them.
	Target         []json.RawMessage `json:"target"`
	HTML           string            `json:"html"`
	FailureSummary string            `json:"failureSummary"`
}

// Selector returns the node's target as one string.
func (n AxeNode) Selector() string {
	parts := make([]string, len(n.Target))
	for i, raw := range n.Target {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			parts[i] = s
		} else {
			parts[i] = string(raw)
		}
	}
	return strings.Join(parts, " >>> ")
}

// Format writes a rule and its elements, one per line, with the
// failure summary for each.
func (r AxeRule) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s [%s]", r.ID, r.Impact, r.Help, r.HelpURL)
	for _, n := range r.Nodes {
		fmt.Fprintf(&b, "\n    %s\n      %s", n.Selector(), n.HTML)
		if s := strings.TrimSpace(n.FailureSummary); s != "" {
			fmt.Fprintf(&b, "\n      %s", strings.ReplaceAll(s, "\n", "\n      "))
		}
	}
	return b.String()
}

// Run injects axe-core into an isolated world of the tab's current page
// and runs the rules tagged with tags over the whole document. No rule
// is turned off.
func (a *Axe) Run(t *Tab, tags []string) (*AxeResults, error) {
	id, err := t.isolatedWorld()
	if err != nil {
		return nil, err
	}
	if _, err := evalIn[bool](t, id, a.source+"\n;typeof axe === 'object'"); err != nil {
		return nil, fmt.Errorf("failed to inject axe-core: %w", err)
	}
	tagList, err := json.Marshal(tags)
	if err != nil {
		return nil, err
	}
	script := fmt.Sprintf(`axe.run(document, {
		runOnly: {type: "tag", values: %s},
		resultTypes: ["violations", "incomplete"]
	}).then(r => ({violations: r.violations, incomplete: r.incomplete, testEngine: r.testEngine}))`, tagList)
	res, err := evalIn[AxeResults](t, id, script)
	if err != nil {
		return nil, fmt.Errorf("axe.run failed: %w", err)
	}
	return &res, nil
}
