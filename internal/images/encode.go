package images

import (
	"bytes"
	"image"
	"image/jpeg"
	"image/png"
	"slices"
	"sync/atomic"

	"github.com/gen2brain/webp"

	"vinhdanh/internal/i18n"
)

// encoder writes the variants of one source.
type encoder struct {
	jpegQuality, webpQuality int
	exif                     []byte        // the APP1 segment put in the JPEGs, or nil
	count                    *atomic.Int64 // files encoded
}

// encode returns m, as seen and premultiplied, encoded as f.
func (e *encoder) encode(m *image.RGBA, f Format) (Variant, error) {
	var buf bytes.Buffer
	var err error
	switch f {
	case JPEG:
		err = jpeg.Encode(&buf, m, &jpeg.Options{Quality: e.jpegQuality})
	case PNG:
		err = png.Encode(&buf, straight(m))
	case WebP:
		// The encoder takes straight (not premultiplied) alpha, and copies
		// the pixels into its own memory anyway.
		err = webp.Encode(&buf, straight(m), webp.Options{Quality: e.webpQuality, Method: webpMethod})
	}
	if err != nil {
		return Variant{}, i18n.Errorf("making the %s version %d pixels wide: %v", string(f), m.Rect.Dx(), err)
	}
	data := buf.Bytes()
	if f == JPEG && e.exif != nil {
		// The standard encoder writes no APP segment of its own: right after
		// the start-of-image marker is where the EXIF goes.
		data = slices.Concat(data[:2], e.exif, data[2:])
	}
	e.count.Add(1)
	return Variant{Width: m.Rect.Dx(), Height: m.Rect.Dy(), Format: f, Data: data}, nil
}

// straight returns m with straight alpha: m itself, as *image.NRGBA, when
// it is opaque, where the two are the same bytes.
func straight(m *image.RGBA) *image.NRGBA {
	if m.Opaque() {
		return &image.NRGBA{Pix: m.Pix, Stride: m.Stride, Rect: m.Rect}
	}
	n := image.NewNRGBA(m.Rect)
	for i := 0; i+3 < len(m.Pix); i += 4 {
		a := uint32(m.Pix[i+3])
		if a == 0 {
			continue
		}
		for c := range 3 {
			n.Pix[i+c] = uint8(min(0xff, (uint32(m.Pix[i+c])*0xff+a/2)/a))
		}
		n.Pix[i+3] = uint8(a)
	}
	return n
}
