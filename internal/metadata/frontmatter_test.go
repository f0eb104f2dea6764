package metadata

import (
	"strings"
	"testing"
)

// articleFile is a typical article: fifteen lines of YAML and 3 KB of text.
var articleFile = []byte(`---
title: "Tuyên dương 41 tập thể, cá nhân điển hình tiên tiến năm 2023"
date: 2023-06-02T09:30:00+07:00
kind: news
slug: tuyen-duong-41-tap-the-ca-nhan
provinces: [Bắc Kạn, Thái Nguyên]
tags: [thi đua, khen thưởng, điển hình]
summary: Hội nghị tổng kết phong trào thi đua yêu nước giai đoạn 2018–2023.
author: Ban Thi đua – Khen thưởng
image: hoi-nghi.jpg
image_alt: Quang cảnh hội nghị
decision: 946/QĐ-UBND
cluster: trung-du-mien-nui-phia-bac
draft: false
weight: 3
---
` + strings.Repeat("Sáng ngày 2/6, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết phong trào thi đua yêu nước, tuyên dương các tập thể và cá nhân điển hình.\n\n", 16))

// shortFile is a ten-line file.
var shortFile = []byte("---\ntitle: Bài ngắn\ndate: 2023-02-03\nkind: news\n---\nDòng một.\n\nDòng hai.\n\nDòng ba.\n")

func BenchmarkSplit(b *testing.B) {
	for _, bc := range []struct {
		name string
		src  []byte
	}{{"article", articleFile}, {"short", shortFile}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Split(bc.src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestSplitAsBefore holds Split to what it returned when it used
// github.com/adrg/frontmatter, on inputs at the edges of the fences' rules
// (a fuzz target compared the two on these and many more).
func TestSplitAsBefore(t *testing.T) {
	const (
		unclosed  = "front matter opened with %q on line %d is never closed; add a line %q after the last key"
		jsonEnd   = "JSON front matter ends with a line holding only }, followed by an empty line before the text"
		jsonStart = "JSON front matter starts with a line holding only {, and ends with a line holding only } and then an empty line"
	)
	for _, tc := range []struct {
		src          string
		format       Format
		fm, body     string
		start        Pos
		bodyLine     int
		errorAt      int
		errorMessage string
	}{
		{src: "", format: "", fm: "", body: "", bodyLine: 1},
		{src: "\n", format: "", fm: "", body: "\n", bodyLine: 1},
		{src: "   \n\t\n", format: "", fm: "", body: "   \n\t\n", bodyLine: 1},
		{src: "---", errorAt: 1, errorMessage: unclosed},
		{src: "---\n", errorAt: 1, errorMessage: unclosed},
		{src: "---\n---", format: "yaml", fm: "", start: Pos{2, 1}, body: "", bodyLine: 2},
		{src: "---\n---\n", format: "yaml", fm: "", start: Pos{2, 1}, body: "", bodyLine: 3},
		{src: "\n---\n---\nx", format: "yaml", fm: "", start: Pos{3, 1}, body: "x", bodyLine: 4},
		{src: "---\ntitle: a\n---\nBody\n", format: "yaml", fm: "title: a\n", start: Pos{2, 1}, body: "Body\n", bodyLine: 4},
		{src: "---yaml\na: 1\n---\nb", format: "yaml", fm: "a: 1\n", start: Pos{2, 1}, body: "b", bodyLine: 4},
		{src: "---toml\na = 1\n---\n", format: "toml", fm: "a = 1\n", start: Pos{2, 1}, body: "", bodyLine: 4},
		{src: "---json\n{}\n---\n", format: "json", fm: "{}\n", start: Pos{2, 1}, body: "", bodyLine: 4},
		{src: "+++\na = 1\n+++\n", format: "toml", fm: "a = 1\n", start: Pos{2, 1}, body: "", bodyLine: 4},
		{src: "+++\na = 1\n+++", format: "toml", fm: "a = 1\n", start: Pos{2, 1}, body: "", bodyLine: 3},
		{src: "+++\na = 1\n +++ \nb", format: "toml", fm: "a = 1\n", start: Pos{2, 1}, body: "b", bodyLine: 4},
		{src: ";;;\n{}\n;;;\nx", format: "json", fm: "{}\n", start: Pos{2, 1}, body: "x", bodyLine: 4},
		{src: ";;;\n{}\n---\n", errorAt: 1, errorMessage: unclosed},
		{src: "{\n\"a\": 1\n}\n\nx", format: "json", fm: "{\n\"a\": 1\n}\n\n", start: Pos{1, 1}, body: "x", bodyLine: 5},
		{src: "{\n\"a\": 1\n}\n", format: "json", fm: "{\n\"a\": 1\n}\n", start: Pos{1, 1}, body: "", bodyLine: 4},
		{src: "{\n\"a\": 1\n}", format: "json", fm: "{\n\"a\": 1\n}", start: Pos{1, 1}, body: "", bodyLine: 3},
		{src: "{\n\"a\": 1\n}\n  \nx", format: "json", fm: "{\n\"a\": 1\n}\n  \n", start: Pos{1, 1}, body: "x", bodyLine: 5},
		{src: "{\n}\n}\n\nx", format: "json", fm: "{\n}\n}\n\n", start: Pos{1, 1}, body: "x", bodyLine: 5},
		{src: "{\n\"a\": 1\n}\nx\n}\n\ny", format: "json", fm: "{\n\"a\": 1\n}\nx\n}\n\n", start: Pos{1, 1}, body: "y", bodyLine: 7},
		{src: "{\n\"a\": 1\n}\nx", errorAt: 1, errorMessage: jsonEnd},
		{src: "{\n\"a\": 1\n}\nx\n", errorAt: 1, errorMessage: jsonEnd},
		{src: "{\"a\": 1}\n\nx", errorAt: 1, errorMessage: jsonStart},
		{src: "{", errorAt: 1, errorMessage: unclosed},
		{src: "{\n", errorAt: 1, errorMessage: unclosed},
		{src: "  {  \n}\n\n", format: "json", fm: "  {  \n}\n\n", start: Pos{1, 1}, body: "", bodyLine: 4},
		{src: "{\n\"a\": {\n}\n\n}\n\nx", format: "json", fm: "{\n\"a\": {\n}\n\n", start: Pos{1, 1}, body: "}\n\nx", bodyLine: 5},
		{src: "\u00a0---\u00a0\na: 1\n\u2028---\nb", format: "yaml", fm: "a: 1\n", start: Pos{2, 1}, body: "b", bodyLine: 4},
		{src: "\u0085\n---\na\n---\n", format: "yaml", fm: "a\n", start: Pos{3, 1}, body: "", bodyLine: 5},
		{src: "---\r\na\r\n---\r\nb", format: "yaml", fm: "a\r\n", start: Pos{2, 1}, body: "b", bodyLine: 4},
		{src: "---\na\n----\nb", errorAt: 1, errorMessage: unclosed},
		{src: "---yaml\na\n+++\n", errorAt: 1, errorMessage: unclosed},
		{src: "text\n---\na\n---\n", format: "", fm: "", body: "text\n---\na\n---\n", bodyLine: 1},
		{src: "\ufeff---\na\n---\n", format: "", fm: "", body: "\ufeff---\na\n---\n", bodyLine: 1},
		{src: "\x00---\n---\n", format: "", fm: "", body: "\x00---\n---\n", bodyLine: 1},
		{src: "---\n\xff\n---\n\xfe", format: "yaml", fm: "\xff\n", start: Pos{2, 1}, body: "\xfe", bodyLine: 4},
		{src: "---\n---\n---\n", format: "yaml", fm: "", start: Pos{2, 1}, body: "---\n", bodyLine: 3},
		{src: "{\n}\n}", format: "json", fm: "{\n}\n}", start: Pos{1, 1}, body: "", bodyLine: 3},
		{src: "{\n}\n}\n", format: "json", fm: "{\n}\n}\n", start: Pos{1, 1}, body: "", bodyLine: 4},
		{src: "{\n}\nx\n}", format: "json", fm: "{\n}\nx\n}", start: Pos{1, 1}, body: "", bodyLine: 4},
		{src: "{\n}\n\n}\n", format: "json", fm: "{\n}\n\n", start: Pos{1, 1}, body: "}\n", bodyLine: 4},
		{src: "\n\n{\n}\n \t\n", format: "json", fm: "{\n}\n \t\n", start: Pos{3, 1}, body: "", bodyLine: 6},
	} {
		doc, err := Split([]byte(tc.src))
		if tc.errorMessage != "" {
			if e, ok := err.(*Error); !ok || e.Pos != (Pos{tc.errorAt, 1}) || e.Message.Key != tc.errorMessage {
				t.Errorf("%q: error %v, want at line %d: %s", tc.src, err, tc.errorAt, tc.errorMessage)
			}
			continue
		}
		if err != nil || doc.Format != tc.format || string(doc.FrontMatter) != tc.fm || doc.Start != tc.start ||
			string(doc.Body) != tc.body || doc.BodyLine != tc.bodyLine {
			t.Errorf("%q: got %q %q %v %q %d, %v", tc.src, doc.Format, doc.FrontMatter, doc.Start, doc.Body, doc.BodyLine, err)
		}
	}
}
