package guidance

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
)

// commitPattern is a full or abbreviated Git object name. A recorded
// commit must match it before it reaches the git command line, so a
// front matter value can never be read as an option.
var commitPattern = regexp.MustCompile(`^[0-9a-f]{7,64}$`)

// runGit runs git in root and returns its standard output. The error
// includes git's standard error.
func runGit(ctx context.Context, root string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", root}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_PAGER=cat", "GIT_TERMINAL_PROMPT=0")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			return nil, fmt.Errorf("git %s: %w", strings.Join(args, " "), err)
		}
		return nil, fmt.Errorf("git %s: %w: %s", strings.Join(args, " "), err, msg)
	}
	return stdout.Bytes(), nil
}

// gitAvailable reports whether git is installed and root is inside a Git
// work tree. When it is not, reason explains why.
func gitAvailable(ctx context.Context, root string) (ok bool, reason string) {
	if _, err := exec.LookPath("git"); err != nil {
		return false, "git is not installed"
	}
	out, err := runGit(ctx, root, "rev-parse", "--is-inside-work-tree")
	if err != nil || strings.TrimSpace(string(out)) != "true" {
		return false, "the site is not in a Git repository"
	}
	return true, ""
}

// headCommit returns the commit to record for a source file: HEAD, when
// the file is committed there unchanged. Otherwise it returns "", because
// no commit holds the text the digest was computed from.
func headCommit(ctx context.Context, root, file string) string {
	if ok, _ := gitAvailable(ctx, root); !ok {
		return ""
	}
	head, err := runGit(ctx, root, "rev-parse", "--verify", "HEAD^{commit}")
	if err != nil {
		return ""
	}
	if _, err := runGit(ctx, root, "cat-file", "-e", "HEAD:./"+file); err != nil {
		return "" // not committed, or ignored by Git
	}
	status, err := runGit(ctx, root, "status", "--porcelain", "--", file)
	if err != nil || len(bytes.TrimSpace(status)) > 0 {
		return ""
	}
	return strings.TrimSpace(string(head))
}

// WriteSourceChanges writes how the English page of an outdated
// translation changed since the translation's recorded source. With Git
// and a recorded commit it runs "git diff <commit> -- <English page>" in
// root. Otherwise it writes that no history is available and lists the
// English paragraphs whose fingerprints are not among the recorded ones.
func WriteSourceChanges(ctx context.Context, w io.Writer, root string, p PageStatus) error {
	if p.SourceFile == "" {
		return fmt.Errorf("%s has no English page", p.File)
	}
	fmt.Fprintf(w, "== %s: changes to %s since %s\n", p.File, p.SourceFile, shortSource(p.Recorded))

	reason := "the translation records no commit"
	if commit := p.Recorded.Commit; commit != "" {
		ok, why := gitAvailable(ctx, root)
		switch {
		case !commitPattern.MatchString(commit):
			reason = fmt.Sprintf("the recorded commit %q is not a Git commit name", commit)
		case !ok:
			reason = why
		default:
			if _, err := runGit(ctx, root, "cat-file", "-e", commit+"^{commit}"); err != nil {
				reason = fmt.Sprintf("commit %s is not in this repository (a shallow clone?)", commit)
				break
			}
			diff, err := runGit(ctx, root, "--no-pager", "diff", "--no-color", "--no-ext-diff", "--no-textconv",
				commit, "--", p.SourceFile)
			if err != nil {
				return err
			}
			if len(diff) == 0 {
				fmt.Fprintln(w, "git diff shows no change; the difference is only in what the digest ignores")
				return nil
			}
			_, err = w.Write(diff)
			return err
		}
	}
	return writeParagraphChanges(w, root, p, reason)
}

// writeParagraphChanges lists the English paragraphs that are not among
// the recorded fingerprints.
func writeParagraphChanges(w io.Writer, root string, p PageStatus, reason string) error {
	fmt.Fprintf(w, "No history is available: %s.\n", reason)
	if p.Recorded.Paragraphs == "" {
		fmt.Fprintf(w, "The translation records no paragraph fingerprints; compare it with the whole of %s.\n", p.SourceFile)
		return nil
	}
	text, err := readSourceText(root, p.SourceFile)
	if err != nil {
		return err
	}

	recorded := map[string]bool{}
	for _, f := range strings.Fields(p.Recorded.Paragraphs) {
		recorded[f] = true
	}
	current := map[string]bool{}
	changed := 0
	if f := fingerprint("title: " + text.title); !recorded[f] {
		fmt.Fprintf(w, "%s: the title is new or changed: %s\n", p.SourceFile, text.title)
		changed++
	}
	current[fingerprint("title: "+text.title)] = true
	for _, para := range text.paragraphs {
		f := fingerprint(para.text)
		current[f] = true
		if recorded[f] {
			continue
		}
		changed++
		fmt.Fprintf(w, "%s:%d: new or changed paragraph:\n", p.SourceFile, para.line)
		for _, line := range strings.Split(para.text, "\n") {
			fmt.Fprintf(w, "    %s\n", line)
		}
	}
	removed := 0
	for f := range recorded {
		if !current[f] {
			removed++
		}
	}
	if removed > 0 {
		fmt.Fprintf(w, "%d paragraphs of the recorded version are no longer on the English page (removed or changed).\n", removed)
	}
	if changed == 0 && removed == 0 {
		fmt.Fprintln(w, "Every paragraph matches a recorded fingerprint; the paragraphs were reordered or repeated.")
	}
	return nil
}
