package images

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"vinhdanh/internal/testsupport/photo"

	"github.com/gen2brain/webp"

	"vinhdanh/internal/i18n"
)

func newProcessor(t testing.TB, opts Options) *Processor {
	t.Helper()
	p, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func encodeJPEG(t testing.TB, m image.Image, q int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, m, &jpeg.Options{Quality: q}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodePNG(t testing.TB, m image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// decodeVariant decodes v and checks that its bytes are of its format and
// its size the one it advertises.
func decodeVariant(t testing.TB, v Variant) image.Image {
	t.Helper()
	var m image.Image
	var err error
	switch v.Format {
	case WebP:
		m, err = webp.Decode(bytes.NewReader(v.Data))
	case JPEG:
		m, err = jpeg.Decode(bytes.NewReader(v.Data))
	case PNG:
		m, err = png.Decode(bytes.NewReader(v.Data))
	default:
		t.Fatalf("%s: format %q", v.Name, v.Format)
	}
	if err != nil {
		t.Fatalf("%s does not decode as %s: %v", v.Name, v.Format, err)
	}
	if b := m.Bounds(); b.Dx() != v.Width || b.Dy() != v.Height {
		t.Fatalf("%s is %dx%d, advertised %dx%d", v.Name, b.Dx(), b.Dy(), v.Width, v.Height)
	}
	return m
}

// near tells whether c is within 40 of want in each channel.
func near(c color.Color, want color.NRGBA) bool {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	d := func(a, b uint8) int { return max(int(a)-int(b), int(b)-int(a)) }
	return d(n.R, want.R) < 40 && d(n.G, want.G) < 40 && d(n.B, want.B) < 40 && d(n.A, want.A) < 40
}

var (
	red   = color.NRGBA{220, 20, 20, 255}
	green = color.NRGBA{20, 200, 20, 255}
	blue  = color.NRGBA{20, 20, 220, 255}
	grey  = color.NRGBA{128, 128, 128, 255}
)

// TestOrientation stores a picture as a camera held eight ways would, and
// checks where its corners land, from the TIFF specification's words for
// each value: which side of the picture as seen the first stored row is,
// and which side the first stored column.
func TestOrientation(t *testing.T) {
	t.Parallel()
	sides := [9][2]string{
		1: {"top", "left"}, 2: {"top", "right"}, 3: {"bottom", "right"}, 4: {"bottom", "left"},
		5: {"left", "top"}, 6: {"right", "top"}, 7: {"right", "bottom"}, 8: {"left", "bottom"},
	}
	opposite := map[string]string{"top": "bottom", "bottom": "top", "left": "right", "right": "left"}
	const w, h, block = 96, 48, 16
	stored := flat(w, h, grey)
	fill := func(x0, y0 int, c color.NRGBA) {
		for y := y0; y < y0+block; y++ {
			for x := x0; x < x0+block; x++ {
				stored.SetNRGBA(x, y, c)
			}
		}
	}
	fill(0, 0, red)         // where row 0 and column 0 start
	fill(w-block, 0, green) // where row 0 ends
	fill(0, h-block, blue)  // where column 0 ends
	plain := encodeJPEG(t, stored, 95)
	for o := 1; o <= 8; o++ {
		t.Run(string(rune('0'+o)), func(t *testing.T) {
			t.Parallel()
			src := photo.WithExif(plain, photo.ExifSegment(o, true))
			r, err := newProcessor(t, Options{Widths: []int{w}}).Variants(src, "p")
			if err != nil {
				t.Fatal(err)
			}
			sw, sh := w, h
			if o >= 5 {
				sw, sh = h, w
			}
			if r.Width != sw || r.Height != sh {
				t.Fatalf("result %dx%d, want %dx%d", r.Width, r.Height, sw, sh)
			}
			row, col := sides[o][0], sides[o][1]
			corner := func(a, b string) image.Point {
				p := image.Point{block / 2, block / 2}
				for _, s := range []string{a, b} {
					switch s {
					case "right":
						p.X = sw - 1 - block/2
					case "bottom":
						p.Y = sh - 1 - block/2
					}
				}
				return p
			}
			for _, v := range r.Variants {
				if v.Width != sw || v.Height != sh {
					t.Fatalf("%s: %dx%d, want %dx%d", v.Name, v.Width, v.Height, sw, sh)
				}
				m := decodeVariant(t, v)
				for _, c := range []struct {
					at   image.Point
					want color.NRGBA
				}{{corner(row, col), red}, {corner(row, opposite[col]), green}, {corner(opposite[row], col), blue}} {
					if got := m.At(c.at.X, c.at.Y); !near(got, c.want) {
						t.Errorf("%s: at %v %v, want %v", v.Name, c.at, got, c.want)
					}
				}
			}
		})
	}
}

// jpegSegments returns the markers of the JPEG b's segments before its
// image data.
func jpegSegments(b []byte) (markers []byte, payloads [][]byte) {
	for i := 2; i+4 <= len(b) && b[i] == 0xff; {
		m := b[i+1]
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		markers = append(markers, m)
		payloads = append(payloads, b[i+4:min(len(b), i+2+n)])
		if m == 0xda {
			break
		}
		i += 2 + n
	}
	return markers, payloads
}

// riffChunks returns the four-letter names of a WebP file's chunks.
func riffChunks(b []byte) []string {
	var out []string
	for i := 12; i+8 <= len(b); {
		out = append(out, string(b[i:i+4]))
		n := int(binary.LittleEndian.Uint32(b[i+4:]))
		i += 8 + n + n&1
	}
	return out
}

// pngChunks returns the names of a PNG file's chunks.
func pngChunks(b []byte) []string {
	var out []string
	for i := 8; i+8 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[i:]))
		out = append(out, string(b[i+4:i+8]))
		i += 12 + n
	}
	return out
}

// xmpSegment is an APP1 segment of XMP with a GPS position, as Lightroom
// writes.
func xmpSegment() []byte {
	payload := []byte("http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><exif:GPSLatitude>21,1.7N</exif:GPSLatitude></x:xmpmeta>")
	return append([]byte{0xff, 0xe1, byte((len(payload) + 2) >> 8), byte(len(payload) + 2)}, payload...)
}

// iptcSegment is an APP13 segment as Photoshop writes IPTC in.
func iptcSegment() []byte {
	payload := []byte("Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x0a\x1c\x02\x78\x00\x04Hà N")
	return append([]byte{0xff, 0xed, 0, byte(len(payload) + 2)}, payload...)
}

// checkNoMetadata checks that v holds none of the metadata the tests put
// in sources, anywhere in its bytes, and no segment or chunk that could
// hold any.
func checkNoMetadata(t *testing.T, v Variant) {
	t.Helper()
	for _, s := range []string{"Exif\x00\x00", "http://ns.adobe.com/xap", "Photoshop 3.0", "vinhdanh\x00"} {
		if bytes.Contains(v.Data, []byte(s)) {
			t.Errorf("%s holds %q", v.Name, s)
		}
	}
	checkNoMetadataSegments(t, v)
}

// checkNoMetadataSegments checks that v has no JPEG APP or comment
// segment, no RIFF chunk but the image's, no PNG chunk but the image's.
func checkNoMetadataSegments(t *testing.T, v Variant) {
	t.Helper()
	switch v.Format {
	case JPEG:
		markers, _ := jpegSegments(v.Data)
		for _, m := range markers {
			if m >= 0xe0 && m <= 0xef || m == 0xfe {
				t.Errorf("%s has an APP%d or comment segment (%x)", v.Name, m-0xe0, m)
			}
		}
	case WebP:
		for _, c := range riffChunks(v.Data) {
			if c != "VP8 " && c != "VP8L" && c != "VP8X" && c != "ALPH" {
				t.Errorf("%s has a %q chunk", v.Name, c)
			}
		}
	case PNG:
		for _, c := range pngChunks(v.Data) {
			if !slices.Contains([]string{"IHDR", "PLTE", "tRNS", "IDAT", "IEND"}, c) {
				t.Errorf("%s has a %q chunk", v.Name, c)
			}
		}
	}
}

func TestNoMetadata(t *testing.T) {
	t.Parallel()
	src := photo.Camera(2, 400, 300, 6)
	src = photo.WithExif(src, xmpSegment())
	src = photo.WithExif(src, iptcSegment())
	r, err := newProcessor(t, Options{Widths: []int{200, 400}, SocialWidth: 300}).Variants(src, "p")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range append(r.Variants, r.Social) {
		checkNoMetadata(t, v)
		decodeVariant(t, v)
	}
}

func TestKeepMetadataKeepsEXIFInJPEGsOnly(t *testing.T) {
	t.Parallel()
	src := photo.WithExif(photo.Camera(3, 300, 200, 6), xmpSegment())
	r, err := newProcessor(t, Options{Widths: []int{100}, KeepMetadata: true}).Variants(src, "p")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range append(r.Variants, r.Social) {
		decodeVariant(t, v)
		if v.Format != JPEG {
			checkNoMetadata(t, v)
			continue
		}
		if bytes.Contains(v.Data, []byte("http://ns.adobe.com/xap")) {
			t.Errorf("%s keeps the XMP", v.Name)
		}
		seg, tiff := findExif(v.Data)
		if seg == nil {
			t.Fatalf("%s has no EXIF", v.Name)
		}
		if o, _ := orientationTag(tiff); o != 1 {
			t.Errorf("%s: orientation %d, want 1: the pixels are turned already", v.Name, o)
		}
		if !bytes.Contains(seg, []byte("vinhdanh\x00")) {
			t.Errorf("%s: the EXIF lost its camera make", v.Name)
		}
	}
}

func TestWidthsAreNeverUpscaled(t *testing.T) {
	t.Parallel()
	// The default widths and social width divided by ten, on small
	// pictures.
	opts := Options{Widths: []int{160, 36, 108, 72}, SocialWidth: 120}
	for _, c := range []struct {
		w, h   int
		widths []int
		social int
	}{
		{200, 100, []int{36, 72, 108, 160}, 120},
		{100, 51, []int{36, 72}, 100},
		{72, 36, []int{36, 72}, 72},
		{30, 15, []int{30}, 30},
		{1, 1, []int{1}, 1},
	} {
		src := encodeJPEG(t, flat(c.w, c.h, grey), 80)
		r, err := newProcessor(t, opts).Variants(src, "p")
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for i, v := range r.Variants {
			if want := []Format{WebP, JPEG}[i%2]; v.Format != want {
				t.Errorf("%dx%d: variant %d is %s, want %s", c.w, c.h, i, v.Format, want)
			}
			if i%2 == 0 {
				got = append(got, v.Width)
			}
			if v.Height != max(1, (v.Width*c.h+c.w/2)/c.w) {
				t.Errorf("%dx%d: %s is %d high", c.w, c.h, v.Name, v.Height)
			}
		}
		if !slices.Equal(got, c.widths) {
			t.Errorf("%dx%d: widths %v, want %v", c.w, c.h, got, c.widths)
		}
		if r.Social.Width != c.social || r.Social.Format != JPEG {
			t.Errorf("%dx%d: social %d %s, want %d JPEG", c.w, c.h, r.Social.Width, r.Social.Format, c.social)
		}
	}
}

func TestNames(t *testing.T) {
	t.Parallel()
	r, err := newProcessor(t, Options{Widths: []int{100}}).Variants(photo.Camera(4, 200, 100, 1), "hoi-nghi")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, v := range append(r.Variants, r.Social) {
		if seen[v.Name] {
			t.Errorf("two variants named %s", v.Name)
		}
		seen[v.Name] = true
		if v.Name != fileName("hoi-nghi", &v) {
			t.Errorf("name %s", v.Name)
		}
	}
	if got := r.Variants[0].Name; !strings.HasPrefix(got, "hoi-nghi-100.") || !strings.HasSuffix(got, ".webp") || len(got) != len("hoi-nghi-100.12345678.webp") {
		t.Errorf("name %s, want hoi-nghi-100.HASH8.webp", got)
	}
	if got := r.Social.Name; !strings.HasPrefix(got, "hoi-nghi-200.") || !strings.HasSuffix(got, ".jpg") {
		t.Errorf("social name %s", got)
	}
}

func TestTransparencyMakesPNG(t *testing.T) {
	t.Parallel()
	rgba := flat(64, 32, color.NRGBA{200, 30, 30, 255})
	for x := range 32 {
		for y := range 32 {
			rgba.SetNRGBA(x, y, color.NRGBA{0, 0, 200, 0}) // transparent left half
		}
	}
	pal := image.NewPaletted(image.Rect(0, 0, 64, 32), color.Palette{color.NRGBA{0, 0, 0, 0}, color.NRGBA{30, 200, 30, 255}})
	for i := range pal.Pix {
		if i%64 >= 32 {
			pal.Pix[i] = 1
		}
	}
	deep := image.NewNRGBA64(image.Rect(0, 0, 64, 32))
	for y := range 32 {
		for x := range 64 {
			a := uint16(0)
			if x >= 32 {
				a = 0xffff
			}
			deep.SetNRGBA64(x, y, color.NRGBA64{0xc000, 0x2000, 0x2000, a})
		}
	}
	var oneFrame bytes.Buffer
	if err := gif.Encode(&oneFrame, pal, nil); err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string][]byte{
		"NRGBA PNG":           encodePNG(t, rgba),
		"palette PNG":         encodePNG(t, pal),
		"16-bit PNG":          encodePNG(t, deep),
		"single-frame GIF":    oneFrame.Bytes(),
		"opaque 16-bit PNG":   encodePNG(t, image.NewGray16(image.Rect(0, 0, 64, 32))),
		"opaque palette PNG":  encodePNG(t, image.NewPaletted(image.Rect(0, 0, 64, 32), color.Palette{grey})),
		"opaque NRGBA as PNG": encodePNG(t, flat(64, 32, grey)),
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r, err := newProcessor(t, Options{Widths: []int{32, 64}}).Variants(src, "p")
			if err != nil {
				t.Fatal(err)
			}
			want := PNG
			if strings.HasPrefix(name, "opaque") {
				want = JPEG
			}
			for _, v := range append(r.Variants, r.Social) {
				m := decodeVariant(t, v)
				if v.Format == WebP {
					continue
				}
				if v.Format != want {
					t.Fatalf("%s is %s, want %s", v.Name, v.Format, want)
				}
				if want == PNG {
					if _, _, _, a := m.At(2, 2).RGBA(); a != 0 {
						t.Errorf("%s: the transparent half has alpha %d", v.Name, a)
					}
					if _, _, _, a := m.At(v.Width-2, 2).RGBA(); a != 0xffff {
						t.Errorf("%s: the opaque half has alpha %d", v.Name, a)
					}
				}
			}
			for _, v := range r.Variants {
				if v.Format != WebP || want != PNG {
					continue
				}
				m := decodeVariant(t, v)
				if _, _, _, a := m.At(2, 2).RGBA(); a > 0x800 {
					t.Errorf("%s: the transparent half has alpha %d", v.Name, a)
				}
				if c := m.At(v.Width-4, v.Height/2); near(c, color.NRGBA{0, 0, 0, 255}) {
					t.Errorf("%s: the opaque half is %v: premultiplied colour read as straight?", v.Name, c)
				}
			}
		})
	}
}

// TestCMYK reads the standard library's Adobe CMYK JPEG of a video frame
// and compares the result with the RGB picture the standard library's own
// test holds its decoding to (image/decode_test.go).
func TestCMYK(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("testdata/video-001.cmyk.jpeg")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.ReadFile("testdata/video-001.cmyk.png")
	if err != nil {
		t.Fatal(err)
	}
	orig, err := png.Decode(bytes.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	b := orig.Bounds()
	r, err := newProcessor(t, Options{Widths: []int{b.Dx()}}).Variants(src, "p")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range r.Variants {
		m := decodeVariant(t, v)
		var diff, n int
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				r1, g1, b1, _ := orig.At(x, y).RGBA()
				r2, g2, b2, _ := m.At(x-b.Min.X, y-b.Min.Y).RGBA()
				for _, d := range []int{int(r1>>8) - int(r2>>8), int(g1>>8) - int(g2>>8), int(b1>>8) - int(b2>>8)} {
					diff += max(d, -d)
					n++
				}
			}
		}
		// A CMYK picture read as RGB, or inverted, is off by 100 or more;
		// WebP's and JPEG's halved colour resolution cost up to 15 on these
		// saturated 150×103 pixels.
		if mean := diff / n; mean > 20 {
			t.Errorf("%s differs from the RGB reference by %d a channel on average", v.Name, mean)
		}
	}
}

// pngHeader returns a PNG file of nothing but a header claiming w×h
// pixels and an empty image, as a decompression bomb starts.
func pngHeader(w, h int) []byte {
	b := []byte("\x89PNG\r\n\x1a\n")
	chunk := func(name string, data []byte) {
		b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
		start := len(b)
		b = append(append(b, name...), data...)
		b = binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[start:]))
	}
	ihdr := binary.BigEndian.AppendUint32(nil, uint32(w))
	ihdr = binary.BigEndian.AppendUint32(ihdr, uint32(h))
	chunk("IHDR", append(ihdr, 8, 2, 0, 0, 0))
	chunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})
	chunk("IEND", nil)
	return b
}

// jpegClaiming returns a small JPEG whose frame header says w×h.
func jpegClaiming(t *testing.T, w, h int) []byte {
	b := encodeJPEG(t, flat(8, 8, grey), 80)
	markers, payloads := jpegSegments(b)
	for i, m := range markers {
		if m == 0xc0 {
			binary.BigEndian.PutUint16(payloads[i][1:], uint16(h))
			binary.BigEndian.PutUint16(payloads[i][3:], uint16(w))
			return b
		}
	}
	t.Fatal("no SOF0")
	return nil
}

// TestBombIsRefusedUnread is not parallel: it measures allocation.
func TestBombIsRefusedUnread(t *testing.T) {
	p := newProcessor(t, Options{})
	for name, src := range map[string][]byte{
		"PNG 30000x30000":  pngHeader(30000, 30000),
		"JPEG 65000x65000": jpegClaiming(t, 65000, 65000),
		"PNG 1x60000000":   pngHeader(1, 60_000_000),
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, err := p.Variants(src, "p")
		elapsed := time.Since(start)
		runtime.ReadMemStats(&after)
		if err == nil || !strings.Contains(err.Error(), "more than the 50 million") {
			t.Errorf("%s: %v, want the pixel limit", name, err)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
			t.Errorf("%s: allocated %d bytes to refuse", name, alloc)
		}
		if elapsed > 100*time.Millisecond {
			t.Errorf("%s: took %v to refuse", name, elapsed)
		}
	}
	// Just under the limit, with a lower limit set, is read.
	small := newProcessor(t, Options{MaxPixels: 100 * 100})
	if _, err := small.Variants(encodePNG(t, flat(100, 100, grey)), "p"); err != nil {
		t.Errorf("100x100 under a limit of 10,000 pixels: %v", err)
	}
	if _, err := small.Variants(encodePNG(t, flat(101, 100, grey)), "p"); err == nil {
		t.Errorf("101x100 under a limit of 10,000 pixels: no error")
	}
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	camera := photo.Camera(5, 64, 48, 1)
	var anim bytes.Buffer
	frame := image.NewPaletted(image.Rect(0, 0, 8, 8), color.Palette{grey, red})
	if err := gif.EncodeAll(&anim, &gif.GIF{Image: []*image.Paletted{frame, frame}, Delay: []int{10, 10}}); err != nil {
		t.Fatal(err)
	}
	png16 := encodePNG(t, flat(16, 16, grey))
	for _, c := range []struct {
		name string
		src  []byte
		want string
	}{
		{"empty", nil, "not a picture"},
		{"text", []byte("<html><body>not a camera</body></html>"), "not a picture"},
		{"WebP", []byte("RIFF\x10\x00\x00\x00WEBPVP8 "), "WebP"},
		{"HEIC", []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"), "HEIC"},
		{"TIFF", []byte("II*\x00\x08\x00\x00\x00"), "TIFF"},
		{"JPEG cut in half", camera[:len(camera)/2], "cut short"},
		{"JPEG header only", camera[:200], "cut short"},
		{"PNG cut short", png16[:len(png16)-20], "cut short"},
		{"PNG damaged", damaged(png16), "damaged"},
		{"no pixels", pngHeader(0, 10), "damaged"},
		{"animated GIF", anim.Bytes(), "animated"},
	} {
		_, err := newProcessor(t, Options{}).Variants(c.src, "p")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error saying %q", c.name, err, c.want)
			continue
		}
		var ie *i18n.Error
		if !errors.As(err, &ie) || i18n.Vi.Error(err) == err.Error() {
			t.Errorf("%s: %v is not a message of the catalogue", c.name, err)
		}
	}
}

// damaged returns b with a byte in its middle changed.
func damaged(b []byte) []byte {
	b = bytes.Clone(b)
	b[len(b)/2] ^= 0x55
	return b
}

func TestOptionsAreChecked(t *testing.T) {
	t.Parallel()
	for _, o := range []Options{
		{Widths: []int{0}}, {Widths: []int{MaxWidth + 1}}, {SocialWidth: -1},
		{JPEGQuality: 101}, {WebPQuality: -5}, {MaxPixels: -1},
	} {
		if _, err := New(o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

func TestCacheHitDoesNoWork(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := photo.Camera(6, 300, 200, 8) // 200×300 as seen: the social copy is the 200 JPEG
	p := newProcessor(t, Options{Widths: []int{100, 200}, CacheDir: dir})
	first, err := p.Variants(src, "a")
	if err != nil {
		t.Fatal(err)
	}
	after := p.Stats()
	if after.Decoded != 1 || after.Encoded != 4 || first.Cached {
		t.Fatalf("first run: %+v, cached %t", after, first.Cached)
	}
	// A second Processor, as the next build has.
	q := newProcessor(t, Options{Widths: []int{200, 100}, CacheDir: dir})
	second, err := q.Variants(src, "b")
	if err != nil {
		t.Fatal(err)
	}
	if s := q.Stats(); s.Decoded != 0 || s.Encoded != 0 || s.CacheHits != 1 || !second.Cached {
		t.Fatalf("second run did work: %+v, cached %t", s, second.Cached)
	}
	if second.Width != first.Width || second.Height != first.Height || len(second.Variants) != len(first.Variants) {
		t.Fatalf("cached result %+v differs", second)
	}
	for i, v := range append(second.Variants, second.Social) {
		w := append(first.Variants, first.Social)[i]
		if v.Data != nil || w.Data != nil {
			t.Errorf("%s, %s: the bytes of a result in the cache are held", v.Name, w.Name)
		}
		if !bytes.Equal(variantBytes(t, v), variantBytes(t, w)) || v.Width != w.Width || v.Height != w.Height || v.Format != w.Format {
			t.Errorf("cached %s differs from %s", v.Name, w.Name)
		}
		if v.Name != "b"+strings.TrimPrefix(w.Name, "a") {
			t.Errorf("cached name %s, made %s", v.Name, w.Name)
		}
	}
	// Other settings are another entry.
	other := newProcessor(t, Options{Widths: []int{100, 200}, JPEGQuality: 60, CacheDir: dir})
	if r, err := other.Variants(src, "a"); err != nil || r.Cached {
		t.Fatalf("other settings: cached %t, %v", r != nil && r.Cached, err)
	}
}

// TestLookup: Lookup finds what Variants put in the cache, named as asked,
// does no work for a source it lacks, and refuses from the header what
// Variants refuses from it.
func TestLookup(t *testing.T) {
	t.Parallel()
	src := photo.Camera(14, 300, 200, 1)
	p := newProcessor(t, Options{Widths: []int{100}, CacheDir: t.TempDir()})
	if r, err := p.Lookup(src, "a"); r != nil || err != nil {
		t.Fatalf("before Variants: %v, %v", r, err)
	}
	if s := p.Stats(); s.Decoded != 0 || s.Encoded != 0 {
		t.Fatalf("Lookup did work: %+v", s)
	}
	if _, err := p.Variants(src, "a"); err != nil {
		t.Fatal(err)
	}
	r, err := p.Lookup(src, "b")
	if err != nil || r == nil || !r.Cached || !strings.HasPrefix(r.Variants[0].Name, "b-100.") {
		t.Fatalf("after Variants: %+v, %v", r, err)
	}
	if _, err := p.Lookup(pngHeader(30000, 30000), "c"); err == nil || !strings.Contains(err.Error(), "30000×30000") {
		t.Errorf("the bomb: %v", err)
	}
	if r, err := newProcessor(t, Options{}).Lookup(src, "a"); r != nil || err != nil {
		t.Errorf("without a cache: %v, %v", r, err)
	}
}

// variantBytes returns v's bytes, held or from the cache.
func variantBytes(t *testing.T, v Variant) []byte {
	t.Helper()
	b, err := v.Bytes()
	if err != nil || len(b) == 0 {
		t.Fatalf("%s: %d bytes, %v", v.Name, len(b), err)
	}
	return b
}

// TestCacheGone: a result whose cache entry went away or changed says
// so, with ErrCacheGone, rather than giving other bytes.
func TestCacheGone(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	r, err := newProcessor(t, Options{Widths: []int{100}, CacheDir: dir}).Variants(photo.Camera(15, 200, 100, 1), "a")
	if err != nil {
		t.Fatal(err)
	}
	entry := r.Variants[0].entry
	b, err := os.ReadFile(entry)
	if err != nil {
		t.Fatal(err)
	}
	b[r.Variants[0].off] ^= 1
	if err := os.WriteFile(entry, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Variants[0].Bytes(); !errors.Is(err, ErrCacheGone) {
		t.Errorf("a changed entry: %v", err)
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Variants[1].Bytes(); !errors.Is(err, ErrCacheGone) {
		t.Errorf("a deleted cache: %v", err)
	}
}

// entries returns the names of the files under dir's shard folders.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range m {
		m[i] = filepath.Base(m[i])
	}
	return m
}

func TestCacheEntriesAreWholeOrMissing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := photo.Camera(7, 200, 100, 1)
	opts := Options{Widths: []int{100}, CacheDir: dir}
	want, err := newProcessor(t, opts).Variants(src, "p")
	if err != nil {
		t.Fatal(err)
	}
	names := entries(t, dir)
	if len(names) != 1 || !isHex(names[0], 64) {
		t.Fatalf("cache holds %v, want one entry and no temporary file", names)
	}
	path := filepath.Join(dir, names[0][:2], names[0])
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, damage := range []func([]byte) []byte{
		func(b []byte) []byte { return b[:len(b)/2] },                  // cut short
		func(b []byte) []byte { b[len(b)/2] ^= 1; return b },           // a bit flipped
		func(b []byte) []byte { return nil },                           // empty
		func(b []byte) []byte { return append(b, 0) },                  // a byte more
		func(b []byte) []byte { return append([]byte("x"), b[1:]...) }, // not ours
	} {
		if err := os.WriteFile(path, damage(bytes.Clone(whole)), 0o644); err != nil {
			t.Fatal(err)
		}
		p := newProcessor(t, opts)
		got, err := p.Variants(src, "p")
		if err != nil {
			t.Fatal(err)
		}
		if got.Cached || p.Stats().Decoded != 1 {
			t.Errorf("a damaged entry was used")
		}
		if !bytes.Equal(variantBytes(t, got.Variants[0]), variantBytes(t, want.Variants[0])) {
			t.Errorf("remade variant differs")
		}
		if b, _ := os.ReadFile(path); !bytes.Equal(b, whole) {
			t.Errorf("the damaged entry was not written again")
		}
	}
}

func TestCacheFromManyGoroutines(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	srcs := [][]byte{photo.Camera(8, 120, 80, 1), photo.Camera(9, 80, 120, 3)}
	// Two Processors on one folder stand for two processes.
	ps := []*Processor{newProcessor(t, Options{Widths: []int{40}, CacheDir: dir}), newProcessor(t, Options{Widths: []int{40}, CacheDir: dir})}
	results := make([]*Result, 16)
	var wg sync.WaitGroup
	for i := range results {
		wg.Go(func() {
			r, err := ps[i%2].Variants(srcs[i%2], "p")
			if err != nil {
				t.Error(err)
				return
			}
			results[i] = r
		})
	}
	wg.Wait()
	for i, r := range results {
		if r == nil {
			continue
		}
		w := results[i%2]
		for j := range r.Variants {
			if r.Variants[j].Name != w.Variants[j].Name {
				t.Errorf("result %d differs", i)
			}
		}
	}
	if names := entries(t, dir); len(names) != 2 {
		t.Errorf("cache holds %v, want two entries", names)
	}
}

func TestPrune(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	day := 24 * time.Hour
	t0 := time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)
	now := t0
	opts := Options{Widths: []int{50}, CacheDir: dir, Now: func() time.Time { return now }}
	old, kept := photo.Camera(10, 100, 50, 1), photo.Camera(11, 100, 50, 1)
	p := newProcessor(t, opts)
	for _, src := range [][]byte{old, kept} {
		if _, err := p.Variants(src, "p"); err != nil {
			t.Fatal(err)
		}
	}
	// Files that are not the cache's, and temporary files of two ages.
	shard := filepath.Join(dir, entries(t, dir)[0][:2])
	for _, f := range []string{"notes.txt", tempPrefix + "stale", tempPrefix + "fresh"} {
		if err := os.WriteFile(filepath.Join(shard, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustChtimes(t, filepath.Join(shard, tempPrefix+"stale"), t0.Add(20*day))
	mustChtimes(t, filepath.Join(shard, tempPrefix+"fresh"), t0.Add(31*day-time.Minute))
	mustChtimes(t, filepath.Join(shard, "notes.txt"), t0.Add(-400*day))

	if n, err := p.Prune(t0.Add(29 * day)); err != nil || n != 1 { // the stale temporary file only
		t.Fatalf("after 29 days: removed %d, %v", n, err)
	}
	now = t0.Add(20 * day) // a build uses one entry
	if r, err := newProcessor(t, opts).Variants(kept, "p"); err != nil || !r.Cached {
		t.Fatalf("use after 20 days: %v", err)
	}
	n, err := p.Prune(t0.Add(31 * day))
	if err != nil || n != 1 {
		t.Fatalf("after 31 days: removed %d, %v", n, err)
	}
	now = t0.Add(31 * day)
	if r, _ := newProcessor(t, opts).Variants(kept, "p"); !r.Cached {
		t.Errorf("the entry used after 20 days was removed")
	}
	if r, _ := newProcessor(t, opts).Variants(old, "p"); r.Cached {
		t.Errorf("the entry unused for 31 days was kept")
	}
	got := entries(t, dir)
	for _, f := range []string{"notes.txt", tempPrefix + "fresh"} {
		if !slices.Contains(got, f) {
			t.Errorf("Prune removed %s", f)
		}
	}
	if n, err := newProcessor(t, Options{CacheDir: filepath.Join(dir, "none")}).Prune(now); n != 0 || err != nil {
		t.Errorf("pruning a missing folder: %d, %v", n, err)
	}
}

func mustChtimes(t *testing.T, path string, at time.Time) {
	t.Helper()
	if err := os.Chtimes(path, at, at); err != nil {
		t.Fatal(err)
	}
}

// TestDeterministic is not parallel: it changes GOMAXPROCS.
func TestDeterministic(t *testing.T) {
	srcs := [][]byte{photo.Camera(12, 640, 480, 6), encodePNG(t, flat(300, 200, color.NRGBA{10, 20, 30, 128}))}
	run := func(procs int) [][]byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		p := newProcessor(t, Options{Widths: []int{160, 320}})
		var out [][]byte
		var mu sync.Mutex
		var wg sync.WaitGroup
		for _, src := range srcs {
			wg.Go(func() {
				r, err := p.Variants(src, "p")
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				defer mu.Unlock()
				for _, v := range append(r.Variants, r.Social) {
					out = append(out, variantBytes(t, v))
				}
			})
		}
		wg.Wait()
		slices.SortFunc(out, bytes.Compare)
		return out
	}
	a, b, c := run(1), run(2), run(2)
	if len(a) == 0 || !slices.EqualFunc(a, b, bytes.Equal) || !slices.EqualFunc(b, c, bytes.Equal) {
		t.Errorf("the same sources gave different bytes")
	}
}

// stableSum is the SHA-256 of everything TestBytesAreStable makes. The
// same on every computer (CI's, an editor's Mac, Windows, arm64); it
// changes only when Go's encoders, libwebp or this package change what
// they write (or photo.Camera draws another source), and then, unless only
// the source changed, CacheVersion or the versions in the cache key must
// change too (Go's and the libraries' are in it already).
const stableSum = "de04ecb889378ed022ac292a2d7a957048f952ebe740d64216334550a6f18e23"

func TestBytesAreStable(t *testing.T) {
	t.Parallel()
	transparent := flat(300, 200, color.NRGBA{10, 120, 30, 255})
	for x := range 100 {
		for y := range 200 {
			transparent.SetNRGBA(x, y, color.NRGBA{200, 10, 10, uint8(2 * y / 3)})
		}
	}
	p := newProcessor(t, Options{Widths: []int{90, 250, 400}, SocialWidth: 300})
	h := sha256.New()
	for _, src := range [][]byte{photo.Camera(13, 600, 400, 6), encodePNG(t, transparent)} {
		r, err := p.Variants(src, "p")
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range append(r.Variants, r.Social) {
			h.Write([]byte(v.Name))
			h.Write(v.Data)
		}
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != stableSum {
		t.Errorf("the variants' SHA-256 is %s, want %s", got, stableSum)
	}
}
