// Package annex reads the list of honourees that comes with an award
// decision (its annex, "danh sách kèm theo quyết định") as press offices
// keep it: a CSV file or an Excel workbook (.xlsx), a row an honouree. It
// is the one package that imports github.com/xuri/excelize/v2.
//
// # The table
//
// The header row is the first of the first 30 rows that has a column of
// names; rows above it (the annex's title, "Kèm theo Quyết định số …")
// are skipped. Columns are known by their header, compared without case,
// marks or punctuation, in Vietnamese or English:
//
//	name      Họ và tên, Họ tên, Tên, Tên tập thể, Tên đơn vị, Tên hộ,
//	          Chủ hộ, Họ và tên/Tên tập thể, Name, Full name
//	position  Chức vụ, Chức danh, Position, Job title
//	unit      Đơn vị, Nơi công tác, Đơn vị công tác, Cơ quan, Địa chỉ,
//	          Chức vụ, đơn vị (one column for both), Unit, Organisation
//	province  Tỉnh, Tỉnh, thành, Tỉnh/thành phố, Địa phương, Province
//	award     Hình thức khen thưởng, Hình thức, Danh hiệu, Khen thưởng, Award
//	type      Loại, Đối tượng, Type
//	id        ID, Mã, Mã số, Mã định danh
//
// Any other column (STT, Ghi chú, Thành tích) is left out. The name
// column's header gives a default type: Họ và tên and Họ tên an
// individual, Tên tập thể and Tên đơn vị a collective, Tên hộ and Chủ hộ a
// household. Annexes group their rows under headings: "I. TẬP THỂ",
// "II. Cá nhân", "I. HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHÌ" then "Tập thể". A row
// whose only text is one cell, a list mark and a name alone, or a type's
// name alone, is a heading (see sectionHeading): one that names a type
// gives the rows under it that type by default (Row.Section); any other
// opens a group (Row.Group), whose text may name the rows' award. Empty rows are
// skipped. A type column, where there is one, says each row's type.
//
// # CSV
//
// A CSV file must be UTF-8 (Excel: "CSV UTF-8"); a byte-order mark is
// dropped. The separator is the one of comma, semicolon and tab that the
// header row holds most of, outside quotes: Excel writes semicolons where
// the decimal separator is a comma, as in Vietnamese settings. Places are
// lines and columns (in characters) of the file.
//
// # XLSX
//
// The workbook's first sheet is read, with each cell's value as Excel
// shows it. Places are the sheet and cell ("Sheet1!B7"), with the row as
// line and the column's number as column, so that problems sort in the
// sheet's order. A workbook over MaxBytes, one whose parts unzip to more
// than 64 MB, or one protected by a password is refused.
//
// Read never panics: what it cannot read is a Problem with the reason in
// an editor's words (made by i18n.Errorf), at the place it concerns.
package annex

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"vinhdanh/internal/i18n"
	"vinhdanh/internal/vietnamese"
)

// MaxBytes is the largest annex file read: some 100,000 rows.
const MaxBytes = 16 << 20

// MaxRows is the most honourees one annex may list.
const MaxRows = 100_000

// headerRows is how many rows may come before the header row.
const headerRows = 30

// maxGrid is the most rows read, and maxColumns the most cells of a row:
// an annex of MaxRows honourees, headings and empty rows among them, and a
// sheet with a stray cell far to the right, fit.
const (
	maxGrid    = 2*MaxRows + headerRows
	maxColumns = 64
)

// Field is a column of the table.
type Field int

const (
	Name Field = iota
	Position
	Unit
	Province
	Award
	Type
	ID
	numFields
)

// Place is where a value is: a line and column of a CSV file, or a cell
// of a workbook (Cell "Sheet1!B7", Line its row, Col its column's number).
// The zero Place is nowhere: a value that is not in the file.
type Place struct {
	Line, Col int
	Cell      string
}

// Row is one honouree as the file gives it.
type Row struct {
	// Values are the cells' texts, trimmed, by Field; "" for a column the
	// table lacks or an empty cell.
	Values [numFields]string
	// At are the places of the values' cells, by Field; the zero Place
	// for a column the table lacks.
	At [numFields]Place
	// Place is where the row starts: its first cell.
	Place Place
	// Section is the type the section heading above the row names
	// ("individual", "collective", "household"), or "" when none does;
	// DefaultType the type the name column's header names, or "".
	Section, DefaultType string
	// Group is the text of the last heading above the row that names no
	// type ("HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHÌ"), without its list mark: it
	// may name the award of the rows under it.
	Group string
}

// Table is an annex read.
type Table struct {
	Rows []Row
	// Header is the place of the header row's first cell.
	Header Place
	// Has tells which columns the table has.
	Has [numFields]bool
}

// Problem is what could not be read, where.
type Problem struct {
	Place Place
	Err   error
}

// Read reads the annex file name (its extension says the format: .csv or
// .xlsx) holding data. It returns the table with the rows it could read,
// and the problems; a table is nil when the file could not be read at all.
func Read(name string, data []byte) (*Table, []Problem) {
	if len(data) > MaxBytes {
		return nil, []Problem{{Err: i18n.Errorf("the file is %d MB, more than the %d MB an annex may be: split it into several decisions' annexes", len(data)>>20, MaxBytes>>20)}}
	}
	var grid [][]cell
	var err error
	switch strings.ToLower(path.Ext(name)) {
	case ".csv":
		grid, err = readCSV(data)
	case ".xlsx":
		grid, err = readXLSX(data)
	default:
		err = i18n.Errorf("an annex is a .csv or .xlsx file; save it from Excel as Excel Workbook (.xlsx) or CSV UTF-8")
	}
	if err != nil {
		return nil, []Problem{{Err: err}}
	}
	return table(grid)
}

// cell is one cell's text and place.
type cell struct {
	text string
	at   Place
}

// table finds the header row in grid and reads the rows under it.
func table(grid [][]cell) (*Table, []Problem) {
	for h, row := range grid[:min(len(grid), headerRows)] {
		cols, defaultType, ok := header(row)
		if !ok {
			continue
		}
		t := &Table{Header: first(row)}
		for _, f := range cols {
			if f >= 0 {
				t.Has[f] = true
			}
		}
		var problems []Problem
		firstOf := map[Field]int{}
		for i, f := range cols {
			if f < 0 {
				continue
			}
			if j, seen := firstOf[f]; !seen {
				firstOf[f] = i
			} else if j >= 0 {
				problems = append(problems, Problem{row[i].at, i18n.Errorf("the column %q says again what the column %q says; keep one of them", row[i].text, row[j].text)})
				firstOf[f] = -1 // once for each column's kind
			}
		}
		group, section := "", ""
		for _, r := range grid[h+1:] {
			if heading, ok := sectionHeading(r, cols); ok {
				// A heading that names a type opens a part of the group
				// it is in; any other opens a group.
				if isTypeAlone(heading) {
					section = sectionType(heading)
				} else {
					group, section = heading, ""
				}
				continue
			}
			if empty(r) {
				continue
			}
			if len(t.Rows) == MaxRows || (len(t.Rows) > 0 && r[0].at.Line >= maxGrid) {
				problems = append(problems, Problem{first(r), i18n.Errorf("the annex lists more than %d honourees; split it into several decisions' annexes", MaxRows)})
				break
			}
			row := Row{Place: first(r), Section: section, Group: group, DefaultType: defaultType}
			for i, c := range r {
				if i < len(cols) && cols[i] >= 0 {
					row.Values[cols[i]], row.At[cols[i]] = c.text, c.at
				}
			}
			for f := range numFields {
				if t.Has[f] && row.At[f] == (Place{}) {
					row.At[f] = row.Place // an empty cell past the row's last
				}
			}
			t.Rows = append(t.Rows, row)
		}
		return t, problems
	}
	at := Place{}
	if len(grid) > 0 {
		at = first(grid[0])
	}
	return nil, []Problem{{at, i18n.Errorf("no header row with a column of names: the annex needs a row of headers such as STT, Họ và tên (or Tên tập thể), Chức vụ, Đơn vị, above the honourees")}}
}

// empty reports whether every cell of r is.
func empty(r []cell) bool {
	for _, c := range r {
		if c.text != "" {
			return false
		}
	}
	return true
}

// sectionHeading reports whether r heads a section of the annex, and its
// text, without a list mark: a row whose only text is in one cell that is
// not a name (the STT column's "I", "II. CÁ NHÂN"), or starts with a
// number or letter of a list ("II. CÁ NHÂN", "B) Tập thể"), or whose name
// is a type alone ("TẬP THỂ", "Cá nhân (12)") with at most a number beside
// it, or a row of a Roman numeral or letter and a name alone ("I" and
// "HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHÌ"). A row whose only text is a number is
// an honouree without a name.
func sectionHeading(r []cell, cols []Field) (string, bool) {
	var texts []string
	nameText, markText := "", ""
	for i, c := range r {
		if c.text == "" {
			continue
		}
		texts = append(texts, c.text)
		switch {
		case i < len(cols) && cols[i] == Name:
			nameText = c.text
		case markText == "" && nameText == "": // a list mark comes before the name
			markText = c.text
		}
	}
	switch {
	case len(texts) == 1 && nameText == "" && !isNumber(texts[0]):
		return unmark(texts[0]), true
	case len(texts) == 1 && enumerated(texts[0]):
		return unmark(texts[0]), true
	case len(texts) <= 2 && nameText != "" && isTypeAlone(nameText):
		return unmark(nameText), true
	case len(texts) == 2 && nameText != "" && listMark(markText):
		return nameText, true
	}
	return "", false
}

// listMark reports whether s is the mark of a list's item that is not a
// number: a Roman numeral or a letter, with or without a full stop.
func listMark(s string) bool {
	s = strings.TrimRight(s, ".)")
	if s == "" || isNumber(s) {
		return false
	}
	return strings.Trim(s, "IVXLivxl") == "" || (utf8.RuneCountInString(s) == 1 && strings.ToUpper(s) != strings.ToLower(s))
}

// unmark returns a heading's text without the list mark before it.
func unmark(s string) string {
	if enumerated(s) {
		i := strings.IndexAny(s, ".)-–:")
		_, size := utf8.DecodeRuneInString(s[i:])
		return strings.TrimSpace(s[i+size:])
	}
	return s
}

// isNumber reports whether s is digits alone ("12", "12.").
func isNumber(s string) bool {
	s = strings.TrimSuffix(s, ".")
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// enumerated reports whether s starts as an item of a list does: a Roman
// numeral, a letter or a number, then a full stop, a bracket or a dash
// ("II. Cá nhân", "A) Tập thể", "1 - Hộ gia đình").
func enumerated(s string) bool {
	i := strings.IndexAny(s, ".)-–:")
	if i < 1 || i > 5 {
		return false
	}
	mark := strings.TrimSpace(s[:i])
	if strings.Trim(mark, "IVXLivxl") == "" || isNumber(mark) {
		return mark != ""
	}
	return utf8.RuneCountInString(mark) == 1 && strings.ToUpper(mark) != strings.ToLower(mark)
}

// isTypeAlone reports whether s is the name of a type and nothing more,
// but for a list mark before it and a count after it ("TẬP THỂ",
// "I. Cá nhân (12)").
func isTypeAlone(s string) bool {
	key := vietnamese.Slug(s)
	key = strings.TrimRight(key, "0123456789-")
	for _, mark := range []string{"i-", "ii-", "iii-", "iv-", "v-", "a-", "b-", "c-", "1-", "2-", "3-"} {
		key = strings.TrimPrefix(key, mark)
	}
	switch key {
	case "tap-the", "ca-nhan", "ho-gia-dinh", "khen-thuong-tap-the", "khen-thuong-ca-nhan", "danh-sach-tap-the", "danh-sach-ca-nhan":
		return true
	}
	return false
}

// first returns the place of the row's first cell.
func first(r []cell) Place {
	if len(r) == 0 {
		return Place{}
	}
	return r[0].at
}

// The headers of each column, folded by vietnamese.Slug.
var headers = map[string]Field{
	"ho-va-ten": Name, "ho-ten": Name, "ten": Name, "ten-tap-the": Name, "ten-don-vi": Name,
	"ten-ho": Name, "chu-ho": Name, "ten-ho-gia-dinh": Name, "ho-va-ten-ten-tap-the": Name,
	"ten-tap-the-ca-nhan": Name, "ten-ca-nhan-tap-the": Name, "ten-tap-the-ho-va-ten-ca-nhan": Name,
	"name": Name, "full-name": Name,
	"chuc-vu": Position, "chuc-danh": Position, "position": Position, "job-title": Position,
	"don-vi": Unit, "noi-cong-tac": Unit, "don-vi-cong-tac": Unit, "co-quan": Unit, "dia-chi": Unit,
	"chuc-vu-don-vi": Unit, "chuc-vu-don-vi-cong-tac": Unit, "chuc-vu-noi-cong-tac": Unit,
	"unit": Unit, "organisation": Unit, "organization": Unit,
	"tinh": Province, "tinh-thanh": Province, "tinh-thanh-pho": Province, "dia-phuong": Province, "province": Province,
	"hinh-thuc-khen-thuong": Award, "hinh-thuc": Award, "danh-hieu": Award, "khen-thuong": Award,
	"danh-hieu-hinh-thuc-khen-thuong": Award, "award": Award,
	"loai": Type, "doi-tuong": Type, "loai-doi-tuong": Type, "type": Type,
	"id": ID, "ma": ID, "ma-so": ID, "ma-dinh-danh": ID,
}

// nameTypes are the types the name column's header gives.
var nameTypes = map[string]string{
	"ho-va-ten": "individual", "ho-ten": "individual",
	"ten-tap-the": "collective", "ten-don-vi": "collective",
	"ten-ho": "household", "chu-ho": "household", "ten-ho-gia-dinh": "household",
}

// header returns the field of each cell of row (-1 for a column left
// out) and the type the name column gives, when row is a header row.
func header(row []cell) ([]Field, string, bool) {
	cols := make([]Field, len(row))
	named, defaultType := false, ""
	for i, c := range row {
		key := vietnamese.Slug(c.text)
		f, ok := headers[key]
		if !ok {
			cols[i] = -1
			continue
		}
		cols[i] = f
		if f == Name && !named {
			named, defaultType = true, nameTypes[key]
		}
	}
	return cols, defaultType, named
}

// sectionType returns the type a section heading names, or "".
func sectionType(text string) string {
	key := "-" + vietnamese.Slug(text) + "-"
	switch {
	case strings.Contains(key, "-ho-gia-dinh-"):
		return "household"
	case strings.Contains(key, "-tap-the-"):
		return "collective"
	case strings.Contains(key, "-ca-nhan-"):
		return "individual"
	}
	return ""
}

// readCSV reads a CSV file into cells.
func readCSV(data []byte) ([][]cell, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		return nil, i18n.Errorf("the file is not UTF-8 text: in Excel, save it as CSV UTF-8 (Comma delimited), or as an Excel Workbook (.xlsx)")
	}
	starts := lineStarts(data)
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = separator(data, starts)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var grid [][]cell
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return grid, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, i18n.Errorf("line %d: the CSV file cannot be read (%v): save it again from Excel as CSV UTF-8", pe.Line, pe.Err)
			}
			return nil, err
		}
		if len(grid) == maxGrid {
			return grid, nil // table says there are too many
		}
		rec = rec[:min(len(rec), maxColumns)]
		row := make([]cell, len(rec))
		for i, text := range rec {
			line, col := r.FieldPos(i)
			row[i] = cell{strings.TrimSpace(text), Place{Line: line, Col: charColumn(data, starts, line, col)}}
		}
		grid = append(grid, row)
	}
}

// separator returns the one of comma, semicolon and tab that splits one
// of the first rows into a header row (see header), trying them from the
// one the first rows hold most of; comma when none does.
func separator(data []byte, starts []int) rune {
	end := len(data)
	if len(starts) > headerRows {
		end = starts[headerRows]
	}
	head := data[:end]
	seps := []rune{',', ';', '\t'}
	slices.SortStableFunc(seps, func(a, b rune) int { return bytes.Count(head, []byte{byte(b)}) - bytes.Count(head, []byte{byte(a)}) })
	for _, sep := range seps {
		r := csv.NewReader(bytes.NewReader(head))
		r.Comma, r.FieldsPerRecord, r.LazyQuotes = sep, -1, true
		for range headerRows {
			rec, err := r.Read()
			if err != nil {
				break
			}
			row := make([]cell, len(rec))
			for i, text := range rec {
				row[i] = cell{text: strings.TrimSpace(text)}
			}
			if _, _, ok := header(row); ok {
				return sep
			}
		}
	}
	return ','
}

// lineStarts returns the byte offset of each line's start (line n at
// index n-1).
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// charColumn turns the 1-based byte column col of line into characters.
func charColumn(data []byte, starts []int, line, col int) int {
	if line < 1 || line > len(starts) {
		return col
	}
	start := starts[line-1]
	end := min(len(data), start+col-1)
	return utf8.RuneCount(data[start:end]) + 1
}

// readXLSX reads the first sheet of a workbook into cells.
func readXLSX(data []byte) (grid [][]cell, err error) {
	defer func() {
		// The library's readers of malformed parts are not all checked;
		// a file it trips over is a file it cannot read.
		if recover() != nil {
			grid, err = nil, i18n.Errorf("the workbook is damaged: open it in Excel and save it again")
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 64 << 20, UnzipXMLSizeLimit: 64 << 20})
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookFileFormat) || strings.Contains(err.Error(), "zip") {
			return nil, i18n.Errorf("the file is not an Excel workbook (.xlsx): save it from Excel as Excel Workbook, or as CSV UTF-8")
		}
		if strings.Contains(strings.ToLower(err.Error()), "password") || strings.Contains(err.Error(), "encrypt") {
			return nil, i18n.Errorf("the workbook is protected by a password: save a copy without one")
		}
		return nil, i18n.Errorf("the workbook cannot be read (%v): open it in Excel and save it again", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, i18n.Errorf("the workbook has no sheet")
	}
	sheet := sheets[0]
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, i18n.Errorf("the sheet %q cannot be read (%v): open the workbook in Excel and save it again", sheet, err)
	}
	defer rows.Close()
	for y := 1; rows.Next(); y++ {
		if len(grid) == maxGrid {
			break
		}
		cols, err := rows.Columns()
		if err != nil {
			return nil, i18n.Errorf("the sheet %q cannot be read at row %d (%v): open the workbook in Excel and save it again", sheet, y, err)
		}
		cols = cols[:min(len(cols), maxColumns)]
		row := make([]cell, len(cols))
		for x, text := range cols {
			name, _ := excelize.CoordinatesToCellName(x+1, y)
			row[x] = cell{strings.TrimSpace(text), Place{Line: y, Col: x + 1, Cell: sheet + "!" + name}}
		}
		grid = append(grid, row)
	}
	if err := rows.Error(); err != nil {
		return nil, i18n.Errorf("the sheet %q cannot be read (%v): open the workbook in Excel and save it again", sheet, err)
	}
	return grid, nil
}

// WriteXLSX returns a workbook whose first sheet, named sheet, holds
// rows, for the generated corpora and for tests: each row from column A,
// a cell's text as given.
func WriteXLSX(sheet string, rows [][]string) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	for y, row := range rows {
		name, err := excelize.CoordinatesToCellName(1, y+1)
		if err != nil {
			return nil, err
		}
		values := make([]any, len(row))
		for i, v := range row {
			values[i] = v
		}
		if err := f.SetSheetRow(sheet, name, &values); err != nil {
			return nil, err
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
