package images_test

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"

	"vinhdanh/internal/images"
)

func ExampleProcessor_Variants() {
	// An 800×600 photo.
	photo := image.NewRGBA(image.Rect(0, 0, 800, 600))
	for i := range photo.Pix {
		photo.Pix[i] = uint8(i % 251)
	}
	var src bytes.Buffer
	if err := jpeg.Encode(&src, photo, nil); err != nil {
		fmt.Println(err)
		return
	}

	cache, err := os.MkdirTemp("", "images")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(cache)
	p, err := images.New(images.Options{CacheDir: filepath.Join(cache, "images")})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := p.Variants(src.Bytes(), "hoi-nghi")
	if err != nil {
		fmt.Println(err)
		return
	}
	// 1080 and 1600 are wider than the photo; the social copy is the
	// photo's own width, under 1200.
	fmt.Printf("the photo: %d×%d\n", r.Width, r.Height)
	for _, v := range append(r.Variants, r.Social) {
		// The names end in a hash of the bytes: hoi-nghi-360.1a2b3c4d.webp.
		hash := strings.Split(v.Name, ".")[1]
		fmt.Printf("%s %d×%d %s, hash of %d digits\n", v.Format, v.Width, v.Height, v.Format.MediaType(), len(hash))
	}
	again, _ := p.Variants(src.Bytes(), "hoi-nghi")
	fmt.Println("second time from the cache:", again.Cached)
	// Output:
	// the photo: 800×600
	// webp 360×270 image/webp, hash of 8 digits
	// jpeg 360×270 image/jpeg, hash of 8 digits
	// webp 720×540 image/webp, hash of 8 digits
	// jpeg 720×540 image/jpeg, hash of 8 digits
	// jpeg 800×600 image/jpeg, hash of 8 digits
	// second time from the cache: true
}
