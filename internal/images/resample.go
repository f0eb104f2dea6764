package images

import "image"

// resample returns src (premultiplied, bounds at (0, 0)) scaled to w×h
// with the Catmull-Rom cubic, widened by the ratio when shrinking so that
// every source pixel counts: the filter of x/image/draw's CatmullRom and
// of most image programs. It runs in two passes, rows then columns, in
// integers: 14-bit weights, found once per row and per column in 16-bit
// fixed point, and an 8-bit picture between the passes, as Pillow does.
//
// It is written here, not taken from x/image/draw, for memory: draw keeps
// a float64 for each channel of the picture between its passes, 32 bytes a
// pixel, 77 MB for a 1600-pixel variant of a 2000×1500 picture, against
// 10 MB here (docs/decisions.md, Images). Integers also give the same
// result on every processor without care for fused multiply-add.
func resample(src *image.RGBA, w, h int) *image.RGBA {
	sw, sh := src.Rect.Dx(), src.Rect.Dy()
	if sw == w && sh == h {
		return src
	}
	// Rows: sw → w, into tmp, w×sh.
	xs := catmullRom(sw, w)
	tmp := make([]uint8, 4*w*sh)
	for y := range sh {
		in := src.Pix[y*src.Stride : y*src.Stride+4*sw]
		out := tmp[4*w*y : 4*w*(y+1)]
		for x := range w {
			start, ws := xs.at(x)
			var r, g, b, a int32
			p := in[4*start : 4*(start+len(ws))]
			for i, wt := range ws {
				q := p[4*i : 4*i+4 : 4*i+4]
				r += wt * int32(q[0])
				g += wt * int32(q[1])
				b += wt * int32(q[2])
				a += wt * int32(q[3])
			}
			o := out[4*x : 4*x+4 : 4*x+4]
			o[0], o[1], o[2], o[3] = clamp8(r), clamp8(g), clamp8(b), clamp8(a)
		}
	}
	// Columns: sh → h, into dst.
	ys := catmullRom(sh, h)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	acc := make([]int32, 4*w)
	for y := range h {
		clear(acc)
		start, ws := ys.at(y)
		for i, wt := range ws {
			row := tmp[4*w*(start+i) : 4*w*(start+i+1)]
			for j, v := range row {
				acc[j] += wt * int32(v)
			}
		}
		out := dst.Pix[y*dst.Stride : y*dst.Stride+4*w]
		for j := 0; j+3 < len(out); j += 4 {
			// The filter's negative lobes may push a colour above its
			// alpha, which premultiplied colour cannot be.
			a := clamp8(acc[j+3])
			out[j] = min(clamp8(acc[j]), a)
			out[j+1] = min(clamp8(acc[j+1]), a)
			out[j+2] = min(clamp8(acc[j+2]), a)
			out[j+3] = a
		}
	}
	return dst
}

// clamp8 rounds a sum of 14-bit weights times 8-bit values to 8 bits.
func clamp8(v int32) uint8 {
	v = (v + 1<<13) >> 14
	return uint8(min(max(v, 0), 255))
}

// axis holds the weights of a resampling along one axis: for output i,
// count[i] weights from source index start[i], at weights[i*n:].
type axis struct {
	start, count []int
	weights      []int32
	n            int
}

func (a *axis) at(i int) (start int, weights []int32) {
	return a.start[i], a.weights[i*a.n : i*a.n+a.count[i]]
}

// fixed is the unit of the 16-bit fixed point in which distances and the
// kernel are computed, and one is the sum of an output's weights.
const (
	fixed = 1 << 16
	one   = 1 << 14
)

// catmullRom returns the weights that take n source samples to m: output
// i is centred at (i+0.5)·n/m - 0.5 in the source, and the kernel (B = 0,
// C = 0.5 in Mitchell and Netravali's terms) spans 2 samples either side,
// times n/m when shrinking. Samples beyond the edges are left out and the
// rest weighted to sum to one.
func catmullRom(n, m int) *axis {
	// Distances are kept in units of 1/(2m) source samples, where every
	// centre is a whole number: output i at (2i+1)n - m, sample j at 2mj.
	scale := max(n, m) // the kernel's width is 2·scale/m samples each side
	taps := 4*((n+m-1)/m) + 2
	a := &axis{start: make([]int, m), count: make([]int, m), weights: make([]int32, m*taps), n: taps}
	k := make([]int64, taps)
	for i := range m {
		c := int64(2*i+1)*int64(n) - int64(m) // the centre, in 1/(2m)
		reach := 4 * int64(scale)             // 2·scale/m samples, in 1/(2m)
		lo := max(0, floorDiv(c-reach, int64(2*m)))
		hi := min(int64(n-1), floorDiv(c+reach, int64(2*m))+1)
		var sum int64
		cnt := 0
		for j := lo; j <= hi && cnt < taps; j++ {
			d := 2*int64(m)*j - c
			if d < 0 {
				d = -d
			}
			t := d * fixed / (2 * int64(scale)) // the kernel's argument, in fixed
			if t >= 2*fixed {
				if cnt == 0 {
					lo = j + 1
				}
				continue
			}
			k[cnt] = cubic(t)
			sum += k[cnt]
			cnt++
		}
		w := a.weights[i*taps : i*taps+cnt]
		if sum <= 0 || cnt == 0 { // not met: the nearest sample counts
			lo = min(max(0, floorDiv(c+int64(m), int64(2*m))), int64(n-1))
			cnt, w = 1, a.weights[i*taps:i*taps+1]
			k[0], sum = 1, 1
		}
		var total, big int32
		for j := range w {
			w[j] = int32(roundDiv(k[j]*one, sum))
			total += w[j]
			if w[j] > w[big] {
				big = int32(j)
			}
		}
		w[big] += one - total // the rounding's remainder to the heaviest
		a.start[i], a.count[i] = int(lo), cnt
	}
	return a
}

// cubic returns the Catmull-Rom kernel at t ≥ 0, both in fixed point:
// (3t³ - 5t² + 2)/2 below 1, (-t³ + 5t² - 8t + 4)/2 below 2, else 0.
func cubic(t int64) int64 {
	const s = fixed
	switch {
	case t < s:
		return (3*t*t*t - 5*t*t*s + 2*s*s*s) / (2 * s * s)
	case t < 2*s:
		return (-t*t*t + 5*t*t*s - 8*t*s*s + 4*s*s*s) / (2 * s * s)
	}
	return 0
}

// floorDiv returns ⌊a/b⌋ for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// roundDiv returns a/b rounded half away from zero, for b > 0.
func roundDiv(a, b int64) int64 {
	if a < 0 {
		return -((-a + b/2) / b)
	}
	return (a + b/2) / b
}
