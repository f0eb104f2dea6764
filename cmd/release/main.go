// Command release writes the archives editors download, so that they never
// need Go: make release runs it.
//
//	go run ./cmd/release -version 1.2.0 -commit <hash> -epoch <seconds> [-repository owner/name] [-out dist]
//
// For each of linux/amd64, linux/arm64, windows/amd64, darwin/amd64 and
// darwin/arm64 it builds cmd/vinhdanh (CGO_ENABLED=0, -trimpath,
// -buildvcs=false, the version, commit and repository set with -ldflags -X)
// and writes out/vinhdanh-<version>-<os>-<arch>.tar.gz (.zip for Windows)
// holding LICENSE, README.md and the program (vinhdanh, vinhdanh.exe) at the
// archive's root, then out/SHA256SUMS, in the form sha256sum -c reads.
//
// The archives are the same bytes on every run and every machine with the
// same Go and the same sources: entries in a fixed order, each dated
// -epoch (make release gives SOURCE_DATE_EPOCH, by default the last
// commit's time), owned by uid and gid 0 with no names, mode 0644, or 0755
// for the program; gzip and zip headers carry no host name or clock. It is a
// Go program rather than tar and zip flags because those flags differ
// between GNU tar, bsdtar (macOS) and the zip tools, and Windows has neither.
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

// Target is a system the archives are made for.
type Target struct{ OS, Arch string }

// Targets are the systems of a release.
var Targets = []Target{
	{"linux", "amd64"}, {"linux", "arm64"}, {"windows", "amd64"}, {"darwin", "amd64"}, {"darwin", "arm64"},
}

// Program is the program's file name on t.
func (t Target) Program() string {
	if t.OS == "windows" {
		return "vinhdanh.exe"
	}
	return "vinhdanh"
}

// Archive is the archive's file name for version.
func (t Target) Archive(version string) string {
	ext := ".tar.gz"
	if t.OS == "windows" {
		ext = ".zip"
	}
	return fmt.Sprintf("vinhdanh-%s-%s-%s%s", version, t.OS, t.Arch, ext)
}

// File is an entry of an archive.
type File struct {
	Name string
	Data []byte
	Exec bool // mode 0755 rather than 0644
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "release: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("release", flag.ContinueOnError)
	version := fs.String("version", "", "the release's version (a leading v is dropped)")
	commit := fs.String("commit", "", "the commit's full hash")
	repository := fs.String("repository", "", "the GitHub repository (owner/name) whose releases init's workflows download; empty keeps the program's default")
	epoch := fs.Int64("epoch", -1, "the entries' time, in seconds since 1970 (SOURCE_DATE_EPOCH)")
	out := fs.String("out", "dist", "the `folder` to write into")
	if err := fs.Parse(args); err != nil {
		return err
	}
	v := strings.TrimPrefix(*version, "v")
	if v == "" || *commit == "" || *epoch < 0 {
		return errors.New("-version, -commit and -epoch are needed (make release gives them)")
	}
	if strings.ContainsAny(v, `/\ `) {
		return fmt.Errorf("-version %q cannot be part of a file name", v)
	}
	when := time.Unix(*epoch, 0).UTC()
	readme, err := os.ReadFile("README.md")
	if err != nil {
		return err
	}
	license, err := os.ReadFile("LICENSE")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "vinhdanh-release-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ldflags := fmt.Sprintf("-s -w -X main.version=%s -X main.commit=%s", v, *commit)
	if *repository != "" {
		ldflags += " -X main.repository=" + *repository
	}
	sums := map[string]string{}
	for _, t := range Targets {
		bin := filepath.Join(tmp, t.OS+"-"+t.Arch, t.Program())
		// nodynamic: the WebP encoder compiled in, never the computer's own
		// libwebp, and a static binary (see package internal/images).
		cmd := exec.Command("go", "build", "-tags", "nodynamic", "-trimpath", "-buildvcs=false", "-ldflags", ldflags, "-o", bin, "./cmd/vinhdanh")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+t.OS, "GOARCH="+t.Arch,
			"GOAMD64=v1", "GOARM64=v8.0", "GOEXPERIMENT=")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("building for %s/%s: %v", t.OS, t.Arch, err)
		}
		program, err := os.ReadFile(bin)
		if err != nil {
			return err
		}
		files := []File{{"LICENSE", license, false}, {"README.md", readme, false}, {t.Program(), program, true}}
		var data []byte
		if t.OS == "windows" {
			data, err = Zip(files, when)
		} else {
			data, err = TarGz(files, when)
		}
		if err != nil {
			return err
		}
		name := t.Archive(v)
		if err := os.WriteFile(filepath.Join(*out, name), data, 0o644); err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		sums[name] = hex.EncodeToString(sum[:])
		fmt.Fprintf(stdout, "%s/%s\n", *out, name)
	}
	if err := os.WriteFile(filepath.Join(*out, "SHA256SUMS"), SumsFile(sums), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s/SHA256SUMS (%s, %s)\n", *out, runtime.Version(), when.Format(time.RFC3339))
	return nil
}

// SumsFile writes one "<sha256>  <name>" line a file, sorted by name.
func SumsFile(sums map[string]string) []byte {
	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	for _, n := range names {
		fmt.Fprintf(&b, "%s  %s\n", sums[n], n)
	}
	return b.Bytes()
}

func mode(f File) int64 {
	if f.Exec {
		return 0o755
	}
	return 0o644
}

// TarGz writes files, in their order, as a gzip-compressed tar archive
// whose bytes depend only on the files and when.
func TarGz(files []File, when time.Time) ([]byte, error) {
	var b bytes.Buffer
	gz, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	gz.ModTime = when // the header's name, comment and OS stay empty and "unknown"
	tw := tar.NewWriter(gz)
	for _, f := range files {
		h := &tar.Header{
			Typeflag: tar.TypeReg, Name: f.Name, Size: int64(len(f.Data)), Mode: mode(f),
			ModTime: when, Uid: 0, Gid: 0, Format: tar.FormatUSTAR,
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if _, err := tw.Write(f.Data); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := gz.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Zip writes files, in their order, as a zip archive whose bytes depend
// only on the files and when.
func Zip(files []File, when time.Time) ([]byte, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	for _, f := range files {
		h := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: when}
		h.SetMode(os.FileMode(mode(f)))
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(f.Data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
