package build

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"vinhdanh/internal/content"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/images"
	"vinhdanh/internal/testsupport/sitetest"
)

// photo returns a JPEG of w×h pixels with gradients, so that its copies
// are not trivially small.
func photo(t *testing.T, w, h int) []byte {
	t.Helper()
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			m.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), uint8((x + y) % 256), 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, m, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// writePhoto writes a w×h JPEG at the site path name of the site in src.
func writePhoto(t *testing.T, src, name string, w, h int) {
	t.Helper()
	p := filepath.Join(src, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, photo(t, w, h), 0o644); err != nil {
		t.Fatal(err)
	}
}

// photoSite is a site with one article whose bundle holds a photo, at
// content/tin-tuc/2026/hoi-nghi/anh.jpg, that its body does not show.
const photoSite = `
-- site.yaml --
title: T
base_url: https://example.vn/
-- content/tin-tuc/2026/hoi-nghi/index.md --
---
title: Hội nghị
date: 2026-11-02
kind: news
image: anh.jpg
image_alt: Hội trường
---
Nội dung.
`

// photoDir is where the article of photoSite and its photo are published.
const photoDir = "tin-tuc/2026/hoi-nghi/"

// variantFiles returns the names of the files published in dir of dest
// whose names match pattern.
func variantFiles(t *testing.T, dest, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dest, filepath.FromSlash(photoDir), pattern))
	if err != nil {
		t.Fatal(err)
	}
	for i := range m {
		m[i] = filepath.Base(m[i])
	}
	return m
}

func TestPhotosArePublishedAsVariants(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "cache")
	build := func() (string, *Summary) {
		return buildSite(t, photoSite, func(o *Options) {
			o.Cache = cache
			writePhoto(t, o.Source, "content/"+photoDir+"anh.jpg", 2000, 1500)
		})
	}
	dest, sum := build()
	for _, w := range []string{"360", "720", "1080", "1600"} {
		for _, ext := range []string{"webp", "jpg"} {
			if m := variantFiles(t, dest, "anh-"+w+".*."+ext); len(m) != 1 {
				t.Errorf("%s-pixel %s: %v", w, ext, m)
			}
		}
	}
	if m := variantFiles(t, dest, "anh-2000.*"); len(m) != 0 {
		t.Errorf("a copy at the photo's own width, wider than all asked: %v", m)
	}
	social := variantFiles(t, dest, "anh-1200.*.jpg")
	if len(social) != 1 {
		t.Fatalf("the copy for link previews: %v", social)
	}
	assertMissing(t, dest, photoDir+"anh.jpg")
	if sum.Photos != 1 || sum.PhotosCached != 0 || sum.Pictures != 9 || sum.Interpreted != 0 {
		t.Errorf("summary: %d photos (%d cached), %d files, %d interpreted", sum.Photos, sum.PhotosCached, sum.Pictures, sum.Interpreted)
	}

	page := readOutput(t, dest, photoDir+"index.html")
	webp360, jpg720 := variantFiles(t, dest, "anh-360.*.webp")[0], variantFiles(t, dest, "anh-720.*.jpg")[0]
	assertContains(t, "the article", page,
		`<picture><source type="image/webp" srcset="/`+photoDir+webp360+` 360w, `,
		` 1600w" sizes="(max-width: 48rem) calc(100vw - 2rem), 46rem"><img src="/`+photoDir+jpg720+`" srcset="/`+photoDir+`anh-360.`,
		`width="720" height="540" alt="Hội trường" fetchpriority="high"></picture>`,
		`<meta property="og:image" content="https://example.vn/`+photoDir+social[0]+`">`,
		`<meta name=twitter:image content="https://example.vn/`+photoDir+social[0]+`">`,
		`"image":["https://example.vn/`+photoDir+social[0]+`"]`)
	assertNotContains(t, "the article", page, `anh.jpg`, `loading="lazy"`)
	home := readOutput(t, dest, "index.html")
	assertContains(t, "the home page's card", home,
		`<picture><source type="image/webp" srcset="/`+photoDir+webp360,
		`sizes="(max-width: 40rem) 6.5rem, 9rem"><img class="card-image" src="/`+photoDir+jpg720,
		`alt="" loading="lazy" decoding="async"></picture>`)

	// A second build reads every copy from the cache.
	if entries, _ := filepath.Glob(filepath.Join(cache, "*", "*")); len(entries) != 1 {
		t.Errorf("cache entries: %v", entries)
	}
	dest2, sum := build()
	if sum.Photos != 1 || sum.PhotosCached != 1 {
		t.Errorf("second build: %d photos, %d cached", sum.Photos, sum.PhotosCached)
	}
	if got := readOutput(t, dest2, photoDir+"index.html"); got != page {
		t.Error("the second build's page differs")
	}
}

func TestPhotoOriginals(t *testing.T) {
	site := strings.Replace(photoSite, "title: T\n", "title: T\nimages: {publish_originals: true}\n", 1)
	dest, _ := buildSite(t, site, func(o *Options) {
		o.Cache = t.TempDir()
		writePhoto(t, o.Source, "content/"+photoDir+"anh.jpg", 800, 600)
	})
	assertExists(t, dest, photoDir+"anh.jpg")
	// A body that links to the photo keeps it published too; one that
	// shows it shows its copies.
	site = strings.Replace(photoSite, "Nội dung.", "![Hội trường](anh.jpg) [Tải ảnh](anh.jpg)", 1)
	dest, sum := buildSite(t, site, func(o *Options) {
		o.Cache = t.TempDir()
		writePhoto(t, o.Source, "content/"+photoDir+"anh.jpg", 800, 600)
	})
	assertExists(t, dest, photoDir+"anh.jpg")
	if len(sum.Warnings) != 0 {
		t.Errorf("the link check warns: %v", sum.Warnings)
	}
	assertContains(t, "the article", readOutput(t, dest, photoDir+"index.html"), `<a href=anh.jpg>Tải ảnh</a>`, `alt="Hội trường" width=720 height=540 loading=lazy`)
	site = strings.Replace(photoSite, "Nội dung.", "![Hội trường](anh.jpg)", 1)
	dest, _ = buildSite(t, site, func(o *Options) {
		o.Cache = t.TempDir()
		writePhoto(t, o.Source, "content/"+photoDir+"anh.jpg", 800, 600)
	})
	assertMissing(t, dest, photoDir+"anh.jpg")
}

// bodyPhotoSite is a site whose article shows in its body a photo of its
// bundle, content/tin-tuc/2026/hoi-nghi/toan-canh.jpg, twice, and one of
// static/, and has no front-matter image.
const bodyPhotoSite = `
-- site.yaml --
title: T
base_url: https://example.vn/
-- content/tin-tuc/2026/hoi-nghi/index.md --
---
title: Hội nghị
date: 2026-11-02
kind: news
---
Nội dung.

![Toàn cảnh hội trường](toan-canh.jpg)

Lại: ![Toàn cảnh](./toan-canh.jpg) và ![Cờ](images/co.jpg)
`

// TestBodyPhotos checks that the photos a body shows go through the
// images stage: their copies are published once, without the copy for
// link previews, the body shows them as a <picture> that loads lazily,
// and the originals are not published.
func TestBodyPhotos(t *testing.T) {
	dest, sum := buildSite(t, bodyPhotoSite, func(o *Options) {
		o.Cache = t.TempDir()
		writePhoto(t, o.Source, "content/"+photoDir+"toan-canh.jpg", 2000, 1500)
		writePhoto(t, o.Source, "static/images/co.jpg", 800, 600)
	})
	if len(sum.Warnings) != 0 {
		t.Errorf("the link check warns: %v", sum.Warnings)
	}
	// 2000 px: 4 widths in 2 formats; 800 px: 2 widths in 2 formats; no
	// copy for link previews, which only an article's own photo has.
	if sum.Photos != 2 || sum.Pictures != 8+4 || sum.Interpreted != 0 {
		t.Errorf("summary: %d photos, %d files, %d interpreted", sum.Photos, sum.Pictures, sum.Interpreted)
	}
	for _, w := range []string{"360", "720", "1080", "1600"} {
		for _, ext := range []string{"webp", "jpg"} {
			if m := variantFiles(t, dest, "toan-canh-"+w+".*."+ext); len(m) != 1 {
				t.Errorf("%s-pixel %s: %v", w, ext, m)
			}
		}
	}
	assertMissing(t, dest, photoDir+"toan-canh.jpg")
	if m := variantFiles(t, dest, "toan-canh-1200.*"); len(m) != 0 {
		t.Errorf("a body's photo has a copy for link previews: %v", m)
	}
	page := readOutput(t, dest, photoDir+"index.html")
	webp360, jpg360, jpg720 := variantFiles(t, dest, "toan-canh-360.*.webp")[0], variantFiles(t, dest, "toan-canh-360.*.jpg")[0], variantFiles(t, dest, "toan-canh-720.*.jpg")[0]
	sizes := `sizes="(max-width: 48rem) calc(100vw - 2rem), 46rem"`
	assertContains(t, "the article", page,
		`<picture><source type=image/webp srcset="/`+photoDir+webp360+` 360w, `,
		` 1600w" `+sizes+`><img src=/`+photoDir+jpg720+` srcset="/`+photoDir+jpg360+` 360w, `,
		`alt="Toàn cảnh hội trường" width=720 height=540 loading=lazy decoding=async></picture>`,
		`alt="Toàn cảnh" width=720 height=540 loading=lazy decoding=async></picture>`,
		`srcset="/images/co-360.`)
	assertNotContains(t, "the article", page, `toan-canh.jpg`, `co.jpg`)
	if strings.Count(page, "<picture>") != 3 {
		t.Errorf("%d pictures in the page", strings.Count(page, "<picture>"))
	}
}

// TestBadBodyPhoto checks that a body's photo the images stage cannot read
// fails the build at the picture's place in the Markdown file.
func TestBadBodyPhoto(t *testing.T) {
	src := sitetest.Write(t, bodyPhotoSite)
	if err := os.WriteFile(filepath.Join(src, filepath.FromSlash("content/"+photoDir+"toan-canh.jpg")), []byte("chỉ là chữ\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	writePhoto(t, src, "static/images/co.jpg", 64, 48)
	dest := filepath.Join(t.TempDir(), "public")
	_, err := Run(Options{Source: src, Dest: dest, Now: testNow, Cache: t.TempDir()})
	var diags diagnostic.List
	if !errors.As(err, &diags) || len(diags) != 2 {
		t.Fatalf("want two problems, got %v", err)
	}
	for i, at := range []string{"8:1", "10:6"} {
		if got := diags[i].String(); !strings.HasPrefix(got, "content/"+photoDir+"index.md:"+at+": image toan-canh.jpg cannot be published: ") || !strings.Contains(got, "not a picture vinhdanh reads") {
			t.Errorf("got %q", got)
		}
	}
	if _, err := os.Stat(dest); err == nil {
		t.Error("the failed build wrote its output")
	}
}

func TestBadPhotosFailTheBuild(t *testing.T) {
	good := photo(t, 64, 48)
	// A PNG header that claims 30,000×30,000 pixels.
	huge := []byte("\x89PNG\r\n\x1a\n")
	ihdr := []byte("IHDR\x00\x00\x75\x30\x00\x00\x75\x30\x08\x02\x00\x00\x00")
	huge = binary.BigEndian.AppendUint32(huge, uint32(len(ihdr)-4))
	huge = append(huge, ihdr...)
	huge = binary.BigEndian.AppendUint32(huge, crc32.ChecksumIEEE(ihdr))
	var anim bytes.Buffer
	frame := image.NewPaletted(image.Rect(0, 0, 8, 8), color.Palette{color.Black, color.White})
	if err := gif.EncodeAll(&anim, &gif.GIF{Image: []*image.Paletted{frame, frame}, Delay: []int{10, 10}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"not a picture", "anh.jpg", []byte("chỉ là chữ\n"), "not a picture vinhdanh reads"},
		{"cut short", "anh.jpg", good[:len(good)/2], "cut short"},
		{"too large", "anh.png", huge, "30000×30000"},
		{"animated", "anh.gif", anim.Bytes(), "animat"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := sitetest.Write(t, strings.Replace(photoSite, "image: anh.jpg", "image: "+c.file, 1))
			if err := os.WriteFile(filepath.Join(src, filepath.FromSlash("content/"+photoDir+c.file)), c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			dest := filepath.Join(t.TempDir(), "public")
			_, err := Run(Options{Source: src, Dest: dest, Now: testNow, Cache: t.TempDir()})
			var diags diagnostic.List
			if !errors.As(err, &diags) || len(diags) != 1 {
				t.Fatalf("want one problem, got %v", err)
			}
			got := diags[0].String()
			if !strings.HasPrefix(got, "content/"+photoDir+"index.md:5:8: image "+c.file+" cannot be published: ") || !strings.Contains(got, c.want) {
				t.Errorf("got %q", got)
			}
			if _, err := os.Stat(dest); err == nil {
				t.Error("the failed build wrote its output")
			}
		})
	}
}

func TestPhotoWidthsFromSiteYAML(t *testing.T) {
	site := strings.Replace(photoSite, "title: T\n", "title: T\nimages: {widths: [500, 300]}\n", 1)
	dest, sum := buildSite(t, site, func(o *Options) {
		o.Cache = t.TempDir()
		writePhoto(t, o.Source, "content/"+photoDir+"anh.jpg", 800, 600)
	})
	for _, pattern := range []string{"anh-300.*.webp", "anh-300.*.jpg", "anh-500.*.webp", "anh-500.*.jpg", "anh-800.*.jpg"} {
		if m := variantFiles(t, dest, pattern); len(m) != 1 {
			t.Errorf("%s: %v", pattern, m)
		}
	}
	// 300, 500 in both formats, and the photo's own width for link previews.
	if sum.Pictures != 5 {
		t.Errorf("%d files made", sum.Pictures)
	}
	page := readOutput(t, dest, photoDir+"index.html")
	assertContains(t, "the article", page, ` 300w, `, ` 500w"`, `width="500" height="375"`)
}

// TestPhotoMetadata checks that images.keep_metadata reaches the images
// stage: the camera's EXIF is in no published copy by default, and in the
// JPEG copies when the site asks for it.
func TestPhotoMetadata(t *testing.T) {
	tiff := []byte("II*\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	app1 := append([]byte("Exif\x00\x00"), tiff...)
	seg := binary.BigEndian.AppendUint16([]byte{0xFF, 0xE1}, uint16(len(app1)+2))
	src := photo(t, 800, 600)
	withExif := slices.Concat(src[:2], seg, app1, src[2:])
	for _, keep := range []bool{false, true} {
		site := photoSite
		if keep {
			site = strings.Replace(site, "title: T\n", "title: T\nimages: {keep_metadata: true}\n", 1)
		}
		dest, _ := buildSite(t, site, func(o *Options) {
			o.Cache = t.TempDir()
			p := filepath.Join(o.Source, filepath.FromSlash("content/"+photoDir+"anh.jpg"))
			if err := os.WriteFile(p, withExif, 0o644); err != nil {
				t.Fatal(err)
			}
		})
		for _, name := range variantFiles(t, dest, "anh-*") {
			has := strings.Contains(readOutput(t, dest, photoDir+name), "Exif\x00\x00")
			if want := keep && strings.HasSuffix(name, ".jpg"); has != want {
				t.Errorf("keep_metadata %t: %s has EXIF: %t", keep, name, has)
			}
		}
	}
}

// TestSharedStaticPhoto checks a photo of static/ that two articles name:
// its copies are made and written once, beside it, and the file itself,
// like every file of static/, is published.
func TestSharedStaticPhoto(t *testing.T) {
	article := func(title string) string {
		return "---\ntitle: " + title + "\ndate: 2026-11-02\nkind: news\nimage: images/chung.jpg\nimage_alt: Ảnh chung\n---\nNội dung.\n"
	}
	dest, sum := buildSite(t, "-- site.yaml --\ntitle: T\n-- content/tin-tuc/2026/a.md --\n"+article("A")+"-- content/tin-tuc/2026/b.md --\n"+article("B"),
		func(o *Options) {
			o.Cache = t.TempDir()
			writePhoto(t, o.Source, "static/images/chung.jpg", 800, 600)
		})
	if sum.Photos != 1 || sum.Pictures != 5 {
		t.Errorf("%d photos made into %d files", sum.Photos, sum.Pictures)
	}
	assertExists(t, dest, "images/chung.jpg")
	m, _ := filepath.Glob(filepath.Join(dest, "images", "chung-360.*.webp"))
	if len(m) != 1 {
		t.Fatalf("the 360-pixel WebP: %v", m)
	}
	for _, p := range []string{"tin-tuc/2026/a/index.html", "tin-tuc/2026/b/index.html"} {
		assertContains(t, p, readOutput(t, dest, p), `srcset="/images/`+filepath.Base(m[0])+` 360w`)
	}
}

// TestNoPhotosNoCache checks that a site without photos makes no
// Processor, and so no cache folder in the site.
func TestNoPhotosNoCache(t *testing.T) {
	var src string
	buildSite(t, strings.Replace(photoSite, "image: anh.jpg\nimage_alt: Hội trường\n", "", 1), func(o *Options) { src = o.Source })
	if _, err := os.Stat(filepath.Join(src, CacheDir)); err == nil {
		t.Errorf("%s made in a site without photos", CacheDir)
	}
}

// TestPhotosLater follows a preview session (Options.PhotosLater) through
// a photo's life: the first build shows the photo itself and leaves a
// job; once the job's copies are added, the next build shows them and no
// longer publishes the photo; a build that names another file does not
// read the photo again; a photo saved anew goes back to the photo itself
// and a job, and a job that started before the save is not taken in; a
// photo cut short fails the build once its job has found out; a second
// session finds the copies in the cache and leaves nothing for later.
func TestPhotosLater(t *testing.T) {
	t.Parallel()
	src := sitetest.Write(t, photoSite)
	writePhoto(t, src, "content/"+photoDir+"anh.jpg", 800, 600)
	cache := t.TempDir()
	newSession := func() *Session {
		s, err := NewSession(Options{Source: src, Cache: cache, Now: testNow, PhotosLater: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	page := photoDir + "index.html"
	original := photoDir + "anh.jpg"
	s := newSession()
	files, _ := sessionBuild(t, s)
	if !strings.Contains(files[page], `<img src="/`+original+`"`) || files[original] == "" {
		t.Fatalf("the first build does not show the photo itself:\n%s", files[page])
	}
	job := s.PhotoJob()
	if job == nil || job.Photos() != 1 || s.PhotoJob() != nil {
		t.Fatalf("job %v; a second job while it runs: %v", job, s.PhotoJob())
	}
	if !s.AddPhotos(job.Run()) {
		t.Fatal("the job's copies were not taken")
	}
	files, _ = sessionBuild(t, s)
	if !strings.Contains(files[page], `<picture><source type="image/webp" srcset="/`+photoDir+`anh-360.`) || files[original] != "" {
		t.Fatalf("after the job, the page does not show the copies, or the photo is still published:\n%s", files[page])
	}
	// The photo changes on disk, but the build is told of another file:
	// the copies stand, since the photo was not read again.
	writePhoto(t, src, "content/"+photoDir+"anh.jpg", 640, 480)
	if err := os.MkdirAll(filepath.Join(src, "static"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "static", "ghi-chu.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if again, _ := sessionBuild(t, s, "static/ghi-chu.txt"); !strings.Contains(again[page], "anh-720.") {
		t.Errorf("a build that did not name the photo read it again:\n%s", again[page])
	}
	// Told of it: the photo itself again, and a job; a job that started
	// before another save is not taken in.
	files, _ = sessionBuild(t, s, "content/"+photoDir+"anh.jpg")
	if !strings.Contains(files[page], `<img src="/`+original+`"`) {
		t.Fatalf("after the save, the page does not show the photo itself:\n%s", files[page])
	}
	stale := s.PhotoJob()
	writePhoto(t, src, "content/"+photoDir+"anh.jpg", 500, 400)
	sessionBuild(t, s, "content/"+photoDir+"anh.jpg")
	if s.AddPhotos(stale.Run()) {
		t.Error("the copies of a photo saved again since were taken")
	}
	fresh := s.PhotoJob()
	if fresh == nil || !s.AddPhotos(fresh.Run()) {
		t.Fatal("no job for the photo saved again")
	}
	if files, _ = sessionBuild(t, s); !strings.Contains(files[page], `anh-500.`) { // its copy for link previews
		t.Errorf("the page does not show the copies of the last save:\n%s", files[page])
	}
	// A photo cut short passes its header, and fails once made.
	good := photo(t, 300, 200)
	if err := os.WriteFile(filepath.Join(src, filepath.FromSlash("content/"+photoDir+"anh.jpg")), good[:len(good)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	sessionBuild(t, s, "content/"+photoDir+"anh.jpg")
	if job := s.PhotoJob(); job == nil || !s.AddPhotos(job.Run()) {
		t.Fatal("no job for the photo cut short")
	}
	var diags diagnostic.List
	if _, err := s.Build([]string{}); !errors.As(err, &diags) || !strings.Contains(err.Error(), "index.md:5:8: image anh.jpg cannot be published") {
		t.Errorf("the photo cut short: %v", err)
	}
	// A second session, with the cache: the copies at once.
	writePhoto(t, src, "content/"+photoDir+"anh.jpg", 500, 400)
	s2 := newSession()
	if files, _ = sessionBuild(t, s2); !strings.Contains(files[page], `<picture>`) || s2.PhotoJob() != nil {
		t.Errorf("a session with the copies in its cache does not show them at once:\n%s", files[page])
	}
}

// TestSessionCacheDeleted: a session whose images cache is deleted under
// it (an editor tidying the folder while the preview runs) makes the
// copies again at the next build instead of failing.
func TestSessionCacheDeleted(t *testing.T) {
	t.Parallel()
	src := sitetest.Write(t, photoSite)
	writePhoto(t, src, "content/"+photoDir+"anh.jpg", 800, 600)
	cache := t.TempDir()
	s, err := NewSession(Options{Source: src, Cache: cache, Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	first, _ := sessionBuild(t, s)
	if err := os.RemoveAll(cache); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, filepath.FromSlash("content/"+photoDir+"index.md")), []byte(strings.Replace(photoSite[strings.Index(photoSite, "---\ntitle"):], "Nội dung.", "Nội dung mới.", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	files, _ := sessionBuild(t, s, "content/"+photoDir+"index.md")
	for name, data := range first {
		if strings.HasSuffix(name, ".webp") && files[name] != data {
			t.Errorf("%s differs after the cache was deleted", name)
		}
	}
	if !strings.Contains(files[photoDir+"index.html"], "Nội dung mới.") {
		t.Errorf("the save is not built")
	}
}

// TestBodyPictureSizesFromTheme: a theme that lays out its column
// otherwise says how wide body photos are shown in one partial.
func TestBodyPictureSizesFromTheme(t *testing.T) {
	t.Parallel()
	site := bodyPhotoSite + "-- themes/default/layouts/partials/body-picture-sizes.html --\n{{/* a wide column */}}\n  (max-width: 80rem) 100vw,\n  80rem\n"
	dest, _ := buildSite(t, site, func(o *Options) {
		o.Cache = t.TempDir()
		writePhoto(t, o.Source, "content/"+photoDir+"toan-canh.jpg", 800, 600)
		writePhoto(t, o.Source, "static/images/co.jpg", 400, 300)
	})
	page := readOutput(t, dest, photoDir+"index.html")
	if n := strings.Count(page, `sizes="(max-width: 80rem) 100vw, 80rem"`); n != 6 {
		t.Errorf("%d sizes attributes of the theme's, want 6 (a <source> and an <img> for each of 3 pictures):\n%s", n, page)
	}
}

// TestPhotoStateResetForgetsRunningJobs: a job under way when the settings
// change is forgotten, so that the next build leaves its photo for later
// again instead of waiting for an outcome that will not be taken.
func TestPhotoStateResetForgetsRunningJobs(t *testing.T) {
	t.Parallel()
	st := newPhotoState(true)
	res := &content.Resource{Source: "content/a/anh.jpg", Path: "a/anh.jpg"}
	st.update([]*content.Resource{res}, []*images.Result{nil}, []error{nil}, []bool{true}, []bool{false})
	s := &Session{photos: st, procs: &processor{p: &images.Processor{}}}
	job := s.PhotoJob()
	if job == nil {
		t.Fatal("no job")
	}
	st.reset()
	st.update([]*content.Resource{res}, []*images.Result{nil}, []error{nil}, []bool{true}, []bool{false})
	if len(st.pending) != 1 {
		t.Fatalf("after a reset the photo is not pending: %v", st.pending)
	}
	if s.AddPhotos(&PhotosMade{job: job, outcomes: make([]photoOutcome, 1), unread: make([]bool, 1)}) {
		t.Error("the forgotten job's outcome was taken")
	}
	if s.PhotoJob() == nil {
		t.Error("no new job for the photo")
	}
}
