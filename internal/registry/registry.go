package registry

import (
	"time"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/vietnamese"
)

// Registry answers questions about provinces, awards and clusters. A site
// adds its own awards, aliases and clusters while reading its configuration;
// from then on the Registry is only read, and is safe for concurrent use.
type Registry struct {
	provinces *provinceIndex
	awards    *awardIndex
	clusters  []*Cluster
	byCluster map[string]*Cluster
}

// Default returns a new registry of the built-in facts.
func Default() *Registry {
	awards, err := newAwardIndex()
	if err != nil {
		panic(err) // the built-in tables are checked by tests
	}
	return &Registry{provinces: newProvinceIndex(), awards: awards, byCluster: map[string]*Cluster{}}
}

// AddProvinceAlias makes alias a further name of the unit called name.
func (r *Registry) AddProvinceAlias(alias, name string) error {
	u, err := r.Province(name)
	if err == ErrNational {
		return i18n.Errorf("%q means the whole country, not a province", name)
	}
	if err != nil {
		return err
	}
	key := provinceKey(alias)
	if key == "" {
		return i18n.Errorf("alias %q has no letters or digits", alias)
	}
	if other, ok := r.provinces.byKey[key]; ok && other != u {
		what := "the whole country"
		if other != nil {
			what = other.Name
		}
		return i18n.Errorf("alias %q already names %s", alias, what)
	}
	r.provinces.byKey[key] = u
	return nil
}

// Cluster is an emulation cluster (cụm thi đua) or bloc (khối thi đua)
// declared by a site. Membership is dated, since the 2025 merger broke up
// the old clusters.
type Cluster struct {
	Name    string
	Slug    string
	Members []Membership
}

// Membership is a unit's membership of a cluster, from From to To
// inclusive; a zero time leaves that end open.
type Membership struct {
	Province *ProvinceUnit
	From, To time.Time
}

// Has reports whether u, or the unit it became part of, belongs to c at t.
func (c *Cluster) Has(u *ProvinceUnit, t time.Time) bool {
	for _, m := range c.Members {
		if m.Province != u && m.Province != u.Successor {
			continue
		}
		if (m.From.IsZero() || !t.Before(m.From)) && (m.To.IsZero() || !t.After(m.To)) {
			return true
		}
	}
	return false
}

// AddCluster adds a site's cluster; its slug defaults to the slug of its name.
func (r *Registry) AddCluster(c *Cluster) error {
	if c.Slug == "" {
		c.Slug = vietnamese.Slug(c.Name)
	}
	if other, ok := r.byCluster[c.Slug]; ok {
		return i18n.Errorf("cluster %q has the same slug %q as %q", c.Name, c.Slug, other.Name)
	}
	r.byCluster[c.Slug] = c
	r.clusters = append(r.clusters, c)
	return nil
}

// Cluster resolves a cluster by name or slug.
func (r *Registry) Cluster(name string) (*Cluster, error) {
	if c, ok := r.byCluster[vietnamese.Slug(name)]; ok {
		return c, nil
	}
	names := make([]string, len(r.clusters))
	for i, c := range r.clusters {
		names[i] = c.Name
	}
	if len(names) == 0 {
		return nil, i18n.Errorf("unknown cluster %q: the site declares no clusters (add them under clusters: in site.yaml)", name)
	}
	return nil, i18n.Errorf("unknown cluster %q%s", name, diagnostic.DidYouMean(name, names, vietnamese.Slug))
}

// Clusters returns the site's clusters in the order declared.
func (r *Registry) Clusters() []*Cluster { return r.clusters }
