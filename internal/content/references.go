package content

import (
	"strings"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/i18n"
	"vinhdanh/internal/registry"
)

// resolveExemplarDecisions links each exemplar to the decision article its
// decision reference names, by path, URL or document number.
func resolveExemplarDecisions(all, published []*Article, diags *diagnostic.List) {
	isPublished := make(map[*Article]bool, len(published))
	for _, a := range published {
		isPublished[a] = true
	}
	decisions := newDecisionIndex(all)
	brokenDecision := false
	for _, a := range all {
		if a.Kind == Decision {
			brokenDecision = brokenDecision || a.broken
		}
	}
	for _, a := range all {
		e := a.Exemplar
		if e == nil {
			continue
		}
		e.Decision = nil // from an earlier reading of the site
		if e.DecisionRef == "" {
			continue
		}
		target, msg := findDecision(e.DecisionRef, decisions)
		if target == nil {
			if !brokenDecision { // a broken decision may be the one meant
				diags.Add(a.Path, e.refPos.Line, e.refPos.Col, "%v", msg)
			}
			continue
		}
		if !isPublished[target] && isPublished[a] {
			if target.Draft {
				diags.Warn(a.Path, e.refPos.Line, e.refPos.Col, "the decision %s is a draft, so it is not published and not linked", target.Path)
			} else {
				diags.Warn(a.Path, e.refPos.Line, e.refPos.Col, "the decision %s is dated in the future, so it is not published and not linked", target.Path)
			}
			continue
		}
		e.Decision = target
	}
}

// decisionIndex finds decision articles by path, address or number.
type decisionIndex struct {
	all    []*Article
	byPath map[string]*Article   // path under the source and URL
	bySeq  map[string][]*Article // a number's sequence part, "946" of 946/QĐ-UBND
}

func newDecisionIndex(articles []*Article) *decisionIndex {
	idx := &decisionIndex{byPath: map[string]*Article{}, bySeq: map[string][]*Article{}}
	for _, a := range articles {
		if a.Kind != Decision {
			continue
		}
		idx.all = append(idx.all, a)
		for _, key := range []string{a.Path, a.URL} {
			if _, taken := idx.byPath[key]; !taken {
				idx.byPath[key] = a
			}
		}
		if a.Decision != nil && a.Decision.Number.Seq != "" {
			idx.bySeq[a.Decision.Number.Seq] = append(idx.bySeq[a.Decision.Number.Seq], a)
		}
	}
	return idx
}

// findDecision returns the one decision ref names, or an error saying why
// there is none.
func findDecision(ref string, decisions *decisionIndex) (*Article, error) {
	if looksLikePath(ref) {
		for _, key := range []string{ref, ContentDir + "/" + strings.TrimPrefix(ref, "/")} {
			if d := decisions.byPath[key]; d != nil {
				return d, nil
			}
		}
		return nil, i18n.Errorf("no decision article at %s (give the path under content/, e.g. content/quyet-dinh/2023/ten-bai.md)", ref)
	}
	num, err := registry.ParseDocumentNumber(ref)
	if err != nil {
		return nil, err
	}
	var found []*Article
	for _, d := range decisions.bySeq[num.Seq] {
		if d.Decision.Number.Matches(num) {
			found = append(found, d)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		var numbers []string
		for _, d := range decisions.all {
			if d.Decision != nil && d.Decision.Number.Seq != "" {
				numbers = append(numbers, d.Decision.Number.String())
			}
		}
		return nil, i18n.Errorf("no decision article has the number %s%s; write the decision's article first, or fix the number",
			num.String(), diagnostic.DidYouMean(num.String(), numbers, nil))
	}
	paths := make([]string, len(found))
	for i, d := range found {
		paths[i] = d.Path
	}
	return nil, i18n.Errorf("the number %s matches several decisions (%s); name the one meant by its path, e.g. decision: %s",
		ref, strings.Join(paths, ", "), found[0].Path)
}
