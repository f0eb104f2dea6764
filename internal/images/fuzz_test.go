package images

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"os"
	"path/filepath"
	"testing"
	"vinhdanh/internal/testsupport/photo"
)

var writeCorpus = flag.Bool("write-corpus", false, "write the seed corpora of the fuzz targets into testdata/fuzz")

// seeds are small sources of every kind Variants meets: each format, an
// EXIF orientation, transparency, an animation, and damage.
func seeds(t testing.TB) map[string][]byte {
	frame := image.NewPaletted(image.Rect(0, 0, 6, 4), color.Palette{color.NRGBA{0, 0, 0, 0}, red, green})
	for i := range frame.Pix {
		frame.Pix[i] = uint8(i % 3)
	}
	var one, anim bytes.Buffer
	if err := gif.Encode(&one, frame, nil); err != nil {
		t.Fatal(err)
	}
	if err := gif.EncodeAll(&anim, &gif.GIF{Image: []*image.Paletted{frame, frame}, Delay: []int{5, 5}}); err != nil {
		t.Fatal(err)
	}
	jpg := photo.WithExif(encodeJPEG(t, photo.Pixels(1, 24, 16), 60), photo.ExifSegment(6, true))
	alpha := flat(10, 6, color.NRGBA{200, 40, 40, 255})
	alpha.SetNRGBA(0, 0, color.NRGBA{0, 0, 0, 0})
	return map[string][]byte{
		"jpeg-orientation-6": jpg,
		"jpeg-cut-short":     jpg[:len(jpg)*2/3],
		"jpeg-big-endian":    photo.WithExif(encodeJPEG(t, flat(8, 8, grey), 50), bigEndianExif(8)),
		"png-alpha":          encodePNG(t, alpha),
		"png-16-bit":         encodePNG(t, image.NewRGBA64(image.Rect(0, 0, 5, 3))),
		"png-palette":        encodePNG(t, frame),
		"png-header-only":    pngHeader(300, 300),
		"gif":                one.Bytes(),
		"gif-animated":       anim.Bytes(),
	}
}

// bigEndianExif returns an APP1 segment whose TIFF structure is in
// Motorola order, with only an orientation.
func bigEndianExif(orientation int) []byte {
	tiff := []byte{'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, byte(orientation), 0, 0, 0, 0, 0, 0}
	payload := append([]byte("Exif\x00\x00"), tiff...)
	return append([]byte{0xff, 0xe1, 0, byte(len(payload) + 2)}, payload...)
}

// TestWriteCorpus writes the seeds as the checked-in corpora, with
// -write-corpus.
func TestWriteCorpus(t *testing.T) {
	if !*writeCorpus {
		t.Skip("-write-corpus writes testdata/fuzz")
	}
	for name, src := range seeds(t) {
		targets := []string{"FuzzVariants"}
		if bytes.HasPrefix(src, []byte("\xff\xd8")) {
			targets = append(targets, "FuzzExifOrientation")
		}
		if bytes.HasPrefix(src, []byte("GIF")) {
			targets = append(targets, "FuzzGIFFrames")
		}
		for _, target := range targets {
			dir := filepath.Join("testdata", "fuzz", target)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name), fmt.Appendf(nil, "go test fuzz v1\n[]byte(%q)\n", src), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// FuzzVariants holds Variants to its contract on any bytes: an error, or
// variants that each decode, as the format they say, to the width and
// height they say, in proportion, with no segment or chunk of metadata.
func FuzzVariants(f *testing.F) {
	for _, src := range seeds(f) {
		f.Add(src)
	}
	p := newProcessor(f, Options{Widths: []int{4, 16, 64}, SocialWidth: 32, MaxPixels: 256 * 256})
	f.Fuzz(func(t *testing.T, src []byte) {
		r, err := p.Variants(src, "f")
		if err != nil {
			return
		}
		if r.Width < 1 || r.Height < 1 || len(r.Variants) == 0 || len(r.Variants)%2 != 0 {
			t.Fatalf("result %dx%d with %d variants", r.Width, r.Height, len(r.Variants))
		}
		for _, v := range append(r.Variants, r.Social) {
			decodeVariant(t, v)
			checkNoMetadataSegments(t, v)
			if v.Width > r.Width || v.Height != height(v.Width, r.Width, r.Height) {
				t.Errorf("%s is %dx%d, from %dx%d", v.Name, v.Width, v.Height, r.Width, r.Height)
			}
		}
	})
}

// FuzzExifOrientation holds exifOrientation to its contract: a value from
// 1 to 8, and a segment that reads as orientation 1 in a JPEG of its own.
func FuzzExifOrientation(f *testing.F) {
	for _, src := range seeds(f) {
		if bytes.HasPrefix(src, []byte("\xff\xd8")) {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		o, seg := exifOrientation(src)
		if o < 1 || o > 8 {
			t.Fatalf("orientation %d", o)
		}
		if seg == nil {
			return
		}
		if len(seg) < 10 || seg[0] != 0xff || seg[1] != 0xe1 || !bytes.Equal(seg[4:10], []byte("Exif\x00\x00")) {
			t.Fatalf("segment % x is not an EXIF APP1", seg[:min(len(seg), 10)])
		}
		again := append(append([]byte{0xff, 0xd8}, seg...), 0xff, 0xd9)
		if o2, seg2 := exifOrientation(again); o2 != 1 || !bytes.Equal(seg2, seg) {
			t.Fatalf("the kept segment reads as orientation %d", o2)
		}
	})
}

// FuzzGIFFrames holds gifFrames to image/gif: wherever gif.DecodeAll reads
// a GIF, gifFrames counts its frames (up to 2).
func FuzzGIFFrames(f *testing.F) {
	for _, src := range seeds(f) {
		if bytes.HasPrefix(src, []byte("GIF")) {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		n := gifFrames(src)
		if n < 0 || n > 2 {
			t.Fatalf("%d frames", n)
		}
		if cfg, err := gif.DecodeConfig(bytes.NewReader(src)); err != nil || cfg.Width*cfg.Height > 1<<16 {
			return // DecodeAll would fail, or take memory for each frame
		}
		g, err := gif.DecodeAll(bytes.NewReader(src))
		if err != nil {
			return
		}
		if want := min(len(g.Image), 2); n != want {
			t.Fatalf("counted %d frames, image/gif read %d", n, len(g.Image))
		}
	})
}
