package render

import (
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// Tags renders the directory /chu-de/ and every tag's page.
func (r *Renderer) Tags(emit Emit) error {
	home := Crumb{Name: r.t("home"), URL: "/"}
	directory := Crumb{Name: r.t("tags_title"), URL: "/chu-de/"}
	view := &DirectoryView{Intro: r.t("tags_intro")}
	group := DirectoryGroup{}
	for _, tag := range r.idx.Tags {
		group.Items = append(group.Items, Link{Name: tag.Name, URL: tag.URL(), Count: len(tag.Articles)})
	}
	if len(group.Items) > 0 {
		view.Groups = append(view.Groups, group)
	}
	if err := r.directory("/chu-de/", r.t("tags_title"), view, []Crumb{home, directory}, emit); err != nil {
		return err
	}
	for _, tag := range r.idx.Tags {
		title := r.t("tag") + ": " + tag.Name
		err := r.list(listSpec{layout: "list", base: tag.URL(), title: title, items: tag.Articles,
			crumbs: []Crumb{home, directory, {Name: tag.Name, URL: tag.URL()}}}, emit)
		if err != nil {
			return err
		}
	}
	return nil
}

// Awards renders the directory /khen-thuong/, awards grouped by category in
// the law's order, and every award's page.
func (r *Renderer) Awards(emit Emit) error {
	home := Crumb{Name: r.t("home"), URL: "/"}
	directory := Crumb{Name: r.t("awards_title"), URL: "/khen-thuong/"}
	view := &DirectoryView{Intro: r.t("awards_intro")}
	groupOf := map[registry.Category]int{}
	for _, page := range r.idx.Awards {
		c := page.Award.Category
		i, ok := groupOf[c]
		if !ok {
			i = len(view.Groups)
			groupOf[c] = i
			view.Groups = append(view.Groups, DirectoryGroup{Head: Link{Name: string(c)}})
		}
		view.Groups[i].Items = append(view.Groups[i].Items, Link{Name: page.Award.Name, URL: page.URL(), Count: len(page.Articles)})
	}
	if err := r.directory("/khen-thuong/", r.t("awards_title"), view, []Crumb{home, directory}, emit); err != nil {
		return err
	}
	for _, page := range r.idx.Awards {
		a := page.Award
		intro := ""
		if a.Signer != "" {
			intro = r.t("award_signer") + ": " + a.Signer + "."
		}
		err := r.list(listSpec{layout: "list", base: page.URL(), title: a.Name, intro: intro, items: page.Articles,
			crumbs: []Crumb{home, directory, {Name: a.Name, URL: page.URL()}}, header: r.awardHonourees(a)}, emit)
		if err != nil {
			return err
		}
	}
	return nil
}

// awardHonourees is how many of an award's honourees its page names.
const awardHonourees = 30

// awardHonourees returns the header of an award's page: its newest
// honourees, or nil when the decisions name none.
func (r *Renderer) awardHonourees(a *registry.Award) *ListHeader {
	if r.idx.Honours == nil {
		return nil
	}
	hs := r.idx.Honours.ByAward[a]
	if len(hs) == 0 {
		return nil
	}
	h := &ListHeader{HonoureeCount: len(hs), HonourRoll: "/vinh-danh/"}
	for _, who := range hs[:min(len(hs), awardHonourees)] {
		note := r.t("honouree_" + who.Type.String())
		if who.Province != nil {
			note += ", " + who.Province.Name
		}
		h.Honourees = append(h.Honourees, Link{Name: who.Name, URL: who.URL(), Note: note})
	}
	return h
}

// Clusters renders the directory /cum-thi-dua/ and every cluster's page,
// which lists its members with the dates of their membership.
func (r *Renderer) Clusters(emit Emit) error {
	if len(r.idx.Clusters) == 0 {
		return nil
	}
	home := Crumb{Name: r.t("home"), URL: "/"}
	directory := Crumb{Name: r.t("clusters_title"), URL: "/cum-thi-dua/"}
	view := &DirectoryView{Intro: r.t("clusters_intro")}
	for _, page := range r.idx.Clusters {
		members := r.members(page.Cluster)
		view.Groups = append(view.Groups, DirectoryGroup{
			Head:  Link{Name: page.Cluster.Name, URL: page.URL(), Count: len(page.Articles)},
			Items: members,
		})
		err := r.list(listSpec{layout: "list", base: page.URL(), title: page.Cluster.Name, items: page.Articles,
			crumbs: []Crumb{home, directory, {Name: page.Cluster.Name, URL: page.URL()}}, header: &ListHeader{Members: members}}, emit)
		if err != nil {
			return err
		}
	}
	return r.directory("/cum-thi-dua/", r.t("clusters_title"), view, []Crumb{home, directory}, emit)
}

// members lists a cluster's provinces in collation order, each with the
// dates of its membership.
func (r *Renderer) members(c *registry.Cluster) []Link {
	var out []Link
	for _, m := range c.Members {
		l := r.provinceLink(m.Province, 0)
		switch {
		case !m.From.IsZero() && !m.To.IsZero():
			l.Note = vietnamese.ShortDate(m.From) + " – " + vietnamese.ShortDate(m.To)
		case !m.From.IsZero():
			l.Note = r.t("member_from") + " " + vietnamese.ShortDate(m.From)
		case !m.To.IsZero():
			l.Note = r.t("member_to") + " " + vietnamese.ShortDate(m.To)
		}
		out = append(out, l)
	}
	vietnamese.SortFunc(out, func(l Link) string { return l.Name })
	return out
}
