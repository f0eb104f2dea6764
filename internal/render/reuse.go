package render

import (
	"encoding/binary"
	"hash/maphash"
	"strconv"
	"time"

	"vinhdanh/internal/content"
)

// A build that lives on (the preview server's) renders the site again after
// every edit. It sets Options.Reuse, and each page whose inputs can be
// named cheaply gets a key: a digest of everything the page is made of
// besides the site's configuration and theme (whose change makes a new
// Renderer anyway), down to each article's Version. Before rendering such a
// page, the renderer asks Reuse whether the caller holds the file rendered
// from the same key; if it does, the page is emitted unrendered, with
// Reused set, and the caller keeps its file.
//
// Keyed: article pages (the article, its neighbours, its related articles
// and the decision it cites), alias pages, every page of every list, the
// register's pages, directory pages, the archive, the feeds and the
// sitemaps. The 404 page and the news sitemap are always rendered.

var keySeed = maphash.MakeSeed()

// pageKey accumulates a page's key.
type pageKey struct{ h maphash.Hash }

func newPageKey(kind string) *pageKey {
	k := &pageKey{}
	k.h.SetSeed(keySeed)
	k.text(kind)
	return k
}

// text adds s, and a separator no text contains.
func (k *pageKey) text(values ...string) {
	for _, s := range values {
		k.h.WriteString(s)
		k.h.WriteByte(0)
	}
}

func (k *pageKey) number(values ...int) {
	for _, n := range values {
		k.text(strconv.Itoa(n))
	}
}

// articles adds who the articles are and the version of each.
func (k *pageKey) articles(list ...*content.Article) {
	k.number(len(list))
	var version [8]byte
	for _, a := range list {
		if a == nil {
			k.text("-")
			continue
		}
		k.text(a.Path)
		binary.LittleEndian.PutUint64(version[:], a.Version)
		k.h.Write(version[:])
	}
}

func (k *pageKey) links(links ...*Link) {
	k.number(len(links))
	for _, l := range links {
		if l == nil {
			k.text("-")
			continue
		}
		k.text(l.Name, l.URL, l.Note)
		k.number(l.Count)
	}
}

func (k *pageKey) crumbs(crumbs []Crumb) {
	for _, c := range crumbs {
		k.text(c.Name, c.URL)
	}
}

// header adds everything a list's header shows.
func (k *pageKey) header(h *ListHeader) {
	if h == nil {
		k.text("-")
		return
	}
	k.links(h.MergedInto, h.Prev, h.Next)
	k.text(h.MergedSince.String(), strconv.FormatBool(h.Renamed), h.NeighbourLabel)
	k.number(h.HonoureeCount)
	k.text(h.HonourRoll)
	for _, group := range [][]Link{h.FormedFrom, h.Members, h.Months, h.Honourees} {
		k.number(len(group))
		for i := range group {
			k.links(&group[i])
		}
	}
}

func (k *pageKey) sum() uint64 { return k.h.Sum64() }

// reused reports whether the caller keeps the file at path rendered from
// key, and if so returns the File that stands for it.
func (r *Renderer) reused(path string, key uint64, inSitemap bool, lastMod time.Time) (File, bool) {
	if r.reuse == nil || !r.reuse(path, key) {
		return File{}, false
	}
	return File{Path: path, Key: key, Reused: true, InSitemap: inSitemap, LastMod: lastMod}, true
}

// AssetKey is the key of a theme's static file: a digest of its version,
// known since New read the file.
func (r *Renderer) AssetKey(path string) uint64 { return maphash.String(keySeed, r.assets[path]) }

// Holds reports whether the caller holds the file at path rendered from key
// (Options.Reuse); false when Reuse is not set.
func (r *Renderer) Holds(path string, key uint64) bool { return r.reuse != nil && r.reuse(path, key) }
