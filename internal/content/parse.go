package content

import (
	"fmt"
	"hash/maphash"
	"image"
	_ "image/gif" // image sizes for width and height attributes
	_ "image/jpeg"
	_ "image/png"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"vinhdanh/internal/config"
	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/metadata"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// foreignKeys are front matter keys of other site generators, with what to
// write instead.
var foreignKeys = map[string]i18n.Text{
	"description":    i18n.T("write the lead as summary"),
	"categories":     i18n.T("use tags"),
	"category":       i18n.T("use tags, or kind for the kind of article"),
	"lastmod":        i18n.T("use updated"),
	"modified":       i18n.T("use updated"),
	"last_modified":  i18n.T("use updated"),
	"publishdate":    i18n.T("use date"),
	"published":      i18n.T("use date"),
	"images":         i18n.T("use image (one file) with image_alt"),
	"featured_image": i18n.T("use image with image_alt"),
	"thumbnail":      i18n.T("use image with image_alt"),
	"cover":          i18n.T("use image with image_alt"),
	"url":            i18n.T("use slug; the rest of the URL comes from the kind and the date"),
	"permalink":      i18n.T("use slug; the rest of the URL comes from the kind and the date"),
	"layout":         i18n.T("vinhdanh chooses the layout from the kind; remove it"),
	"type":           i18n.T("use kind"),
	"weight":         i18n.T("lists are ordered by date; remove it"),
	"tinh":           i18n.T("use province"),
	"tỉnh":           i18n.T("use province"),
}

// invalidUTF8 returns the position of the first byte that is not UTF-8.
func invalidUTF8(src []byte) metadata.Pos {
	line, col := 1, 1
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		if r == utf8.RuneError && size <= 1 {
			return metadata.Pos{Line: line, Col: col}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		src = src[size:]
	}
	return metadata.Pos{Line: line, Col: col}
}

// articleParser holds what one file's checks share.
type articleParser struct {
	d    *metadata.Decoder
	a    *Article
	cfg  *config.Site
	tree *tree
	fsys fs.FS
	// failed is set when the file has an error of its own.
	failed bool
}

func (p *articleParser) errorf(pos metadata.Pos, format string, args ...any) {
	p.failed = true
	p.d.Errorf(pos, format, args...)
}

// parseArticle reads one article. It returns nil when the front matter could
// not be read at all; otherwise the article as far as it could be decoded,
// with every problem in diags.
func parseArticle(p string, src []byte, t *tree, fsys fs.FS, cfg *config.Site, diags *diagnostic.List) *Article {
	d := &metadata.Decoder{File: p, Diags: diags}
	if !utf8.Valid(src) {
		d.Errorf(invalidUTF8(src), "the file is not valid UTF-8 text; save it with UTF-8 encoding")
		return nil
	}
	doc, err := metadata.Split(metadata.Normalise(src))
	if err != nil {
		e := err.(*metadata.Error)
		d.Errorf(e.Pos, "%v", e.Message)
		return nil
	}
	if doc.Format == "" {
		d.Errorf(metadata.Pos{Line: 1, Col: 1}, "no front matter: start the file with a line ---, then title:, date: and kind:, then a line ---")
		return nil
	}
	d.Format = doc.Format
	root, err := metadata.Parse(doc.Format, doc.FrontMatter, doc.Start)
	if err != nil {
		e := err.(*metadata.Error)
		d.Errorf(e.Pos, "%v", e.Message)
		return nil
	}
	textOK := d.CheckText(root)
	checkBody(doc.Body, doc.BodyLine, p, diags)
	a := &Article{Path: p, Body: doc.Body, BodyLine: doc.BodyLine,
		Version: maphash.Bytes(versionSeed, src), front: maphash.Bytes(versionSeed, doc.FrontMatter)}
	if path.Base(p) == "index.md" {
		a.BundleDir = path.Dir(p)
	}
	ap := &articleParser{d: d, a: a, cfg: cfg, tree: t, fsys: fsys}
	ap.decode(root, openingPos(doc))
	if ap.failed || !textOK {
		a.broken = true
	}
	return a
}

// openingPos is where missing keys are reported: the front matter's opening line.
func openingPos(doc metadata.Document) metadata.Pos {
	if doc.Format == metadata.JSON && doc.Start.Line > 0 {
		return metadata.Pos{Line: doc.Start.Line, Col: 1}
	}
	return metadata.Pos{Line: max(doc.Start.Line-1, 1), Col: 1}
}

// nodes are the front matter values that later checks look at together.
type nodes struct {
	title, date, updated, kind, province, provinces, cluster *metadata.Node
	image, imageAlt, decision, exemplar, slug, sourceURL     *metadata.Node
}

func (p *articleParser) decode(root *metadata.Node, opening metadata.Pos) {
	a, d := p.a, p.d
	var n nodes
	var attachments, aliases *metadata.Node
	misspelt := p.d.FieldsHinted(root, "front matter", optionalKeys(map[string]func(*metadata.Node){
		"title":     func(v *metadata.Node) { n.title = v },
		"date":      func(v *metadata.Node) { n.date = v },
		"updated":   func(v *metadata.Node) { n.updated = v },
		"kind":      func(v *metadata.Node) { n.kind = v },
		"province":  func(v *metadata.Node) { n.province = v },
		"provinces": func(v *metadata.Node) { n.provinces = v },
		"period": func(v *metadata.Node) {
			if s, ok := p.text(v, "period"); ok {
				period, err := vietnamese.ParsePeriod(s)
				if err != nil {
					p.errorf(v.Pos, "%v", err)
					return
				}
				a.Period = period
			}
		},
		"cluster": func(v *metadata.Node) { n.cluster = v },
		"awards":  func(v *metadata.Node) { p.awards(v) },
		"tags":    func(v *metadata.Node) { p.tags(v) },
		"summary": func(v *metadata.Node) {
			a.Summary, _ = p.text(v, "summary")
			if n := utf8.RuneCountInString(a.Summary); n > MaxSummaryChars {
				p.errorf(v.Pos, "the summary has %d characters; at most %d are allowed, since every list repeats it: shorten it", n, MaxSummaryChars)
			}
		},
		"image": func(v *metadata.Node) { n.image = v },
		"image_alt": func(v *metadata.Node) {
			n.imageAlt = v
			a.ImageAlt, _ = p.text(v, "image_alt")
		},
		"image_caption": func(v *metadata.Node) { a.ImageCaption, _ = p.text(v, "image_caption") },
		"author":        func(v *metadata.Node) { a.Author, _ = p.text(v, "author") },
		"source":        func(v *metadata.Node) { a.Source, _ = p.text(v, "source") },
		"source_url":    func(v *metadata.Node) { n.sourceURL = v },
		"attachments":   func(v *metadata.Node) { attachments = v },
		"decision":      func(v *metadata.Node) { n.decision = v },
		"exemplar":      func(v *metadata.Node) { n.exemplar = v },
		"slug":          func(v *metadata.Node) { n.slug = v },
		"aliases":       func(v *metadata.Node) { aliases = v },
		"draft": func(v *metadata.Node) {
			if b, ok := d.Bool(v, "draft"); ok {
				a.Draft = b
			} else {
				p.failed = true
			}
		},
	}, "title", "date", "kind", "draft", "decision", "exemplar"), foreignKeys)
	if len(d.Diags.Errors(false)) > 0 {
		p.failed = true
	}

	// Required keys; a misspelt key reported above is not reported missing too.
	missing := func(key string, example i18n.Text) {
		p.failed = true
		if !misspelt[key] {
			p.d.Errorf(opening, "missing %s: add %s", key, example)
		}
	}
	if n.title == nil {
		missing("title", i18n.T(`a line such as title: "Hội nghị tổng kết công tác thi đua năm 2023"`))
	} else if s, ok := p.text(n.title, "title"); ok {
		if s == "" {
			p.errorf(n.title.Pos, "title is empty")
		}
		a.Title = s
	}
	if n.date == nil {
		missing("date", i18n.T("a line such as date: 2023-06-02 09:00"))
	} else {
		a.Date = p.date(n.date, "date")
	}
	if n.updated != nil {
		a.Updated = p.date(n.updated, "updated")
		if !a.Updated.IsZero() && !a.Date.IsZero() && a.Updated.Before(a.Date) {
			p.errorf(n.updated.Pos, "updated (%s) is before date (%s)", vietnamese.LongDate(a.Updated, "vi"), vietnamese.LongDate(a.Date, "vi"))
		}
	}
	if k, ok := folderKind(a.Path); n.kind == nil && ok {
		p.failed = true
		if !misspelt["kind"] {
			p.d.Errorf(opening, "missing kind: the file is in %s/%s/, so add the line kind: %s (or conference, exemplar, decision or news)", ContentDir, k.Section(), k)
		}
	} else if n.kind == nil {
		missing("kind", i18n.T("kind: conference, exemplar, decision or news"))
	} else if s, ok := p.text(n.kind, "kind"); ok {
		k, err := ParseKind(s)
		if err != nil {
			p.errorf(n.kind.Pos, "%v", err)
		}
		a.Kind = k
	}

	p.provinces(n)
	if n.cluster != nil {
		p.cluster(n.cluster)
	}
	p.image(n)
	if attachments != nil {
		p.attachments(attachments)
	}
	if n.sourceURL != nil {
		if s, ok := p.text(n.sourceURL, "source_url"); ok && s != "" {
			if u, err := url.Parse(s); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				p.errorf(n.sourceURL.Pos, "source_url should be a full address starting with https://, not %q", s)
			} else {
				a.SourceURL = s
			}
		}
	}
	p.kindBlocks(n)
	p.url(n)
	if aliases != nil {
		p.aliases(aliases)
	}
	p.folderWarnings()
}

// text returns a scalar's text, reporting other shapes.
func (p *articleParser) text(v *metadata.Node, key string) (string, bool) {
	s, ok := p.d.String(v, key)
	if !ok {
		p.failed = true
	}
	return s, ok
}

func (p *articleParser) date(v *metadata.Node, key string) time.Time {
	s, ok := p.text(v, key)
	if !ok {
		return time.Time{}
	}
	t, err := vietnamese.ParseDate(s, p.cfg.Location)
	if err != nil {
		p.errorf(v.Pos, "%s: %v", key, err)
		return time.Time{}
	}
	return t.In(p.cfg.Location)
}

func (p *articleParser) provinces(n nodes) {
	a := p.a
	v, key := n.province, "province"
	if n.provinces != nil {
		v, key = n.provinces, "provinces"
		if n.province != nil {
			p.errorf(n.province.Pos, "both province and provinces are given; keep one (provinces: [A, B] for several)")
			return
		}
	}
	if v == nil {
		return
	}
	names, items, ok := p.list(v, key, "provinces", func(name string) bool {
		_, err := p.cfg.Registry.Province(name)
		return err == nil || err == registry.ErrNational
	})
	if !ok {
		return
	}
	if key == "province" && len(names) > 1 && v.Kind == metadata.List {
		p.errorf(v.Pos, "province names one province; for several write provinces: [%s]", strings.Join(names, ", "))
	}
	seen := map[*registry.ProvinceUnit]bool{}
	merger, _ := time.ParseInLocation("2006-01-02", registry.MergerDate, p.cfg.Location)
	for i, name := range names {
		u, err := p.cfg.Registry.Province(name)
		if err == registry.ErrNational {
			continue
		}
		if err != nil {
			p.errorf(items[i].Pos, "%v", err)
			continue
		}
		if seen[u] {
			p.d.Warnf(items[i].Pos, "%s is listed twice", u.Name)
			continue
		}
		seen[u] = true
		a.Provinces = append(a.Provinces, u)
		if u.Merged() && !a.Date.IsZero() && !a.Date.Before(merger) {
			p.d.Warnf(items[i].Pos, "%s became part of %s on 01/07/2025; for news dated after that, write %q (the article still appears on the %s page)",
				u.Name, u.Successor.Name, u.Successor.Name, u.Name)
		}
	}
}

func (p *articleParser) cluster(v *metadata.Node) {
	s, ok := p.text(v, "cluster")
	if !ok || s == "" {
		return
	}
	c, err := p.cfg.Registry.Cluster(s)
	if err != nil {
		p.errorf(v.Pos, "%v", err)
		return
	}
	p.a.Cluster = c
	for _, u := range p.a.Provinces {
		if !p.a.Date.IsZero() && !c.Has(u, p.a.Date) {
			p.d.Warnf(v.Pos, "%s is not a member of %s on %s (see clusters in site.yaml)", u.Name, c.Name, vietnamese.ShortDate(p.a.Date))
		}
	}
}

func (p *articleParser) awards(v *metadata.Node) {
	names, items, ok := p.list(v, "awards", "awards", func(name string) bool {
		_, err := p.cfg.Registry.Award(name)
		return err == nil
	})
	if !ok {
		return
	}
	seen := map[*registry.Award]bool{}
	for i, name := range names {
		aw, err := p.cfg.Registry.Award(name)
		if err != nil {
			p.errorf(items[i].Pos, "%v", err)
			continue
		}
		if !seen[aw] {
			seen[aw] = true
			p.a.Awards = append(p.a.Awards, aw)
		}
	}
}

func (p *articleParser) tags(v *metadata.Node) {
	names, items, ok := p.list(v, "tags", "tags", nil)
	if !ok {
		return
	}
	if len(names) > MaxTags {
		p.errorf(v.Pos, "%d tags; at most %d are allowed an article: keep the main ones", len(names), MaxTags)
		return
	}
	seen := map[string]bool{}
	for i, name := range names {
		slug := vietnamese.Slug(name)
		if slug == "" {
			p.errorf(items[i].Pos, "tag %q has no letters or digits", name)
			continue
		}
		if len(slug) > MaxNameBytes {
			p.errorf(items[i].Pos, "the tag %.40q... makes an address part of %d bytes (/chu-de/<tag>/); at most %d are allowed: shorten the tag", name, len(slug), MaxNameBytes)
			continue
		}
		if !seen[slug] {
			seen[slug] = true
			p.a.Tags = append(p.a.Tags, Tag{Name: name, Slug: slug})
		}
	}
}

// list reads the list key as Decoder.Strings does, and one text holding
// commas, where the list should be, as the list its commas separate (a
// paste from a word processor: tags: thi đua, khen thưởng), with a warning
// that shows the list written as formKey. With resolves nil, every comma
// separates; otherwise the text is split only when it names nothing as a
// whole and its parts, some joined back with their commas (award names
// hold commas: "Cờ thi đua cấp bộ, ban, ngành"), each name something,
// longest names first.
func (p *articleParser) list(v *metadata.Node, key, formKey string, resolves func(string) bool) ([]string, []*metadata.Node, bool) {
	names, items, ok := p.d.Strings(v, key)
	if !ok {
		p.failed = true
		return nil, nil, false
	}
	if v.Kind != metadata.Scalar || !strings.Contains(names[0], ",") {
		return names, items, true
	}
	parts := splitNames(names[0], resolves)
	if len(parts) < 2 {
		return names, items, true
	}
	p.d.Warnf(v.Pos, "%s is one text with commas; it is read as a list of %d, which is written %s", key, len(parts), p.d.ListForm(formKey, parts))
	items = make([]*metadata.Node, len(parts))
	for i := range items {
		items[i] = v
	}
	return parts, items, true
}

// splitNames cuts s at its commas as list describes, or returns nil.
func splitNames(s string, resolves func(string) bool) []string {
	var parts []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			parts = append(parts, part)
		}
	}
	if resolves == nil {
		return parts
	}
	if resolves(s) {
		return nil
	}
	var names []string
	for i := 0; i < len(parts); {
		j := len(parts)
		for ; j > i && !resolves(strings.Join(parts[i:j], ", ")); j-- {
		}
		if j == i {
			return nil
		}
		names = append(names, strings.Join(parts[i:j], ", "))
		i = j
	}
	return names
}

// folderKind returns the kind whose section folder the file is in, as in
// content/hoi-nghi/2023/a.md.
func folderKind(file string) (Kind, bool) {
	parts := strings.Split(file, "/")
	if len(parts) < 3 || parts[0] != ContentDir {
		return "", false
	}
	for _, k := range Kinds {
		if parts[1] == k.Section() {
			return k, true
		}
	}
	return "", false
}

var imageExtensions = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true, ".svg": true, ".avif": true}

func (p *articleParser) image(n nodes) {
	a := p.a
	if n.image == nil {
		if n.imageAlt != nil {
			p.d.Warnf(n.imageAlt.Pos, "image_alt is given but there is no image")
		}
		return
	}
	ref, ok := p.text(n.image, "image")
	if !ok || ref == "" {
		return
	}
	if n.imageAlt == nil || strings.TrimSpace(a.ImageAlt) == "" {
		p.errorf(n.image.Pos, "image needs image_alt: a short description of the picture for readers who cannot see it")
	}
	r, err := p.resource(ref)
	if err != nil {
		p.errorf(n.image.Pos, "image: %v", err)
		return
	}
	if !imageExtensions[strings.ToLower(path.Ext(ref))] {
		p.errorf(n.image.Pos, "image %q is not a picture file (.jpg, .png, .gif, .webp, .svg, .avif)", ref)
		return
	}
	p.measure(&r)
	a.Image, a.ImagePos = &r, n.image.Pos
}

// measure reads an image's pixel size from its header.
func (p *articleParser) measure(r *Resource) {
	f, err := p.fsys.Open(r.Source)
	if err != nil {
		return
	}
	defer f.Close()
	if cfg, _, err := image.DecodeConfig(f); err == nil {
		r.Width, r.Height = cfg.Width, cfg.Height
	}
}

func (p *articleParser) attachments(v *metadata.Node) {
	if v.Kind != metadata.List {
		p.errorf(v.Pos, "attachments should be a list of {file, title}, not %s", v.Describe())
		return
	}
	for _, it := range v.Items {
		var at Attachment
		fileNode := it
		if it.Kind == metadata.Map {
			fileNode = nil
			p.d.Fields(it, "attachment", map[string]func(*metadata.Node){
				"file":  func(v *metadata.Node) { fileNode = v },
				"title": func(v *metadata.Node) { at.Title, _ = p.text(v, "title") },
			})
			if fileNode == nil {
				p.errorf(it.Pos, "an attachment needs file: (the file's name in the page bundle)")
				continue
			}
		}
		ref, ok := p.text(fileNode, "file")
		if !ok {
			continue
		}
		r, err := p.resource(ref)
		if err != nil {
			p.errorf(fileNode.Pos, "attachment: %v", err)
			continue
		}
		at.Resource = r
		if at.Title == "" {
			at.Title = path.Base(ref)
		}
		p.a.Attachments = append(p.a.Attachments, at)
	}
}

// resource finds a file named in front matter (see findFile). Its URL is
// filled in once the article's URL is known.
func (p *articleParser) resource(ref string) (Resource, error) {
	name, key, looked, err := findFile(p.tree.files, p.a.BundleDir, ref)
	switch {
	case err != nil:
		return Resource{}, err
	case key == "":
		hint := i18n.Text{}
		if p.a.BundleDir == "" {
			hint = i18n.T("; to keep files with an article, make it a page bundle (a folder with index.md)")
		}
		return Resource{}, notFound(name, looked, hint)
	}
	f := p.tree.files[key]
	if key != StaticDir+"/"+name {
		// Relative to the article's URL, made absolute in url().
		return Resource{Source: f.real, Path: name, Size: f.size}, nil
	}
	return newResource(f.real, name, f.size), nil
}

// notFound is the error for a file looked for in the places looked, and
// not found.
func notFound(name string, looked []string, hint i18n.Text) error {
	if len(looked) == 1 {
		return i18n.Errorf("%q not found (looked for %s)%s", name, looked[0], hint)
	}
	return i18n.Errorf("%q not found (looked for %s and %s)%s", name, strings.Join(looked[:len(looked)-1], ", "), looked[len(looked)-1], hint)
}

func (p *articleParser) kindBlocks(n nodes) {
	a := p.a
	if n.decision != nil && a.Kind != Decision && a.Kind != "" {
		p.errorf(n.decision.Pos, "decision: belongs to articles of kind decision, and this one is %s; remove it or change kind", a.Kind)
	}
	if n.exemplar != nil && a.Kind != Exemplar && a.Kind != "" {
		p.errorf(n.exemplar.Pos, "exemplar: belongs to articles of kind exemplar, and this one is %s; remove it or change kind", a.Kind)
	}
	switch a.Kind {
	case Decision:
		if n.decision == nil {
			p.errorf(n.kind.Pos, "kind decision needs a decision: block with at least its number, e.g. decision: {number: \"946/QĐ-UBND\"}")
			return
		}
		p.decision(n.decision)
	case Exemplar:
		if n.exemplar == nil {
			p.errorf(n.kind.Pos, "kind exemplar needs an exemplar: block with name and type, e.g. exemplar: {name: \"Nguyễn Văn A\", type: individual}")
			return
		}
		p.exemplar(n.exemplar)
	}
}

func (p *articleParser) decision(v *metadata.Node) {
	info := &DecisionInfo{}
	var number, recipients, listNode, fileNode *metadata.Node
	p.d.Fields(v, "decision", optionalKeys(map[string]func(*metadata.Node){
		"number": func(v *metadata.Node) { number = v },
		"signed": func(v *metadata.Node) { info.Signed = p.date(v, "decision.signed") },
		"signer": func(v *metadata.Node) { info.Signer, _ = p.text(v, "decision.signer") },
		"recipients": func(v *metadata.Node) {
			recipients = v
			if r, ok := p.d.Int(v, "decision.recipients", 1, 1000000); ok {
				info.Recipients = r
			} else {
				p.failed = true
			}
		},
		"honourees":      func(v *metadata.Node) { listNode = v },
		"honourees_file": func(v *metadata.Node) { fileNode = v },
	}, "number"))
	if listNode != nil && listNode.Kind == metadata.List && len(listNode.Items) == 0 {
		listNode = nil // "honourees: []", as new files have it
	}
	var entries []honoureeEntry
	switch {
	case listNode != nil && fileNode != nil:
		p.errorf(fileNode.Pos, "both decision.honourees and decision.honourees_file are given; keep one (the file for long lists)")
	case listNode != nil:
		entries = p.honourees(listNode)
	case fileNode != nil:
		entries, info.Annex = p.honoureesFile(fileNode)
	}
	if entries != nil {
		info.Honourees = p.checkHonourees(entries, info, recipients)
	}
	if v.Kind != metadata.Map {
		p.failed = true
		return
	}
	if number != nil && isEmpty(number) && p.a.Draft {
		p.a.unfinished.Warn(p.a.Path, number.Pos.Line, number.Pos.Col, "decision.number is empty; fill it in before you remove draft: true")
	} else if number == nil {
		p.errorf(v.Pos, "decision needs a number, e.g. number: \"946/QĐ-UBND\"")
	} else if s, ok := p.text(number, "decision.number"); ok {
		num, err := registry.ParseDocumentNumber(s)
		switch {
		case err != nil:
			p.errorf(number.Pos, "%v", err)
		case !num.Bare() && num.Type != "QĐ":
			p.errorf(number.Pos, "%q is not a decision: a decision's number has the type QĐ, e.g. %s/QĐ-%s", s, num.Seq, strings.SplitN(num.Issuer, "-", 2)[0])
		default:
			info.Number = num
		}
	}
	if !info.Signed.IsZero() && !p.a.Date.IsZero() && info.Signed.After(p.a.Date) {
		p.errorf(v.Get("signed").Pos, "the decision is signed (%s) after the article's date (%s)", vietnamese.ShortDate(info.Signed), vietnamese.ShortDate(p.a.Date))
	}
	p.a.Decision = info
}

func (p *articleParser) exemplar(v *metadata.Node) {
	info := &ExemplarInfo{}
	var typeNode *metadata.Node
	var nameNode *metadata.Node
	p.d.Fields(v, "exemplar", optionalKeys(map[string]func(*metadata.Node){
		"name": func(v *metadata.Node) {
			nameNode = v
			info.Name, _ = p.text(v, "exemplar.name")
		},
		"field": func(v *metadata.Node) { info.Field, _ = p.text(v, "exemplar.field") },
		"type":  func(v *metadata.Node) { typeNode = v },
		"decision": func(v *metadata.Node) {
			if s, ok := p.text(v, "exemplar.decision"); ok && s != "" {
				info.DecisionRef, info.refPos = s, v.Pos
				if !looksLikePath(s) {
					if _, err := registry.ParseDocumentNumber(s); err != nil {
						p.errorf(v.Pos, "%v; or name the decision article by its path, e.g. content/quyet-dinh/2023/ten-bai.md", err)
						info.DecisionRef = ""
					}
				}
			}
		},
	}, "name", "type"))
	if v.Kind != metadata.Map {
		p.failed = true
		return
	}
	switch {
	case info.Name == "" && nameNode != nil && p.a.Draft:
		p.a.unfinished.Warn(p.a.Path, nameNode.Pos.Line, nameNode.Pos.Col, "exemplar.name is empty; fill it in before you remove draft: true")
	case info.Name == "":
		p.errorf(v.Pos, "exemplar needs a name: the person, collective or household honoured")
	}
	if typeNode == nil {
		p.errorf(v.Pos, "exemplar needs a type: individual, collective or household")
	} else if s, ok := p.text(typeNode, "exemplar.type"); ok {
		t, err := parseExemplarType(s)
		if err != nil {
			p.errorf(typeNode.Pos, "%v", err)
		}
		info.Type = t
	}
	p.a.Exemplar = info
}

// optionalKeys wraps the handlers of a map's keys so that an empty value
// (nothing after the colon, or "") counts as not given, as the archetypes of
// vinhdanh new write the keys an editor has not filled in yet. The keys
// named in required still see their empty values, to report them.
func optionalKeys(handlers map[string]func(*metadata.Node), required ...string) map[string]func(*metadata.Node) {
	for key, h := range handlers {
		if slices.Contains(required, key) {
			continue
		}
		handlers[key] = func(v *metadata.Node) {
			if !isEmpty(v) {
				h(v)
			}
		}
	}
	return handlers
}

// isEmpty reports whether v is null or blank text.
func isEmpty(v *metadata.Node) bool {
	return v.Kind == metadata.Null || (v.Kind == metadata.Scalar && strings.TrimSpace(v.Value) == "")
}

// looksLikePath reports whether a decision reference names a file or URL
// rather than a document number.
func looksLikePath(s string) bool {
	return strings.HasSuffix(s, ".md") || strings.HasPrefix(s, ContentDir+"/") ||
		(strings.HasPrefix(s, "/") && strings.HasSuffix(s, "/"))
}

// url works out the slug and URL, and makes bundle resource URLs absolute.
func (p *articleParser) url(n nodes) {
	a := p.a
	if n.slug != nil {
		if s, ok := p.text(n.slug, "slug"); ok {
			if !vietnamese.IsSlug(s) {
				suggestion := vietnamese.Slug(s)
				if suggestion == "" {
					p.errorf(n.slug.Pos, "slug %q has no letters or digits", s)
				} else {
					p.errorf(n.slug.Pos, "slug should be lower-case ASCII letters, digits and hyphens (did you mean %q?)", suggestion)
				}
			}
			a.Slug = s
		}
	}
	if a.Slug == "" {
		name := strings.TrimSuffix(path.Base(a.Path), path.Ext(a.Path))
		if a.BundleDir != "" {
			name = path.Base(a.BundleDir)
		}
		a.Slug = vietnamese.Slug(name)
		if a.Slug == "" {
			p.errorf(metadata.Pos{Line: 1, Col: 1}, "cannot make a URL from the file name %q; rename the file or add slug:", name)
		}
	}
	if len(a.Slug) > MaxNameBytes {
		if n.slug != nil {
			p.errorf(n.slug.Pos, "the slug is %d bytes long; at most %d are allowed, since it becomes a folder name: shorten it", len(a.Slug), MaxNameBytes)
		} else {
			p.errorf(metadata.Pos{Line: 1, Col: 1}, "the file name makes a slug of %d bytes; at most %d are allowed, since it becomes a folder name: add a shorter slug: or rename the file", len(a.Slug), MaxNameBytes)
		}
		a.Slug = ""
	}
	if a.Kind == "" || a.Date.IsZero() || a.Slug == "" {
		return
	}
	a.URL = fmt.Sprintf("/%s/%d/%s/", a.Kind.Section(), a.Date.Year(), a.Slug)
	if d := a.Decision; d != nil && len(d.Honourees) > 0 {
		name := "danh-sach-khen-thuong.csv"
		if slug := vietnamese.Slug(d.Number.String()); slug != "" {
			name = "danh-sach-" + slug + ".csv"
		}
		d.ListPath = strings.TrimPrefix(a.URL, "/") + name
	}
	if a.BundleDir != "" {
		a.Resources = bundleResources(p.tree, a.BundleDir, a.URL)
		if a.Decision != nil && a.Decision.Annex != nil {
			// The annex is published as the list the build checked (its
			// known columns, as CSV), not as the file: a workbook may hold
			// other sheets and columns (dates of birth, ID numbers).
			a.Resources = slices.DeleteFunc(a.Resources, func(r Resource) bool { return r.Source == a.Decision.Annex.Source })
		}
		// Pictures in the body get their size from here; the lead image,
		// measured already, is not read again.
		for i := range a.Resources {
			r := &a.Resources[i]
			p.checkActive(*r)
			switch {
			case a.Image != nil && a.Image.Source == r.Source:
				r.Width, r.Height = a.Image.Width, a.Image.Height
			case imageExtensions[strings.ToLower(path.Ext(r.Path))]:
				p.measure(r)
			}
		}
	}
	fix := func(r *Resource) {
		if r.URL == "" { // a bundle file, named relative to the article
			width, height := r.Width, r.Height
			*r = newResource(r.Source, strings.TrimPrefix(a.URL, "/")+r.Path, r.Size)
			r.Width, r.Height = width, height
		}
	}
	if a.Image != nil {
		fix(a.Image)
	}
	for i := range a.Attachments {
		fix(&a.Attachments[i].Resource)
	}
}

func (p *articleParser) aliases(v *metadata.Node) {
	list, items, ok := p.d.Strings(v, "aliases")
	if !ok {
		p.failed = true
		return
	}
	for i, s := range list {
		if strings.Contains(s, "://") {
			u, err := url.Parse(s)
			if err != nil {
				p.errorf(items[i].Pos, "alias %q is not a path", s)
				continue
			}
			s = u.Path
		}
		if !strings.HasPrefix(s, "/") {
			s = "/" + s
		}
		clean := path.Clean(s)
		if strings.Contains(s, "..") || strings.ContainsAny(s, "?#\\ ") || clean == "/" {
			p.errorf(items[i].Pos, "alias %q should be a path of this site such as /tin-cu/2021/bai-viet.html", list[i])
			continue
		}
		switch ext := strings.ToLower(path.Ext(clean)); ext {
		case ".html", ".htm":
		case "":
			clean += "/"
		default:
			p.errorf(items[i].Pos, "alias %q ends in %s, which a static host does not serve as a page; only addresses ending in / or .html can redirect", list[i], ext)
			continue
		}
		p.a.Aliases = append(p.a.Aliases, clean)
		p.a.aliasPos = append(p.a.aliasPos, items[i].Pos)
	}
}

// folderWarnings points out a file filed under another kind's section or
// another year than its date says, where the URL will not match the folder.
func (p *articleParser) folderWarnings() {
	a := p.a
	if a.Kind == "" || a.Date.IsZero() || a.URL == "" {
		return
	}
	parts := strings.Split(a.Path, "/")
	if len(parts) < 3 {
		return
	}
	section := parts[1]
	for _, k := range Kinds {
		if section == k.Section() && k != a.Kind {
			p.d.Warnf(metadata.Pos{Line: 1, Col: 1}, "the file is in %s/ but its kind is %s, so it is published at %s; move it to %s/%s/ or change kind",
				section, a.Kind, a.URL, ContentDir, a.Kind.Section())
		}
	}
	if len(parts) >= 4 {
		year := parts[2]
		if len(year) == 4 && strings.Trim(year, "0123456789") == "" && year != fmt.Sprint(a.Date.Year()) {
			p.d.Warnf(metadata.Pos{Line: 1, Col: 1}, "the file is in the folder %s but dated %d; check the date, or move the file", year, a.Date.Year())
		}
	}
}
