package metadata

import (
	"reflect"
	"testing"
)

// simpleSeeds are front matters as editors and the generator write them,
// and near misses that yaml.v3 must read.
var simpleSeeds = []string{
	"title: \"Thanh Hóa kỷ niệm 78 năm\"\ndate: \"2026-06-29 11:55\"\nkind: \"conference\"\nprovinces: [\"Thanh Hóa\", \"Nghe An\"]\ntags: [\"đại hội thi đua\", \"nông thôn mới\"]\n",
	"title: Hội nghị tổng kết\nkind: decision\ndraft: false\nimage: ~\ntags:\n  - khen thưởng\n  - 'thi đua'\nauthor: Thu Hà\n",
	"# ghi chú\n\ntitle: A\ntags:\n- a\n- b\n\nsource: Báo Nghệ An\n",
	"tags: []\nprovinces: [Huế, 'Đà Nẵng' , \"Quảng Nam\"]\n",
	"title: \"Anh Thăng\"\nkind: exemplar\nexemplar:\n  name: \"Hà Công Thăng\"\n  type: individual\n  field: [Quốc phòng]\nauthor: A\n",
	"decision:\n    number: 946/QĐ-UBND\n    signer: Chủ tịch\n\n    recipients: ~\n", "a:\n  b: c\n   d: e\n", "a:\n  b:\n    c: d\n", "a:\n  b: c\n  - d\n", "a:\n  - b\n  c: d\n", "a:\n  b: c\n  b: d\n",
	"date: 2025-06-02\n", "number: 123/QĐ-UBND\n", "title: a: b\n", "title: a # b\n", "title:\n", "title: \"a\\\"b\"\n",
	"title: a\n  b\n", "tags:\n  - a\n   - b\n", "a: 1\na: 2\n", "a: &x b\n", "a: [a, b,]\n", "a: [a\n", "a:\tb\n", "a: b\ntags:\n  - x\n  # c\n",
	"a: yes\nb: Null\nc: TRUE\ng: \"\"\nh: ''\ni: ~x\nj: Ðà [x] C#\n", "a: yes\nb: Null\nc: TRUE\nd: .inf\ne: -1\nf: +1\ng: \"\"\nh: ''\n", "a: [[b]]\n", "a: {b: c}\n", "a: [b: c]\n", "a: b c  \n", "- a\n- b\n",
}

func TestSimpleYAMLTakesFrontMatter(t *testing.T) {
	for _, src := range simpleSeeds[:5] {
		if _, ok := parseSimpleYAML([]byte(src), Pos{2, 1}); !ok {
			t.Errorf("left to yaml.v3:\n%s", src)
		}
	}
}

func TestSimpleYAMLLeavesTheRest(t *testing.T) {
	for _, src := range []string{"date: 2025-06-02\n", "title:\n", "title: a\n  b\n", "a: 1\na: 2\n", "a: &x b\n", "a: {b: c}\n", "a:\tb\n", "title: a: b\n"} {
		if _, ok := parseSimpleYAML([]byte(src), Pos{2, 1}); ok {
			t.Errorf("read without yaml.v3:\n%s", src)
		}
	}
}

// FuzzSimpleYAML checks that whatever parseSimpleYAML reads, it reads as
// yaml.v3 does, positions and types included.
func FuzzSimpleYAML(f *testing.F) {
	for _, s := range simpleSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		off := Pos{2, 1}
		got, ok := parseSimpleYAML([]byte(src), off)
		if !ok {
			return
		}
		want, err := parseYAMLv3([]byte(src), off)
		if err != nil {
			t.Fatalf("read %q, which yaml.v3 refuses: %v", src, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n got %s\nwant %s", src, dump(got), dump(want))
		}
	})
}
