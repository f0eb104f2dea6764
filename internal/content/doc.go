// Package content reads a site's articles from an fs.FS and checks them.
//
// The source tree holds site.yaml, content/ and optionally static/. Every
// content/**/*.md file is an article; a folder holding index.md is a page
// bundle, and every other file below it (images, PDFs) is one of its
// resources, published beside the article. Hidden files and editors'
// temporary files (name~, .#name, #name#, *.swp, *.tmp) are ignored; section
// files (_index.md), Markdown files inside a bundle other than its index.md,
// and symbolic links that leave the site are errors.
//
// Reading a file: it must be UTF-8 (a byte-order mark is dropped, CRLF line
// ends become LF), it is normalised to NFC, and its front matter (YAML, TOML
// or JSON, see package metadata) is decoded into an Article. The keys, their
// meaning and their checks are listed in docs/content.md; in short: title,
// date and kind are required; province or provinces resolve through the
// registry (none means national); period, cluster, awards and tags; summary;
// image with image_alt (required) and image_caption; author, source,
// source_url; attachments; decision (kind decision only; its number follows
// Nghị định 30/2020); exemplar (kind exemplar only; its decision reference
// must name a decision article, by number or by path); slug, aliases, draft.
// A single text with commas where tags, awards, province or provinces are
// expected is read as the list, with a warning (awards and provinces only
// when every part names one); values holding characters a page cannot show
// are refused once decoded (metadata.Decoder.CheckText).
//
// URLs: an article lives at /<section>/<yyyy>/<slug>/, where the section
// follows the kind (hoi-nghi, dien-hinh, quyet-dinh, tin-tuc), yyyy is the
// year of its date in the site's time zone, and the slug is the slug key or
// else the file's (or bundle folder's) name, made ASCII. Where the file sits
// under content/ does not change its URL.
//
// Resources named in front matter (image, attachments) are paths relative to
// the page bundle, or else to static/; absolute paths, "..", and addresses of
// other sites are refused, since the site makes no external requests and no
// path may leave it.
//
// Load checks every file and reports every problem at once, sorted, each as
// file:line:column with the likely fix. Warnings (a former province named in
// an article dated after the 2025 merger, a folder that does not match the
// kind, files that belong to no article) become errors under --strict. Drafts
// are checked too, but published only with Options.Drafts; articles dated
// after Options.Now only with Options.Future.
package content
