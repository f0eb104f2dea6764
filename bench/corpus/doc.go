// Package corpus generates a deterministic synthetic site of any number of
// articles, for benchmarks (10,000 and 100,000 articles) and scale tests.
//
// Contract. Generate(Options{Articles: n, Seed: s}, emit) calls emit with
// "site.yaml" first and then with n articles, each once, at
// content/<section>/<yyyy>/<slug>.md, in date order. The same Options give
// byte-identical files in the same order, on any machine: the text comes
// from math/rand/v2's PCG seeded by Seed (0 means DefaultSeed) and by the
// article's place in the plan, never from the clock or from map order. Every
// site it produces loads with no error and no warning, by content.Load and by
// "vinhdanh build --strict" with any --now from 2026-07-01 on; the tests
// check this with the real loader. Generate holds one article in memory at a
// time, plus a few facts about each published decision, and makes 100,000
// articles (about 390 MB) in some 3 s of CPU; writing them out is bound by the
// file system. WriteDir and WriteDirStats write the files under a folder,
// which must be missing, empty, or hold a corpus written before (its
// site.yaml starts with a marker line): then its site.yaml and content/ are
// replaced and anything else is left alone.
//
// What the articles are like:
//
//   - Kinds: about 30% conference, 25% exemplar, 20% decision, 25% news.
//   - Dates from 2014-01-01 to 2026-06-30, denser in recent years and in
//     December, January and June. Most are written "2023-06-02 09:00"; some
//     as RFC 3339 with +07:00, "02/06/2023", "08:45:26 22/12/2020" or
//     "2023-06-02", quoted or not as YAML and TOML allow.
//   - Provinces: an article dated before 2025-07-01 names units of the 63,
//     one dated on or after it units of the 34, so no merged-away unit is
//     ever named after the merger. About 10% are national (no province, or
//     now and then "Trung ương"), about 8% name two or three provinces. Names
//     are the registry's, now and then as a slug, unaccented ("Bac Kan") or
//     with "tỉnh"/"thành phố" before them. site.yaml declares four emulation
//     clusters whose former members leave on 2025-06-30; about 5% of
//     articles name a cluster, and then only provinces that are members at
//     the article's date.
//   - Titles of 8 to 16 words; bodies of 4 to 9 paragraphs and about 350 to
//     900 words (550 on average), with "##" headings in most, bullet lists in
//     some, a GFM table in about a third of decisions and a footnote now and
//     then. Text is NFC Vietnamese built from the package's own sentence
//     templates and filler pools (people's names, including minority names
//     where they are common; communes, villages, firms, schools, movements,
//     products), with facts kept in period: no OCOP before 2018, no district
//     after the 2025 reform, the 2022 law only once it exists.
//   - Front matter: YAML mostly, about 5% TOML and 2% JSON. Period on about
//     60% ("2023", "2021-2025", "2016 – 2020" and other dashes), 2 to 5 tags
//     drawn with a Zipf-like bias from about 95, awards from the registry on
//     most decisions and exemplars and some others, a summary on about half,
//     author and source on most, source_url (https://example.vn/...) on some,
//     updated on a few; about 0.5% drafts and 0.5% with an alias
//     (/tin-cu/<n>.html). No attachments; images only with Options.Photos.
//   - Decisions: {number, signed, signer, recipients}. Numbers are
//     "<n>/QĐ-UBND" for a province's chairman, "/QĐ-TTg" for the Prime
//     Minister, "/QĐ-CTN" for the President, counted per issuer and year and
//     unique across the corpus; the award fits the signer; signed is on or
//     before the article's date. With Options.Honourees, every decision
//     lists those it honours: a few individuals' names in its front matter,
//     or an annex of its bundle (CSV with commas or semicolons, or XLSX),
//     under the headings annexes have, some individuals honoured before.
//   - Exemplars: {name, type, field}, where type is individual, collective or
//     household (now and then in Vietnamese) and field one of ten (Giáo dục,
//     Y tế, Nông nghiệp, Công an, Doanh nghiệp, Xây dựng nông thôn mới,
//     Chuyển đổi số, Văn hóa, Quốc phòng, An sinh xã hội). About 60% name an
//     earlier published decision of their province, or a national one, by
//     number or by path, and link to it in the text.
//   - File names are the title's slug cut to eight words plus the article's
//     number, so every URL is unique.
package corpus
