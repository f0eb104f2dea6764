//go:build !linux

package publish

// exchange swaps the folders a and b with two renames: there is no atomic
// exchange of folders here (macOS has renamex_np with RENAME_SWAP, which
// x/sys does not offer; Windows has none), so b is missing for the moment
// between them.
func exchange(a, b string) error { return exchangeByRenames(a, b) }
