package guidance

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// MarkCurrent records in a translated page that it matches the current
// English page. It rewrites the source entry of the page's front matter
// with the English page's digest and paragraph fingerprints. In a Git
// repository whose HEAD contains the English page unchanged, it also
// records the HEAD commit. Every other byte of the file stays as it was.
// file is the translation, relative to root
// (content/th/guide/get-help.md) or absolute.
func MarkCurrent(root, file string) error {
	ctx := context.Background()
	rel, err := translationPath(root, file)
	if err != nil {
		return err
	}
	_, pagePath, _ := strings.Cut(strings.TrimPrefix(rel, ContentDir+"/"), "/")

	english := sourceFile(pagePath)
	text, err := readSourceText(root, english)
	if err != nil {
		return fmt.Errorf("%s has no English page to mark it against: %w", rel, err)
	}
	s := Source{Digest: text.Digest(), Commit: headCommit(ctx, root, english), Paragraphs: text.Fingerprints()}

	name := filepath.Join(root, filepath.FromSlash(rel))
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	src, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	out, err := replaceSource(src, s)
	if err != nil {
		return fmt.Errorf("%s: %w", rel, err)
	}
	return writeFileAtomic(name, out, info.Mode().Perm())
}

// translationPath returns file as a slash-separated path relative to
// root, and checks that it is a Markdown page of a translation language.
func translationPath(root, file string) (string, error) {
	rel := file
	if filepath.IsAbs(file) {
		absRoot, err := filepath.Abs(root)
		if err != nil {
			return "", err
		}
		rel, err = filepath.Rel(absRoot, file)
		if err != nil {
			return "", err
		}
	}
	rel = path.Clean(filepath.ToSlash(rel))

	parts := strings.SplitN(rel, "/", 3)
	if len(parts) < 3 || parts[0] != ContentDir || !strings.EqualFold(path.Ext(rel), ".md") {
		return "", fmt.Errorf("%s is not a guidance page: give a file content/<lang>/….md relative to the site root", file)
	}
	if parts[1] == SourceLanguage {
		return "", fmt.Errorf("%s is an English page: give the translated page, e.g. content/th/%s", file, parts[2])
	}
	return rel, nil
}

// writeFileAtomic replaces name with data through a temporary file in
// the same folder, so an interrupted write leaves the old file.
func writeFileAtomic(name string, data []byte, perm os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
