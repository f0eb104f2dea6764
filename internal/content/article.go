package content

import (
	"hash/maphash"
	"net/url"
	"strings"
	"time"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/metadata"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// Article is one article, read and checked.
type Article struct {
	Path string // source file, slash-separated, relative to the site: "content/dien-hinh/2023/a.md"
	// BundleDir is the page bundle's folder ("content/hoi-nghi/2024/x"), or
	// empty when the article is a single file.
	BundleDir string
	URL       string // "/dien-hinh/2023/a/"
	Slug      string

	Title     string
	Date      time.Time // in the site's time zone
	Updated   time.Time // zero when never corrected
	Kind      Kind
	Provinces []*registry.ProvinceUnit // empty for national articles
	Period    vietnamese.Period        // zero when not given
	Cluster   *registry.Cluster
	Awards    []*registry.Award
	Tags      []Tag
	// Summary is the front matter's summary; when that is empty, the
	// Markdown stage fills it with the first paragraph and sets
	// SummaryFromBody, before any page is rendered.
	Summary         string
	SummaryFromBody bool

	Image        *Resource
	ImagePos     metadata.Pos // where the front matter's image value is
	ImageAlt     string
	ImageCaption string

	Author, Source, SourceURL string
	Attachments               []Attachment
	Decision                  *DecisionInfo
	Exemplar                  *ExemplarInfo
	Aliases                   []string // old URL paths that redirect here
	aliasPos                  []metadata.Pos
	Draft                     bool

	// Resources are the page bundle's files, all published with the article.
	Resources []Resource
	// Body is the Markdown after the front matter; BodyLine is the file's
	// line where it starts.
	Body     []byte
	BodyLine int
	// Version changes whenever the file's bytes do, or its decision's
	// annex file's; it is comparable only within one process.
	Version uint64
	// front is a digest of the front matter as written.
	front uint64
	// unfinished are the warnings of a draft about keys that must be
	// filled in before it is published; they are reported only when the
	// draft is built (--drafts).
	unfinished diagnostic.List

	// broken is set when the file has errors of its own, so that checks
	// across articles do not pile follow-on errors on top.
	broken bool
}

// versionSeed makes Version and front: digests for telling readings of a
// file apart, never written anywhere.
var versionSeed = maphash.MakeSeed()

// Modified returns Updated, or Date when the article was never corrected.
func (a *Article) Modified() time.Time {
	if a.Updated.IsZero() {
		return a.Date
	}
	return a.Updated
}

// National reports whether the article concerns no particular province.
func (a *Article) National() bool { return len(a.Provinces) == 0 }

// siteURL returns the percent-encoded site address of an output path.
func siteURL(outputPath string) string {
	parts := strings.Split(outputPath, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return "/" + strings.Join(parts, "/")
}

// newResource describes the file source, published at outputPath.
func newResource(source, outputPath string, size int64) Resource {
	return Resource{Source: source, Path: outputPath, URL: siteURL(outputPath), Size: size}
}

// Tag is a free topic. Tags whose slugs are equal are the same tag.
type Tag struct {
	Name string // as the editor wrote it: "nông thôn mới"
	Slug string // "nong-thon-moi"
}

// Resource is a file published with the site.
type Resource struct {
	Source string // path in the source tree: "content/x/ảnh.jpg", "static/images/a.jpg"
	Path   string // path in the output: "hoi-nghi/2024/x/ảnh.jpg" (NFC)
	URL    string // the same as a site address, percent-encoded: "/hoi-nghi/2024/x/%E1%BA%A3nh.jpg"
	Size   int64
	// Width and Height are an image's pixel size, when it could be read.
	Width, Height int
}

// Attachment is a file offered for download, such as a decision's PDF.
type Attachment struct {
	Resource
	Title string
}

// DecisionInfo describes an award decision (kind decision).
type DecisionInfo struct {
	Number     registry.DocumentNumber
	Signed     time.Time // zero when not given
	Signer     string
	Recipients int // 0 when not given
	// Honourees are those the decision honours, in its list's order, as
	// decision.honourees or the annex file (decision.honourees_file)
	// gives them; Annex is that file, when given.
	Honourees []Honouree
	Annex     *Resource
	// ListPath is the output path of the list as a CSV file, beside the
	// page, when there are honourees: danh-sach-946-qd-ubnd.csv, after
	// the decision's number.
	ListPath string
}

// ExemplarInfo describes an exemplar (kind exemplar).
type ExemplarInfo struct {
	Name  string
	Type  ExemplarType
	Field string
	// DecisionRef is the reference as written; Decision the decision
	// article it names, once resolved.
	DecisionRef string
	Decision    *Article
	refPos      metadata.Pos
}
