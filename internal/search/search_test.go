package search

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"vinhdanh/internal/vietnamese"
)

var update = flag.Bool("update", false, "rewrite testdata/fold-cases.json")

// foldCases are the folding cases the Go side and the browser client must
// agree on: every assigned character below U+3000 alone, and Vietnamese words.
func foldCases() [][2]string {
	var cases [][2]string
	for r := rune(0x20); r < 0x3000; r++ {
		if !assigned(r) {
			continue // the browser may know a later Unicode than Go does
		}
		s := string(r)
		cases = append(cases, [2]string{s, vietnamese.Fold(s)})
	}
	for _, s := range []string{
		"Thi đua yêu nước", "ĐIỂN HÌNH TIÊN TIẾN", "Đường", "biểu dương", "khen thưởng", "Ðắk Lắk",
		"Hòa Bình", "Hoà Bình", "Quyết định 946/QĐ-UBND", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế",
		"Nghệ An", "Ωμέγα", "Ÿ", "İstanbul", "ﬁ",
	} {
		cases = append(cases, [2]string{s, vietnamese.Fold(s)})
	}
	return cases
}

// assigned reports whether r is a character in Go's Unicode tables (and so
// not a surrogate or an unassigned code point).
func assigned(r rune) bool {
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf)
}

// TestFoldCases keeps testdata/fold-cases.json in step with the Go side;
// the client's test reads the same file.
func TestFoldCases(t *testing.T) {
	data, err := json.Marshal(foldCases())
	if err != nil {
		t.Fatal(err)
	}
	const file = "testdata/fold-cases.json"
	if *update {
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(file)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("%s is out of date with the Go folding; run go test ./internal/search -run TestFoldCases -update", file)
	}
}

// testDocs is a small collection with the cases the ranking must get right.
func testDocs() []Doc {
	day := func(n int) time.Time { return time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC).AddDate(0, 0, -n) }
	return []Doc{
		{ID: 0, URL: "/tin-tuc/2024/duong/", Title: "Làm đường giao thông nông thôn", Text: "Xã mở rộng con đường liên thôn.", Date: day(0), Kind: 3, Places: "Nghệ An", Provinces: []string{"nghe-an"}},
		{ID: 1, URL: "/hoi-nghi/2023/bieu-duong/", Title: "Biểu dương điển hình tiên tiến", Text: "Tỉnh biểu dương 45 tập thể, cá nhân.", Date: day(30), Kind: 0, Places: "Bắc Kạn", Provinces: []string{"bac-kan", "thai-nguyen"}},
		{ID: 2, URL: "/tin-tuc/2023/thi-dua/", Title: "Phát động phong trào thi đua", Text: "Phong trào thi đua yêu nước lan rộng.", Date: day(60), Kind: 3, Places: "Thái Nguyên", Provinces: []string{"thai-nguyen"}},
		{ID: 3, URL: "/quyet-dinh/2023/khen-thuong/", Title: "Quyết định khen thưởng", Text: "Chủ tịch UBND tỉnh ký quyết định khen thưởng 12 tập thể.", Date: day(90), Kind: 2, Places: "Nghệ An", Provinces: []string{"nghe-an"}},
		{ID: 4, URL: "/tin-tuc/2022/roi-rac/", Title: "Tin vắn", Text: "Khen ngợi tinh thần. Nhiều nội dung khác nhau ở giữa đoạn này. Cuối cùng là giải thưởng.", Date: day(400), Kind: 3},
	}
}

// built is an index built in memory.
type built struct {
	Config Config
	Files  map[string][]byte
}

func buildIndex(t *testing.T, docs []Doc, order []int) *built {
	t.Helper()
	return buildConcurrently(t, docs, order, 1)
}

// buildConcurrently adds the documents in the given order from several
// goroutines.
func buildConcurrently(t *testing.T, docs []Doc, order []int, goroutines int) *built {
	t.Helper()
	b := NewBuilder(len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range goroutines {
		wg.Go(func() {
			for i := range next {
				if err := b.Add(docs[i]); err != nil {
					t.Error(err)
				}
			}
		})
	}
	for _, i := range order {
		next <- i
	}
	close(next)
	wg.Wait()
	out := &built{Files: map[string][]byte{}}
	var mu sync.Mutex
	config, err := b.Finish(func(name string, data []byte) error {
		mu.Lock()
		defer mu.Unlock()
		if out.Files[name] != nil {
			t.Errorf("%s written twice", name)
		}
		out.Files[name] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	out.Config = config
	return out
}

func TestBuildIsDeterministic(t *testing.T) {
	docs := testDocs()
	// Enough for terms of several blocks, and for Finish to count and
	// invert the documents in four blocks at GOMAXPROCS 4; some words are
	// in every block, some in a few.
	for i := range 4500 {
		docs = append(docs, Doc{ID: len(docs), URL: fmt.Sprintf("/a/%d/", i), Title: "Khen thưởng thi đua",
			Text: strings.Repeat("Thi đua yêu nước, khen thưởng kịp thời. ", i%5+1) + fmt.Sprintf("Đợt %d, Đường %d.", i%37, i/1000),
			Date: testDocs()[4].Date})
	}
	inOrder := make([]int, len(docs))
	for i := range inOrder {
		inOrder[i] = i
	}
	old := runtime.GOMAXPROCS(1)
	first := buildIndex(t, docs, inOrder)
	runtime.GOMAXPROCS(4)
	defer runtime.GOMAXPROCS(old)
	for goroutines := range 5 {
		order := rand.Perm(len(docs))
		again := buildConcurrently(t, docs, order, goroutines+1)
		if again.Config.Version != first.Config.Version || !maps.EqualFunc(again.Files, first.Files, bytes.Equal) {
			t.Fatalf("adding in another order from %d goroutines gave another index", goroutines+1)
		}
	}
	if err := NewBuilder(1).Add(Doc{ID: 1}); err == nil {
		t.Error("a document number out of range should be an error")
	}
	b := NewBuilder(1)
	if err := b.Add(Doc{ID: 0}); err != nil {
		t.Fatal(err)
	}
	if err := b.Add(Doc{ID: 0}); err == nil {
		t.Error("adding a document twice should be an error")
	}
}

// decodedTerm is a term as the client reads it from its shard.
type decodedTerm struct {
	df       int
	variants []string
	docs     []int // the postings of highest impact, by document
	impacts  []int
	masks    []int
	all      []int // every document, when the postings are not all
}

// readTerm decodes a term from its shard, as the client does.
func readTerm(t *testing.T, out *built, key string) decodedTerm {
	t.Helper()
	term, ok := readShard(t, out, ShardOf(key, out.Config.Shards))[key]
	if !ok {
		t.Fatalf("term %q not in its shard", key)
	}
	return term
}

// readShard decodes every term of a shard.
func readShard(t *testing.T, out *built, shard int) map[string]decodedTerm {
	t.Helper()
	data := out.Files[fmt.Sprintf("s/%04x.bin", shard)]
	if !bytes.HasPrefix(data, []byte(Magic)) {
		t.Fatalf("shard %d has no magic", shard)
	}
	r := bytes.NewReader(data[len(Magic):])
	uv := func() int { v, _ := binary.ReadUvarint(r); return int(v) }
	str := func() string { n := uv(); b := make([]byte, n); _, _ = r.Read(b); return string(b) }
	terms := map[string]decodedTerm{}
	count := uv()
	for range count {
		name := str()
		var term decodedTerm
		term.df = uv()
		nv, _ := r.ReadByte()
		for range int(nv) {
			term.variants = append(term.variants, str())
		}
		doc := -1
		for range uv() {
			doc += uv() + 1
			imp, _ := r.ReadByte()
			mask, _ := r.ReadByte()
			term.docs, term.impacts, term.masks = append(term.docs, doc), append(term.impacts, int(imp)), append(term.masks, int(mask))
		}
		if !slices.IsSorted(term.docs) {
			t.Errorf("%s: postings not in document order", name)
		}
		if len(term.docs) < term.df {
			term.all = readDocSet(t, r)
		}
		terms[name] = term
	}
	if r.Len() != 0 {
		t.Errorf("shard %d has %d bytes after its terms", shard, r.Len())
	}
	return terms
}

// readDocSet decodes a set of documents.
func readDocSet(t *testing.T, r *bytes.Reader) []int {
	t.Helper()
	kind, _ := r.ReadByte()
	n, _ := binary.ReadUvarint(r)
	var docs []int
	switch kind {
	case docList:
		doc := -1
		for range n {
			gap, _ := binary.ReadUvarint(r)
			doc += int(gap) + 1
			docs = append(docs, doc)
		}
	case docBitmap, docMixed:
		bits := make([]byte, n)
		_, _ = r.Read(bits)
		for i, b := range bits {
			for j := range 8 {
				if b&(1<<j) != 0 {
					docs = append(docs, i*8+j)
				}
			}
		}
		if kind == docMixed {
			count, _ := binary.ReadUvarint(r)
			doc := int(n)*8 - 1
			for range count {
				gap, _ := binary.ReadUvarint(r)
				doc += int(gap) + 1
				docs = append(docs, doc)
			}
		}
	default:
		t.Fatalf("document set of kind %d", kind)
	}
	return docs
}

func TestIndexContents(t *testing.T) {
	out := buildIndex(t, testDocs(), []int{0, 1, 2, 3, 4})
	duong := readTerm(t, out, "duong")
	if !slices.Contains(duong.variants, "đường") || !slices.Contains(duong.variants, "dương") {
		t.Fatalf("variants of duong = %v", duong.variants)
	}
	bit := slices.Index(duong.variants, "đường")
	for i, d := range duong.docs {
		if has := duong.masks[i]&(1<<bit) != 0; has != (d == 0) {
			t.Errorf("doc %d marked with đường = %v", d, has)
		}
	}
	if docs := readTerm(t, out, "thi dua").docs; !slices.Equal(docs, []int{2}) {
		t.Errorf("pair 'thi dua' in %v", docs)
	}
	if docs := readTerm(t, out, "khen thuong").docs; !slices.Equal(docs, []int{3}) {
		t.Errorf("pair 'khen thuong' in %v (the scattered words must not make a pair)", docs)
	}
	// The title weighs more: doc 0 has duong in its title.
	if duong.docs[0] != 0 || duong.impacts[0] <= duong.impacts[1] {
		t.Errorf("duong: docs %v impacts %v", duong.docs, duong.impacts)
	}
	// Records are a whole file of a JSON array, one a document.
	var recs [][]any
	if err := json.Unmarshal(out.Files["r/0.json"], &recs); err != nil || len(recs) != len(testDocs()) || recs[1][0] != "/hoi-nghi/2023/bieu-duong/" {
		t.Errorf("records = %v, %v", recs, err)
	}
	if len(out.Config.Years) != 3 || out.Config.Years[0].Year != 2024 {
		t.Errorf("years = %v", out.Config.Years)
	}
	if got := readDocSet(t, bytes.NewReader(out.Files["p/thai-nguyen.bin"])); !slices.Equal(got, []int{1, 2}) {
		t.Errorf("Thái Nguyên's list = %v", got)
	}
	if got := readDocSet(t, bytes.NewReader(out.Files["k/3.bin"])); !slices.Equal(got, []int{0, 2, 4}) {
		t.Errorf("the news kind's list = %v", got)
	}
}

// TestFieldsAndHonourees: a term met only in a document's other fields
// marks its posting FieldsOnly, and the record carries the reasons;
// honourees are documents of their own kinds, in the kinds' lists but in
// no year.
func TestFieldsAndHonourees(t *testing.T) {
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	docs := []Doc{
		{ID: 0, URL: "/quyet-dinh/2024/qd/", Title: "Khen thưởng giáo viên", Text: "Tặng bằng khen cho giáo viên có thành tích.", Date: day, Kind: 2,
			Fields: []Field{{Text: "Huân chương Lao động hạng Ba", Weight: 2, Why: "a"}, {Text: "946/QĐ-UBND", Weight: 3, Why: "n"}, {Text: "Lò Thị Hoa. Giàng A Páo.", Weight: 2}}},
		{ID: 1, URL: "/tin-tuc/2023/lao-dong/", Title: "Người lao động giỏi", Text: "Huân chương lao động.", Date: day.AddDate(-1, 0, 0), Kind: 3,
			Fields: []Field{{Text: "Huân chương Lao động hạng Ba", Weight: 2, Why: "a"}}},
		{ID: 2, URL: "/vinh-danh/lo-thi-hoa-lai-chau/", Title: "Lò Thị Hoa", Summary: "Giáo viên", Date: day, Kind: HonoureeKind},
		{ID: 3, URL: "/vinh-danh/truong-a/", Title: "Trường Tiểu học A", Date: day, Kind: CollectiveKind},
	}
	out := buildIndex(t, docs, []int{3, 1, 0, 2})
	lo := readTerm(t, out, "lo")
	for i, d := range lo.docs {
		if only := lo.masks[i]&FieldsOnly != 0; only != (d == 0) {
			t.Errorf("lo in doc %d: fields only = %v", d, only)
		}
		if named := lo.masks[i]&InName != 0; named != (d == 2) {
			t.Errorf("lo in doc %d: in an honouree's name = %v", d, named)
		}
	}
	huan := readTerm(t, out, "huan chuong")
	for i, d := range huan.docs {
		if only := huan.masks[i]&FieldsOnly != 0; only != (d == 0) {
			t.Errorf("huan chuong in doc %d: fields only = %v (doc 1 has it in its body too)", d, only)
		}
	}
	var recs [][]any
	if err := json.Unmarshal(out.Files["r/0.json"], &recs); err != nil {
		t.Fatal(err)
	}
	if why, _ := json.Marshal(recs[0][6]); string(why) != `[["a","Huân chương Lao động hạng Ba"],["n","946/QĐ-UBND"]]` {
		t.Errorf("reasons of record 0: %s", why)
	}
	if len(recs[2]) != 6 {
		t.Errorf("record 2 has no reasons, but %v", recs[2])
	}
	if got := readDocSet(t, bytes.NewReader(out.Files["k/4.bin"])); !slices.Equal(got, []int{2}) {
		t.Errorf("individuals = %v", got)
	}
	if got := readDocSet(t, bytes.NewReader(out.Files["k/5.bin"])); !slices.Equal(got, []int{3}) {
		t.Errorf("collectives = %v", got)
	}
	if y := out.Config.Years; len(y) != 2 || y[0] != (YearRange{2024, 0, 0}) || y[1] != (YearRange{2023, 1, 1}) {
		t.Errorf("years = %v (honourees are in none)", y)
	}
	if err := NewBuilder(1).Add(Doc{ID: 0, URL: "/a/", Kind: Kinds}); err == nil {
		t.Error("kind 6 accepted")
	}
}

func TestRecordsFitSlots(t *testing.T) {
	long := strings.Repeat("Đại hội thi đua yêu nước lần thứ nhất ", 40)
	for _, d := range []Doc{
		{URL: "/a/", Title: long, Summary: long, Date: time.Now()},
		{URL: "/a/", Title: "Ngắn", Summary: long, Date: time.Now(), Places: long},
		{URL: "/a/", Title: `Có "ngoặc" và \ gạch`, Summary: "<b>&</b>", Date: time.Now()},
		// An address that leaves no room for a summary, or for a title:
		// content allows output paths of 400 bytes (content.MaxPathBytes).
		{URL: "/tin-tuc/2024/" + strings.Repeat("a", 330) + "/", Title: long, Summary: long, Date: time.Now(), Places: long},
		{URL: "/tin-tuc/2024/" + strings.Repeat("a", 375) + "/", Title: long, Summary: long, Date: time.Now(), Places: long},
		{URL: "/a/", Title: strings.Repeat("\x01\"", 100), Summary: strings.Repeat("\u2028", 300), Date: time.Now(), Places: strings.Repeat("\x1b", 80)},
	} {
		rec, err := encodeRecord(d)
		if err != nil {
			t.Errorf("%.40s: %v", d.URL, err)
			continue
		}
		var v []any
		if len(rec) > RecordSize || json.Unmarshal(rec, &v) != nil {
			t.Errorf("record of %d bytes does not fit or parse: %s", len(rec), rec)
		}
	}
}

// TestRecordTooLong: an address longer than a slot is an error, at once,
// not a loop.
func TestRecordTooLong(t *testing.T) {
	d := Doc{URL: "/tin-tuc/2024/" + strings.Repeat("a", 600) + "/", Title: "Tiêu đề", Summary: "Tóm tắt", Date: time.Now()}
	if rec, err := encodeRecord(d); err == nil {
		t.Errorf("record of %d bytes, no error", len(rec))
	}
}

// TestClient runs the browser client's tests in Node against indexes that
// this package builds: decoding, ranking and folding. The large index has
// terms in more documents than BlockSize, so that the client intersects
// document sets; its expected results are worked out here by brute force.
func TestClient(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("the client's tests need Node.js")
		}
		t.Skip("the client's tests need Node.js (Debian package nodejs)")
	}
	// Reading the scripts here tells go test's cache that the result
	// depends on them; Node's reads are not seen.
	for _, script := range []string{"testdata/client.test.js", "../../themes/default/static/js/search.js"} {
		if _, err := os.ReadFile(script); err != nil {
			t.Fatal(err)
		}
	}
	small := writeIndex(t, buildIndex(t, testDocs(), []int{0, 1, 2, 3, 4}))
	docs := largeDocs()
	large := writeIndex(t, buildIndex(t, docs, rand.Perm(len(docs))))
	expect, err := json.Marshal(largeExpectations(docs))
	if err != nil {
		t.Fatal(err)
	}
	expectFile := filepath.Join(t.TempDir(), "expect.json")
	if err := os.WriteFile(expectFile, expect, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "--test", "testdata/client.test.js")
	cmd.Env = append(os.Environ(), "VINHDANH_INDEX="+small, "VINHDANH_LARGE_INDEX="+large,
		"VINHDANH_LARGE_EXPECT="+expectFile, "VINHDANH_FOLD_CASES=testdata/fold-cases.json")
	output, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node --test failed: %v\n%s", err, output)
	}
	if !strings.Contains(string(output), "# fail 0") || strings.Contains(string(output), "# skipped ") && !strings.Contains(string(output), "# skipped 0") {
		t.Fatalf("node --test output:\n%s", output)
	}
}

// writeIndex writes a built index and its config.json into a folder.
func writeIndex(t *testing.T, out *built) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range out.Files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	config, err := json.Marshal(out.Config)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.json"), config, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// largeDocs are 1,500 documents of phrases drawn at random (with a fixed
// seed), so that common terms are in far more documents than BlockSize.
func largeDocs() []Doc {
	phrases := []string{"thi đua", "yêu nước", "khen thưởng", "con đường", "biểu dương", "điển hình",
		"tiên tiến", "nông thôn", "giáo dục", "Nghệ An", "Khen", "thưởng", "đua thuyền"}
	rng := rand.New(rand.NewPCG(1, 2))
	docs := make([]Doc, 1500)
	for i := range docs {
		var text strings.Builder
		for range 3 + rng.IntN(6) {
			text.WriteString(phrases[rng.IntN(len(phrases))])
			if rng.IntN(3) == 0 {
				text.WriteString(". ")
			} else {
				text.WriteString(" ")
			}
		}
		province := []string{"nghe-an", "bac-kan", "thai-nguyen"}[rng.IntN(3)]
		docs[i] = Doc{ID: i, URL: fmt.Sprintf("/tin-tuc/%d/", i), Title: "Tin " + strconv.Itoa(i), Text: text.String(),
			Date: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -i), Kind: rng.IntN(4), Provinces: []string{province}}
	}
	return docs
}

// expectation is a query, the terms the client should look up for it, its
// filters, and the documents that hold every term and pass the filters.
type expectation struct {
	Query   string            `json:"query"`
	Terms   []string          `json:"terms"`
	Filters map[string]string `json:"filters"`
	Docs    []int             `json:"docs"`
}

func largeExpectations(docs []Doc) []expectation {
	holds := make([]map[string]bool, len(docs))
	for i, d := range docs {
		holds[i] = map[string]bool{}
		for _, text := range []string{d.Title, d.Text} {
			tokens := Tokenize(text)
			for j, tk := range tokens {
				holds[i][tk.Folded] = true
				if tk.Joined && j > 0 {
					holds[i][tokens[j-1].Folded+" "+tk.Folded] = true
				}
			}
		}
	}
	cases := []expectation{
		{Query: "thi đua", Terms: []string{"thi dua"}},
		{Query: "thi ddua yeu nuoc", Terms: []string{"thi dua", "yeu nuoc"}},
		{Query: "khen thưởng", Terms: []string{"khen thuong"}},
		{Query: "duong", Terms: []string{"duong"}},
		{Query: "điển hình tiên tiến", Terms: []string{"dien hinh", "tien tien"}},
		{Query: "con đường nông thôn", Terms: []string{"con duong", "nong thon"}},
		{Query: "thi dua", Terms: []string{"thi dua"}, Filters: map[string]string{"province": "nghe-an"}},
		{Query: "khen thuong", Terms: []string{"khen thuong"}, Filters: map[string]string{"kind": "2"}},
		{Query: "yeu nuoc", Terms: []string{"yeu nuoc"}, Filters: map[string]string{"year": "2025", "kind": "1"}},
	}
	for c := range cases {
		e := &cases[c]
		e.Docs = []int{}
		for i, d := range docs {
			ok := true
			for _, term := range e.Terms {
				ok = ok && holds[i][term]
			}
			if p := e.Filters["province"]; p != "" && !slices.Contains(d.Provinces, p) {
				ok = false
			}
			if k := e.Filters["kind"]; k != "" && k != strconv.Itoa(d.Kind) {
				ok = false
			}
			if y := e.Filters["year"]; y != "" && y != strconv.Itoa(d.Date.Year()) {
				ok = false
			}
			if ok {
				e.Docs = append(e.Docs, i)
			}
		}
	}
	return cases
}

// TestLargeTerms checks a term in more documents than BlockSize: its shard
// holds its postings of highest impact and the set of all its documents.
func TestLargeTerms(t *testing.T) {
	const n = 3*BlockSize + 17
	const titled = 100 // documents with thi đua in their title too, which weighs more
	docs := make([]Doc, n)
	for i := range docs {
		title := "Tin vắn"
		if i%15 == 0 && i/15 < titled {
			title = "Thi đua"
		}
		text := "Phong trào thi đua lan rộng. " + strings.Repeat("khác ", i%13)
		if i%3 == 1 {
			// A term in every document would weigh nothing.
			text = "Phong trào lan rộng. " + strings.Repeat("khác ", i%13)
		}
		if i%3 == 0 {
			text += " Nghệ An"
		}
		docs[i] = Doc{ID: i, URL: fmt.Sprintf("/a/%d/", i), Title: title, Text: text, Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	}
	out := buildIndex(t, docs, rand.Perm(n))
	dua := readTerm(t, out, "dua")
	if want := n - (n+1)/3; dua.df != want || len(dua.docs) != BlockSize || len(dua.all) != want {
		t.Fatalf("dua: df %d, %d postings, a set of %d", dua.df, len(dua.docs), len(dua.all))
	}
	// The postings held are those of highest impact.
	for i := range titled {
		if !slices.Contains(dua.docs, i*15) {
			t.Errorf("document %d, with thi đua in its title, is not among the postings held", i*15)
		}
	}
	// Dense sets are bitmaps, sparse ones lists; both decode the same.
	an := readTerm(t, out, "nghe an")
	if len(an.docs) != BlockSize || len(an.all) != (n+2)/3 {
		t.Errorf("nghe an: %d postings, a set of %d", len(an.docs), len(an.all))
	}
	for _, docs := range [][]int32{{}, {0}, {5, 9, 4000}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}} {
		enc := appendDocSet(nil, docs)
		got := readDocSet(t, bytes.NewReader(enc))
		if len(got) != len(docs) {
			t.Errorf("%v decodes as %v", docs, got)
		}
		for i := range got {
			if int32(got[i]) != docs[i] {
				t.Errorf("%v decodes as %v", docs, got)
			}
		}
	}
	if enc := appendDocSet(nil, []int32{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}); enc[0] != docBitmap {
		t.Error("a dense set should be a bitmap")
	}
}

// TestWhyTexts: reasons of one code are joined while they fit, whole and
// each once; a first one too long is cut with an ellipsis.
func TestWhyTexts(t *testing.T) {
	long := strings.Repeat("Huân chương ", 12)
	awards := []string{"Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Ba", "Bằng khen của Thủ tướng Chính phủ",
		"Bằng khen của Chủ tịch UBND tỉnh", "Cờ thi đua"}
	var fields []Field
	for _, a := range awards {
		fields = append(fields, Field{Text: a, Why: "a"})
	}
	fields = append(fields, Field{Text: "x", Weight: 2}, Field{Text: long, Why: "t"})
	// What fits, greedily, in order, each once.
	var fit []string
	for _, a := range awards {
		if joined := strings.Join(append(slices.Clone(fit), a), "; "); !slices.Contains(fit, a) && len(joined) <= maxWhy {
			fit = append(fit, a)
		}
	}
	if len(fit) < 2 {
		t.Fatalf("the case fits %v only", fit)
	}
	want := [][2]string{{"a", strings.Join(fit, "; ")}, {"t", cut(long, maxWhy-len("…")) + "…"}}
	if got := whyTexts(fields); !slices.Equal(got, want) {
		t.Errorf("whyTexts = %q, want %q", got, want)
	}
	for _, w := range want {
		if len(w[1]) > maxWhy {
			t.Errorf("%q: %d bytes", w[1], len(w[1]))
		}
	}
}

// TestDocSets: every set reads back, in the smallest of the three forms;
// dense articles with a few honourees after them take the mixed one.
func TestDocSets(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := map[byte]int{}
	for trial := range 400 {
		var docs []int32
		dense := rng.IntN(3000)
		if trial%4 == 0 {
			dense = 0 // sparse alone: a list
		}
		for d := range int32(dense) {
			if rng.IntN(3) == 0 {
				docs = append(docs, d)
			}
		}
		for d := int32(dense); d < int32(dense)+int32(rng.IntN(50000)); d++ {
			if rng.IntN(400+trial) == 0 {
				docs = append(docs, d)
			}
		}
		enc := appendDocSet(nil, docs)
		kinds[enc[0]]++
		got := readDocSet(t, bytes.NewReader(enc))
		want := make([]int, len(docs))
		for i, d := range docs {
			want[i] = int(d)
		}
		if !slices.Equal(got, want) && len(docs) > 0 {
			t.Fatalf("trial %d: %d documents read back as %d", trial, len(docs), len(got))
		}
		list := append([]byte{docList}, binary.AppendUvarint(nil, uint64(len(docs)))...)
		list = appendGaps(list, docs, -1)
		if len(enc) > len(list) || len(docs) > 0 && len(enc) > len(appendBitmap([]byte{docBitmap}, docs)) {
			t.Fatalf("trial %d: %d bytes, more than a list or a bitmap", trial, len(enc))
		}
	}
	if kinds[docMixed] == 0 || kinds[docBitmap] == 0 || kinds[docList] == 0 {
		t.Errorf("forms used: %v", kinds)
	}
}
