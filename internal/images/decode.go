package images

import (
	"bytes"
	"errors"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"

	"vinhdanh/internal/i18n"
)

// picture is a decoded source.
type picture struct {
	pixels        image.Image // as stored
	orient        int         // EXIF orientation, 1 to 8
	width, height int         // as seen, after orient
	opaque        bool        // no pixel is even partly transparent
	exif          []byte      // the APP1 segment to keep, orientation 1, or nil
}

// codec is one source format the package reads.
type codec struct {
	name         string // as editors know it: "JPEG"
	decodeConfig func(io.Reader) (image.Config, error)
	decode       func(io.Reader) (image.Image, error)
	end          string // the bytes a whole file ends with
}

// whole tells whether src ends as a whole file of c's format does. A file
// cut short fails to decode with an error about its format ("short
// Huffman data"), which this tells apart from damage.
func (c *codec) whole(src []byte) bool {
	return bytes.HasSuffix(bytes.TrimRight(src, "\x00\r\n"), []byte(c.end))
}

var (
	jpegCodec = codec{"JPEG", jpeg.DecodeConfig, jpeg.Decode, "\xff\xd9"}
	pngCodec  = codec{"PNG", png.DecodeConfig, png.Decode, "IEND\xaeB`\x82"}
	gifCodec  = codec{"GIF", gif.DecodeConfig, gif.Decode, "\x3b"} // the first frame only
)

// sniff returns the codec of src from its first bytes, or an error that
// names what src is when it is a picture of a kind not read.
func sniff(src []byte) (*codec, error) {
	switch {
	case bytes.HasPrefix(src, []byte("\xff\xd8\xff")):
		return &jpegCodec, nil
	case bytes.HasPrefix(src, []byte("\x89PNG\r\n\x1a\n")):
		return &pngCodec, nil
	case bytes.HasPrefix(src, []byte("GIF87a")), bytes.HasPrefix(src, []byte("GIF89a")):
		return &gifCodec, nil
	case len(src) >= 12 && string(src[:4]) == "RIFF" && string(src[8:12]) == "WEBP":
		return nil, i18n.Errorf("it is a WebP picture: give the JPEG or PNG it was made from, and vinhdanh makes the WebP versions itself")
	case len(src) >= 12 && string(src[4:8]) == "ftyp" && bytes.Contains([]byte("heic heix hevc mif1 msf1 avif avis"), src[8:12]):
		return nil, i18n.Errorf("it is a HEIC or AVIF picture (as phones save them): export it as JPEG first")
	case bytes.HasPrefix(src, []byte("II*\x00")), bytes.HasPrefix(src, []byte("MM\x00*")):
		return nil, i18n.Errorf("it is a TIFF picture (or a camera's raw file): save it as JPEG first")
	}
	return nil, i18n.Errorf("it is not a picture vinhdanh reads: give a JPEG, PNG or GIF file")
}

// inspect reads src's header and refuses what decode would refuse without
// decoding a pixel: a file that is not a picture read here, one of no
// pixels or more than maxPixels, an animated GIF. It returns src's codec.
func inspect(src []byte, maxPixels int) (*codec, error) {
	c, err := sniff(src)
	if err != nil {
		return nil, err
	}
	cfg, err := c.decodeConfig(bytes.NewReader(src))
	if err != nil {
		return nil, readError(c, src, err)
	}
	if cfg.Width < 1 || cfg.Height < 1 {
		return nil, i18n.Errorf("the picture has no pixels (%d×%d)", cfg.Width, cfg.Height)
	}
	if cfg.Width > maxPixels/cfg.Height { // cfg.Width*cfg.Height > maxPixels, without overflow
		return nil, i18n.Errorf("the picture is %d×%d pixels, more than the %d million vinhdanh takes: make it smaller first", cfg.Width, cfg.Height, max(1, maxPixels/1_000_000))
	}
	if c == &gifCodec && gifFrames(src) > 1 {
		return nil, i18n.Errorf("the GIF is animated, and vinhdanh makes still pictures: save the frame you want as PNG or JPEG")
	}
	return c, nil
}

// decode inspects src and decodes it.
func decode(src []byte, maxPixels int) (*picture, error) {
	c, err := inspect(src, maxPixels)
	if err != nil {
		return nil, err
	}
	pic := &picture{orient: 1}
	if c == &jpegCodec {
		pic.orient, pic.exif = exifOrientation(src)
	}
	m, err := c.decode(bytes.NewReader(src))
	if err != nil {
		return nil, readError(c, src, err)
	}
	pic.pixels = m
	b := m.Bounds()
	pic.width, pic.height = b.Dx(), b.Dy()
	if pic.orient >= 5 {
		pic.width, pic.height = pic.height, pic.width
	}
	pic.opaque = true
	if o, ok := m.(interface{ Opaque() bool }); ok {
		pic.opaque = o.Opaque()
	}
	return pic, nil
}

// readError says why c could not read a source.
func readError(c *codec, src []byte, err error) error {
	var (
		unsupported jpeg.UnsupportedError
		pngUnsup    png.UnsupportedError
	)
	switch {
	case errors.As(err, &unsupported), errors.As(err, &pngUnsup):
		return i18n.Errorf("the %s file uses a feature vinhdanh cannot read (%v): save it again as an ordinary %s", c.name, err, c.name)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF), !c.whole(src):
		return i18n.Errorf("the %s file is cut short: copy it again from where it came from", c.name)
	}
	return i18n.Errorf("the %s file is damaged (%v): save it again from the camera or the editing program", c.name, err)
}

// gifFrames counts the images of the GIF src, up to 2, by walking its
// blocks (GIF89a, section 17 onwards) without decoding any: an animated
// GIF is refused before its frames, each as large as the screen it
// declares, are decoded. A GIF whose blocks end early counts the images
// seen; the decoder reports the damage.
func gifFrames(src []byte) int {
	if len(src) < 13 {
		return 0
	}
	i := 13
	if flags := src[10]; flags&0x80 != 0 { // a global colour table
		i += 3 << (flags&7 + 1)
	}
	// skipSubBlocks returns the index after the data sub-blocks at j.
	skipSubBlocks := func(j int) int {
		for j < len(src) {
			n := int(src[j])
			j++
			if n == 0 {
				return j
			}
			j += n
		}
		return len(src)
	}
	frames := 0
	for i < len(src) {
		switch src[i] {
		case 0x21: // an extension: its label, then sub-blocks
			i = skipSubBlocks(i + 2)
		case 0x2c: // an image descriptor
			frames++
			if frames == 2 {
				return frames
			}
			if i+10 > len(src) {
				return frames
			}
			flags := src[i+9]
			i += 10
			if flags&0x80 != 0 { // a local colour table
				i += 3 << (flags&7 + 1)
			}
			i = skipSubBlocks(i + 1) // after the LZW minimum code size
		default: // the trailer, or damage
			return frames
		}
	}
	return frames
}
