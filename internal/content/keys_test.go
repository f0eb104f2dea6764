package content

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"vinhdanh/internal/config"
)

// TestKeyListsMatchTheParser checks FrontMatterKeys, DecisionKeys and
// ExemplarKeys against the keys the parser lists when it meets an unknown
// one, so that archetypes and docs cannot miss a key the parser gains.
func TestKeyListsMatchTheParser(t *testing.T) {
	known := regexp.MustCompile(`\(known keys: ([^)]*)\)`)
	for _, c := range []struct {
		where, src string
		want       []string
	}{
		{"front matter", "zzzzzzzzzz: 1\n", FrontMatterKeys},
		{"decision", "kind: decision\ndecision: {number: 1/QĐ-UBND, zzzzzzzzzz: 1}\n", DecisionKeys},
		{"exemplar", "kind: exemplar\nexemplar: {name: A, type: individual, zzzzzzzzzz: 1}\n", ExemplarKeys},
	} {
		src := "---\ntitle: A\ndate: 2023-01-02\n" + c.src + "---\n"
		if !strings.Contains(c.src, "kind:") {
			src = "---\ntitle: A\ndate: 2023-01-02\nkind: news\n" + c.src + "---\n"
		}
		_, diags := load(t, map[string]string{"content/tin-tuc/2023/a.md": src})
		var got []string
		for _, d := range diags {
			if m := known.FindStringSubmatch(d.Message); m != nil && strings.Contains(d.Message, c.where) {
				got = strings.Split(m[1], ", ")
			}
		}
		if got == nil {
			t.Fatalf("%s: no list of known keys in %v", c.where, diags)
		}
		want := slices.Sorted(slices.Values(c.want))
		if !slices.Equal(got, want) {
			t.Errorf("%s: the parser knows %v, the list says %v", c.where, got, want)
		}
	}
}

// TestEmptyValuesAreNotGiven checks that keys left empty, as vinhdanh new
// writes them, count as absent, and that a draft may leave its decision's
// number and its exemplar's name empty, with a warning, while a published
// article may not.
func TestEmptyValuesAreNotGiven(t *testing.T) {
	empty := "updated:\nprovince: \"\"\nperiod:\ncluster:\nawards: []\ntags:\nsummary:\nimage:\nimage_alt: \"\"\n" +
		"image_caption:\nauthor:\nsource:\nsource_url:\nattachments: []\nslug:\naliases: []\n"
	a := one(t, "---\ntitle: A\ndate: 2023-01-02\nkind: news\n"+empty+"---\n")
	if !a.Updated.IsZero() || len(a.Provinces) != 0 || a.Slug != "bai-viet" || a.Image != nil {
		t.Errorf("empty values were read as given: %+v", a)
	}
	for _, c := range []struct{ block, warning, err string }{
		{"kind: decision\ndecision:\n  number:\n  signed:\n  signer:\n  recipients:\n", "a.md:7:10: warning: decision.number is empty", "empty document number"},
		{"kind: exemplar\nexemplar:\n  name: \"\"\n  type: individual\n  field:\n  decision:\n", "a.md:7:9: warning: exemplar.name is empty", "exemplar needs a name"},
	} {
		src := "---\ntitle: A\ndate: 2023-01-02\ndraft: true\n" + c.block + "---\n"
		file := "content/" + map[bool]string{true: "quyet-dinh", false: "dien-hinh"}[strings.HasPrefix(c.block, "kind: decision")] + "/2023/a.md"
		_, diags := load(t, map[string]string{file: src})
		if len(diags) != 0 {
			t.Errorf("a draft left out: got %v, want nothing (the warning is for builds with drafts)", diags)
		}
		fsys := fstest.MapFS{"site.yaml": {Data: []byte("title: T\n")}, file: {Data: []byte(src)}}
		cfg, _ := config.Load(fsys)
		_, diags = Load(fsys, cfg, Options{Now: now, Drafts: true})
		if len(diags) != 1 || !strings.Contains(diags[0].String(), c.warning) {
			t.Errorf("a draft built: got %v, want only %q", diags, c.warning)
		}
		_, diags = load(t, map[string]string{file: strings.Replace(src, "draft: true", "draft: false", 1)})
		if errs := diags.Errors(false); len(errs) != 1 || !strings.Contains(errs[0].Message, c.err) {
			t.Errorf("published: got %v, want the error %q", diags, c.err)
		}
	}
}
