package images

import (
	"image"
	"image/color"
	"testing"
	"vinhdanh/internal/testsupport/photo"
)

func TestWeightsSumToOne(t *testing.T) {
	t.Parallel()
	for _, c := range [][2]int{{4000, 1600}, {2000, 1600}, {1001, 1000}, {7, 3}, {3, 7}, {1, 1}, {5, 1}, {1, 5}, {100, 100}, {50_000, 3}} {
		a := catmullRom(c[0], c[1])
		for i := range c[1] {
			start, ws := a.at(i)
			var sum int32
			for _, w := range ws {
				sum += w
			}
			if sum != one || start < 0 || start+len(ws) > c[0] || len(ws) == 0 {
				t.Fatalf("%d→%d, output %d: %d weights from %d summing to %d", c[0], c[1], i, len(ws), start, sum)
			}
		}
	}
}

func TestResample(t *testing.T) {
	t.Parallel()
	at := func(m *image.RGBA, x, y int) color.RGBA { return m.RGBAAt(x, y) }
	t.Run("same size is the same picture", func(t *testing.T) {
		t.Parallel()
		m := photo.Pixels(1, 30, 20)
		if got := resample(m, 30, 20); got != m {
			t.Error("not the same")
		}
	})
	t.Run("one colour stays", func(t *testing.T) {
		t.Parallel()
		c := color.RGBA{200, 100, 50, 255}
		m := image.NewRGBA(image.Rect(0, 0, 97, 61))
		for i := 0; i < len(m.Pix); i += 4 {
			m.Pix[i], m.Pix[i+1], m.Pix[i+2], m.Pix[i+3] = c.R, c.G, c.B, c.A
		}
		out := resample(m, 40, 25)
		for y := range 25 {
			for x := range 40 {
				if got := at(out, x, y); got != c {
					t.Fatalf("(%d, %d) is %v", x, y, got)
				}
			}
		}
	})
	t.Run("a ramp stays a ramp", func(t *testing.T) {
		t.Parallel()
		// Catmull-Rom reproduces straight lines: a ramp across 200 pixels
		// shrunk to 80 is the ramp at the output pixels' centres.
		m := image.NewRGBA(image.Rect(0, 0, 200, 4))
		for y := range 4 {
			for x := range 200 {
				m.SetRGBA(x, y, color.RGBA{uint8(x), uint8(x), uint8(x), 255})
			}
		}
		out := resample(m, 80, 2)
		for x := 4; x < 76; x++ { // the edges are clipped
			want := (float64(x)+0.5)*2.5 - 0.5
			if got := float64(at(out, x, 1).R); got < want-1 || got > want+1 {
				t.Errorf("x=%d: %v, want %.1f", x, got, want)
			}
		}
	})
	t.Run("stripes turn grey, not moiré", func(t *testing.T) {
		t.Parallel()
		// One-pixel stripes shrunk 3×: every output pixel averages both.
		m := image.NewRGBA(image.Rect(0, 0, 300, 3))
		for y := range 3 {
			for x := range 300 {
				v := uint8(255 * (x % 2))
				m.SetRGBA(x, y, color.RGBA{v, v, v, 255})
			}
		}
		out := resample(m, 100, 1)
		for x := 2; x < 98; x++ {
			if g := at(out, x, 0).G; g < 110 || g > 145 {
				t.Errorf("x=%d: %d, want about 128", x, g)
			}
		}
	})
	t.Run("colour never above alpha", func(t *testing.T) {
		t.Parallel()
		// A sharp edge between opaque white and transparent rings; the
		// result must stay premultiplied.
		m := image.NewRGBA(image.Rect(0, 0, 64, 8))
		for y := range 8 {
			for x := 32; x < 64; x++ {
				m.SetRGBA(x, y, color.RGBA{255, 255, 255, 255})
			}
		}
		out := resample(m, 23, 3)
		for i := 0; i < len(out.Pix); i += 4 {
			if a := out.Pix[i+3]; out.Pix[i] > a || out.Pix[i+1] > a || out.Pix[i+2] > a {
				t.Fatalf("pixel %d: % x", i/4, out.Pix[i:i+4])
			}
		}
	})
}
