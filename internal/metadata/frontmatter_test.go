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
