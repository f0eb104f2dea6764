package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"testing"
	"time"
)

var (
	when  = time.Date(2026, 11, 21, 2, 30, 0, 0, time.UTC)
	files = []File{{"LICENSE", []byte("MIT\n"), false}, {"README.md", []byte("# vinhdanh\n"), false}, {"vinhdanh", []byte("\x7fELF..."), true}}
)

// TestTarGz checks the entries of a .tar.gz and that a second archive of
// the same files is the same bytes.
func TestTarGz(t *testing.T) {
	a, err := TarGz(files, when)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := TarGz(files, when); !bytes.Equal(a, b) {
		t.Error("two archives of the same files differ")
	}
	gz, err := gzip.NewReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if !gz.ModTime.Equal(when) || gz.Name != "" {
		t.Errorf("gzip header: %v %q", gz.ModTime, gz.Name)
	}
	tr := tar.NewReader(gz)
	for i := 0; ; i++ {
		h, err := tr.Next()
		if err == io.EOF {
			if i != len(files) {
				t.Errorf("%d entries; want %d", i, len(files))
			}
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(tr)
		f := files[i]
		if h.Name != f.Name || !bytes.Equal(data, f.Data) || h.Mode != mode(f) || !h.ModTime.Equal(when) ||
			h.Uid != 0 || h.Gid != 0 || h.Uname != "" || h.Gname != "" {
			t.Errorf("entry %d: %s mode %o time %v owner %d:%d %q:%q", i, h.Name, h.Mode, h.ModTime, h.Uid, h.Gid, h.Uname, h.Gname)
		}
	}
}

// TestZip checks the entries of a .zip and that a second archive of the
// same files is the same bytes.
func TestZip(t *testing.T) {
	a, err := Zip(files, when)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := Zip(files, when); !bytes.Equal(a, b) {
		t.Error("two archives of the same files differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != len(files) {
		t.Fatalf("%d entries; want %d", len(zr.File), len(files))
	}
	for i, zf := range zr.File {
		f := files[i]
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		if zf.Name != f.Name || !bytes.Equal(data, f.Data) || int64(zf.Mode().Perm()) != mode(f) || !zf.Modified.Equal(when) {
			t.Errorf("entry %d: %s mode %v time %v", i, zf.Name, zf.Mode(), zf.Modified)
		}
	}
}

func TestNames(t *testing.T) {
	for _, c := range []struct {
		t             Target
		archive, prog string
	}{
		{Target{"windows", "amd64"}, "vinhdanh-1.2.0-windows-amd64.zip", "vinhdanh.exe"},
		{Target{"darwin", "arm64"}, "vinhdanh-1.2.0-darwin-arm64.tar.gz", "vinhdanh"},
	} {
		if a, p := c.t.Archive("1.2.0"), c.t.Program(); a != c.archive || p != c.prog {
			t.Errorf("%v: %s, %s; want %s, %s", c.t, a, p, c.archive, c.prog)
		}
	}
	got := string(SumsFile(map[string]string{"b.zip": "22", "a.tar.gz": "11"}))
	if want := "11  a.tar.gz\n22  b.zip\n"; got != want {
		t.Errorf("SHA256SUMS:\n%s\nwant:\n%s", got, want)
	}
}
