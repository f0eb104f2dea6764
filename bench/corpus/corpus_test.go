package corpus

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"vinhdanh/internal/config"
	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// generate returns the files of a corpus, in the order emitted.
func generate(t testing.TB, opts Options) (paths []string, files map[string][]byte) {
	t.Helper()
	files = map[string][]byte{}
	err := Generate(opts, func(p string, data []byte) error {
		if _, dup := files[p]; dup {
			t.Fatalf("%s emitted twice", p)
		}
		paths = append(paths, p)
		files[p] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return paths, files
}

func digest(paths []string, files map[string][]byte) [32]byte {
	h := sha256.New()
	for _, p := range paths {
		h.Write([]byte(p))
		h.Write([]byte{0})
		h.Write(files[p])
		h.Write([]byte{0})
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

func TestDeterministic(t *testing.T) {
	p1, f1 := generate(t, Options{Articles: 400})
	p2, f2 := generate(t, Options{Articles: 400})
	if digest(p1, f1) != digest(p2, f2) {
		t.Fatal("two runs with the same options differ")
	}
	p3, f3 := generate(t, Options{Articles: 400, Seed: DefaultSeed})
	if digest(p1, f1) != digest(p3, f3) {
		t.Error("seed 0 is not the default seed")
	}
	p4, f4 := generate(t, Options{Articles: 400, Seed: 7})
	if digest(p1, f1) == digest(p4, f4) {
		t.Error("a different seed gives the same corpus")
	}
}

func TestCount(t *testing.T) {
	for _, n := range []int{0, 1, 7, 100} {
		paths, _ := generate(t, Options{Articles: n})
		if len(paths) != n+1 || paths[0] != "site.yaml" {
			t.Errorf("n=%d: got %d files, first %q; want site.yaml and %d articles", n, len(paths), paths[0], n)
		}
		for _, p := range paths[1:] {
			if !strings.HasPrefix(p, "content/") || !strings.HasSuffix(p, ".md") {
				t.Errorf("n=%d: unexpected path %s", n, p)
			}
		}
	}
	if err := Generate(Options{Articles: -1}, func(string, []byte) error { return nil }); err == nil {
		t.Error("a negative count is accepted")
	}
}

func TestEmitError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Generate(Options{Articles: 10}, func(string, []byte) error {
		calls++
		if calls == 3 {
			return stop
		}
		return nil
	})
	if err != stop || calls != 3 {
		t.Errorf("Generate returned %v after %d calls; want the emit error after 3", err, calls)
	}
}

// load reads a generated corpus the way the builder does.
func load(t testing.TB, files map[string][]byte) (*content.Site, *config.Site) {
	t.Helper()
	fsys := fstest.MapFS{}
	for p, data := range files {
		fsys[p] = &fstest.MapFile{Data: data}
	}
	cfg, diags := config.Load(fsys)
	if len(diags) > 0 {
		t.Fatalf("site.yaml: %v", diags)
	}
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, cfg.Location)
	site, diags := content.Load(fsys, cfg, content.Options{Now: now})
	for i, d := range diags {
		if i == 20 {
			t.Errorf("... and %d more", len(diags)-20)
			break
		}
		t.Errorf("%s\n%s", d, excerpt(files[d.File], d.Line))
	}
	if t.Failed() {
		t.FailNow()
	}
	return site, cfg
}

func excerpt(src []byte, line int) string {
	lines := strings.Split(string(src), "\n")
	lo, hi := max(line-3, 0), min(line+2, len(lines))
	return strings.Join(lines[lo:hi], "\n")
}

func TestLoadsWithoutDiagnostics(t *testing.T) {
	for _, opts := range []Options{{Articles: 500}, {Articles: 300, Seed: 99}, {Articles: 1}, {Articles: 7, Seed: 3}} {
		_, files := generate(t, opts)
		site, _ := load(t, files)
		if got := len(site.Articles) + site.Drafts + site.Future; got != opts.Articles {
			t.Errorf("%+v: the loader found %d articles", opts, got)
		}
		if site.Future != 0 {
			t.Errorf("%+v: %d articles are dated after 2026-11-21", opts, site.Future)
		}
	}
}

// TestShape checks the corpus looks as the package documents.
func TestShape(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and loads 4,000 articles")
	}
	const n = 4000
	paths, files := generate(t, Options{Articles: n})
	site, _ := load(t, files)
	byPath := map[string]*content.Article{}
	for _, a := range site.Articles {
		byPath[a.Path] = a
	}
	share := func(count int) float64 { return float64(count) / n }
	var (
		kinds                                       = map[content.Kind]int{}
		national, multi, clustered, period, summary int
		toml, json, drafts, aliases, updated        int
		exemplars, exemplarRefs, tables, footnotes  int
		decisions, decisionTables, words            int
		minWords, maxWords                          = 1 << 30, 0
		numbers                                     = map[string]string{}
		last                                        = time.Date(2026, 6, 30, 23, 59, 59, 0, time.UTC)
		merger                                      = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	)
	for _, p := range paths[1:] {
		src := files[p]
		switch {
		case bytes.HasPrefix(src, []byte("+++")):
			toml++
		case bytes.HasPrefix(src, []byte("{")):
			json++
		}
		if !utf8.Valid(src) || vietnamese.NFC(string(src)) != string(src) {
			t.Errorf("%s: not NFC UTF-8", p)
		}
		a := byPath[p]
		if a == nil { // a draft
			drafts++
			continue
		}
		kinds[a.Kind]++
		if a.Date.After(last.In(a.Date.Location())) || a.Date.Year() < 2014 {
			t.Errorf("%s: dated %v, outside 2014-01-01 to 2026-06-30", p, a.Date)
		}
		if nw := len(strings.Fields(a.Title)); nw < 8 || nw > 16 {
			t.Errorf("%s: title has %d words: %q", p, nw, a.Title)
		}
		for _, u := range a.Provinces {
			if after := !a.Date.Before(merger.In(a.Date.Location())); after && !u.Current || !after && !u.Former {
				t.Errorf("%s: %s in an article dated %v", p, u.Name, a.Date)
			}
		}
		switch len(a.Provinces) {
		case 0:
			national++
		case 1:
		default:
			multi++
		}
		if a.Cluster != nil {
			clustered++
		}
		if !a.Period.IsZero() {
			period++
		}
		if a.Summary != "" {
			summary++
		}
		if len(a.Aliases) > 0 {
			aliases++
		}
		if !a.Updated.IsZero() {
			updated++
		}
		body := string(a.Body)
		if strings.ContainsAny(body, "{}") || strings.ContainsAny(a.Title, "{}") {
			t.Errorf("%s: a placeholder is left", p)
		}
		nw, paras := bodyShape(body)
		words += nw
		minWords, maxWords = min(minWords, nw), max(maxWords, nw)
		if nw < 300 || nw > 1000 {
			t.Errorf("%s: body has %d words", p, nw)
		}
		if paras < 4 || paras > 9 {
			t.Errorf("%s: body has %d paragraphs", p, paras)
		}
		if strings.Contains(body, "\n|---") {
			tables++
		}
		if strings.Contains(body, "[^1]:") {
			footnotes++
		}
		switch a.Kind {
		case content.Decision:
			decisions++
			if strings.Contains(body, "\n|---") {
				decisionTables++
			}
			num := a.Decision.Number.String()
			if other, dup := numbers[num]; dup {
				t.Errorf("%s: decision number %s is also %s's", p, num, other)
			}
			numbers[num] = p
			if !a.Decision.Signed.IsZero() && a.Decision.Signed.After(a.Date) {
				t.Errorf("%s: signed after its date", p)
			}
		case content.Exemplar:
			exemplars++
			if a.Exemplar.DecisionRef != "" {
				exemplarRefs++
				d := a.Exemplar.Decision
				if d == nil || !d.Date.Before(a.Date) {
					t.Errorf("%s: refers to %q, not an earlier published decision", p, a.Exemplar.DecisionRef)
				}
			}
		}
	}
	avg := words / len(site.Articles)
	t.Logf("kinds %v; national %.3f, several provinces %.3f, cluster %.3f, period %.2f, summary %.2f",
		kinds, share(national), share(multi), share(clustered), share(period), share(summary))
	t.Logf("TOML %.3f, JSON %.3f, drafts %.4f, aliases %.4f, updated %.3f; words %d..%d, average %d",
		share(toml), share(json), share(drafts), share(aliases), share(updated), minWords, maxWords, avg)
	t.Logf("exemplars referring to a decision %.2f; decisions with a table %.2f; tables %d, footnotes %d",
		float64(exemplarRefs)/float64(exemplars), float64(decisionTables)/float64(decisions), tables, footnotes)
	check := func(what string, got, lo, hi float64) {
		if got < lo || got > hi {
			t.Errorf("%s: %.3f, want %.3f to %.3f", what, got, lo, hi)
		}
	}
	check("conference share", share(kinds[content.Conference]), 0.26, 0.34)
	check("exemplar share", share(kinds[content.Exemplar]), 0.21, 0.29)
	check("decision share", share(kinds[content.Decision]), 0.16, 0.24)
	check("news share", share(kinds[content.News]), 0.21, 0.29)
	check("national share", share(national), 0.07, 0.13)
	check("several provinces", share(multi), 0.05, 0.11)
	check("cluster share", share(clustered), 0.03, 0.08)
	check("period share", share(period), 0.52, 0.68)
	check("summary share", share(summary), 0.42, 0.58)
	check("TOML share", share(toml), 0.03, 0.07)
	check("JSON share", share(json), 0.01, 0.035)
	check("draft share", share(drafts), 0.001, 0.012)
	check("alias share", share(aliases), 0.001, 0.012)
	check("exemplars with a decision", float64(exemplarRefs)/float64(exemplars), 0.45, 0.65)
	check("decisions with a table", float64(decisionTables)/float64(decisions), 0.25, 0.42)
	check("average words", float64(avg), 480, 640)
}

// bodyShape counts a body's words and paragraphs: blocks of text that are
// not headings, lists, tables, footnotes or the line that introduces a list.
func bodyShape(body string) (words, paras int) {
	for _, block := range strings.Split(strings.TrimSpace(body), "\n\n") {
		words += len(strings.Fields(block))
		switch {
		case strings.HasPrefix(block, "## "), strings.HasPrefix(block, "- "), strings.HasPrefix(block, "|"),
			strings.HasPrefix(block, "[^1]:"), strings.HasSuffix(block, ":"):
			continue
		}
		paras++
	}
	return words, paras
}

// TestRegistryNames checks that every award, province and cluster name the
// corpus writes is one the registry knows, so none is silently dropped.
func TestRegistryNames(t *testing.T) {
	reg := registry.Default()
	for _, list := range [][]awardSpec{provinceAwards, pmAwards, presidentAwards} {
		for _, s := range list {
			if a, err := reg.Award(s.name); err != nil || a.Name != s.name {
				t.Errorf("award %q: %v", s.name, err)
			}
		}
	}
	for _, list := range [][]string{individualAwards, collectiveAwards, householdAwards, orderAwards} {
		for _, name := range list {
			if a, err := reg.Award(name); err != nil || a.Name != name {
				t.Errorf("award %q: %v", name, err)
			}
		}
	}
	for _, c := range clusterSpecs {
		for _, m := range c.members {
			if u, err := reg.Province(m.name); err != nil || u.Name != m.name {
				t.Errorf("cluster %s: member %q: %v", c.name, m.name, err)
			}
		}
	}
	g := newGenerator(Options{Articles: 1})
	for _, u := range g.reg.Provinces() {
		if s := unaccented(u.Name); !g.resolves(s, u) {
			t.Logf("%q does not resolve to %s; the corpus writes the name instead", s, u.Name)
		}
		if !g.resolves(u.Slug, u) || !g.resolves(placeOf(u), u) {
			t.Errorf("%s: its slug or %q does not resolve", u.Name, placeOf(u))
		}
	}
	for _, tg := range tags {
		if vietnamese.Slug(tg.name) == "" {
			t.Errorf("tag %q has no slug", tg.name)
		}
	}
}

// TestTemplates fills every template of every pool in many articles, looking
// for unknown placeholders.
func TestTemplates(t *testing.T) {
	g := newGenerator(Options{Articles: 200})
	var pools []pool
	pools = append(pools, results, limits, directions, quotes, awarding, closings, context, eventLeads, attendance,
		conferenceIntros, conferenceItems, footnotes, occasions, decisionLeads, decisionReasons, decisionComposition,
		decisionCeremony, decisionIntros, decisionItems, newsGeneric, exLeadsPerson, exLeadsHousehold, exPerson,
		exCollective, exCollectiveMore, exHousehold, exQuotesPerson, exQuotesCollective, exRecognition, exClosings,
		exTitles, exTitlesHousehold, exHeadings, clusterTitlesEarly, clusterTitlesLate, clusterSentences, exLeadsCollective)
	for _, p := range conferenceTitles {
		pools = append(pools, p)
	}
	for _, p := range conferenceHeadings {
		pools = append(pools, p)
	}
	for _, p := range decisionTitles {
		pools = append(pools, p)
	}
	for _, s := range newsStories {
		pools = append(pools, s.titles, s.leads, s.body)
	}
	for _, f := range exFields {
		pools = append(pools, f.story, f.titles, f.headings)
	}
	for i, s := range g.plan() {
		a := g.article(i, s)
		if a.ex == nil || a.dec == nil {
			// Give every article both blocks, so every key can be filled.
			w := &writer{r: a.r, a: a, used: map[*template]bool{}}
			if a.ex == nil {
				a.ex = &exemplarInfo{name: "Nguyễn Văn An", display: "Nguyễn Văn An", short: "anh An", field: exFields[0],
					ref: &decisionRef{number: "01/QĐ-UBND", url: "/quyet-dinh/2020/a/"}}
			}
			if a.dec == nil {
				saved := a.body.Len()
				w.decision()
				a.body.Truncate(saved)
			}
		}
		w := &writer{r: a.r, a: a, used: map[*template]bool{}}
		for _, p := range pools {
			for _, tp := range p {
				if s := w.expand(tp.text); strings.ContainsAny(s, "{}") {
					t.Fatalf("%q fills to %q", tp.text, s)
				}
			}
		}
		for _, list := range [][]string{jobs} {
			for _, s := range list {
				if out := w.expand(s); strings.ContainsAny(out, "{}") {
					t.Fatalf("%q fills to %q", s, out)
				}
			}
		}
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	st, err := WriteDirStats(dir, Options{Articles: 30})
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 30 || st.Files != 31 || st.Bytes == 0 {
		t.Errorf("stats %+v", st)
	}
	// Writing again replaces the corpus, and leaves other files alone.
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteDir(dir, Options{Articles: 5}); err != nil {
		t.Fatalf("rewriting a corpus: %v", err)
	}
	var count int
	filepath.WalkDir(filepath.Join(dir, "content"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			count++
		}
		return nil
	})
	if count != 5 {
		t.Errorf("after rewriting, content/ holds %d files, want 5", count)
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Errorf("a file beside the corpus was removed: %v", err)
	}

	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "site.yaml"), []byte("title: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteDir(other, Options{Articles: 5}); !errors.Is(err, ErrNotCorpus) {
		t.Errorf("writing into a folder with another site: %v, want ErrNotCorpus", err)
	}
	if err := WriteDir(t.TempDir(), Options{Articles: 1}); err != nil {
		t.Errorf("writing into an empty folder: %v", err)
	}
}

func BenchmarkGenerate(b *testing.B) {
	var n int64
	for b.Loop() {
		n = 0
		err := Generate(Options{Articles: 2000}, func(p string, data []byte) error {
			n += int64(len(data))
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(n)
}

func TestSharedIsWrittenOnce(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	dir, err := Shared(20)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(dir) != "vinhdanh-corpus-20" {
		t.Errorf("folder %s", dir)
	}
	marker := filepath.Join(dir, "kept")
	if err := os.WriteFile(marker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	again, err := Shared(20)
	if err != nil || again != dir {
		t.Fatalf("second call: %s, %v", again, err)
	}
	if _, err := os.Stat(marker); err != nil {
		t.Error("the second call wrote the site again")
	}
	entries, _ := os.ReadDir(filepath.Dir(dir))
	if len(entries) != 1 {
		t.Errorf("%d entries beside the site, want none", len(entries)-1)
	}
}

// TestPhotos checks Options.Photos: a share of conferences and exemplars
// become page bundles with a lead photo that loads, and every other file
// is the one the corpus without photos has.
func TestPhotos(t *testing.T) {
	t.Parallel()
	plain := Options{Articles: 80}
	withPhotos := Options{Articles: 80, Photos: 0.5, PhotoWidth: 64, PhotoHeight: 48}
	_, without := generate(t, plain)
	_, files := generate(t, withPhotos)
	site, _ := load(t, files)
	photos := 0
	for _, a := range site.Articles {
		if a.Image != nil {
			photos++
			if a.Image.Width != 64 || a.Image.Height != 48 || a.ImageAlt == "" {
				t.Errorf("%s: image %+v, alt %q", a.Path, a.Image, a.ImageAlt)
			}
		}
	}
	if photos < 5 {
		t.Errorf("only %d articles of 80 have a photo at a share of 0.5", photos)
	}
	for p, data := range without {
		if bundle := strings.TrimSuffix(p, ".md") + "/index.md"; files[bundle] != nil {
			continue // became a bundle
		}
		if !bytes.Equal(files[p], data) {
			t.Errorf("%s differs with photos", p)
		}
	}
	_, again := generate(t, withPhotos)
	for p, data := range files {
		if !bytes.Equal(again[p], data) {
			t.Errorf("%s differs between two runs", p)
		}
	}
}

// TestHonourees checks Options.Honourees: the site builds's checks pass
// (every decision's list has its recipients' length, every row's type fits
// its award), some names are honoured twice, and the files that are not
// decisions are the same without it.
func TestHonourees(t *testing.T) {
	t.Parallel()
	_, without := generate(t, Options{Articles: 400})
	_, files := generate(t, Options{Articles: 400, Honourees: true})
	site, _ := load(t, files)
	names := map[string]int{}
	decisions, annexes := 0, 0
	for _, a := range site.Articles {
		if a.Decision == nil {
			continue
		}
		decisions++
		if a.Decision.Annex != nil {
			annexes++
		}
		if r := a.Decision.Recipients; r > 0 && r != len(a.Decision.Honourees) {
			t.Errorf("%s: %d recipients, %d honourees", a.Path, r, len(a.Decision.Honourees))
		}
		if len(a.Decision.Honourees) == 0 {
			t.Errorf("%s: no honourees", a.Path)
		}
		for _, h := range a.Decision.Honourees {
			names[h.Name]++
		}
	}
	again := 0
	for _, n := range names {
		if n > 1 {
			again++
		}
	}
	if decisions < 20 || annexes < decisions/2 || again < 5 {
		t.Errorf("%d decisions, %d with an annex, %d names honoured more than once", decisions, annexes, again)
	}
	// An exemplar that names its decision by path names the bundle's.
	bundled := regexp.MustCompile(`(content/quyet-dinh/[^"]*?)(/index)?\.md`)
	for p, data := range without {
		if strings.Contains(p, "/quyet-dinh/") {
			continue
		}
		if got := bundled.ReplaceAll(files[p], []byte("$1.md")); !bytes.Equal(got, data) {
			t.Errorf("%s differs with honourees", p)
		}
	}
}

// TestHonoureesInEveryFormat: a decision's honourees with their awards,
// as the generator writes them in YAML, TOML and JSON front matter, load
// without a diagnostic and keep their awards (a YAML flow map once went
// into TOML and JSON front matter, which read it as an error).
func TestHonoureesInEveryFormat(t *testing.T) {
	t.Parallel()
	_, files := generate(t, Options{Articles: 1})
	site := map[string][]byte{"site.yaml": files["site.yaml"]}
	for format, name := range []string{"yaml", "toml", "json"} {
		fm := &frontMatter{format: format, title: "Tặng bằng khen", date: "2024-05-01", kind: "decision", province: "Nghệ An",
			awards: []string{"Chiến sĩ thi đua cấp tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"},
			decision: &fmDecision{number: "12/QĐ-UBND", honourees: [][2]string{
				{"Lò Thị Hoa", "Chiến sĩ thi đua cấp tỉnh"}, {"Hà Văn Nam", "Bằng khen của Chủ tịch UBND tỉnh"}}}}
		var b bytes.Buffer
		fm.write(&b)
		b.WriteString("\nNội dung.\n")
		site["content/quyet-dinh/2024/"+name+".md"] = b.Bytes()
	}
	loaded, _ := load(t, site)
	if len(loaded.Articles) != 3 {
		t.Fatalf("%d articles", len(loaded.Articles))
	}
	for _, a := range loaded.Articles {
		if hs := a.Decision.Honourees; len(hs) != 2 || hs[1].Award == nil || hs[1].Award.Name != "Bằng khen của Chủ tịch UBND tỉnh" {
			t.Errorf("%s: honourees %+v", a.Path, hs)
		}
	}
}
