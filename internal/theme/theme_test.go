package theme

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"vinhdanh/internal/config"
	"vinhdanh/internal/diagnostic"
)

func site(t *testing.T, yaml string) *config.Site {
	t.Helper()
	var diags diagnostic.List
	s := config.Parse([]byte(yaml), &diags)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	return s
}

func TestEmbeddedDefault(t *testing.T) {
	th, err := Load(fstest.MapFS{}, site(t, "title: T\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range th.Static {
		paths = append(paths, f.Path)
	}
	if strings.Join(paths, ",") != "css/main.css,favicon.svg,js/fontsize.js,js/search.js" {
		t.Errorf("static files = %v", paths)
	}
	if strings.Join(th.IDs, ",") != "attachments-title,award-honourees-title,decision-title,exemplar-title,honouree-articles-title,honourees-title,honours-title,main,members-title,related-title,search-config,search-form,search-hint,search-loai,search-more,search-nam,search-noscript,search-q,search-results,search-status,search-tinh,site-q" {
		t.Errorf("IDs = %v", th.IDs)
	}
	if s, err := th.T("related"); err != nil || s != "Tin liên quan" {
		t.Errorf("T(related) = %q, %v", s, err)
	}
	if _, err := th.T("no-such-key"); err == nil {
		t.Error("a missing key should be an error")
	}
}

func TestLayeringAndLanguage(t *testing.T) {
	siteFS := fstest.MapFS{
		"themes/default/layouts/404.html":     {Data: []byte(`{{define "main"}}<h1>{{T "not_found_title"}}!</h1>{{end}}`)},
		"themes/default/static/css/extra.css": {Data: []byte("a{}")},
	}
	th, err := Load(siteFS, site(t, "title: T\nlanguage: en\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := th.templates["404"].ExecuteTemplate(&buf, "main", nil); err != nil {
		t.Fatal(err)
	}
	if buf.String() != "<h1>Page not found!</h1>" {
		t.Errorf("overridden 404 in English = %q", buf.String())
	}
	if len(th.Static) != 5 {
		t.Errorf("static files = %v, want the site's extra.css and the four built-in ones", th.Static)
	}
}

func TestErrors(t *testing.T) {
	if _, err := Load(fstest.MapFS{}, site(t, "title: T\ntheme: tinh-nha\n"), Options{}); err == nil || !strings.Contains(err.Error(), `theme "tinh-nha" not found`) {
		t.Errorf("missing theme: %v", err)
	}
	broken := fstest.MapFS{"themes/default/layouts/article.html": {Data: []byte(`{{define "main"}}{{.Oops`)}}
	if _, err := Load(broken, site(t, "title: T\n"), Options{}); err == nil || !strings.Contains(err.Error(), "article.html") {
		t.Errorf("broken layout: %v", err)
	}
}
