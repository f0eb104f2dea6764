package content

import (
	"strings"

	"vinhdanh/internal/diagnostic"
	"vinhdanh/internal/registry"
)

// resolveExemplarDecisions links each exemplar to the decision article its
// decision reference names, by path, URL or document number.
func resolveExemplarDecisions(all, published []*Article, diags *diagnostic.List) {
	isPublished := make(map[*Article]bool, len(published))
	for _, a := range published {
		isPublished[a] = true
	}
	var decisions []*Article
	brokenDecision := false
	for _, a := range all {
		if a.Kind == Decision {
			decisions = append(decisions, a)
			brokenDecision = brokenDecision || a.broken
		}
	}
	for _, a := range all {
		e := a.Exemplar
		if e == nil || e.DecisionRef == "" {
			continue
		}
		target, msg := findDecision(e.DecisionRef, decisions)
		if target == nil {
			if !brokenDecision { // a broken decision may be the one meant
				diags.Add(a.Path, e.refPos.Line, e.refPos.Col, "%s", msg)
			}
			continue
		}
		if !isPublished[target] && isPublished[a] {
			why := "is a draft"
			if !target.Draft {
				why = "is dated in the future"
			}
			diags.Warn(a.Path, e.refPos.Line, e.refPos.Col, "the decision %s %s, so it is not published and not linked", target.Path, why)
			continue
		}
		e.Decision = target
	}
}

// findDecision returns the one decision ref names, or a message saying why
// there is none.
func findDecision(ref string, decisions []*Article) (*Article, string) {
	if looksLikePath(ref) {
		for _, d := range decisions {
			if d.Path == ref || d.Path == ContentDir+"/"+strings.TrimPrefix(ref, "/") || d.URL == ref {
				return d, ""
			}
		}
		return nil, "no decision article at " + ref + " (give the path under content/, e.g. content/quyet-dinh/2023/ten-bai.md)"
	}
	num, err := registry.ParseDocumentNumber(ref)
	if err != nil {
		return nil, err.Error()
	}
	var found []*Article
	var numbers []string
	for _, d := range decisions {
		if d.Decision == nil || d.Decision.Number.Seq == "" {
			continue
		}
		numbers = append(numbers, d.Decision.Number.String())
		if d.Decision.Number.Matches(num) {
			found = append(found, d)
		}
	}
	switch len(found) {
	case 1:
		return found[0], ""
	case 0:
		return nil, "no decision article has the number " + num.String() +
			diagnostic.DidYouMean(num.String(), numbers, nil) + "; write the decision's article first, or fix the number"
	}
	paths := make([]string, len(found))
	for i, d := range found {
		paths[i] = d.Path
	}
	return nil, "the number " + ref + " matches several decisions (" + strings.Join(paths, ", ") +
		"); name the one meant by its path, e.g. decision: " + found[0].Path
}
