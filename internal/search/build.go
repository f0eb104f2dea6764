package search

import (
	"fmt"
	"hash/maphash"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"vinhdanh/internal/vietnamese"
)

// Doc is what the index needs of an article.
type Doc struct {
	ID      int // the article's place in the newest-first order, from 0
	URL     string
	Title   string
	Summary string
	// Note follows the summary in the result record ("2 lần được khen")
	// without being indexed, so that its words do not put every such
	// document in the postings of common terms.
	Note      string
	Text      string // the plain text of the body
	Date      time.Time
	Kind      int      // 0 conference, 1 exemplar, 2 decision, 3 news; HonoureeKind and after: an honouree
	Places    string   // province names as shown: "Bắc Kạn, Thái Nguyên"
	Provinces []string // slugs of the units filtered by: each named unit and its current one
	// Fields are the other texts a reader may search for (awards, tags,
	// the decision's number and signer, the exemplar, the author, the
	// honourees), each with its weight.
	Fields []Field
}

// Field is a text of a document indexed with a weight: a term in it counts
// Weight times. A field with a Why code is also in the result record, so
// that the client can show it as the reason a document matched: "a" an
// award, "n" a decision's number, "s" its signer, "e" an
// exemplar's name, "f" an exemplar's field, "u" the author.
type Field struct {
	Text   string
	Weight int
	Why    string
}

// Kinds of document: the four kinds of article (0 to 3), then honourees:
// individuals, and collectives with households.
const (
	HonoureeKind   = 4
	CollectiveKind = 5
	Kinds          = 6
)

// Field weights: a term in the title counts three times, in the summary twice.
const (
	titleWeight   = 3
	summaryWeight = 2
)

// Builder collects documents. Add may be called from several goroutines,
// in any order; the index depends only on the documents, never on the
// order or the timing of the calls.
//
// Words are interned: every spelling ("Đường" and "đường" are one spelling,
// "dương" another) and every term (a folded syllable or pair) gets a number
// the first time any document uses it, and a document is kept as the
// list of its spellings' numbers with their weighted frequencies. Finish
// turns these lists into postings. Numbers depend on timing, so nothing
// written depends on them: terms are written by their text and postings by
// document number.
type Builder struct {
	lex  lexicon
	mu   sync.Mutex // guards docs[i].present
	docs []docData
	// free holds the workers not in use; at most cap(free) are made, one
	// a processor, so that their caches stay few and warm.
	free    chan *worker
	workers int // made so far; guarded by mu
}

// docData is what Finish needs of a document.
type docData struct {
	present bool
	kind    uint8
	length  int32 // weighted number of syllables
	// textSpells is how many of spells are in the title, summary or
	// body; the others are in the other fields alone.
	textSpells int32
	// nameSpells is how many of spells are in an honouree's name, its
	// title; 0 for an article.
	nameSpells int32
	date       time.Time
	record     []byte
	provinces  []string
	// spells and tfs are the document's spellings, in the order first
	// met, and the weighted frequency of each (at most 255).
	spells []uint32
	tfs    []uint8
}

// NewBuilder returns a Builder for n documents, numbered 0 to n-1.
func NewBuilder(n int) *Builder {
	b := &Builder{docs: make([]docData, n), free: make(chan *worker, runtime.GOMAXPROCS(0))}
	b.lex.spells = map[string]uint32{}
	b.lex.pairSpells = map[uint64]uint32{}
	b.lex.terms = map[string]uint32{}
	b.lex.pairTerms = map[uint64]uint32{}
	return b
}

// Limits of the interned numbers.
const (
	maxTerms  = 1<<31 - 1
	maxSpells = 1<<32 - 1
)

// spellRef is an interned spelling and its term.
type spellRef struct {
	spell, term uint32
}

// lexicon interns spellings and terms.
type lexicon struct {
	mu         sync.Mutex
	spells     map[string]uint32 // exact spelling of a syllable
	pairSpells map[uint64]uint32 // two syllables' spellings
	terms      map[string]uint32 // folded syllable
	pairTerms  map[uint64]uint32 // two folded syllables
	spellTerm  []uint32          // the term of each spelling
	spellText  []string          // "đường", "khen thưởng"
	termText   []string          // "duong", "khen thuong"
}

var errTooManyWords = fmt.Errorf("search: more than %d distinct words or pairs; the index cannot hold them", maxTerms)

// intern returns the numbers of a syllable spelt exact that folds to folded.
func (l *lexicon) intern(exact, folded string) (spellRef, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if id, ok := l.spells[exact]; ok {
		return spellRef{id, l.spellTerm[id]}, nil
	}
	t, ok := l.terms[folded]
	if !ok {
		if len(l.termText) >= maxTerms {
			return spellRef{}, errTooManyWords
		}
		t = uint32(len(l.termText))
		l.termText = append(l.termText, folded)
		l.terms[folded] = t
	}
	if len(l.spellText) >= maxSpells {
		return spellRef{}, errTooManyWords
	}
	id := uint32(len(l.spellText))
	l.spellText = append(l.spellText, exact)
	l.spellTerm = append(l.spellTerm, t)
	l.spells[exact] = id
	return spellRef{id, t}, nil
}

// internPair returns the numbers of the pair of syllables a, b.
func (l *lexicon) internPair(a, b spellRef) (spellRef, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	key := uint64(a.spell)<<32 | uint64(b.spell)
	if id, ok := l.pairSpells[key]; ok {
		return spellRef{id, l.spellTerm[id]}, nil
	}
	termKey := uint64(a.term)<<32 | uint64(b.term)
	t, ok := l.pairTerms[termKey]
	if !ok {
		if len(l.termText) >= maxTerms {
			return spellRef{}, errTooManyWords
		}
		t = uint32(len(l.termText))
		l.termText = append(l.termText, l.termText[a.term]+" "+l.termText[b.term])
		l.pairTerms[termKey] = t
	}
	if len(l.spellText) >= maxSpells {
		return spellRef{}, errTooManyWords
	}
	id := uint32(len(l.spellText))
	l.spellText = append(l.spellText, l.spellText[a.spell]+" "+l.spellText[b.spell])
	l.spellTerm = append(l.spellTerm, t)
	l.pairSpells[key] = id
	return spellRef{id, t}, nil
}

// worker holds one goroutine's caches and scratch space; the Builder keeps
// a few. The caches spare the lexicon's lock: after the first few
// hundred documents nearly every syllable is found in them.
type worker struct {
	spells map[string]cachedSpell // the syllable as written
	pairs  map[uint64]spellRef    // two spellings' numbers
	// recentSpells and recentPairs are small direct-mapped caches in front
	// of the maps, which stay in the processor's cache.
	recentSpells [recentSize]struct {
		word string
		ref  spellRef
	}
	recentPairs [recentSize]struct {
		key uint64
		ref spellRef
	}
	seen   seenTable // the document's spellings so far
	spell0 []uint32  // the document's distinct spellings
	tf     []uint32  // and their weighted frequencies
}

// cachedSpell is a syllable as written, in a string of its own, and its
// numbers.
type cachedSpell struct {
	word string
	ref  spellRef
}

// seenTable maps a spelling to its place in worker.spell0 for the current
// document: open addressing, emptied by moving to the next generation.
type seenTable struct {
	slots []seenSlot
	gen   uint32
	used  int
}

type seenSlot struct {
	spell, gen uint32
	at         int32
}

// reset empties the table for a new document.
func (t *seenTable) reset() {
	t.gen++
	t.used = 0
	if t.gen == 0 || len(t.slots) == 0 {
		t.slots = make([]seenSlot, max(len(t.slots), 1024))
		t.gen = 1
	}
}

// slot returns the slot of spell, empty (gen stale) if not seen.
func (t *seenTable) slot(spell uint32) *seenSlot {
	mask := uint32(len(t.slots) - 1)
	for i := (spell * 0x9E3779B1) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen || s.spell == spell {
			return s
		}
	}
}

// count adds weight to spell's frequency in the current document.
func (w *worker) count(spell uint32, weight uint32) {
	s := w.seen.slot(spell)
	if s.gen == w.seen.gen {
		w.tf[s.at] += weight
		return
	}
	*s = seenSlot{spell: spell, gen: w.seen.gen, at: int32(len(w.spell0))}
	w.spell0 = append(w.spell0, spell)
	w.tf = append(w.tf, weight)
	if w.seen.used++; w.seen.used*2 > len(w.seen.slots) {
		w.seen.grow(w.spell0)
	}
}

// grow doubles the table, keeping its entries.
func (t *seenTable) grow(spells []uint32) {
	t.slots = make([]seenSlot, 2*len(t.slots))
	t.gen = 1
	for i, spell := range spells {
		*t.slot(spell) = seenSlot{spell: spell, gen: 1, at: int32(i)}
	}
}

// maxCached bounds each cache of a worker.
const maxCached = 1 << 20

// recentSize is the number of slots in a worker's direct-mapped caches.
const (
	recentBits = 13
	recentSize = 1 << recentBits
)

var cacheSeed = maphash.MakeSeed()

func newWorker() *worker {
	w := &worker{spells: map[string]cachedSpell{}, pairs: map[uint64]spellRef{}}
	for i := range w.recentPairs {
		w.recentPairs[i].key = ^uint64(0) // no pair: spelling numbers are below 1<<32 - 1
	}
	return w
}

func (w *worker) spell(l *lexicon, word string) (spellRef, error) {
	slot := &w.recentSpells[maphash.String(cacheSeed, word)&(recentSize-1)]
	if slot.word == word && slot.word != "" {
		return slot.ref, nil
	}
	cached, ok := w.spells[word]
	if !ok {
		word = strings.Clone(word) // the caches must not keep the text alive
		ref, err := l.intern(strings.ToLower(word), vietnamese.Fold(word))
		if err != nil {
			return ref, err
		}
		if len(w.spells) >= maxCached {
			clear(w.spells)
		}
		cached = cachedSpell{word, ref}
		w.spells[word] = cached
	}
	slot.word, slot.ref = cached.word, cached.ref
	return cached.ref, nil
}

func (w *worker) pair(l *lexicon, a, b spellRef) (spellRef, error) {
	key := uint64(a.spell)<<32 | uint64(b.spell)
	slot := &w.recentPairs[(key*0x9E3779B97F4A7C15)>>(64-recentBits)]
	if slot.key == key {
		return slot.ref, nil
	}
	ref, ok := w.pairs[key]
	if !ok {
		var err error
		ref, err = l.internPair(a, b)
		if err != nil {
			return ref, err
		}
		if len(w.pairs) >= maxCached {
			clear(w.pairs)
		}
		w.pairs[key] = ref
	}
	slot.key, slot.ref = key, ref
	return ref, nil
}

// index counts a field's syllables and adjacent pairs and returns
// how many syllables it has.
func (w *worker) index(l *lexicon, text string, weight uint32) (int, error) {
	sc := scanner{text: text}
	var prev spellRef
	count := 0
	for {
		start, end, joined, ok := sc.next()
		if !ok {
			return count, nil
		}
		ref, err := w.spell(l, text[start:end])
		if err != nil {
			return count, err
		}
		w.count(ref.spell, weight)
		if joined && count > 0 {
			pair, err := w.pair(l, prev, ref)
			if err != nil {
				return count, err
			}
			w.count(pair.spell, weight)
		}
		prev = ref
		count++
	}
}

// worker returns a free worker, making one if fewer than cap(b.free)
// exist, or else waiting for one.
func (b *Builder) worker() *worker {
	select {
	case w := <-b.free:
		return w
	default:
	}
	b.mu.Lock()
	if b.workers < cap(b.free) {
		b.workers++
		b.mu.Unlock()
		return newWorker()
	}
	b.mu.Unlock()
	return <-b.free
}

// Add indexes a document.
func (b *Builder) Add(d Doc) error {
	if d.ID < 0 || d.ID >= len(b.docs) {
		return fmt.Errorf("search: document number %d out of range", d.ID)
	}
	if d.Kind < 0 || d.Kind >= Kinds {
		return fmt.Errorf("search: document %d has kind %d", d.ID, d.Kind)
	}
	b.mu.Lock()
	twice := b.docs[d.ID].present
	b.docs[d.ID].present = true
	b.mu.Unlock()
	if twice {
		return fmt.Errorf("search: document %d added twice", d.ID)
	}
	w := b.worker()
	defer func() { b.free <- w }()
	w.seen.reset()
	w.spell0, w.tf = w.spell0[:0], w.tf[:0]
	length := 0
	index := func(fields ...Field) error {
		for _, field := range fields {
			weight := min(max(field.Weight, 1), 255)
			n, err := w.index(&b.lex, field.Text, uint32(weight))
			if err != nil {
				return err
			}
			length += n * weight
		}
		return nil
	}
	// Spellings are numbered in the order first met: the title's, then
	// the summary's and the body's, then the other fields'.
	if err := index(Field{Text: d.Title, Weight: titleWeight}); err != nil {
		return err
	}
	nameSpells := 0
	if d.Kind >= HonoureeKind {
		nameSpells = len(w.spell0)
	}
	if err := index(Field{Text: d.Summary, Weight: summaryWeight}, Field{Text: d.Text, Weight: 1}); err != nil {
		return err
	}
	textSpells := len(w.spell0)
	if err := index(d.Fields...); err != nil {
		return err
	}
	spells := slices.Clone(w.spell0)
	tfs := make([]uint8, len(w.tf))
	for i, tf := range w.tf {
		tfs[i] = uint8(min(tf, 255))
	}
	doc := &b.docs[d.ID]
	doc.kind = uint8(d.Kind)
	doc.textSpells, doc.nameSpells = int32(textSpells), int32(nameSpells)
	doc.length = int32(min(length, 1<<31-1))
	doc.date = d.Date
	record, err := encodeRecord(d)
	if err != nil {
		return err
	}
	doc.record = record
	doc.provinces = slices.Clone(d.Provinces)
	doc.spells, doc.tfs = spells, tfs
	return nil
}
