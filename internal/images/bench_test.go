package images

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"sync"
	"sync/atomic"
	"testing"

	"golang.org/x/image/draw"
)

// cameraPhoto is a 4000×3000 photo as a press office sends it (3.5 MB,
// orientation 6, a GPS position), made once for all benchmarks.
var cameraPhoto = sync.OnceValue(func() []byte { return syntheticPhoto(1, 4000, 3000, 6) })

// BenchmarkVariants makes every variant of a camera photo with the
// default options, no cache: the work of a cold build, per photo.
func BenchmarkVariants(b *testing.B) {
	src := cameraPhoto()
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	var r *Result
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if r, err = p.Variants(src, "photo"); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/photo")
	b.ReportMetric(float64(len(src)), "source-bytes")
	for _, v := range append(r.Variants, r.Social) {
		b.ReportMetric(float64(len(v.Data)), fmt.Sprintf("%s-%d-bytes", v.Format, v.Width))
	}
}

// BenchmarkVariantsCached is BenchmarkVariants with every result in the
// cache: the work of a second build, per photo.
func BenchmarkVariantsCached(b *testing.B) {
	src := cameraPhoto()
	p, err := New(Options{CacheDir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := p.Variants(src, "photo"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := p.Variants(src, "photo"); err != nil {
			b.Fatal(err)
		}
	}
	if s := p.Stats(); s.Decoded != 1 {
		b.Fatalf("decoded %d times", s.Decoded)
	}
}

// BenchmarkStages times each step of BenchmarkVariants alone: decoding,
// shrinking, resampling two ways, and encoding at each width.
func BenchmarkStages(b *testing.B) {
	src := cameraPhoto()
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			if _, err := jpeg.Decode(bytes.NewReader(src)); err != nil {
				b.Fatal(err)
			}
		}
	})
	img, err := jpeg.Decode(bytes.NewReader(src))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("shrink2", func(b *testing.B) {
		for b.Loop() {
			shrink(img, 2)
		}
	})
	base := shrink(img, 2)
	for _, w := range []int{1600, 720} {
		h := height(w, 3000, 4000)
		for name, k := range map[string]draw.Scaler{"CatmullRom": draw.CatmullRom, "ApproxBiLinear": draw.ApproxBiLinear} {
			b.Run(fmt.Sprintf("%s-from-full-%d", name, w), func(b *testing.B) {
				dst := image.NewRGBA(image.Rect(0, 0, h, w))
				for b.Loop() {
					k.Scale(dst, dst.Rect, img, img.Bounds(), draw.Src, nil)
				}
			})
		}
		b.Run(fmt.Sprintf("scaler-%d", w), func(b *testing.B) {
			for b.Loop() {
				s := &scaler{src: base, orient: 6, levels: map[int]*image.RGBA{}}
				s.scale(w, h)
			}
		})
	}
	var encoded atomic.Int64
	enc := encoder{jpegQuality: DefaultJPEGQuality, webpQuality: DefaultWebPQuality, count: &encoded}
	for _, w := range []int{1600, 1200, 1080, 720, 360} {
		s := &scaler{src: base, orient: 6, levels: map[int]*image.RGBA{}}
		m := s.scale(w, height(w, 3000, 4000))
		for _, f := range []Format{WebP, JPEG} {
			b.Run(fmt.Sprintf("encode-%s-%d", f, w), func(b *testing.B) {
				var v Variant
				for b.Loop() {
					if v, err = enc.encode(m, f); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(len(v.Data)), "bytes")
			})
		}
	}
}
