package render

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"vinhdanh/internal/content"
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
	// CSV is the address of the list as a CSV file, and its size.
	CSV     string
	CSVSize int64
}

// HonoureeRow is one honouree of a HonoureeTable.
type HonoureeRow struct {
	N int // from 1
	// ID is the row's element ID, unique in the page ("vd-lo-thi-hoa"),
	// which links to an honouree honoured once point at.
	ID                                   string
	Name, Type, Position, Unit, Province string
	Award                                string
}

// honoureeTable returns the table of a's honourees, or nil when its
// decision lists none.
func (r *Renderer) honoureeTable(a *content.Article) *HonoureeTable {
	if a.Decision == nil || len(a.Decision.Honourees) == 0 {
		return nil
	}
	t := &HonoureeTable{Rows: make([]HonoureeRow, len(a.Decision.Honourees)), CSV: "/" + a.Decision.ListPath}
	ids := map[string]int{}
	for i, h := range a.Decision.Honourees {
		row := HonoureeRow{N: i + 1, Name: h.Name, Type: r.t("honouree_" + h.Type.String()), Position: h.Position, Unit: h.Unit}
		if h.Province != nil {
			row.Province = h.Province.Name
		}
		if h.Award != nil {
			row.Award = h.Award.Name
		}
		row.ID = HonoureeAnchor(h.Name, ids)
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

// HonoureeAnchor returns the element ID of an honouree's row: "vd-" and
// the slug of the name, with "-2", "-3" … for the second and later of one
// name in the page, which seen counts.
func HonoureeAnchor(name string, seen map[string]int) string {
	id := "vd-" + vietnamese.Slug(name)
	seen[id]++
	if n := seen[id]; n > 1 {
		id += "-" + strconv.Itoa(n)
	}
	return id
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
