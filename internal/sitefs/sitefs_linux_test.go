package sitefs

import "testing"

// TestOneCallReads checks that files beneath the folder are read the fast
// way, and that links out of it are left to the os.Root.
func TestOneCallReads(t *testing.T) {
	f, err := Open(site(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, ok := f.fast.readFile("content/tin-tuc/2025/a.md"); !ok && f.fast.off.Load() {
		t.Skip("this kernel has no openat2 (Linux 5.6 and later have it)")
	}
	for name, fast := range map[string]bool{"content/tin-tuc/2025/a.md": true, "content/inside.md": true, "content/outside.md": false, "content/absolute.md": false, "content/tin-tuc": false} {
		if _, ok := f.fast.readFile(name); ok != fast {
			t.Errorf("readFile(%s) read it: %v; want %v", name, ok, fast)
		}
	}
}
