// Package search builds the static search index that the browser client
// (themes/default/static/js/search.js) reads. The format is specified in
// docs/search-format.md; in short:
//
//   - Text is split into syllables (Tokenize) and folded: lower case, no
//     tone or vowel marks, đ as d. Terms are folded syllables ("dua") and
//     folded pairs of adjacent syllables ("thi dua"), so that unaccented and
//     accented queries meet, and adjacency costs no positions.
//   - Each posting carries a BM25 impact quantised to a byte (titles weigh
//     three times, summaries twice), the kind of its document, and a mask of
//     the spellings it contains among the term's six commonest ("đường",
//     "dương" ... for "duong"), so that exact spellings can rank first.
//   - A term's postings are ordered by impact and cut into blocks; within a
//     block they are ordered by document, delta-coded. The first block of
//     every term lies in the term's shard, named by a hash of the term; the
//     rest in the shard's overflow file, read only when the first blocks
//     intersect to too few results.
//   - Documents are numbered newest first, so a year is a range of numbers
//     and ties resolve to the newest. Province filters are lists of document
//     numbers, one file a province (current units include their former ones).
//   - Result records (address, title, date, kind, provinces, summary) sit in
//     fixed slots of a few pack files, so the client reads a record with one
//     HTTP range request and no table of offsets.
//
// Nothing the client needs before its first request grows with the site:
// the number of shards, the slot and pack sizes and the years' ranges travel
// in the search page itself. Output is deterministic: the same documents give
// the same bytes, whatever order Add is called in.
package search
