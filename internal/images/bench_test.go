package images

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"sync"
	"sync/atomic"
	"testing"
	"vinhdanh/internal/testsupport/photo"
)

// cameraPhotos are 4000×3000 photos as a press office sends them (3.5 MB
// at quality 92, an EXIF segment with a GPS position), one taken level
// (orientation 1, seen 4000×3000) and one with the camera on its side
// (orientation 6, seen 3000×4000), made once for all benchmarks.
var cameraPhotos = sync.OnceValue(func() map[string][]byte {
	return map[string][]byte{"landscape": photo.Camera(1, 4000, 3000, 1), "portrait": photo.Camera(1, 4000, 3000, 6)}
})

// BenchmarkVariants makes every variant of a camera photo with the
// default options, no cache: the work of a cold build, per photo.
func BenchmarkVariants(b *testing.B) {
	for _, name := range []string{"landscape", "portrait"} {
		b.Run(name, func(b *testing.B) {
			src := cameraPhotos()[name]
			p, err := New(Options{})
			if err != nil {
				b.Fatal(err)
			}
			var r *Result
			b.ReportAllocs()
			for b.Loop() {
				if r, err = p.Variants(src, "photo"); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/photo")
			b.ReportMetric(float64(len(src)), "source-bytes")
			for _, v := range append(r.Variants, r.Social) {
				b.ReportMetric(float64(len(v.Data)), fmt.Sprintf("%s-%d-bytes", v.Format, v.Width))
			}
		})
	}
}

// BenchmarkVariantsCached is BenchmarkVariants with every result in the
// cache: the work of a second build, per photo.
func BenchmarkVariantsCached(b *testing.B) {
	src := cameraPhotos()["landscape"]
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
// shrinking, resampling straight from the source and after shrinking, and
// encoding at each width.
func BenchmarkStages(b *testing.B) {
	src := cameraPhotos()["landscape"]
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
	full := shrink(img, 1)
	for _, w := range []int{1600, 720} {
		h := height(w, 4000, 3000)
		b.Run(fmt.Sprintf("resample-from-full-%d", w), func(b *testing.B) {
			for b.Loop() {
				resample(full, w, h)
			}
		})
		b.Run(fmt.Sprintf("scaler-%d-alone", w), func(b *testing.B) {
			for b.Loop() {
				s := &scaler{src: img, orient: 1, levels: map[int]*image.RGBA{}}
				s.scale(w, h)
			}
		})
	}
	var encoded atomic.Int64
	enc := encoder{jpegQuality: DefaultJPEGQuality, webpQuality: DefaultWebPQuality, count: &encoded}
	for _, w := range []int{1600, 1200, 1080, 720, 360} {
		s := &scaler{src: base, orient: 1, levels: map[int]*image.RGBA{}}
		m := s.scale(w, height(w, 4000, 3000))
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
