package render

import (
	"encoding/json"
	"testing"
)

// FuzzMarshal checks the JSON-LD encoder against encoding/json on the
// shapes JSON-LD is built from, with any text in keys and values.
func FuzzMarshal(f *testing.F) {
	for _, s := range []string{"", "Thi đua <b>&</b> \"x\" \\ \n\t\b\f\x01\x7f", "\u2028\u2029", "\xff\xfe", "a\u00a0b", "</script>"} {
		f.Add(s, s+"k", 3)
	}
	f.Fuzz(func(t *testing.T, value, key string, n int) {
		v := []jsonObject{
			{"@type": "NewsArticle", key: value, "position": n, "keywords": []string{value, key},
				"publisher": jsonObject{"name": value, "@type": "Organization"}},
			{"itemListElement": []jsonObject{{"name": key, "position": -n}, {}}},
		}
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if got := marshal(v); string(got) != string(want) {
			t.Fatalf("\n got %s\nwant %s", got, want)
		}
	})
}

func TestMarshalRefusesOtherTypes(t *testing.T) {
	if got := marshal(jsonObject{"x": 1.5}); got != "" {
		t.Errorf("a float should leave the page without structured data, got %s", got)
	}
}
