package search

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// tokenCase is one row of testdata/tokens.json, the table that the Go
// and the JavaScript tokenisers must both pass.
type tokenCase struct {
	Name   string   `json:"name"`
	In     string   `json:"in"`
	Tokens []string `json:"tokens"`
}

const (
	tokenTable = "testdata/tokens.json"
	searchJS   = "../../assets/js/search.js"
)

func readTokenTable(t *testing.T) []tokenCase {
	t.Helper()
	raw, err := os.ReadFile(tokenTable)
	if err != nil {
		t.Fatal(err)
	}
	var cases []tokenCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatalf("%s: %v", tokenTable, err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s has no cases", tokenTable)
	}
	return cases
}

func TestTokens(t *testing.T) {
	for _, c := range readTokenTable(t) {
		t.Run(c.Name, func(t *testing.T) {
			got := Tokens(c.In)
			if got == nil {
				got = []string{}
			}
			if !slices.Equal(got, c.Tokens) {
				t.Errorf("Tokens(%q) = %q, want %q", c.In, got, c.Tokens)
			}
		})
	}
}

func TestFoldKeepsThaiMarks(t *testing.T) {
	// Thai vowel and tone marks are combining characters too, but
	// outside U+0300 to U+036F, so they must survive.
	in := "ผ้าทอมือ"
	if got := Fold(in); got != in {
		t.Errorf("Fold(%q) = %q, want it unchanged", in, got)
	}
}

// nodeTokens runs the tokens() function of assets/js/search.js with
// node on every input of the table and returns its results in order.
const nodeTokens = `
const fs = require("fs");
const vm = require("vm");
const [script, table] = process.argv.slice(1);
const sandbox = {};
vm.runInNewContext(fs.readFileSync(script, "utf8"), sandbox, {filename: script});
if (typeof sandbox.searchTokens !== "function") {
  throw new Error(script + " did not export searchTokens when run without a document");
}
const cases = JSON.parse(fs.readFileSync(table, "utf8"));
process.stdout.write(JSON.stringify(cases.map((c) => Array.from(sandbox.searchTokens(c.in)))));
`

// TestTokensJavaScript runs the query tokeniser of search.js on the
// same table as TestTokens, so that the index and the query cannot
// split text differently. Without node the test fails when CI is set
// and is skipped otherwise.
func TestTokensJavaScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("node not found (CI is set, so this is a failure): %v", err)
		}
		t.Skipf("node not found, skipped because CI is not set: %v", err)
	}
	script, err := filepath.Abs(searchJS)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "-e", nodeTokens, script, tokenTable)
	out, err := cmd.Output()
	if err != nil {
		stderr := ""
		if exit, ok := err.(*exec.ExitError); ok {
			stderr = string(exit.Stderr)
		}
		t.Fatalf("node failed: %v\n%s", err, stderr)
	}
	var results [][]string
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatalf("node printed %q, not a JSON array of token lists: %v", out, err)
	}

	cases := readTokenTable(t)
	if len(results) != len(cases) {
		t.Fatalf("node returned %d results for %d cases", len(results), len(cases))
	}
	for i, c := range cases {
		if !slices.Equal(results[i], c.Tokens) {
			t.Errorf("%s: search.js tokens(%q) = %q, want %q", c.Name, c.In, results[i], c.Tokens)
		}
	}
}
