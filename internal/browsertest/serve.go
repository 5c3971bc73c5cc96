package browsertest

import (
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// FileServer serves the files of dir as a static host does, except that
// a folder is not found, as on file://. Unlike http.FileServer it does
// not redirect ".../index.html" to ".../", so the browser shows the URL
// that a link names.
func FileServer(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(r.URL.Path, "/") {
			name = path.Join(name, "index.html")
		}
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil || info.IsDir() {
			http.NotFound(w, r)
			return
		}
		http.ServeContent(w, r, name, info.ModTime(), f)
	})
}
