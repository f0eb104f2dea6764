// Package search builds the static search index that the browser client
// (themes/default/static/js/search.js) reads. The format is specified in
// docs/search-format.md; in short:
//
//   - Text is split into syllables (Tokenize) and folded: lower case, no
//     tone or vowel marks, đ as d. Terms are folded syllables ("dua") and
//     folded pairs of adjacent syllables ("thi dua"), so that unaccented and
//     accented queries meet, and adjacency costs no positions. Besides the
//     title, summary and body, a document's Fields (awards, the decision's
//     number, the honourees' names …) are indexed with their weights.
//   - Each posting carries a BM25 impact quantised to a byte (titles weigh
//     three times, summaries twice) and a mask of the spellings it contains
//     among the term's six commonest ("đường", "dương" ... for "duong"), so
//     that exact spellings can rank first, with a bit for a term found only
//     outside the text (FieldsOnly).
//   - A term's postings of highest impact (BlockSize) are in the term's
//     shard, named by a hash of the term, in document order, delta-coded;
//     a term in more documents is followed by the set of all of them, so
//     that every query is answered from its terms' shards alone.
//   - Documents are the articles, numbered newest first, so that a year
//     is a range of numbers and ties resolve to the newest; then the
//     honourees with a page (HonoureeKind, CollectiveKind). Filters by
//     province and kind are document sets, one file each (a current
//     province includes its former units).
//   - Result records (address, title, date, kind, provinces, summary and
//     the reasons a document may have matched) are JSON, RecordsPerFile to
//     a small file, so that a page of results costs a few whole files on
//     any static host, whether it answers HTTP ranges or not.
//
// Nothing the client needs before its first request grows with the site:
// the number of shards, the records a file and the years' ranges travel in
// the search page itself. Output is deterministic: the same documents give
// the same bytes, whatever order Add is called in.
package search
