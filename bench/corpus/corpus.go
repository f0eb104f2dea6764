package corpus

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/testsupport/photo"
)

// Options choose the corpus.
type Options struct {
	Articles int    // how many articles
	Seed     uint64 // 0 means the default seed
	// Photos is the share (0 to 1) of articles given a lead photo (1: every
	// article has one, as the image benchmark wants): the article is then a page bundle, index.md beside anh.jpg, a
	// camera-like JPEG of PhotoWidth×PhotoHeight pixels (4000×3000 unless
	// set) with a camera make, an orientation and a GPS position in its
	// EXIF (see internal/testsupport/photo), different for every article.
	// Which articles get one depends on their number alone, so the rest of
	// the site is the same with photos or without.
	Photos                  float64
	PhotoWidth, PhotoHeight int
	// Honourees gives every decision the list of those it honours, as
	// many as its recipients: a few individuals' names in its front
	// matter, or an annex of its bundle (danh-sach-khen-thuong.csv, or
	// .xlsx for three in ten), with a share of the individuals honoured
	// by an earlier decision of the province too. Drawn apart from the
	// rest, so that the rest of the site is the same with it or without,
	// but for the decisions' recipients (the list's length) and bundles.
	Honourees bool
}

// photoName is the file name of an article's lead photo, in its bundle.
const photoName = "anh.jpg"

// DefaultSeed is the seed used when Options.Seed is 0.
const DefaultSeed uint64 = 20250701

// marker opens every generated site.yaml; WriteDir replaces only a folder
// whose site.yaml starts with it.
const marker = "# vinhdanh synthetic corpus"

// The corpus spans these dates, in the site's time zone (UTC+7, which has no
// daylight saving, so a fixed zone gives the same times as Asia/Ho_Chi_Minh).
var (
	zone      = time.FixedZone("ICT", 7*3600)
	firstDay  = time.Date(2014, 1, 1, 0, 0, 0, 0, zone)
	lastDay   = time.Date(2026, 6, 30, 0, 0, 0, 0, zone)
	mergerDay = time.Date(2025, 7, 1, 0, 0, 0, 0, zone)
)

// Generate produces the site's files in a fixed order, calling emit for each
// (path slash-separated relative to the site root, e.g. "site.yaml",
// "content/hoi-nghi/2021/....md"). Same Options -> byte-identical files.
// Each data slice is emit's to keep. Generate stops at the first error emit
// returns, and returns it.
func Generate(opts Options, emit func(path string, data []byte) error) error {
	if opts.Articles < 0 {
		return fmt.Errorf("corpus: the number of articles cannot be negative (%d)", opts.Articles)
	}
	g := newGenerator(opts)
	if err := emit("site.yaml", g.siteYAML()); err != nil {
		return err
	}
	// Photos are drawn and encoded on every processor (a camera-sized one
	// costs some 0.7 s), ahead of the files emitted in order: a queue of
	// files, each ready or waiting for its photo, at most a few per
	// processor long.
	type file struct {
		path string
		data []byte
		done chan struct{} // closed when data is ready; nil when it is
	}
	workers := runtime.GOMAXPROCS(0)
	var queue []*file
	flush := func(keep int) error {
		for len(queue) > keep {
			f := queue[0]
			queue = queue[1:]
			if f.done != nil {
				<-f.done
			}
			if err := emit(f.path, f.data); err != nil {
				return err
			}
		}
		return nil
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	sem := make(chan struct{}, workers)
	var buf bytes.Buffer
	for i, s := range g.plan() {
		a := g.article(i, s)
		var annexName string
		var annexData []byte
		if opts.Honourees && a.kind == content.Decision {
			var err error
			if annexName, annexData, err = g.honourees(a); err != nil {
				return err
			}
			if annexName != "" && !strings.HasSuffix(a.path, "/index.md") {
				a.path = strings.TrimSuffix(a.path, ".md") + "/index.md"
			}
		}
		buf.Reset()
		a.render(&buf)
		queue = append(queue, &file{path: a.path, data: bytes.Clone(buf.Bytes())})
		if annexName != "" {
			queue = append(queue, &file{path: path.Dir(a.path) + "/" + annexName, data: annexData})
		}
		if a.photo {
			w, h := cmp.Or(opts.PhotoWidth, 4000), cmp.Or(opts.PhotoHeight, 3000)
			f := &file{path: path.Dir(a.path) + "/" + photoName, done: make(chan struct{})}
			queue = append(queue, f)
			seed := g.seed ^ uint64(a.index+1)*0x9e3779b97f4a7c15
			sem <- struct{}{}
			wg.Go(func() {
				defer func() { <-sem }()
				f.data = photo.Camera(seed, w, h, 1)
				close(f.done)
			})
		}
		g.record(a)
		if err := flush(4 * workers); err != nil {
			return err
		}
	}
	return flush(0)
}

// Stats counts what WriteDirStats wrote.
type Stats struct {
	Articles int   // article files, drafts included
	Files    int   // every file, site.yaml included
	Bytes    int64 // their total size
}

// WriteDir writes the site into dir (creating folders).
func WriteDir(dir string, opts Options) error {
	_, err := WriteDirStats(dir, opts)
	return err
}

// Shared returns the folder of a generated site of n articles (with the
// default seed) under the temporary folder, vinhdanh-corpus-N, writing it
// the first time: the benchmarks and bench/compare reuse it across runs.
func Shared(n int) (string, error) {
	return SharedWith(Options{Articles: n})
}

// SharedWith is Shared for any options: the folder's name says what it
// holds (vinhdanh-corpus-1000-seed-S-photos-1-4000x3000-honourees when the
// seed, photos and honourees are not the defaults), so that sites of different options are
// kept apart. It is written beside its place and renamed into it, so that
// a run cut short leaves no half-written site to be reused.
func SharedWith(opts Options) (string, error) {
	name := fmt.Sprintf("vinhdanh-corpus-%d", opts.Articles)
	if opts.Seed != 0 && opts.Seed != DefaultSeed {
		name += fmt.Sprintf("-seed-%d", opts.Seed)
	}
	if opts.Photos > 0 {
		name += fmt.Sprintf("-photos-%g-%dx%d", opts.Photos, cmp.Or(opts.PhotoWidth, 4000), cmp.Or(opts.PhotoHeight, 3000))
	}
	if opts.Honourees {
		name += "-honourees"
	}
	dir := filepath.Join(os.TempDir(), name)
	if _, err := os.Stat(filepath.Join(dir, "site.yaml")); err == nil {
		return dir, nil
	}
	tmp := dir + fmt.Sprintf(".tmp-%d", os.Getpid())
	if err := WriteDir(tmp, opts); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		// Another run may have put its copy there first.
		if _, statErr := os.Stat(filepath.Join(dir, "site.yaml")); statErr != nil {
			return "", err
		}
	}
	return dir, nil
}

// ErrNotCorpus is returned by WriteDir for a folder that is not empty and
// does not hold a corpus written before.
var ErrNotCorpus = errors.New("the folder is not empty and does not hold a generated corpus")

// WriteDirStats is WriteDir that also reports what it wrote. dir must be
// missing, empty, or hold a corpus written before, whose site.yaml and
// content/ are then replaced; anything else in it is left alone.
func WriteDirStats(dir string, opts Options) (Stats, error) {
	var st Stats
	if err := prepare(dir); err != nil {
		return st, err
	}
	// Files are written by a few goroutines while the next ones are
	// generated; folders are made first, in order.
	type file struct {
		path string
		data []byte
	}
	files := make(chan file, 64)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		writeErr error
	)
	for range 3 {
		wg.Go(func() {
			for f := range files {
				if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
					mu.Lock()
					writeErr = cmp.Or(writeErr, err)
					mu.Unlock()
				}
			}
		})
	}
	failed := func() error {
		mu.Lock()
		defer mu.Unlock()
		return writeErr
	}
	made := map[string]bool{}
	err := Generate(opts, func(p string, data []byte) error {
		if err := failed(); err != nil {
			return err
		}
		full := filepath.Join(dir, filepath.FromSlash(p))
		parent := filepath.Dir(full)
		if !made[parent] {
			if err := os.MkdirAll(parent, 0o755); err != nil {
				return err
			}
			made[parent] = true
		}
		files <- file{full, data}
		st.Files++
		st.Bytes += int64(len(data))
		if strings.HasSuffix(p, ".md") {
			st.Articles++
		}
		return nil
	})
	close(files)
	wg.Wait()
	return st, cmp.Or(err, writeErr)
}

// prepare checks that dir may receive a corpus, and clears an old one.
func prepare(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil
	}
	if err != nil {
		return err
	}
	head := make([]byte, len(marker))
	f, err := os.Open(filepath.Join(dir, "site.yaml"))
	if err == nil {
		_, err = io.ReadFull(f, head)
		f.Close()
	}
	if err != nil || string(head) != marker {
		return fmt.Errorf("%s: %w (its site.yaml does not start with %q)", dir, ErrNotCorpus, marker)
	}
	if err := os.RemoveAll(filepath.Join(dir, "content")); err != nil {
		return err
	}
	return os.Remove(filepath.Join(dir, "site.yaml"))
}

// slot is one article's place in the plan: when it is dated and what kind
// it is. The plan is made before any article is written, so that articles
// can be written in date order and refer to earlier ones.
type slot struct {
	t    time.Time
	kind content.Kind
}

// generator holds what articles share: the registry, and what earlier
// articles left for later ones to refer to.
type generator struct {
	seed   uint64
	n      int
	photos float64 // Options.Photos
	reg    *registry.Registry

	former, current []*registry.ProvinceUnit // the units of each era
	clusters        []*cluster
	awards          awardSets

	// decisions are the published decision articles so far, in date order;
	// byUnit indexes them by the current unit of their province.
	decisions []decisionRef
	byUnit    map[*registry.ProvinceUnit][]int
	numbers   map[string]bool // every decision number used
	counters  map[string]int  // last sequence number per issuer and year
	// people are the individuals decisions honoured, by province (see
	// honourees).
	people map[string][]honouree
}

func newGenerator(opts Options) *generator {
	seed := opts.Seed
	if seed == 0 {
		seed = DefaultSeed
	}
	g := &generator{
		seed:     seed,
		n:        opts.Articles,
		photos:   opts.Photos,
		reg:      registry.Default(),
		byUnit:   map[*registry.ProvinceUnit][]int{},
		numbers:  map[string]bool{},
		counters: map[string]int{},
		people:   map[string][]honouree{},
	}
	for _, u := range g.reg.Provinces() {
		if u.Former {
			g.former = append(g.former, u)
		}
		if u.Current {
			g.current = append(g.current, u)
		}
	}
	g.clusters = g.newClusters()
	g.awards = newAwardSets(g.reg)
	return g
}

// yearWeights make recent years denser; 2026 has only its first half.
func yearWeight(y int) float64 {
	w := 1 + 0.16*float64(y-2014)
	if y == 2026 {
		w /= 2
	}
	return w
}

// monthWeights favour the year-end reviews, January's conferences and June,
// the month of the 1948 appeal for patriotic emulation.
var monthWeights = [12]float64{1.3, 0.7, 1.0, 0.9, 1.0, 1.35, 0.9, 0.85, 0.9, 1.0, 1.05, 1.45}

// plan dates every article and gives it a kind, in date order.
func (g *generator) plan() []slot {
	r := rand.New(rand.NewPCG(g.seed, 0x706c616e))
	var years []int
	var yearCum []float64
	total := 0.0
	for y := firstDay.Year(); y <= lastDay.Year(); y++ {
		total += yearWeight(y)
		years = append(years, y)
		yearCum = append(yearCum, total)
	}
	slots := make([]slot, g.n)
	for i := range slots {
		x := r.Float64() * total
		yi, _ := slices.BinarySearch(yearCum, x)
		year := years[min(yi, len(years)-1)]
		months := 12
		if year == lastDay.Year() {
			months = int(lastDay.Month())
		}
		mt := 0.0
		for m := range months {
			mt += monthWeights[m]
		}
		x = r.Float64() * mt
		month := 0
		for month < months-1 && x >= monthWeights[month] {
			x -= monthWeights[month]
			month++
		}
		days := time.Date(year, time.Month(month+2), 0, 0, 0, 0, 0, zone).Day()
		day := 1 + r.IntN(days)
		var hour int
		switch x := r.Float64(); {
		case x < 0.5:
			hour = between(r, 7, 11)
		case x < 0.85:
			hour = between(r, 13, 17)
		default:
			hour = between(r, 18, 22)
		}
		minute := r.IntN(60)
		if chance(r, 0.7) {
			minute -= minute % 5
		}
		t := time.Date(year, time.Month(month+1), day, hour, minute, r.IntN(60), 0, zone)
		var kind content.Kind
		switch x := r.Float64(); {
		case x < 0.30:
			kind = content.Conference
		case x < 0.55:
			kind = content.Exemplar
		case x < 0.75:
			kind = content.Decision
		default:
			kind = content.News
		}
		slots[i] = slot{t: t, kind: kind}
	}
	slices.SortStableFunc(slots, func(a, b slot) int { return a.t.Compare(b.t) })
	return slots
}

func itoa(n int) string { return strconv.Itoa(n) }
