package corpus

import (
	"strconv"
	"strings"
	"time"

	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// cluster is an emulation cluster the corpus's site.yaml declares. Former
// units that the merger absorbed are members up to 2025-06-30; the units
// formed or enlarged by it join from 2025-07-01; units that kept their name
// are members throughout.
type cluster struct {
	name, slug string
	members    []member
	reg        *registry.Cluster // the same membership, to ask Has
}

type member struct {
	name     string
	from, to string // "2025-07-01", or "" for open
}

var clusterSpecs = []struct {
	name    string
	members []member
}{
	{"Cụm thi đua các tỉnh miền núi phía Bắc", []member{
		{"Hà Giang", "", "2025-06-30"}, {"Tuyên Quang", "", ""}, {"Cao Bằng", "", ""},
		{"Bắc Kạn", "", "2025-06-30"}, {"Thái Nguyên", "", ""}, {"Lào Cai", "", ""},
		{"Yên Bái", "", "2025-06-30"}, {"Lạng Sơn", "", ""},
	}},
	{"Cụm thi đua các thành phố trực thuộc Trung ương", []member{
		{"Hà Nội", "", ""}, {"Hải Phòng", "", ""}, {"Đà Nẵng", "", ""}, {"Hồ Chí Minh", "", ""},
		{"Cần Thơ", "", ""}, {"Huế", "2025-01-01", ""},
	}},
	{"Cụm thi đua các tỉnh Đông Nam Bộ", []member{
		{"Bình Phước", "", "2025-06-30"}, {"Bình Dương", "", "2025-06-30"}, {"Đồng Nai", "", ""},
		{"Tây Ninh", "", ""}, {"Bà Rịa - Vũng Tàu", "", "2025-06-30"}, {"Long An", "", "2025-06-30"},
	}},
	{"Cụm thi đua các tỉnh Tây Nguyên", []member{
		{"Kon Tum", "", "2025-06-30"}, {"Gia Lai", "", ""}, {"Đắk Lắk", "", ""},
		{"Đắk Nông", "", "2025-06-30"}, {"Lâm Đồng", "", ""}, {"Quảng Ngãi", "2025-07-01", ""},
	}},
}

func (g *generator) newClusters() []*cluster {
	var out []*cluster
	for _, spec := range clusterSpecs {
		c := &cluster{name: spec.name, slug: vietnamese.Slug(spec.name), members: spec.members}
		c.reg = &registry.Cluster{Name: c.name, Slug: c.slug}
		for _, m := range spec.members {
			u, err := g.reg.Province(m.name)
			if err != nil {
				continue // the tests check every name resolves
			}
			ms := registry.Membership{Province: u}
			if m.from != "" {
				ms.From, _ = time.ParseInLocation("2006-01-02", m.from, zone)
			}
			if m.to != "" {
				to, _ := time.ParseInLocation("2006-01-02", m.to, zone)
				ms.To = to.Add(24*time.Hour - time.Nanosecond)
			}
			c.reg.Members = append(c.reg.Members, ms)
		}
		out = append(out, c)
	}
	return out
}

// eligible lists the members an article dated t may name with the cluster:
// units of the article's era that belong to the cluster at t.
func (c *cluster) eligible(t time.Time, after bool) []*registry.ProvinceUnit {
	var out []*registry.ProvinceUnit
	for _, m := range c.reg.Members {
		u := m.Province
		inEra := u.Former
		if after {
			inEra = u.Current
		}
		if inEra && c.reg.Has(u, t) && !containsUnit(out, u) {
			out = append(out, u)
		}
	}
	return out
}

// siteYAML is the corpus's site.yaml.
func (g *generator) siteYAML() []byte {
	var b strings.Builder
	b.WriteString(marker + " of " + itoa(g.n) + " articles, seed " + strconv.FormatUint(g.seed, 10) + ".\n")
	b.WriteString("# Written by corpusgen for benchmarks and scale tests; regenerate it rather than edit it.\n")
	b.WriteString(`title: "Thi đua – Khen thưởng: kho tin tổng hợp"
description: "Tin tức về phong trào thi đua yêu nước, điển hình tiên tiến và các quyết định khen thưởng ở các địa phương trên cả nước."
base_url: "https://corpus.example/"
language: vi
timezone: Asia/Ho_Chi_Minh
paginate: 20
organisation: "Ban Biên tập Kho tin Thi đua – Khen thưởng"
clusters:
`)
	for _, c := range g.clusters {
		b.WriteString("  - name: " + quote(c.name) + "\n    members:\n")
		for _, m := range c.members {
			switch {
			case m.from == "" && m.to == "":
				b.WriteString("      - " + quote(m.name) + "\n")
			case m.from == "":
				b.WriteString("      - {province: " + quote(m.name) + ", to: " + m.to + "}\n")
			case m.to == "":
				b.WriteString("      - {province: " + quote(m.name) + ", from: " + m.from + "}\n")
			default:
				b.WriteString("      - {province: " + quote(m.name) + ", from: " + m.from + ", to: " + m.to + "}\n")
			}
		}
	}
	return []byte(b.String())
}
