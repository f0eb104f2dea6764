package render

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"vinhdanh/internal/content"
	"vinhdanh/internal/index"
	"vinhdanh/internal/registry"
	"vinhdanh/internal/vietnamese"
)

// HonoureeTable is a decision's list of honourees as its page shows it:
// a row each, in the list's order, and the columns any row fills.
type HonoureeTable struct {
	Rows []HonoureeRow
	// Which of the columns after the name hold a value in some row.
	Position, Unit, Province, Award bool
	// Counts by type, and in words ("12 cá nhân, 3 tập thể"), the types
	// with none left out.
	Individuals, Collectives, Households int
	Counts                               string
	// CSV is the address of the list as a CSV file, and its size; Roll
	// the honour roll's.
	CSV     string
	CSVSize int64
	Roll    string
}

// HonoureeRow is one honouree of a HonoureeTable.
type HonoureeRow struct {
	N int // from 1
	// ID is the row's element ID, unique in the page ("vd-lo-thi-hoa"),
	// which links to an honouree honoured once point at.
	ID                                   string
	Name, Type, Position, Unit, Province string
	Award                                string
	// URL is the honouree's page, when they have one (honoured by more
	// than one decision, or the subject of an exemplar article), and
	// Honours how many decisions name them.
	URL     string
	Honours int
}

// honoureeTable returns the table of a's honourees, or nil when its
// decision lists none.
func (r *Renderer) honoureeTable(a *content.Article) *HonoureeTable {
	if a.Decision == nil || len(a.Decision.Honourees) == 0 {
		return nil
	}
	t := &HonoureeTable{Rows: make([]HonoureeRow, len(a.Decision.Honourees)), CSV: "/" + a.Decision.ListPath, Roll: "/vinh-danh/"}
	for i := range a.Decision.Honourees {
		h := &a.Decision.Honourees[i]
		row := HonoureeRow{N: i + 1, Name: h.Name, Type: r.t("honouree_" + h.Type.String()), Position: h.Position, Unit: h.Unit}
		if who := r.idx.Honours.Of[h]; who != nil && who.Slug != "" {
			row.URL = who.URL()
			row.Honours = len(who.Honours)
		}
		if h.Province != nil {
			row.Province = h.Province.Name
		}
		if h.Award != nil {
			row.Award = h.Award.Name
		}
		row.ID = r.idx.Honours.Anchors[h]
		t.Position = t.Position || row.Position != ""
		t.Unit = t.Unit || row.Unit != ""
		t.Province = t.Province || (h.Province != nil && (len(a.Provinces) != 1 || h.Province != a.Provinces[0]))
		t.Award = t.Award || (row.Award != "" && (len(a.Awards) != 1 || h.Award != a.Awards[0]))
		switch h.Type {
		case registry.Collective:
			t.Collectives++
		case registry.Household:
			t.Households++
		default:
			t.Individuals++
		}
		t.Rows[i] = row
	}
	var counts []string
	for _, c := range []struct {
		key string
		n   int
	}{{"honourees_individuals", t.Individuals}, {"honourees_collectives", t.Collectives}, {"honourees_households", t.Households}} {
		if c.n > 0 {
			counts = append(counts, fmt.Sprintf(r.t(c.key), c.n))
		}
	}
	t.Counts = strings.Join(counts, ", ")
	t.CSVSize = int64(len(r.honoureesCSV(a)))
	return t
}

// HonoureesCSV returns the CSV file of a decision's honourees, published
// at a.Decision.ListPath, and whether a has one: a header row and a row
// each, with every column (STT, name, type, position, unit, province,
// award), in UTF-8 with a byte-order mark and CRLF line ends, as Excel
// opens it.
func (r *Renderer) HonoureesCSV(a *content.Article) ([]byte, bool) {
	if a.Decision == nil || len(a.Decision.Honourees) == 0 {
		return nil, false
	}
	return r.honoureesCSV(a), true
}

func (r *Renderer) honoureesCSV(a *content.Article) []byte {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	w.Write([]string{r.t("honourees_n"), r.t("honourees_name"), r.t("honourees_type"), r.t("honourees_position"),
		r.t("honourees_unit"), r.t("honourees_province"), r.t("honourees_award")})
	for i, h := range a.Decision.Honourees {
		row := []string{strconv.Itoa(i + 1), h.Name, r.t("honouree_" + h.Type.String()), h.Position, h.Unit, "", ""}
		if h.Province != nil {
			row[5] = h.Province.Name
		}
		if h.Award != nil {
			row[6] = h.Award.Name
		}
		w.Write(row)
	}
	w.Flush() // into a buffer: no error
	return b.Bytes()
}

// HonoureeView is an honouree's page: who, and every decision and article
// about them, newest first.
type HonoureeView struct {
	Type, Province string
	Honours        []HonourRow
	Exemplars      []*content.Article
}

// HonourRow is one decision naming an honouree.
type HonourRow struct {
	Decision *content.Article
	// URL is the honouree's row in the decision's page.
	URL                   string
	Award, Position, Unit string
	Province              string
}

// letterIDs spell the letters with marks as Telex types them, so that
// each letter's element ID is its own: A "a", Ă "aw", Â "aa".
var letterIDs = map[string]string{"Ă": "aw", "Â": "aa", "Đ": "dd", "Ê": "ee", "Ô": "oo", "Ơ": "ow", "Ư": "uw", "#": "so"}

// rollPage is how many honourees a page of the honour roll lists: the
// whole roll on /vinh-danh/ up to it, and then each letter's on pages of
// its own (/vinh-danh/theo-chu/l/, /vinh-danh/theo-chu/l/2/ …), so that no
// page grows with the site.
const rollPage = 500

// Honourees renders the honour roll: the directory /vinh-danh/, every
// honouree in collation order under the first letter of their name, with
// links to each letter, and the page of each honouree that has one. A
// roll of more than rollPage names lists its letters on /vinh-danh/, and
// each letter's names on pages of rollPage. A site whose decisions list
// nobody has neither.
func (r *Renderer) Honourees(emit Emit) error {
	roll := r.idx.Honours
	if roll == nil || len(roll.All) == 0 {
		return nil
	}
	home := Crumb{Name: r.t("home"), URL: "/"}
	directory := Crumb{Name: r.t("honour_roll_title"), URL: "/vinh-danh/"}
	intro := fmt.Sprintf(r.t("honour_roll_intro"), len(roll.All), len(roll.Pages))
	// The names by letter, in order.
	type letterGroup struct {
		letter, id string
		names      []*index.Honouree
	}
	// A letter's group is one, wherever its names sort (a name the
	// collation places among others keeps its own letter's group).
	var letters []*letterGroup
	byLetter := map[string]*letterGroup{}
	for _, h := range roll.All {
		letter := vietnamese.Letter(h.Name)
		g := byLetter[letter]
		if g == nil {
			id := letterIDs[letter]
			if id == "" {
				id = vietnamese.Slug(letter)
			}
			if id == "" {
				id = "khac" // a letter of another alphabet
			}
			g = &letterGroup{letter: letter, id: id}
			byLetter[letter] = g
			letters = append(letters, g)
		}
		g.names = append(g.names, h)
	}
	item := func(h *index.Honouree) Link {
		note := r.t("honouree_" + h.Type.String())
		if h.Province != nil {
			note += ", " + h.Province.Name
		}
		return Link{Name: h.Name, URL: h.URL(), Note: note, Count: len(h.Honours)}
	}
	if len(roll.All) <= rollPage {
		view := &DirectoryView{Intro: intro}
		for _, l := range letters {
			g := DirectoryGroup{Head: Link{Name: l.letter}, ID: "chu-" + l.id}
			for _, h := range l.names {
				g.Items = append(g.Items, item(h))
			}
			view.Groups = append(view.Groups, g)
			view.Letters = append(view.Letters, Link{Name: l.letter, URL: "#chu-" + l.id})
		}
		if err := r.directory("/vinh-danh/", r.t("honour_roll_title"), view, []Crumb{home, directory}, emit); err != nil {
			return err
		}
	} else {
		var nav []Link
		for _, l := range letters {
			nav = append(nav, Link{Name: l.letter, URL: letterURL(l.id, 1), Count: len(l.names)})
		}
		view := &DirectoryView{Intro: intro, Letters: nav, Groups: []DirectoryGroup{{Items: nav}}}
		if err := r.directory("/vinh-danh/", r.t("honour_roll_title"), view, []Crumb{home, directory}, emit); err != nil {
			return err
		}
		for _, l := range letters {
			pages := (len(l.names) + rollPage - 1) / rollPage
			for page := 1; page <= pages; page++ {
				url := letterURL(l.id, page)
				title := fmt.Sprintf(r.t("honour_roll_letter"), l.letter)
				v := &DirectoryView{Letters: nav}
				if pages > 1 {
					title += " · " + fmt.Sprintf(r.t("page_of"), page, pages)
					for n := 1; n <= pages; n++ {
						v.Pages = append(v.Pages, Link{Name: strconv.Itoa(n), URL: letterURL(l.id, n)})
					}
				}
				g := DirectoryGroup{Head: Link{Name: l.letter}}
				for _, h := range l.names[(page-1)*rollPage : min(len(l.names), page*rollPage)] {
					g.Items = append(g.Items, item(h))
				}
				v.Groups = []DirectoryGroup{g}
				if err := r.directory(url, title, v, []Crumb{home, directory, {Name: title, URL: url}}, emit); err != nil {
					return err
				}
			}
		}
	}
	for _, h := range roll.Pages {
		if err := r.honoureePage(h, []Crumb{home, directory}, emit); err != nil {
			return err
		}
	}
	return nil
}

// letterURL is the site path of a page of the honour roll's names that
// start with the letter of element ID id ("l", "dd").
func letterURL(id string, page int) string {
	if page == 1 {
		return "/vinh-danh/theo-chu/" + id + "/"
	}
	return "/vinh-danh/theo-chu/" + id + "/" + strconv.Itoa(page) + "/"
}

// honoureePage renders the page of h.
func (r *Renderer) honoureePage(h *index.Honouree, crumbs []Crumb, emit Emit) error {
	url := h.URL()
	p := r.newPage("honouree", url, h.Name)
	v := &HonoureeView{Type: r.t("honouree_" + h.Type.String()), Exemplars: h.Exemplars}
	if h.Province != nil {
		v.Province = h.Province.Name
	}
	for _, hon := range h.Honours {
		row := HonourRow{Decision: hon.Decision, URL: hon.Decision.URL + "#" + hon.Anchor, Position: hon.Entry.Position, Unit: hon.Entry.Unit}
		if hon.Entry.Award != nil {
			row.Award = hon.Entry.Award.Name
		}
		if hon.Entry.Province != nil {
			row.Province = hon.Entry.Province.Name
		}
		v.Honours = append(v.Honours, row)
	}
	p.Honouree = v
	p.Description = fmt.Sprintf(r.t("honouree_description"), h.Name, len(h.Honours))
	p.Breadcrumbs = append(slices.Clone(crumbs), Crumb{Name: h.Name, URL: url})
	p.JSONLD = r.breadcrumbJSONLD(p.Breadcrumbs)
	f, err := r.execute("honouree", p)
	if err != nil {
		return err
	}
	return emit(f)
}
