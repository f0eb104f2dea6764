package search

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"maps"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"vinhdanh/internal/i18n"
	"vinhdanh/internal/parallel"
)

// Format constants; docs/search-format.md describes the files.
const (
	// Magic opens every shard and overflow file.
	Magic = "VDS3"
	// MaxVariants is how many spellings of a term postings can mark.
	MaxVariants = 6
	// BlockSize is how many postings of a term, those of highest impact,
	// its shard holds with their impacts and spellings.
	BlockSize = 512
	// MaxShards bounds the number of shards, and so of files.
	MaxShards = 1 << 14
	// RecordSize bounds a result record's bytes: room for the longest
	// address content allows (output paths of 400 bytes) and the date.
	RecordSize = 448
	// RecordsPerFile is how many documents' records a record file holds:
	// few, so that a page of results costs a few small whole files on any
	// host, ranges or not, and not so few that they outnumber the shards.
	RecordsPerFile = 16
	// maxSummary bounds a record's summary (cut with "…"): two lines on a
	// phone, and 16 records a file in some 6 KB.
	maxSummary = 180
	// FieldsOnly marks, in a posting's mask, a document that holds the
	// term only outside its title, summary and body (in its awards, its
	// honourees …); bits 0 to MaxVariants-1 mark its spellings.
	FieldsOnly = 0x80
	// InName marks, in a posting's mask, an honouree whose name (the
	// document's title) holds the term: the client ranks such documents
	// first among those that hold as many of the query's pairs and
	// spellings, so that a name finds the person's page before the
	// articles about them.
	InName = 0x40
	// shardTarget is the average size a shard is aimed at.
	shardTarget = 8 << 10
)

// Config is what the client needs before its first request, written into
// the search page; it grows with the number of years, not of articles.
type Config struct {
	Version   string      `json:"v"`       // the folder of this build's index files
	Shards    int         `json:"shards"`  // a power of two
	Records   int         `json:"records"` // records a record file
	Docs      int         `json:"docs"`
	Years     []YearRange `json:"years"` // newest first; articles only
	Variants  int         `json:"variants"`
	Provinces []string    `json:"provinces"` // slugs that have a list
	Stats     Stats       `json:"-"`
}

// YearRange is the documents published in a year: numbers First to Last.
type YearRange struct {
	Year, First, Last int
}

// MarshalJSON writes a year range as [year, first, last].
func (y YearRange) MarshalJSON() ([]byte, error) {
	return json.Marshal([3]int{y.Year, y.First, y.Last})
}

// Stats describe a built index.
type Stats struct {
	Terms, Postings, Shards, Files int
	Bytes                          int64
}

// ShardOf returns the shard of a folded term: FNV-1a of its UTF-8 bytes,
// masked to the number of shards (a power of two). The client computes the
// same.
func ShardOf(term string, shards int) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(term))
	return int(h.Sum32() & uint32(shards-1))
}

// Emit receives the index's files, by path relative to the index folder
// ("s/00a3.bin"). Finish calls it from several goroutines at once.
type Emit func(name string, data []byte) error

// postings are every term's postings, term after term, each term's by
// document number: Finish inverts the documents' lists into them.
type postings struct {
	start []int64 // term t's postings are [start[t], start[t+1])
	doc   []int32
	tf    []uint8
	mask  []uint8 // the term's spellings the document holds, bit i for the i-th of variants
}

// Finish encodes the index, passing each file to emit, and returns the
// index's Config. Config.Version is a hash of every file, so that a browser
// never mixes the files of two builds; the caller moves the files into a
// folder of that name. Finish must be called once, after every Add.
func (b *Builder) Finish(emit Emit) (Config, error) {
	lex := &b.lex
	// What interned words while documents were added is not needed from
	// here on: at 100,000 documents its maps and the workers' caches hold
	// a few hundred megabytes.
	lex.spells, lex.pairSpells, lex.terms, lex.pairTerms = nil, nil, nil, nil
	for range b.workers {
		<-b.free
	}
	b.workers = 0
	nTerms := len(lex.termText)
	ranges := b.countTerms()
	df := make([]int64, nTerms+1)
	spellDocs := make([]int32, len(lex.spellTerm))
	docs, totalLength := 0, 0
	for _, r := range ranges {
		for t, n := range r.df {
			df[t] += int64(n)
		}
		for s, n := range r.spellDocs {
			spellDocs[s] += n
		}
		r.spellDocs = nil
		docs += r.docs
		totalLength += r.length
	}
	variants, bit := b.chooseVariants(spellDocs)
	post := b.invert(df, bit, ranges)
	// Shards: enough that they average shardTarget bytes, by an estimate
	// of each term's size.
	estimate := 0
	for t := range nTerms {
		df := int(post.start[t+1] - post.start[t])
		estimate += len(lex.termText[t]) + 8 + min(df, BlockSize)*7/2
		if df > BlockSize {
			estimate += min(df*3/2, len(b.docs)/8)
		}
	}
	shards := 16
	for shards < MaxShards && estimate/shards > shardTarget {
		shards *= 2
	}
	byShard := make([][]uint32, shards)
	for t := range nTerms {
		s := ShardOf(lex.termText[t], shards)
		byShard[s] = append(byShard[s], uint32(t))
	}

	// Documents' lengths in BM25's denominator, and the scale of impacts:
	// the highest score possible is the idf of a term in one document
	// times (k1 + 1).
	avg := float64(max(totalLength, 1)) / float64(max(docs, 1))
	// An honouree's document counts at least the average length: its
	// few words (a name, a position, a unit) must not outrank the
	// articles that use them ("giáo viên"); its name still finds it first,
	// by the InName bit.
	norms := make([]float32, len(b.docs))
	for i, d := range b.docs {
		length := float64(d.length)
		if d.kind >= HonoureeKind {
			length = max(length, avg)
		}
		norms[i] = float32(k1 * (1 - bm + bm*length/avg))
	}
	scale := math.Log1p(idf(docs, 1) * (k1 + 1))

	var files counter
	digests := newDigests()
	write := func(name string, data []byte) error {
		files.add(data)
		digests.add(name, data)
		return emit(name, data)
	}
	err := parallel.For(shards, parallel.PerCPU(1), func(s int) error {
		members := byShard[s]
		if len(members) == 0 {
			return nil
		}
		slices.SortFunc(members, func(x, y uint32) int { return strings.Compare(lex.termText[x], lex.termText[y]) })
		return write(fmt.Sprintf("s/%04x.bin", s), b.encodeShard(members, post, variants, norms, docs, scale))
	})
	if err != nil {
		return Config{}, err
	}
	slugs, err := b.writeLists(write)
	if err != nil {
		return Config{}, err
	}
	if err := write(VocabularyFile, b.vocabulary(post.start, spellDocs)); err != nil {
		return Config{}, err
	}
	recordFiles := (len(b.docs) + RecordsPerFile - 1) / RecordsPerFile
	err = parallel.For(recordFiles, parallel.PerCPU(1), func(f int) error {
		lo, hi := f*RecordsPerFile, min((f+1)*RecordsPerFile, len(b.docs))
		buf := make([]byte, 0, (hi-lo)*RecordSize/2)
		buf = append(buf, '[')
		for id := lo; id < hi; id++ {
			if id > lo {
				buf = append(buf, ',')
			}
			if rec := b.docs[id].record; rec != nil {
				buf = append(buf, rec...)
			} else {
				buf = append(buf, "null"...)
			}
		}
		return write(fmt.Sprintf("r/%d.json", f), append(buf, ']'))
	})
	if err != nil {
		return Config{}, err
	}

	// Years: articles are newest first, so each year is a range.
	var years []YearRange
	for id, d := range b.docs {
		if !d.present || d.kind >= HonoureeKind {
			continue
		}
		y := d.date.Year()
		if len(years) == 0 || years[len(years)-1].Year != y {
			years = append(years, YearRange{Year: y, First: id, Last: id})
		}
		years[len(years)-1].Last = id
	}
	return Config{
		Version: digests.version(), Shards: shards, Records: RecordsPerFile,
		Docs: len(b.docs), Years: years, Variants: MaxVariants, Provinces: slugs,
		Stats: Stats{Terms: nTerms, Postings: len(post.doc), Shards: shards, Files: files.files, Bytes: files.bytes},
	}, nil
}

// chooseVariants picks each term's spellings that postings mark: the
// MaxVariants held by most documents, ties in byte order. bit[s] is the
// spelling's place among its term's variants, or -1.
// VocabularyFile lists the index's syllables, for the client's spelling
// suggestions (see vocabulary).
const VocabularyFile = "vocab.txt"

// maxSyllable is the most letters a folded Vietnamese syllable has
// ("nghieng", "nguyen"): longer words are not offered as corrections.
const maxSyllable = 7

// vocabulary returns the vocabulary file: a line for each single-syllable
// term of ASCII letters alone and at most maxSyllable of them, in the
// order of its folded text, with its commonest spelling and the number of
// documents holding it, tab-separated ("duong\tđường\t412"). It is read
// only when a query finds nothing and has a syllable the index lacks, and
// its size follows the language's syllables (some 3,000 folded), not the
// number of documents.
func (b *Builder) vocabulary(start []int64, spellDocs []int32) []byte {
	lex := &b.lex
	best := map[uint32]int{} // term -> its commonest spelling
	for sp, t := range lex.spellTerm {
		if !isSyllable(lex.termText[t]) {
			continue
		}
		cur, ok := best[t]
		if !ok || spellDocs[sp] > spellDocs[cur] || (spellDocs[sp] == spellDocs[cur] && lex.spellText[sp] < lex.spellText[cur]) {
			best[t] = sp
		}
	}
	terms := make([]uint32, 0, len(best))
	for t := range best {
		terms = append(terms, t)
	}
	slices.SortFunc(terms, func(x, y uint32) int { return strings.Compare(lex.termText[x], lex.termText[y]) })
	var out bytes.Buffer
	for _, t := range terms {
		fmt.Fprintf(&out, "%s\t%s\t%d\n", lex.termText[t], lex.spellText[best[t]], start[t+1]-start[t])
	}
	return out.Bytes()
}

// isSyllable reports whether a folded term is one syllable of ASCII
// letters, at most maxSyllable of them.
func isSyllable(term string) bool {
	if term == "" || len(term) > maxSyllable {
		return false
	}
	for i := 0; i < len(term); i++ {
		if term[i] < 'a' || term[i] > 'z' {
			return false
		}
	}
	return true
}

func (b *Builder) chooseVariants(spellDocs []int32) (variants [][]string, bit []int8) {
	lex := &b.lex
	nTerms := len(lex.termText)
	// The spellings of each term, grouped by a counting sort.
	start := make([]int32, nTerms+1)
	for _, t := range lex.spellTerm {
		start[t+1]++
	}
	for t := range nTerms {
		start[t+1] += start[t]
	}
	grouped := make([]uint32, len(lex.spellTerm))
	fill := slices.Clone(start[:nTerms])
	for s, t := range lex.spellTerm {
		grouped[fill[t]] = uint32(s)
		fill[t]++
	}
	bit = make([]int8, len(lex.spellTerm))
	for i := range bit {
		bit[i] = -1
	}
	variants = make([][]string, nTerms)
	for t := range nTerms {
		spells := grouped[start[t]:start[t+1]]
		slices.SortFunc(spells, func(x, y uint32) int {
			return cmp.Or(cmp.Compare(spellDocs[y], spellDocs[x]), strings.Compare(lex.spellText[x], lex.spellText[y]))
		})
		for rank, s := range spells[:min(len(spells), MaxVariants)] {
			if spellDocs[s] == 0 {
				break
			}
			bit[s] = int8(rank)
			variants[t] = append(variants[t], lex.spellText[s])
		}
	}
	return variants, bit
}

// docRange is a block of documents that one worker counts and inverts.
type docRange struct {
	lo, hi    int     // documents [lo, hi)
	df        []int32 // each term's documents in the block
	spellDocs []int32 // each spelling's documents in the block
	docs      int     // documents present
	length    int     // their total length
}

// countTerms splits the documents into one block a processor and counts,
// in parallel, each block's documents of every term and spelling.
func (b *Builder) countTerms() []*docRange {
	lex := &b.lex
	nTerms := len(lex.termText)
	workers := max(1, min(runtime.GOMAXPROCS(0), len(b.docs)/1024))
	ranges := make([]*docRange, workers)
	for w := range ranges {
		ranges[w] = &docRange{lo: w * len(b.docs) / workers, hi: (w + 1) * len(b.docs) / workers}
	}
	_ = parallel.For(workers, parallel.PerCPU(1), func(w int) error {
		r := ranges[w]
		r.df = make([]int32, nTerms)
		r.spellDocs = make([]int32, len(lex.spellTerm))
		lastDoc := make([]int32, nTerms) // the last document counted in df, plus one
		for i := r.lo; i < r.hi; i++ {
			d := &b.docs[i]
			if !d.present {
				continue
			}
			r.docs++
			r.length += int(d.length)
			for _, s := range d.spells {
				r.spellDocs[s]++
				if t := lex.spellTerm[s]; lastDoc[t] != int32(i)+1 {
					r.df[t]++
					lastDoc[t] = int32(i) + 1
				}
			}
		}
		return nil
	})
	return ranges
}

// invert turns the documents' lists of spellings into each term's
// postings, and lets the lists go. df holds each term's number of
// documents at df[t]; invert reuses it for the postings' offsets. Each
// block of documents is inverted by its own worker, into the places after
// the earlier blocks' postings of each term, so every term's postings are
// in document order whatever the number of workers.
func (b *Builder) invert(df []int64, bit []int8, ranges []*docRange) *postings {
	lex := &b.lex
	nTerms := len(df) - 1
	start := df
	for t := nTerms; t > 0; t-- {
		start[t] = start[t-1]
	}
	start[0] = 0
	for t := range nTerms {
		start[t+1] += start[t]
	}
	total := start[nTerms]
	p := &postings{start: start, doc: make([]int32, total), tf: make([]uint8, total), mask: make([]uint8, total)}
	// Each block's first place for term t: after the blocks before it.
	cursors := make([][]int64, len(ranges))
	for w := range ranges {
		cursors[w] = make([]int64, nTerms)
		if w == 0 {
			copy(cursors[w], start[:nTerms])
		} else {
			prev, before := cursors[w-1], ranges[w-1].df
			for t := range cursors[w] {
				cursors[w][t] = prev[t] + int64(before[t])
			}
		}
	}
	_ = parallel.For(len(ranges), parallel.PerCPU(1), func(w int) error {
		r, next := ranges[w], cursors[w]
		last := r.df // reused: the last document given a posting of t, plus one
		clear(last)
		for id := r.lo; id < r.hi; id++ {
			d := &b.docs[id]
			for i, s := range d.spells {
				t := lex.spellTerm[s]
				var at int64
				if last[t] == int32(id)+1 {
					at = next[t] - 1
				} else {
					// The document's first spelling of t.
					at = next[t]
					next[t]++
					last[t] = int32(id) + 1
					p.doc[at] = int32(id)
					// Text spellings come first: a term first met
					// outside the text is nowhere in it.
					if i >= int(d.textSpells) {
						p.mask[at] = FieldsOnly
					}
					if i < int(d.nameSpells) {
						p.mask[at] = InName
					}
				}
				p.tf[at] = uint8(min(int(p.tf[at])+int(d.tfs[i]), 255))
				if k := bit[s]; k >= 0 {
					p.mask[at] |= 1 << k
				}
			}
			d.spells, d.tfs = nil, nil
		}
		return nil
	})
	return p
}

// BM25 parameters.
const (
	k1 = 1.2
	bm = 0.75
)

// idf is BM25's inverse document frequency of a term in df of n documents.
func idf(n int, df int64) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// encodeShard writes the shard holding members (terms in byte order). Each
// term's postings get their BM25 impact, quantised to 1-255 on a
// logarithmic scale so that low scores keep their differences; the
// BlockSize postings of highest impact (ties to the newest) are written in
// document order with their impacts and spellings, and a term with more
// documents than that is followed by the set of all its documents.
func (b *Builder) encodeShard(members []uint32, post *postings, variants [][]string, norms []float32, docs int, scale float64) []byte {
	lex := &b.lex
	shard := append([]byte(nil), Magic...)
	shard = binary.AppendUvarint(shard, uint64(len(members)))
	var keys, ordered []uint64
	var byImpact [257]int
	for _, t := range members {
		lo, hi := post.start[t], post.start[t+1]
		w := idf(docs, hi-lo)
		// keys: document, spellings and impact, in document order.
		keys = keys[:0]
		for i := lo; i < hi; i++ {
			doc, tf := post.doc[i], float64(post.tf[i])
			score := w * tf * (k1 + 1) / (tf + float64(norms[doc]))
			impact := uint64(min(255, 1+math.Floor(254*math.Log1p(score)/scale)))
			keys = append(keys, uint64(doc)<<16|uint64(post.mask[i])<<8|impact)
		}
		block := keys
		if len(keys) > BlockSize {
			// Impact descending, then document: a counting sort by
			// impact keeps the document order within each impact.
			byImpact = [257]int{}
			for _, key := range keys {
				byImpact[256-(key&0xff)]++
			}
			for i := 1; i < len(byImpact); i++ {
				byImpact[i] += byImpact[i-1]
			}
			ordered = slices.Grow(ordered[:0], len(keys))[:len(keys)]
			for _, key := range keys {
				slot := 255 - (key & 0xff)
				ordered[byImpact[slot]] = key
				byImpact[slot]++
			}
			block = ordered[:BlockSize]
			slices.Sort(block)
		}
		shard = appendString(shard, lex.termText[t])
		shard = binary.AppendUvarint(shard, uint64(len(keys)))
		shard = append(shard, byte(len(variants[t])))
		for _, v := range variants[t] {
			shard = appendString(shard, v)
		}
		shard = binary.AppendUvarint(shard, uint64(len(block)))
		prev := int64(-1)
		for _, key := range block {
			doc := int64(key >> 16)
			shard = binary.AppendUvarint(shard, uint64(doc-prev-1))
			prev = doc
			shard = append(shard, byte(key), byte(key>>8))
		}
		if len(keys) > len(block) {
			shard = appendDocSet(shard, post.doc[lo:hi])
		}
	}
	return shard
}

// Kinds of document set.
const (
	docList   = 0 // the number of documents, then each one's gap from the one before
	docBitmap = 1 // the number of bytes, then a bit for each document: bit i of byte j for document 8j+i
	// docMixed is a bitmap of the first documents, then a list of the
	// others: the number of bytes and the bitmap's bytes, as docBitmap,
	// then the list, as docList, its first gap counted from the last
	// document the bitmap can hold. Dense articles and a few honourees
	// numbered after them cost the articles' bitmap and a short list,
	// not a bitmap reaching the last honouree.
	docMixed = 2
)

// appendDocSet encodes documents in ascending order as a list of gaps, a
// bitmap, or a bitmap followed by a list, whichever is smallest.
func appendDocSet(buf []byte, docs []int32) []byte {
	n := len(docs)
	// tail[i] is the size of the gaps of docs[i+1:], each from the one
	// before it.
	tail := make([]int, n+1)
	for i := n - 2; i >= 0; i-- {
		tail[i] = tail[i+1] + uvarintLen(uint64(docs[i+1]-docs[i]-1))
	}
	listSize := uvarintLen(uint64(n))
	if n > 0 {
		listSize += uvarintLen(uint64(docs[0])) + tail[0]
	}
	bitmapSize := 0
	if n > 0 {
		bitmapSize = int(docs[n-1])/8 + 1
	}
	// The best split: docs[:i] in the bitmap, docs[i:] in the list.
	best, bestSize := -1, 0
	for i := 1; i < n; i++ {
		bytes := int(docs[i-1])/8 + 1
		first := uint64(docs[i]) - uint64(bytes)*8
		size := uvarintLen(uint64(bytes)) + bytes + uvarintLen(uint64(n-i)) + uvarintLen(first) + tail[i]
		if best < 0 || size < bestSize {
			best, bestSize = i, size
		}
	}
	fullBitmap := bitmapSize + uvarintLen(uint64(bitmapSize))
	switch {
	case n == 0 || listSize <= fullBitmap && (best < 0 || listSize <= bestSize):
		buf = append(buf, docList)
		buf = binary.AppendUvarint(buf, uint64(n))
		return appendGaps(buf, docs, -1)
	case best < 0 || fullBitmap <= bestSize:
		buf = append(buf, docBitmap)
		return appendBitmap(buf, docs)
	}
	buf = append(buf, docMixed)
	buf = appendBitmap(buf, docs[:best])
	bytes := int(docs[best-1])/8 + 1
	buf = binary.AppendUvarint(buf, uint64(n-best))
	return appendGaps(buf, docs[best:], int32(bytes*8-1))
}

// appendBitmap appends the number of bytes and a bit for each of docs.
func appendBitmap(buf []byte, docs []int32) []byte {
	size := int(docs[len(docs)-1])/8 + 1
	buf = binary.AppendUvarint(buf, uint64(size))
	at := len(buf)
	buf = append(buf, make([]byte, size)...)
	for _, d := range docs {
		buf[at+int(d)/8] |= 1 << (d % 8)
	}
	return buf
}

// appendGaps appends each document's gap from the one before, minus one;
// the first's from prev.
func appendGaps(buf []byte, docs []int32, prev int32) []byte {
	for _, d := range docs {
		buf = binary.AppendUvarint(buf, uint64(d-prev-1))
		prev = d
	}
	return buf
}

// uvarintLen is the length of x's uvarint encoding.
func uvarintLen(x uint64) int {
	n := 1
	for x >= 0x80 {
		x >>= 7
		n++
	}
	return n
}

// writeLists writes the lists the filters use: for each province the
// documents that name it or a unit it absorbed (p/<slug>.bin), and for each
// kind its documents (k/<kind>.bin). It returns the provinces' slugs in byte
// order.
func (b *Builder) writeLists(write Emit) ([]string, error) {
	provinces := map[string][]int32{}
	var kinds [Kinds][]int32
	for id, d := range b.docs {
		if !d.present {
			continue
		}
		kinds[d.kind] = append(kinds[d.kind], int32(id))
		for _, slug := range d.provinces {
			if l := provinces[slug]; len(l) == 0 || l[len(l)-1] != int32(id) {
				provinces[slug] = append(l, int32(id))
			}
		}
	}
	slugs := slices.Sorted(maps.Keys(provinces))
	for _, slug := range slugs {
		if err := write("p/"+slug+".bin", appendDocSet(nil, provinces[slug])); err != nil {
			return nil, err
		}
	}
	for kind, docs := range kinds {
		if err := write(fmt.Sprintf("k/%d.bin", kind), appendDocSet(nil, docs)); err != nil {
			return nil, err
		}
	}
	return slugs, nil
}

// counter counts the files written and their bytes.
type counter struct {
	mu    sync.Mutex
	files int
	bytes int64
}

func (c *counter) add(data []byte) {
	c.mu.Lock()
	c.files++
	c.bytes += int64(len(data))
	c.mu.Unlock()
}

// digests collects a hash of each file, from which version derives the
// index's version.
type digests struct {
	mu    sync.Mutex
	files map[string][sha256.Size]byte
}

func newDigests() *digests {
	return &digests{files: map[string][sha256.Size]byte{}}
}

func (d *digests) add(name string, data []byte) {
	sum := sha256.Sum256(data)
	d.mu.Lock()
	d.files[name] = sum
	d.mu.Unlock()
}

// version hashes the files' names and digests in name order.
func (d *digests) version() string {
	h := sha256.New()
	for _, name := range slices.Sorted(maps.Keys(d.files)) {
		sum := d.files[name]
		h.Write([]byte(name))
		h.Write([]byte{0})
		h.Write(sum[:])
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

func appendString(buf []byte, s string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	return append(buf, s...)
}

// encodeRecord writes a document's result record: a JSON array of at most
// RecordSize bytes, [url, title, date, kind, places, summary, why], where
// why lists the texts that tell a reader why the document matched when its
// title and summary do not say (["a", "Huân chương Lao động hạng Ba"]: see
// Field.Why). The summary is shortened (with an ellipsis) as far as needed,
// then why goes, then the title is shortened, then the places go. It
// encodes a few times at most, whatever the text: each shortening is worked
// out from the encoded lengths, not found by trying. A URL too long for a
// record even alone is an error; content limits addresses well below that.
func encodeRecord(d Doc) ([]byte, error) {
	date := d.Date.Format("2006-01-02")
	full := d.Summary
	if d.Note != "" {
		full = strings.TrimPrefix(full+" · "+d.Note, " · ")
	}
	if len(full) > maxSummary {
		full = cutWords(full, maxSummary-len("…")) + "…"
	}
	title, places, summary, why := cut(d.Title, 200), cut(d.Places, 80), full, whyTexts(d.Fields)
	rec := recordJSON(d.URL, title, date, d.Kind, places, summary, why)
	if len(rec) <= RecordSize {
		return rec, nil
	}
	// The summary loses the overflow and room for the ellipsis; raw bytes
	// never encode to fewer bytes, so that is enough whenever some is left.
	if n := len(summary) - (len(rec) - RecordSize) - len("…"); n > 0 {
		if summary = cut(full, n); summary != "" {
			summary += "…"
		}
		rec = recordJSON(d.URL, title, date, d.Kind, places, summary, why)
		if len(rec) <= RecordSize {
			return rec, nil
		}
	}
	// Without a summary and the reasons, the title gets the room that is
	// left, then the places.
	rec = recordJSON(d.URL, "", date, d.Kind, places, "", nil)
	if len(rec) > RecordSize {
		places = ""
		rec = recordJSON(d.URL, "", date, d.Kind, places, "", nil)
	}
	if len(rec) > RecordSize {
		return nil, i18n.Errorf("search: the address %s is too long for a search record (%d bytes at most)", d.URL, RecordSize)
	}
	title = fitJSON(title, RecordSize-len(rec))
	return recordJSON(d.URL, title, date, d.Kind, places, "", nil), nil
}

// maxWhy bounds the bytes of one reason in a record: two awards' names.
const maxWhy = 80

// whyTexts returns the record's reasons: for each code of fields' Why, in
// the order first met, its texts joined by "; " as far as they fit in
// maxWhy bytes, whole (a first text longer than that is cut, with "…").
func whyTexts(fields []Field) [][2]string {
	var why [][2]string
	for _, f := range fields {
		if f.Why == "" {
			continue
		}
		i := slices.IndexFunc(why, func(w [2]string) bool { return w[0] == f.Why })
		switch {
		case i < 0 && len(f.Text) > maxWhy:
			why = append(why, [2]string{f.Why, cut(f.Text, maxWhy-len("…")) + "…"})
		case i < 0:
			why = append(why, [2]string{f.Why, f.Text})
		case strings.Contains("; "+why[i][1]+"; ", "; "+f.Text+"; "):
			// said already
		case len(why[i][1])+len("; ")+len(f.Text) <= maxWhy:
			why[i][1] += "; " + f.Text
		}
	}
	return why
}

// recordJSON encodes a record's fields, without HTML escapes; no reasons
// leave the seventh out.
func recordJSON(url, title, date string, kind int, places, summary string, why [][2]string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	rec := []any{url, title, date, kind, places, summary}
	if len(why) > 0 {
		rec = append(rec, why)
	}
	_ = enc.Encode(rec)
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// fitJSON returns the longest prefix of s, at a character boundary, that
// encodes in a JSON string to at most budget bytes beyond its quotes.
func fitJSON(s string, budget int) string {
	used := 0
	for i, r := range s {
		n := utf8.RuneLen(r)
		switch {
		case r == utf8.RuneError || r < 0x20 || r == '\u2028' || r == '\u2029':
			n = 6 // \u00XX, \u2028, or \ufffd for a broken byte; \n and the like take 2
		case r == '"' || r == '\\':
			n = 2
		}
		if used+n > budget {
			return s[:i]
		}
		used += n
	}
	return s
}

// cutWords shortens s to at most n bytes, after a whole word when one ends
// in the last quarter.
func cutWords(s string, n int) string {
	s = cut(s, n)
	if i := strings.LastIndexByte(s, ' '); i > len(s)*3/4 {
		s = strings.TrimRight(s[:i], " ,;:")
	}
	return s
}

// cut shortens s to at most n bytes at a character boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
