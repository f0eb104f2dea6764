// Package themes embeds the default theme into the binary, so that a folder
// holding only site.yaml and content/ builds without a theme of its own.
package themes

import (
	"embed"
	"io/fs"
)

//go:embed default
var files embed.FS

// Default returns the default theme's files: layouts/, static/ and i18n/.
func Default() fs.FS {
	sub, err := fs.Sub(files, "default")
	if err != nil {
		panic(err) // the embedded folder is fixed at compile time
	}
	return sub
}
