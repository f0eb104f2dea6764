// Package images makes the pictures readers download from the photos
// editors give: smaller copies at the widths a page asks for, in WebP for
// browsers and in JPEG (PNG for pictures with transparency) for the rest,
// without the camera's metadata, named by their content and kept in a
// cache so that a second build does no image work. It is the one package
// that imports an imaging library: github.com/gen2brain/webp, the WebP
// encoder (libwebp 1.4 compiled to WebAssembly and run by wazero, so no
// cgo). Decoding and JPEG and PNG encoding are the standard library's;
// scaling is written here.
//
// # What Variants makes
//
// A source is one JPEG, PNG or GIF file. Its header is read first, and a
// picture of more than Options.MaxPixels pixels (DefaultMaxPixels, 50
// megapixels, unless set) is refused before any pixel is decoded, so a
// small file that claims 30,000×30,000 pixels costs nothing. The pixels are
// then decoded once; a JPEG's EXIF orientation (all eight values) is
// applied, so that every variant stands as the camera was held and its
// width and height are those of the picture as seen. CMYK and YCCK JPEGs
// are turned into RGB with the standard formula (their colour profile, like
// every profile, is not read), 16-bit PNGs into 8 bits, palette PNGs and
// GIFs into full colour with their transparency kept. An animated GIF is
// refused with a message saying so: a still of its first frame would not
// be what the editor meant.
//
// The widths asked for (DefaultWidths, 360, 720, 1080 and 1600 pixels,
// unless Options.Widths says otherwise) are never upscaled: those wider
// than the picture are dropped, and a picture narrower than the smallest
// is given once at its own width. Each width is made as WebP (quality
// DefaultWebPQuality, 75) and as JPEG (DefaultJPEGQuality, 78), or as PNG
// instead of JPEG when the picture has a pixel that is not opaque. One more
// copy, Result.Social, is the picture for link previews (OpenGraph):
// Options.SocialWidth (DefaultSocialWidth, 1200) pixels wide or the
// picture's own width if smaller, as JPEG (or PNG). Heights follow the
// picture's proportions, rounded to the nearest pixel.
//
// Scaling first averages blocks of k×k pixels, with k the largest whole
// number that leaves the picture at least as wide as the widest variant,
// and then resamples with the Catmull-Rom filter; a narrower variant
// averages that picture again, so that Catmull-Rom shrinks by 2× to 4× at
// most. Every output is encoded from the pixels, so it holds no EXIF, XMP,
// IPTC or colour profile: no GPS position, no camera serial number.
// Options.KeepMetadata copies the source's EXIF segment, with its
// orientation set to 1, into the JPEG variants only; the WebP and PNG
// variants never carry metadata.
//
// Each Variant's Name is the name given to Variants, its width, the first
// eight hexadecimal digits of the SHA-256 of its bytes and its extension
// ("hoi-nghi-720.3f2a9c1b.webp"), so a page may tell browsers to keep it
// forever: other bytes get another name.
//
// The same source and Options give the same bytes on every computer, at
// any GOMAXPROCS: the scaling is integer arithmetic, and the encoders are
// the standard library's and libwebp in WebAssembly, whose arithmetic
// WebAssembly defines exactly, on one thread (TestBytesAreStable holds
// amd64 and arm64 to one checksum). Unless built with -tags nodynamic,
// gen2brain/webp looks for the system's libwebp when the program starts
// and uses it if found (in a dynamically linked binary, on a computer with
// the library installed); New then refuses, since that libwebp's version
// and build decide its bytes. The tag also keeps a CGO_ENABLED=0 binary
// static: without it, the loader gen2brain/webp links (purego) makes the
// binary ask for the system's dynamic linker. Release builds need the tag.
//
// # Bad input
//
// Variants never panics. A file that is not a picture, one cut short, one
// too large, an animated GIF, or one using a JPEG feature the standard
// decoder lacks (12-bit samples, arithmetic coding) is an error made by
// i18n.Errorf that says the reason in an editor's words; it does not name
// the file, which the caller knows.
//
// # Cache
//
// With Options.CacheDir set, each result is kept in that folder, one file
// per source and settings, named by the SHA-256 of a line describing the
// settings (widths, qualities, metadata, the versions of Go and of the two
// libraries, and CacheVersion) followed by the source's bytes, under a
// folder named by the name's first two digits:
// CacheDir/3f/3f2a…(64 digits). A second Variants of the same source reads
// that one file and does no decoding or encoding. Entries are written to a
// temporary file in the same folder and renamed into place, so a reader
// sees a whole entry or none, and two processes filling the cache at once
// do not corrupt it; an entry that does not read back whole (its checksum
// is CRC-32C) counts as missing. Using an entry sets its modification time
// (at most once a day), and Prune removes the entries not used for
// CacheMaxAge (30 days) and the temporary files a crashed process left more
// than ten minutes ago. The folder may be deleted at any time. A Processor
// is safe for use by several goroutines at once.
package images

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gen2brain/webp"

	"vinhdanh/internal/i18n"
)

// The defaults of Options.
const (
	DefaultSocialWidth = 1200
	DefaultJPEGQuality = 78
	DefaultWebPQuality = 75
	DefaultMaxPixels   = 50_000_000
)

// DefaultWidths are the widths made when Options.Widths is empty: a phone,
// a phone at twice the density, a tablet, and a wide screen.
var DefaultWidths = []int{360, 720, 1080, 1600}

// MaxWidth is the widest variant Options may ask for.
const MaxWidth = 8192

// webpMethod is libwebp's effort (0 fastest to 6 smallest). Method 4, the
// library's default, makes files 4 to 11 % smaller than method 2 at 2.3
// times the time; 3 is no faster, 5 1 % smaller at 1.3 times the time
// (docs/decisions.md, Images).
const webpMethod = 4

// libraries are the modules whose code makes the variants' bytes, as
// go.mod requires them, for the cache key; a test holds them to go.mod.
// (The build information of a binary would say the same, but a test
// binary's has no modules.)
const libraries = "github.com/gen2brain/webp v0.5.5, github.com/tetratelabs/wazero v1.9.0"

// CacheVersion names the layout of the results and of the cache entries;
// change it when a change to this package changes the bytes it makes, so
// that no entry made before is used.
const CacheVersion = 1

// Options are the settings of a Processor. The zero value asks for the
// defaults and no cache.
type Options struct {
	Widths       []int // the widths of the variants; DefaultWidths when empty
	SocialWidth  int   // the width of Result.Social; DefaultSocialWidth when 0
	JPEGQuality  int   // 1 to 100; DefaultJPEGQuality when 0
	WebPQuality  int   // 1 to 100; DefaultWebPQuality when 0
	KeepMetadata bool  // copy the source's EXIF into the JPEG variants
	MaxPixels    int   // the largest picture taken, in pixels; DefaultMaxPixels when 0

	// CacheDir is the folder of the cache; empty for none.
	CacheDir string
	// Now is the clock that dates the use of cache entries; time.Now when
	// nil.
	Now func() time.Time
}

// Format is the encoding of a Variant.
type Format string

// The formats of the variants.
const (
	WebP Format = "webp"
	JPEG Format = "jpeg"
	PNG  Format = "png"
)

// Ext returns the file name extension of f, with its dot.
func (f Format) Ext() string {
	if f == JPEG {
		return ".jpg"
	}
	return "." + string(f)
}

// MediaType returns the MIME type of f, for a <source type="...">.
func (f Format) MediaType() string { return "image/" + string(f) }

// Variant is one file made from a source.
type Variant struct {
	Width, Height int
	Format        Format
	Name          string // name-WIDTH.HASH8.EXT
	// Data holds the file's bytes when they are not in the cache; when
	// they are, it is nil and Bytes reads them from there, so that a build
	// of thousands of photos does not hold all their copies at once.
	Data []byte
	sum  [4]byte // the first bytes of the SHA-256 of the file, for Name
	// entry is the cache file holding the bytes at off, size long, when
	// Data is nil.
	entry     string
	off, size int64
}

// ErrCacheGone is the error of Bytes when the cache entry holding a
// variant went away (the cache folder was deleted while a program held a
// Result): make the variants again.
var ErrCacheGone = errors.New("images: a cache entry is gone")

// Bytes returns the file's bytes: Data, or what the cache holds. An entry
// that is gone or changed is an error that wraps ErrCacheGone.
func (v *Variant) Bytes() ([]byte, error) {
	if v.entry == "" {
		return v.Data, nil
	}
	f, err := os.Open(v.entry)
	if err != nil {
		return nil, cacheGone(v, err)
	}
	defer f.Close()
	data := make([]byte, v.size)
	if _, err := f.ReadAt(data, v.off); err != nil {
		return nil, cacheGone(v, err)
	}
	if sum := sha256.Sum256(data); [4]byte(sum[:4]) != v.sum {
		return nil, cacheGone(v, errors.New("its bytes changed"))
	}
	return data, nil
}

func cacheGone(v *Variant, err error) error {
	return i18n.Errorf("the copy %s is gone from the images cache (%w); build again", v.Name, goneError{err})
}

// goneError is the cause of a cacheGone error, which is ErrCacheGone.
type goneError struct{ err error }

func (e goneError) Error() string        { return e.err.Error() }
func (e goneError) Unwrap() error        { return e.err }
func (e goneError) Is(target error) bool { return target == ErrCacheGone }

// Result is what Variants makes of one source.
type Result struct {
	// Width and Height are the source's, as seen (after its orientation).
	Width, Height int
	// Variants are by width, narrowest first; at each width the WebP
	// comes before the JPEG or PNG.
	Variants []Variant
	// Social is the copy for link previews.
	Social Variant
	// Cached tells that the result was read from the cache.
	Cached bool
}

// Stats counts a Processor's work since New.
type Stats struct {
	Decoded   int64 // sources decoded
	Encoded   int64 // files encoded
	CacheHits int64 // results read from the cache
}

// Processor makes variants with one set of Options. Its methods may be
// called from several goroutines at once.
type Processor struct {
	widths       []int // ascending, no duplicates
	social       int
	jpegQuality  int
	webpQuality  int
	keepMetadata bool
	maxPixels    int
	cache        *cache // nil without a cache

	decoded, encoded, hits atomic.Int64
}

// New checks opts and returns a Processor for them.
func New(opts Options) (*Processor, error) {
	if webp.Dynamic() == nil {
		return nil, i18n.Errorf("this vinhdanh would make WebP pictures with the computer's own libwebp, whose pictures differ from one computer to the next; build vinhdanh with -tags nodynamic")
	}
	p := &Processor{
		widths:       slices.Clone(opts.Widths),
		social:       cmp.Or(opts.SocialWidth, DefaultSocialWidth),
		jpegQuality:  cmp.Or(opts.JPEGQuality, DefaultJPEGQuality),
		webpQuality:  cmp.Or(opts.WebPQuality, DefaultWebPQuality),
		keepMetadata: opts.KeepMetadata,
		maxPixels:    cmp.Or(opts.MaxPixels, DefaultMaxPixels),
	}
	if len(p.widths) == 0 {
		p.widths = slices.Clone(DefaultWidths)
	}
	slices.Sort(p.widths)
	p.widths = slices.Compact(p.widths)
	for _, w := range append(slices.Clone(p.widths), p.social) {
		if w < 1 || w > MaxWidth {
			return nil, i18n.Errorf("picture width %d: widths must be between 1 and %d pixels", w, MaxWidth)
		}
	}
	if p.jpegQuality < 1 || p.jpegQuality > 100 {
		return nil, i18n.Errorf("JPEG quality %d: it must be between 1 and 100", p.jpegQuality)
	}
	if p.webpQuality < 1 || p.webpQuality > 100 {
		return nil, i18n.Errorf("WebP quality %d: it must be between 1 and 100", p.webpQuality)
	}
	if p.maxPixels < 1 {
		return nil, i18n.Errorf("the largest picture, %d pixels, must be at least 1 pixel", p.maxPixels)
	}
	if opts.CacheDir != "" {
		now := opts.Now
		if now == nil {
			now = time.Now
		}
		p.cache = &cache{dir: opts.CacheDir, now: now, settings: p.settings()}
	}
	return p, nil
}

// settings returns the line that, with a source, keys its cache entry:
// everything that decides the bytes of the result.
func (p *Processor) settings() string {
	var b strings.Builder
	fmt.Fprintf(&b, "vinhdanh images %d; widths", CacheVersion)
	for _, w := range p.widths {
		b.WriteString(" " + strconv.Itoa(w))
	}
	fmt.Fprintf(&b, "; social %d; jpeg q%d; webp q%d m%d; metadata %t; %s; %s", p.social, p.jpegQuality, p.webpQuality, webpMethod, p.keepMetadata, runtime.Version(), libraries)
	return b.String()
}

// Stats returns the work done so far.
func (p *Processor) Stats() Stats {
	return Stats{Decoded: p.decoded.Load(), Encoded: p.encoded.Load(), CacheHits: p.hits.Load()}
}

// Variants makes the variants of src, a JPEG, PNG or GIF file, whose
// names start with name (a file name without its extension, such as
// "hoi-nghi"). See the package documentation for what it makes.
func (p *Processor) Variants(src []byte, name string) (*Result, error) {
	var key string
	if p.cache != nil {
		key = p.cache.key(src)
		if r := p.cache.get(key); r != nil {
			p.hits.Add(1)
			r.name(name)
			return r, nil
		}
	}
	r, err := p.process(src)
	if err != nil {
		return nil, err
	}
	r.setSums()
	if p.cache != nil {
		// A cache that cannot be written only costs time, and the result
		// keeps its bytes; one written lets them go.
		p.cache.put(key, r)
	}
	r.name(name)
	return r, nil
}

// Lookup is Variants without the work: the variants of src from the
// cache, named, when it holds them; otherwise nil, with the error Variants
// would give for what the header alone shows (a file that is not a
// picture, too many pixels, an animated GIF). A nil result and a nil
// error mean that Variants would have to make them: the preview server
// shows the photo itself meanwhile, and makes them off its reload path.
// A Processor without a cache finds nothing.
func (p *Processor) Lookup(src []byte, name string) (*Result, error) {
	if p.cache != nil {
		if r := p.cache.get(p.cache.key(src)); r != nil {
			p.hits.Add(1)
			r.name(name)
			return r, nil
		}
	}
	_, err := inspect(src, p.maxPixels)
	return nil, err
}

// process decodes src and makes its variants, unnamed.
func (p *Processor) process(src []byte) (*Result, error) {
	pic, err := decode(src, p.maxPixels)
	if err != nil {
		return nil, err
	}
	p.decoded.Add(1)
	ow, oh := pic.width, pic.height // as seen
	r := &Result{Width: ow, Height: oh}

	widths := p.plan(ow)
	social := min(p.social, ow)
	fallback := JPEG
	if !pic.opaque {
		fallback = PNG
	}
	var exif []byte
	if p.keepMetadata {
		exif = pic.exif
	}
	enc := encoder{jpegQuality: p.jpegQuality, webpQuality: p.webpQuality, exif: exif, count: &p.encoded}

	// Widest first, so that a narrower variant may be scaled from the
	// shrunk picture a wider one left, when that is still wide enough.
	all := slices.Clone(widths)
	if !slices.Contains(all, social) {
		all = append(all, social)
	}
	slices.SortFunc(all, func(a, b int) int { return b - a })
	scaled := map[int]*image.RGBA{}
	s := newScaler(pic)
	for _, w := range all {
		scaled[w] = s.scale(w, height(w, ow, oh))
	}
	for _, w := range widths {
		m := scaled[w]
		for _, f := range []Format{WebP, fallback} {
			v, err := enc.encode(m, f)
			if err != nil {
				return nil, err
			}
			r.Variants = append(r.Variants, v)
		}
	}
	for _, v := range r.Variants {
		if v.Width == social && v.Format == fallback {
			r.Social = v
		}
	}
	if r.Social.Data == nil {
		if r.Social, err = enc.encode(scaled[social], fallback); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// plan returns the widths made for a picture ow pixels wide: those asked
// that are not wider, or ow alone when all are.
func (p *Processor) plan(ow int) []int {
	var out []int
	for _, w := range p.widths {
		if w <= ow {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		out = []int{ow}
	}
	return out
}

// height returns the height of a variant w pixels wide of a picture ow×oh,
// rounded to the nearest pixel and at least 1.
func height(w, ow, oh int) int {
	return max(1, (2*w*oh+ow)/(2*ow))
}

// name sets the names of r's variants.
func (r *Result) name(base string) {
	for i := range r.Variants {
		r.Variants[i].Name = fileName(base, &r.Variants[i])
	}
	r.Social.Name = fileName(base, &r.Social)
}

// fileName returns base-WIDTH.HASH8.EXT for v, whose sum is set.
func fileName(base string, v *Variant) string {
	return base + "-" + strconv.Itoa(v.Width) + "." + hex.EncodeToString(v.sum[:]) + v.Format.Ext()
}

// setSums sets the sum of each of r's files from its Data.
func (r *Result) setSums() {
	for _, v := range r.files() {
		sum := sha256.Sum256(v.Data)
		v.sum = [4]byte(sum[:4])
	}
}

// files returns the variants and the social copy.
func (r *Result) files() []*Variant {
	out := make([]*Variant, 0, len(r.Variants)+1)
	for i := range r.Variants {
		out = append(out, &r.Variants[i])
	}
	return append(out, &r.Social)
}
