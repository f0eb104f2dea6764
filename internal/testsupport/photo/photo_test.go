package photo

import (
	"bytes"
	"image/jpeg"
	"testing"
)

func TestCameraIsDeterministic(t *testing.T) {
	t.Parallel()
	a, b, c := Camera(1, 400, 300, 6), Camera(1, 400, 300, 6), Camera(2, 400, 300, 6)
	if !bytes.Equal(a, b) {
		t.Error("the same seed gave different bytes")
	}
	if bytes.Equal(a, c) {
		t.Error("two seeds gave the same bytes")
	}
	m, err := jpeg.Decode(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Bounds().Size(); got.X != 400 || got.Y != 300 {
		t.Errorf("decoded %v, want 400×300", got)
	}
}

// BenchmarkPixels draws a camera-sized picture: the image benchmarks draw
// a thousand.
func BenchmarkPixels(b *testing.B) {
	for b.Loop() {
		Pixels(1, 4000, 3000)
	}
}
