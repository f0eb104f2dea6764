// Package photo makes pictures that look to an encoder like a camera's, for
// tests and benchmarks: deterministic (the same seed gives the same bytes on
// every machine), with the EXIF a press office's photos carry (a camera
// make, an orientation, a GPS position), so that the image stage's
// orientation, metadata stripping and cost can be checked without checking
// in megabytes of photographs.
package photo

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
	"math"
	"math/rand/v2"
)

// Camera returns a JPEG of w×h pixels that looks to an encoder
// like a camera's: a sky-to-ground gradient, discs and bars of colour,
// and grain, all drawn from seed, so that the same seed gives the same
// bytes. It is saved at quality 92 with an APP1 Exif segment holding the
// given orientation (0 for none), a camera make and a GPS position, as a
// press office's photos come.
func Camera(seed uint64, w, h, orientation int) []byte {
	return CameraAt(seed, w, h, orientation, 92)
}

// CameraAt is Camera saved at the JPEG quality given: at 97, a 4000×3000
// photo is some 5 MB, as a phone's are.
func CameraAt(seed uint64, w, h, orientation, quality int) []byte {
	img := Pixels(seed, w, h)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: quality}); err != nil {
		panic(err)
	}
	return WithExif(buf.Bytes(), ExifSegment(orientation, true))
}

// Pixels draws the picture Camera saves. It is written for speed (a
// 4000×3000 picture in about a tenth of a second), because the image
// benchmarks make a thousand of them: the discs are drawn as spans per row,
// the texture is interpolated along each row from per-row tables, and the
// grain takes its bits from one draw per pixel.
func Pixels(seed uint64, w, h int) *image.RGBA {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	type disc struct {
		x, y, r2 int
		c        [3]int
	}
	discs := make([]disc, 12)
	for i := range discs {
		rad := (w + h) / (8 + r.IntN(24))
		discs[i] = disc{r.IntN(w), r.IntN(h), rad * rad, [3]int{r.IntN(256), r.IntN(256), r.IntN(256)}}
	}
	bar := max(1, w/(20+r.IntN(40)))
	// Texture at four scales (leaves, cloth, faces in a crowd), strong on
	// the ground and faint in the sky, so that the variants keep detail
	// the way a photo's do: random values on a grid per scale, blended
	// bilinearly.
	type octave struct {
		cell, amp int
		grid      []int
		gw        int
	}
	octaves := []octave{{3, 14, nil, 0}, {9, 18, nil, 0}, {31, 22, nil, 0}, {97, 26, nil, 0}}
	for i := range octaves {
		o := &octaves[i]
		o.gw = w/o.cell + 2
		o.grid = make([]int, o.gw*(h/o.cell+2))
		for j := range o.grid {
			o.grid[j] = r.IntN(2*o.amp+1) - o.amp
		}
	}
	grain := rand.NewPCG(r.Uint64(), r.Uint64())
	tex := make([]int, w)   // the texture of one row
	col := make([]int, w+2) // one octave's grid row, blended along y
	base := make([][3]int, w)
	across := make([][2]int, w) // the ground's change from left to right
	for x := range w {
		across[x] = [2]int{30 * x / w, 20 * x / w}
	}
	for y := range h {
		// The row's colours before texture: sky above the horizon and
		// ground below, each a gradient, the discs over it, later discs
		// over earlier ones, and fence posts (sharp edges) low down.
		if y < h/2 {
			c := [3]int{90 + 80*y/h, 140 + 60*y/h, 230 - 40*y/h}
			for x := range w {
				base[x] = c
			}
		} else {
			r, g, b := 120-60*y/h, 110-30*y/h, 60
			for x := range w {
				base[x] = [3]int{r + across[x][0], g, b + across[x][1]}
			}
		}
		for _, d := range discs {
			dy := y - d.y
			rest := d.r2 - dy*dy - 1 // dx*dx <= rest inside
			if rest < 0 {
				continue
			}
			half := isqrt(rest)
			for x := max(0, d.x-half); x <= min(w-1, d.x+half); x++ {
				base[x] = d.c
			}
		}
		if y > h*2/3 {
			for x := range w {
				if (x/bar)%7 == 0 {
					base[x] = [3]int{40, 30, 25}
				}
			}
		}
		clear(tex)
		for _, o := range octaves {
			gy, fy := y/o.cell, y%o.cell
			row, next := o.grid[gy*o.gw:], o.grid[(gy+1)*o.gw:]
			for gx := range o.gw {
				col[gx] = row[gx]*(o.cell-fy) + next[gx]*fy
			}
			// Dividing by cell² is a multiplication and a shift.
			inv := (1 << 20) / (o.cell * o.cell)
			for gx, x := 0, 0; x < w; gx++ {
				a, b := col[gx], col[gx+1]
				v, step := a*o.cell, b-a
				for fx := 0; fx < o.cell && x < w; fx, x = fx+1, x+1 {
					tex[x] += v * inv >> 20
					v += step
				}
			}
		}
		sky := y < h/3
		p := img.Pix[y*img.Stride:]
		for x := range w {
			u := grain.Uint64()
			g := int(u&0xf)%15 - 7 // sensor grain
			if sky {
				g += tex[x] / 6
			} else {
				g += tex[x]
			}
			c := base[x]
			o := 4 * x
			p[o] = uint8(min(255, max(0, c[0]+g+int(u>>8&0xff)%5-2)))
			p[o+1] = uint8(min(255, max(0, c[1]+g+int(u>>16&0xff)%5-2)))
			p[o+2] = uint8(min(255, max(0, c[2]+g+int(u>>24&0xff)%5-2)))
			p[o+3] = 255
		}
	}
	return img
}

// isqrt returns the largest s with s*s <= n, for n >= 0.
func isqrt(n int) int {
	s := int(math.Sqrt(float64(n)))
	for s*s > n {
		s--
	}
	for (s+1)*(s+1) <= n {
		s++
	}
	return s
}

// WithExif returns the JPEG jpg with seg, a whole APP1 segment, right
// after its start-of-image marker.
func WithExif(jpg, seg []byte) []byte {
	if seg == nil {
		return jpg
	}
	out := make([]byte, 0, len(jpg)+len(seg))
	out = append(out, jpg[:2]...)
	out = append(out, seg...)
	return append(out, jpg[2:]...)
}

// ExifSegment returns an APP1 segment (marker included) with a
// little-endian TIFF structure: IFD0 with Make, Orientation (when
// orientation > 0) and a GPS IFD pointer, and a GPS IFD with latitude and
// longitude (Hà Nội), when gps is set.
func ExifSegment(orientation int, gps bool) []byte {
	le := binary.LittleEndian
	type entry struct {
		tag, typ uint16
		count    uint32
		value    []byte // inline when 4 bytes or fewer
	}
	short := func(v int) []byte { b := make([]byte, 4); le.PutUint16(b, uint16(v)); return b }
	long := func(v int) []byte { b := make([]byte, 4); le.PutUint32(b, uint32(v)); return b }
	rationals := func(vs ...uint32) []byte {
		b := make([]byte, 0, 8*len(vs))
		for _, v := range vs {
			b = le.AppendUint32(b, v)
			b = le.AppendUint32(b, 1)
		}
		return b
	}
	ifd0 := []entry{{0x010f, 2, 9, []byte("vinhdanh\x00")}}
	if orientation > 0 {
		ifd0 = append(ifd0, entry{0x0112, 3, 1, short(orientation)})
	}
	var gpsIFD []entry
	if gps {
		ifd0 = append(ifd0, entry{0x8825, 4, 1, nil}) // offset filled below
		gpsIFD = []entry{
			{0x0001, 2, 2, []byte("N\x00\x00\x00")},
			{0x0002, 5, 3, rationals(21, 1, 42)},
			{0x0003, 2, 2, []byte("E\x00\x00\x00")},
			{0x0004, 5, 3, rationals(105, 51, 12)},
		}
	}
	// Lay out: header (8), IFD0, its out-of-line values, GPS IFD, its values.
	var tiff []byte
	tiff = append(tiff, 'I', 'I', 42, 0, 8, 0, 0, 0)
	writeIFD := func(entries []entry, patch func(i int) []byte) {
		start := len(tiff)
		size := 2 + 12*len(entries) + 4
		extra := start + size
		var values []byte
		tiff = le.AppendUint16(tiff, uint16(len(entries)))
		for i, e := range entries {
			tiff = le.AppendUint16(tiff, e.tag)
			tiff = le.AppendUint16(tiff, e.typ)
			tiff = le.AppendUint32(tiff, e.count)
			v := e.value
			if v == nil {
				v = patch(i)
			}
			if len(v) <= 4 {
				tiff = append(tiff, append(v, make([]byte, 4-len(v))...)...)
			} else {
				tiff = le.AppendUint32(tiff, uint32(extra+len(values)))
				values = append(values, v...)
			}
		}
		tiff = le.AppendUint32(tiff, 0) // no next IFD
		tiff = append(tiff, values...)
	}
	// The GPS IFD's offset is known once IFD0 and its values are laid out.
	ifd0Size := 2 + 12*len(ifd0) + 4
	ifd0Values := 0
	for _, e := range ifd0 {
		if len(e.value) > 4 {
			ifd0Values += len(e.value)
		}
	}
	writeIFD(ifd0, func(int) []byte { return long(8 + ifd0Size + ifd0Values) })
	if gps {
		writeIFD(gpsIFD, nil)
	}
	payload := append([]byte("Exif\x00\x00"), tiff...)
	seg := []byte{0xff, 0xe1, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(payload)+2))
	return append(seg, payload...)
}
