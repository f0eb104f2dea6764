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
	"slices"
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
	for i := range 600 { // enough for terms of several blocks
		docs = append(docs, Doc{ID: len(docs), URL: fmt.Sprintf("/a/%d/", i), Title: "Khen thưởng thi đua",
			Text: strings.Repeat("Thi đua yêu nước, khen thưởng kịp thời. ", i%5+1), Date: testDocs()[4].Date})
	}
	inOrder := make([]int, len(docs))
	for i := range inOrder {
		inOrder[i] = i
	}
	first := buildIndex(t, docs, inOrder)
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

// readTerm decodes a term from its shard, as the client does.
func readTerm(t *testing.T, out *built, key string) (variants []string, docs []int, impacts []int, masks []int) {
	t.Helper()
	data := out.Files[fmt.Sprintf("s/%04x.bin", ShardOf(key, out.Config.Shards))]
	if !bytes.HasPrefix(data, []byte(Magic)) {
		t.Fatalf("shard of %q has no magic", key)
	}
	r := bytes.NewReader(data[len(Magic):])
	uv := func() int { v, _ := binary.ReadUvarint(r); return int(v) }
	str := func() string { n := uv(); b := make([]byte, n); _, _ = r.Read(b); return string(b) }
	count := uv()
	for range count {
		name := str()
		uv() // df
		nv, _ := r.ReadByte()
		var vs []string
		for range int(nv) {
			vs = append(vs, str())
		}
		uv() // blocks
		n := uv()
		doc := -1
		var ds, is, ms []int
		for range n {
			doc += uv() + 1
			imp, _ := r.ReadByte()
			flags, _ := r.ReadByte()
			ds, is, ms = append(ds, doc), append(is, int(imp)), append(ms, int(flags&0x3f))
		}
		uv() // more offset
		uv() // more length
		if name == key {
			return vs, ds, is, ms
		}
	}
	t.Fatalf("term %q not in its shard", key)
	return
}

func TestIndexContents(t *testing.T) {
	out := buildIndex(t, testDocs(), []int{0, 1, 2, 3, 4})
	variants, docs, _, masks := readTerm(t, out, "duong")
	if !slices.Contains(variants, "đường") || !slices.Contains(variants, "dương") {
		t.Fatalf("variants of duong = %v", variants)
	}
	bit := slices.Index(variants, "đường")
	for i, d := range docs {
		if has := masks[i]&(1<<bit) != 0; has != (d == 0) {
			t.Errorf("doc %d marked with đường = %v", d, has)
		}
	}
	if _, docs, _, _ := readTerm(t, out, "thi dua"); !slices.Equal(docs, []int{2}) {
		t.Errorf("pair 'thi dua' in %v", docs)
	}
	if _, docs, _, _ := readTerm(t, out, "khen thuong"); !slices.Equal(docs, []int{3}) {
		t.Errorf("pair 'khen thuong' in %v (the scattered words must not make a pair)", docs)
	}
	// The title weighs more: doc 0 has duong in its title.
	_, docs, impacts, _ := readTerm(t, out, "duong")
	if docs[0] != 0 || impacts[0] <= impacts[1] {
		t.Errorf("duong: docs %v impacts %v", docs, impacts)
	}
	// Records fit their slots and read back.
	pack := out.Files["r/0.bin"]
	if len(pack) != len(testDocs())*SlotSize {
		t.Fatalf("pack of %d bytes", len(pack))
	}
	var rec []any
	if err := json.Unmarshal(bytes.TrimSpace(pack[SlotSize:2*SlotSize]), &rec); err != nil || rec[0] != "/hoi-nghi/2023/bieu-duong/" {
		t.Errorf("record 1 = %v, %v", rec, err)
	}
	if len(out.Config.Years) != 3 || out.Config.Years[0].Year != 2024 {
		t.Errorf("years = %v", out.Config.Years)
	}
	if out.Files["p/thai-nguyen.bin"] == nil || out.Files["p/bac-kan.bin"] == nil {
		t.Error("province lists are missing")
	}
}

func TestRecordsFitSlots(t *testing.T) {
	long := strings.Repeat("Đại hội thi đua yêu nước lần thứ nhất ", 40)
	for _, d := range []Doc{
		{URL: "/a/", Title: long, Summary: long, Date: time.Now()},
		{URL: "/a/", Title: "Ngắn", Summary: long, Date: time.Now(), Places: long},
		{URL: "/a/", Title: `Có "ngoặc" và \ gạch`, Summary: "<b>&</b>", Date: time.Now()},
	} {
		rec := encodeRecord(d)
		var v []any
		if len(rec) > SlotSize || json.Unmarshal(rec, &v) != nil {
			t.Errorf("record of %d bytes does not fit or parse: %s", len(rec), rec)
		}
	}
}

// TestClient runs the browser client's tests in Node against an index that
// this package builds: decoding, ranking and folding.
func TestClient(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("the client's tests need Node.js")
		}
		t.Skip("the client's tests need Node.js")
	}
	out := buildIndex(t, testDocs(), []int{0, 1, 2, 3, 4})
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
	config, _ := json.Marshal(out.Config)
	if err := os.WriteFile(filepath.Join(dir, "config.json"), config, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "--test", "testdata/client.test.js")
	cmd.Env = append(os.Environ(), "VINHDANH_INDEX="+dir, "VINHDANH_FOLD_CASES=testdata/fold-cases.json")
	output, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node --test failed: %v\n%s", err, output)
	}
	if !strings.Contains(string(output), "# fail 0") {
		t.Fatalf("node --test output:\n%s", output)
	}
}

// TestBlocksByImpact checks a term with postings in several blocks: the
// first block holds the highest impacts, every block is in document order,
// and the blocks together hold every document once.
func TestBlocksByImpact(t *testing.T) {
	const n = 3*BlockSize + 17
	docs := make([]Doc, n)
	for i := range docs {
		text := strings.Repeat("thi đua ", 1+i%7) + strings.Repeat("khác ", i%13)
		docs[i] = Doc{ID: i, URL: fmt.Sprintf("/a/%d/", i), Title: "Tin", Text: text, Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	}
	out := buildIndex(t, docs, rand.Perm(n))
	shard := fmt.Sprintf("s/%04x", ShardOf("dua", out.Config.Shards))
	data := out.Files[shard+".bin"]
	r := bytes.NewReader(data[len(Magic):])
	uv := func(r *bytes.Reader) int { v, _ := binary.ReadUvarint(r); return int(v) }
	block := func(r *bytes.Reader) (ds, is []int) {
		doc := -1
		for range uv(r) {
			doc += uv(r) + 1
			imp, _ := r.ReadByte()
			_, _ = r.ReadByte()
			ds, is = append(ds, doc), append(is, int(imp))
		}
		if !slices.IsSorted(ds) {
			t.Errorf("block not in document order: %v", ds)
		}
		return ds, is
	}
	for range uv(r) {
		name := make([]byte, uv(r))
		_, _ = r.Read(name)
		df := uv(r)
		nv, _ := r.ReadByte()
		for range int(nv) {
			_, _ = r.Seek(int64(uv(r)), 1)
		}
		blocks := uv(r)
		firstDocs, firstImpacts := block(r)
		at, length := uv(r), uv(r)
		if string(name) != "dua" {
			continue
		}
		if df != n || blocks != 4 || len(firstDocs) != BlockSize {
			t.Fatalf("dua: df %d, %d blocks, first of %d", df, blocks, len(firstDocs))
		}
		more := bytes.NewReader(out.Files[shard+".more.bin"][at : at+length])
		seen := map[int]bool{}
		for _, d := range firstDocs {
			seen[d] = true
		}
		lowest := slices.Min(firstImpacts)
		for range blocks - 1 {
			ds, is := block(more)
			if slices.Max(is) > lowest {
				t.Errorf("a later block has impact %d above the first block's lowest %d", slices.Max(is), lowest)
			}
			for _, d := range ds {
				if seen[d] {
					t.Errorf("document %d in two blocks", d)
				}
				seen[d] = true
			}
		}
		if len(seen) != n {
			t.Errorf("the blocks hold %d documents of %d", len(seen), n)
		}
		return
	}
	t.Fatal("dua not in its shard")
}
