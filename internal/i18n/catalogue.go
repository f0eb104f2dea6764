package i18n

// vietnamese gives each message's English format (its key) its Vietnamese
// form. Keep the entries of one part of the program together, in the order
// its messages come in the code.
var vietnamese = map[string]string{
	// The operating system's errors (i18n.go).
	"no such file or folder":                     "không có tệp hay thư mục này",
	"permission denied":                          "không có quyền truy cập",
	"it already exists":                          "đã có sẵn",
	"the disk is full":                           "ổ đĩa đã đầy",
	"the name is too long":                       "tên quá dài",
	"a part of the path is a file, not a folder": "một phần của đường dẫn là tệp, không phải thư mục",
	"it is a folder, not a file":                 "đây là thư mục, không phải tệp",
	"the disk is read-only":                      "ổ đĩa chỉ cho đọc, không ghi được",
	"the folder is not empty":                    "thư mục không trống",
	"too many symbolic links":                    "quá nhiều liên kết tượng trưng (symlink) nối nhau",
	"unknown language %q: use vi (Tiếng Việt) or en (English)": "không có ngôn ngữ %q: dùng vi (Tiếng Việt) hoặc en (English)",

	// Diagnostics (internal/diagnostic).
	"warning: ":           "cảnh báo: ",
	" (did you mean %q?)": " (có phải ý bạn là %q?)",

	// The command line (cmd/vinhdanh).
	`vinhdanh builds a news site about emulation and commendation work
(thi đua, khen thưởng) from Markdown articles.

Usage:
  vinhdanh build [flags]   build the site into public/
  vinhdanh serve [flags]   build the site and preview it at http://127.0.0.1:1313/
  vinhdanh new <kind> "<title>" [flags]
                           start an article: kind is conference, exemplar,
                           decision or news
  vinhdanh check [flags]   everything build checks, plus the links and
                           images in articles; --external asks web links too
  vinhdanh version         print the version

Every command takes --lang vi or --lang en: the language of its messages
(default vi, or the VINHDANH_LANG environment variable).
Run "vinhdanh <command> -h" for a command's flags.
`: `vinhdanh dựng trang tin về công tác thi đua, khen thưởng từ các bài viết
Markdown.

Cách dùng:
  vinhdanh build [tuỳ chọn]   dựng trang vào thư mục public/
  vinhdanh serve [tuỳ chọn]   dựng trang và xem trước tại http://127.0.0.1:1313/
  vinhdanh new <loại> "<tiêu đề>" [tuỳ chọn]
                              viết bài mới: loại là conference (hội nghị),
                              exemplar (điển hình), decision (quyết định)
                              hoặc news (tin tức)
  vinhdanh check [tuỳ chọn]   kiểm tra mọi thứ build kiểm tra, thêm các liên
                              kết và ảnh trong bài; --external hỏi cả các
                              liên kết ra ngoài
  vinhdanh version            in phiên bản

Mọi lệnh đều nhận --lang vi hoặc --lang en: ngôn ngữ của thông báo
(mặc định vi, hoặc theo biến môi trường VINHDANH_LANG).
Gõ "vinhdanh <lệnh> -h" để xem các tuỳ chọn của một lệnh.
`,
	"vinhdanh: --lang: %v\n":                               "vinhdanh: --lang: %v\n",
	"give a language: vi or en":                            "hãy ghi ngôn ngữ: vi hoặc en",
	"vinhdanh: unknown command %q\n\n%s":                   "vinhdanh: không có lệnh %q\n\n%s",
	"the site's `folder` (holding site.yaml and content/)": "`thư-mục` của trang (nơi có site.yaml và content/)",
	"the output `folder`":                                  "`thư-mục` ghi kết quả",
	"the site's address, overriding base_url in site.yaml (e.g. https://example.vn/)": "địa chỉ của trang, thay cho base_url trong site.yaml (ví dụ https://example.vn/)",
	"publish drafts too":                       "đăng cả bản nháp",
	"publish articles dated in the future too": "đăng cả bài hẹn giờ (ngày đăng ở tương lai)",
	"the build's moment, RFC 3339 or a date (default: the clock, or SOURCE_DATE_EPOCH)": "thời điểm dựng trang, theo RFC 3339 hoặc một ngày (mặc định: giờ hiện tại, hoặc SOURCE_DATE_EPOCH)",
	"treat warnings as errors":                                       "coi cảnh báo là lỗi",
	"print nothing but problems":                                     "chỉ in các lỗi và cảnh báo",
	"write a CPU profile of the build to `file` (for go tool pprof)": "ghi hồ sơ CPU của lần dựng vào `tệp` (cho go tool pprof)",
	"write an execution trace of the build, with a region per stage, to `file` (for go tool trace)": "ghi vết thực thi của lần dựng, mỗi công đoạn một vùng, vào `tệp` (cho go tool trace)",
	"write a heap profile at the end of the build to `file`":                                        "ghi hồ sơ bộ nhớ cuối lần dựng vào `tệp`",
	"vinhdanh build: --cpuprofile: %v\n":                                                            "vinhdanh build: --cpuprofile: %v\n",
	"vinhdanh build: --trace: %v\n":                                                                 "vinhdanh build: --trace: %v\n",
	"vinhdanh build: --memprofile: %v\n":                                                            "vinhdanh build: --memprofile: %v\n",
	"vinhdanh build: %v\n":                                                                          "vinhdanh build: %v\n",
	"vinhdanh build: --base-url: %v\n":                                                              "vinhdanh build: --base-url: %v\n",
	"vinhdanh build: %v\nNothing was written; the previous output is unchanged.\n":                  "vinhdanh build: %v\nChưa ghi gì; bản dựng trước vẫn giữ nguyên.\n",
	"Usage: vinhdanh %s [flags]\n\n%sFlags:\n":                                                      "Cách dùng: vinhdanh %s [tuỳ chọn]\n\n%sTuỳ chọn:\n",
	"vinhdanh %s: unexpected argument %q (use --source to name the site's folder)\n":                "vinhdanh %s: không cần đối số %q (dùng --source để chỉ thư mục của trang)\n",
	"the `language` of messages: vi (Tiếng Việt) or en (English); also VINHDANH_LANG":               "`ngôn-ngữ` của thông báo: vi (Tiếng Việt) hoặc en (English); cũng đặt được bằng VINHDANH_LANG",
	"--now: %v": "--now: %v",
	"SOURCE_DATE_EPOCH=%q is not a number of seconds":                  "SOURCE_DATE_EPOCH=%q không phải là một số giây",
	"%s; nothing was written, and the previous output is unchanged.\n": "%s; chưa ghi gì, bản dựng trước vẫn giữ nguyên.\n",
	"%d error":    "%d lỗi",
	"%d errors":   "%d lỗi",
	"%d warning":  "%d cảnh báo",
	"%d warnings": "%d cảnh báo",
	"%s (--strict counts warnings as errors)": "%s (--strict tính cảnh báo là lỗi)",
	"%s, %s":                         "%s, %s",
	"%d draft":                       "%d bản nháp",
	"%d drafts":                      "%d bản nháp",
	"%d future article":              "%d bài hẹn giờ",
	"%d future articles":             "%d bài hẹn giờ",
	" (left out: %s)":                " (không đăng: %s)",
	"%d article":                     "%d bài",
	"%d articles":                    "%d bài",
	"Built %s%s in %.2f s into %s\n": "Đã dựng %s%s trong %.2f giây vào %s\n",
	"  pages: %s, %s, %s, %s, %s\n":  "  trang: %s, %s, %s, %s, %s\n",
	"%d list or index page":          "%d trang danh sách hoặc mục lục",
	"%d list and index pages":        "%d trang danh sách và mục lục",
	"%d feed":                        "%d nguồn tin (feed)",
	"%d feeds":                       "%d nguồn tin (feed)",
	"%d alias":                       "%d trang chuyển hướng",
	"%d aliases":                     "%d trang chuyển hướng",
	"%d other":                       "%d trang khác",
	"%d others":                      "%d trang khác",
	"  files: %d (%s), %d of them copied: photos, attachments, static files\n":   "  tệp: %d (%s), trong đó %d tệp chép sang: ảnh, tệp đính kèm, tệp tĩnh\n",
	"  search index: %d files (%s)\n":                                            "  chỉ mục tìm kiếm: %d tệp (%s)\n",
	"the `port` to serve on":                                                     "`cổng` phục vụ",
	"the `address` to listen on; the default keeps the preview on this computer": "`địa-chỉ` lắng nghe; mặc định chỉ xem được trên máy này",
	"show drafts too":                       "hiện cả bản nháp",
	"show articles dated in the future too": "hiện cả bài hẹn giờ",
	"Builds the site into a temporary folder (public/ is not touched) and serves it.\n\n": "Dựng trang vào một thư mục tạm (không đụng đến public/) và phục vụ để xem trước.\n\n",
	"vinhdanh serve: --port %d is not a port number\n":                                    "vinhdanh serve: --port %d không phải là số cổng\n",
	"vinhdanh serve: %v\n": "vinhdanh serve: %v\n",

	// vinhdanh check (cmd/vinhdanh/check.go).
	"check drafts too":                                               "kiểm tra cả bản nháp",
	"check articles dated in the future too":                         "kiểm tra cả bài hẹn giờ",
	"the moment that decides what is future, as for build":           "thời điểm quyết định bài nào là hẹn giờ, như với build",
	"also ask every http(s) link of the articles whether it answers": "hỏi thêm từng liên kết http(s) trong bài xem còn truy cập được không",
	"with --external, how long to wait for one web address":          "với --external, thời gian chờ một địa chỉ web",
	"with --external, the `file` that remembers answers (default: in the user's cache folder; \"off\" for none)": "với --external, `tệp` ghi nhớ kết quả đã hỏi (mặc định: trong thư mục cache của người dùng; \"off\" để không dùng)",
	"with --external, how long a good answer is trusted":                                                         "với --external, thời gian tin một kết quả tốt",
	"Checks the site as build does, and the links and images of its articles,\nwithout writing anything.\n\n":    "Kiểm tra trang như build, thêm các liên kết và ảnh trong bài,\nmà không ghi gì.\n\n",
	"vinhdanh check: %v\n": "vinhdanh check: %v\n",
	"vinhdanh check: %v (pass --cache off to check without one)\n": "vinhdanh check: %v (thêm --cache off để kiểm tra không dùng tệp ghi nhớ)\n",
	"%s; the links are checked once the site builds.\n":            "%s; liên kết sẽ được kiểm tra khi trang dựng được.\n",
	"%d web address":                        "%d địa chỉ web",
	"%d web addresses":                      "%d địa chỉ web",
	"%s (not asked; add --external)":        "%s (chưa hỏi; thêm --external)",
	"Checked %s: %s inside the site, %s.\n": "Đã kiểm tra %s: %s trong trang, %s.\n",
	"%d link or image":                      "%d liên kết hoặc ảnh",
	"%d links and images":                   "%d liên kết và ảnh",
	"%s.\n":                                 "%s.\n",

	// vinhdanh new (cmd/vinhdanh/new.go).
	"the province the article is about: a `name`, slug or alias (default: national)": "tỉnh, thành của bài: `tên`, slug hoặc tên khác (mặc định: Trung ương)",
	"the publication `date`, in any form articles accept (default: now)":             "`ngày` đăng, viết theo bất kỳ cách nào bài viết chấp nhận (mặc định: bây giờ)",
	`Usage: vinhdanh new <kind> "<title>" [flags]

Writes content/<section>/<year>/<slug>.md from the kind's archetype, with
every front matter key and a comment on each. kind is conference, exemplar,
decision or news. The new article is a draft: remove draft: true to publish
it. An existing file is never overwritten.

Flags:
`: `Cách dùng: vinhdanh new <loại> "<tiêu đề>" [tuỳ chọn]

Viết tệp content/<chuyên mục>/<năm>/<slug>.md theo mẫu của loại bài, có đủ
mọi khoá ở phần khai báo đầu bài và một lời chú thích cho mỗi khoá. Loại là
conference (hội nghị), exemplar (điển hình), decision (quyết định) hoặc news
(tin tức). Bài mới là bản nháp: xoá dòng draft: true để đăng. Không bao giờ
ghi đè tệp đã có.

Tuỳ chọn:
`,
	"vinhdanh new: want a kind and a title, got %d arguments\n":           "vinhdanh new: cần một loại bài và một tiêu đề, nhưng nhận được %d đối số\n",
	"The new file, made from %s, would not build; nothing was written.\n": "Tệp mới, làm từ mẫu %s, sẽ không dựng được; chưa ghi gì.\n",
	"Nothing was written.\n": "Chưa ghi gì.\n",
	"vinhdanh new: %v\n":     "vinhdanh new: %v\n",
	"Wrote %s, a draft.\n":   "Đã viết %s, là bản nháp.\n",
	"Preview it with vinhdanh serve --drafts --future: it is dated in the future, and appears from that moment.\n": "Xem trước bằng vinhdanh serve --drafts --future: bài có ngày đăng ở tương lai và chỉ hiện từ lúc đó.\n",
	"Preview it with vinhdanh serve --drafts; remove the line draft: true to publish it.\n":                        "Xem trước bằng vinhdanh serve --drafts; xoá dòng draft: true để đăng bài.\n",

	// The site's configuration (internal/config).
	"cannot read the site configuration: %v (is --source the site's folder?)":   "không đọc được cấu hình của trang: %v (--source có phải là thư mục của trang không?)",
	"logo: there is no file static/%s":                                          "logo: không có tệp static/%s",
	"%s is not UTF-8 text; save it as UTF-8":                                    "%s không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8",
	"language should be vi or en, not %q":                                       "language phải là vi hoặc en, không phải %q",
	"theme should be the name of a folder in themes/, not %q":                   "theme phải là tên một thư mục trong themes/, không phải %q",
	"unknown time zone %q; use an IANA name such as %s":                         "không có múi giờ %q; dùng tên theo IANA, ví dụ %s",
	"logo should be a path inside static/, such as images/logo.svg, not %q":     "logo phải là đường dẫn trong static/, ví dụ images/logo.svg, không phải %q",
	"%s should not be empty":                                                    "%s không được để trống",
	"menu should be a list of {name, url}, not %s":                              "menu phải là danh sách các mục {name, url}, không phải %s",
	"a menu url should start with / (a page of the site) or https://, not %q":   "url của mục menu phải bắt đầu bằng / (một trang của trang web) hoặc https://, không phải %q",
	"a menu item needs both name and url":                                       "mỗi mục menu cần có cả name và url",
	"registry.awards should be a list of {name, category, signer, aliases}":     "registry.awards phải là danh sách các mục {name, category, signer, aliases}",
	"an award needs a name":                                                     "mỗi hình thức khen thưởng cần có name",
	"registry.provinces should map aliases to province names":                   "registry.provinces phải ghi mỗi tên khác kèm tên tỉnh, thành của nó",
	"clusters should be a list of {name, members}, not %s":                      "clusters phải là danh sách các cụm {name, members}, không phải %s",
	"slug should be lower-case letters, digits and hyphens, such as %q, not %q": "slug chỉ gồm chữ thường không dấu, chữ số và gạch nối, ví dụ %q, không phải %q",
	"a cluster needs a name":                                                    "mỗi cụm thi đua cần có name",
	"members should be a list of province names or {province, from, to}":        "members phải là danh sách tên tỉnh, thành hoặc các mục {province, from, to}",
	"a member needs a province":                                                 "mỗi thành viên cần có province",
	"base_url is not set, so canonical and sharing links are site paths, not full addresses; set base_url or pass --base-url": "chưa đặt base_url, nên liên kết gốc và liên kết chia sẻ chỉ là đường dẫn trong trang, không phải địa chỉ đầy đủ; hãy đặt base_url trong site.yaml hoặc thêm --base-url",

	// Reading the site's files (internal/content).
	"cannot read: %v": "không đọc được: %v",
	"the site has no %s/ folder: put articles in %s/<section>/<year>/<slug>.md":               "trang chưa có thư mục %s/: hãy đặt bài viết vào %s/<chuyên mục>/<năm>/<slug>.md",
	"not a regular file; remove it":                                                           "đây không phải tệp thông thường; hãy xoá đi",
	"symbolic links are not supported here; copy the file in instead":                         "ở đây không dùng được liên kết tượng trưng (symlink); hãy chép tệp thật vào",
	"symbolic link: %v; copy the file in instead":                                             "liên kết tượng trưng (symlink): %v; hãy chép tệp thật vào",
	"symbolic link to %s points outside %s/; copy the file in instead":                        "liên kết tượng trưng (symlink) tới %s trỏ ra ngoài %s/; hãy chép tệp thật vào",
	"symbolic link to %s is broken: %v":                                                       "liên kết tượng trưng (symlink) tới %s bị hỏng: %v",
	"symbolic link to the folder %s is not followed; move or copy the folder instead":         "không đi theo liên kết tượng trưng (symlink) tới thư mục %s; hãy chuyển hoặc chép thư mục thật vào",
	"section files (_index.md) are not used: vinhdanh makes the list pages itself; delete it": "không dùng tệp chuyên mục (_index.md): vinhdanh tự làm các trang danh sách; hãy xoá tệp này",
	"a page bundle holds one article, its index.md; move %s out of %s/":                       "mỗi thư mục bài (page bundle) chỉ chứa một bài là index.md; hãy chuyển %s ra khỏi %s/",
	"rename it to end in .md (lower case)":                                                    "hãy đổi tên cho đuôi là .md (chữ thường)",
	"belongs to no article: move it into a page bundle (a folder with index.md) or into %s/":  "tệp này không thuộc bài nào: hãy chuyển vào thư mục của bài (thư mục có index.md) hoặc vào %s/",
	"the URL %s is already used by %s; give one of them another slug (slug: ...)":             "địa chỉ %s đã được %s dùng; hãy đặt slug khác cho một trong hai (slug: ...)",
	"this file would be published at %s, where %s is; rename it":                              "tệp này sẽ được đăng tại %s, trùng chỗ của %s; hãy đổi tên",
	"alias %s would replace %s; remove the alias":                                             "địa chỉ cũ (alias) %s sẽ đè lên %s; hãy bỏ alias này",
	"this file would replace %s at %s; rename or remove it":                                   "tệp này sẽ đè lên %s tại %s; hãy đổi tên hoặc xoá",

	// An article's front matter (internal/content, internal/metadata).
	"the file is not valid UTF-8 text; save it with UTF-8 encoding":                                  "tệp không phải văn bản UTF-8 hợp lệ; hãy lưu lại với bảng mã UTF-8",
	"no front matter: start the file with a line ---, then title:, date: and kind:, then a line ---": "thiếu phần khai báo đầu bài: bắt đầu tệp bằng một dòng ---, rồi title:, date: và kind:, rồi một dòng ---",
	"missing %s: add %s":               "thiếu %s: hãy thêm %s",
	"title is empty":                   "tiêu đề (title) đang trống",
	"updated (%s) is before date (%s)": "ngày cập nhật updated (%s) trước ngày đăng date (%s)",
	"source_url should be a full address starting with https://, not %q": "source_url phải là địa chỉ đầy đủ bắt đầu bằng https://, không phải %q",
	"%s: %v": "%s: %v",
	"both province and provinces are given; keep one (provinces: [A, B] for several)": "có cả province và provinces; hãy giữ một (provinces: [A, B] khi có nhiều tỉnh)",
	"province names one province; for several write provinces: [%s]":                  "province chỉ ghi một tỉnh; khi có nhiều tỉnh hãy viết provinces: [%s]",
	"%s is listed twice": "%s được ghi hai lần",
	"%s became part of %s on 01/07/2025; for news dated after that, write %q (the article still appears on the %s page)": "%s đã nhập vào %s từ ngày 01/07/2025; với tin đăng sau ngày đó, hãy ghi %q (bài vẫn hiện ở trang %s)",
	"%s is not a member of %s on %s (see clusters in site.yaml)":                                                         "%s không thuộc %s vào ngày %s (xem clusters trong site.yaml)",
	"tag %q has no letters or digits":                                                         "chủ đề (tag) %q không có chữ hay số nào",
	"image_alt is given but there is no image":                                                "có image_alt nhưng không có ảnh (image)",
	"image needs image_alt: a short description of the picture for readers who cannot see it": "ảnh (image) cần có image_alt: một câu ngắn tả bức ảnh cho người đọc không nhìn thấy ảnh",
	"image: %v": "ảnh (image): %v",
	"image %q is not a picture file (.jpg, .png, .gif, .webp, .svg, .avif)": "%q không phải tệp ảnh (.jpg, .png, .gif, .webp, .svg, .avif)",
	"attachments should be a list of {file, title}, not %s":                 "attachments phải là danh sách các mục {file, title}, không phải %s",
	"an attachment needs file: (the file's name in the page bundle)":        "mỗi tệp đính kèm cần có file: (tên tệp trong thư mục của bài)",
	"attachment: %v": "tệp đính kèm: %v",
	"decision: belongs to articles of kind decision, and this one is %s; remove it or change kind":                         "khối decision: chỉ dành cho bài loại decision (quyết định), còn bài này là %s; hãy bỏ khối này hoặc đổi kind",
	"exemplar: belongs to articles of kind exemplar, and this one is %s; remove it or change kind":                         "khối exemplar: chỉ dành cho bài loại exemplar (điển hình), còn bài này là %s; hãy bỏ khối này hoặc đổi kind",
	"kind decision needs a decision: block with at least its number, e.g. decision: {number: \"946/QĐ-UBND\"}":             "bài loại decision cần khối decision: có ít nhất số quyết định, ví dụ decision: {number: \"946/QĐ-UBND\"}",
	"kind exemplar needs an exemplar: block with name and type, e.g. exemplar: {name: \"Nguyễn Văn A\", type: individual}": "bài loại exemplar cần khối exemplar: có tên và loại, ví dụ exemplar: {name: \"Nguyễn Văn A\", type: individual}",
	"decision.number is empty; fill it in before you remove draft: true":                                                   "decision.number đang trống; hãy điền số quyết định trước khi xoá draft: true",
	"decision needs a number, e.g. number: \"946/QĐ-UBND\"":                                                                "khối decision cần số quyết định, ví dụ number: \"946/QĐ-UBND\"",
	"%q is not a decision: a decision's number has the type QĐ, e.g. %s/QĐ-%s":                                             "%q không phải số của một quyết định: số quyết định có loại văn bản là QĐ, ví dụ %s/QĐ-%s",
	"the decision is signed (%s) after the article's date (%s)":                                                            "quyết định được ký (%s) sau ngày đăng bài (%s)",
	"%v; or name the decision article by its path, e.g. content/quyet-dinh/2023/ten-bai.md":                                "%v; hoặc ghi đường dẫn của bài quyết định, ví dụ content/quyet-dinh/2023/ten-bai.md",
	"exemplar.name is empty; fill it in before you remove draft: true":                                                     "exemplar.name đang trống; hãy điền tên trước khi xoá draft: true",
	"exemplar needs a name: the person, collective or household honoured":                                                  "khối exemplar cần tên (name): cá nhân, tập thể hay hộ gia đình được tôn vinh",
	"exemplar needs a type: individual, collective or household":                                                           "khối exemplar cần loại (type): individual (cá nhân), collective (tập thể) hoặc household (hộ gia đình)",
	"slug %q has no letters or digits":                                                                                     "slug %q không có chữ hay số nào",
	"slug should be lower-case ASCII letters, digits and hyphens (did you mean %q?)":                                       "slug chỉ gồm chữ thường không dấu, chữ số và gạch nối (có phải ý bạn là %q?)",
	"cannot make a URL from the file name %q; rename the file or add slug:":                                                "không làm được địa chỉ từ tên tệp %q; hãy đổi tên tệp hoặc thêm slug:",
	"alias %q is not a path": "địa chỉ cũ (alias) %q không phải là đường dẫn",
	"alias %q should be a path of this site such as /tin-cu/2021/bai-viet.html":                                           "địa chỉ cũ (alias) %q phải là đường dẫn trong trang này, ví dụ /tin-cu/2021/bai-viet.html",
	"alias %q ends in %s, which a static host does not serve as a page; only addresses ending in / or .html can redirect": "địa chỉ cũ (alias) %q có đuôi %s, mà máy chủ tĩnh không phục vụ như một trang; chỉ địa chỉ kết thúc bằng / hoặc .html mới chuyển hướng được",
	"the file is in %s/ but its kind is %s, so it is published at %s; move it to %s/%s/ or change kind":                   "tệp nằm trong %s/ nhưng kind là %s, nên được đăng tại %s; hãy chuyển tệp vào %s/%s/ hoặc đổi kind",
	"the file is in the folder %s but dated %d; check the date, or move the file":                                         "tệp nằm trong thư mục %s nhưng ngày đăng là năm %d; hãy kiểm tra lại ngày, hoặc chuyển tệp",
	"unknown kind %q%s":                          "không có loại bài (kind) %q%s",
	" (use %s)":                                  " (dùng %s)",
	"unknown exemplar type %q%s":                 "không có loại điển hình %q%s",
	" (use individual, collective or household)": " (dùng individual (cá nhân), collective (tập thể) hoặc household (hộ gia đình))",
	"no decision article at %s (give the path under content/, e.g. content/quyet-dinh/2023/ten-bai.md)": "không có bài quyết định nào tại %s (ghi đường dẫn trong content/, ví dụ content/quyet-dinh/2023/ten-bai.md)",
	"no decision article has the number %s%s; write the decision's article first, or fix the number":    "không có bài quyết định nào mang số %s%s; hãy viết bài quyết định trước, hoặc sửa lại số",
	"the number %s matches several decisions (%s); name the one meant by its path, e.g. decision: %s":   "số %s trùng với nhiều quyết định (%s); hãy ghi đường dẫn của quyết định muốn nói, ví dụ decision: %s",
	"the decision %s is a draft, so it is not published and not linked":                                 "quyết định %s còn là bản nháp, nên chưa được đăng và không có liên kết",
	"the decision %s is dated in the future, so it is not published and not linked":                     "quyết định %s có ngày đăng ở tương lai, nên chưa được đăng và không có liên kết",
	"%s should be a map of keys and values, not %s":                                                     "%s phải là một nhóm khoá và giá trị, không phải %s",
	"unknown key %q in %s: %s":               "không có khoá %q trong %s: %s",
	"unknown key %q in %s%s":                 "không có khoá %q trong %s%s",
	"%s should be text, not %s":              "%s phải là chữ, không phải %s",
	"%s should be a whole number, not %s":    "%s phải là một số nguyên, không phải %s",
	"%s should be a whole number, not %q":    "%s phải là một số nguyên, không phải %q",
	"%s should be between %d and %d, not %d": "%s phải từ %d đến %d, không phải %d",
	"%s should be true or false, not %s":     "%s phải là true (có) hoặc false (không), không phải %s",
	"each item of %s should be text, not %s": "mỗi mục của %s phải là chữ, không phải %s",
	"%s should be a list, not %s":            "%s phải là một danh sách, không phải %s",

	// vinhdanh check's findings (internal/check).
	"web link %s: %s": "liên kết web %s: %s",
	"%s with no address: write one between the parentheses, as in [text](/tin-tuc/2023/bai-viet/)": "%s không có địa chỉ: hãy ghi địa chỉ trong ngoặc tròn, như [chữ](/tin-tuc/2023/bai-viet/)",
	"%s %q is not a valid address: %v":       "%s %q không phải địa chỉ hợp lệ: %v",
	"link %q: the page %s has no part #%s%s": "liên kết %q: trang %s không có phần #%s%s",

	// Dates and periods (internal/vietnamese).
	"empty date; write it as 2023-06-02 or 02/06/2023":                    "ngày đang trống; hãy viết như 2023-06-02 hoặc 02/06/2023",
	"%q has no day, month and year; write it as 2023-06-02 or 02/06/2023": "%q không có đủ ngày, tháng, năm; hãy viết như 2023-06-02 hoặc 02/06/2023",
	"%q holds two dates":   "%q có hai ngày",
	"%q holds two times":   "%q có hai giờ",
	"%q is not a date: %v": "%q không phải là ngày: %v",
	"%q is not a date: unexpected %q; write it as 2023-06-02, 2023-06-02 09:00 or 02/06/2023": "%q không phải là ngày: không hiểu %q; hãy viết như 2023-06-02, 2023-06-02 09:00 hoặc 02/06/2023",
	"%q is not a time like 08:45:26":                                          "%q không phải là giờ dạng 08:45:26",
	"%q is not a time like 09:00 or 08:45:26":                                 "%q không phải là giờ dạng 09:00 hoặc 08:45:26",
	"%q is not day/month/year":                                                "%q không theo dạng ngày/tháng/năm",
	"%s %d has %d days":                                                       "tháng %s năm %d chỉ có %d ngày",
	"hour %d is past 23":                                                      "giờ %d quá 23",
	"minute %d is past 59":                                                    "phút %d quá 59",
	"second %d is past 59":                                                    "giây %d quá 59",
	"there is no month %d (dates are day/month/year)":                         "không có tháng %d (ngày viết theo thứ tự ngày/tháng/năm)",
	"write the year in full (%q is not a four-digit year)":                    "hãy viết năm đủ bốn chữ số (%q không phải năm có bốn chữ số)",
	"year %d is out of range":                                                 "năm %d nằm ngoài khoảng cho phép",
	"empty period; write a year (2023) or a range (2021-2025)":                "giai đoạn đang trống; hãy viết một năm (2023) hoặc một khoảng năm (2021-2025)",
	"period %q ends before it starts (did you mean %d-%d?)":                   "giai đoạn %q kết thúc trước khi bắt đầu (có phải ý bạn là %d-%d?)",
	"%q is not a period: write a year (2023) or a range of years (2021-2025)": "%q không phải là giai đoạn: hãy viết một năm (2023) hoặc một khoảng năm (2021-2025)",
	"%q is not a period: year %s is out of range":                             "%q không phải là giai đoạn: năm %s nằm ngoài khoảng cho phép",

	// The registries (internal/registry).
	"empty document number; write it as 946/QĐ-UBND":                                     "số văn bản đang trống; hãy viết như 946/QĐ-UBND",
	"malformed document number %q: %v; write it as number/type-issuer, e.g. 946/QĐ-UBND": "số văn bản %q viết chưa đúng: %v; hãy viết theo dạng số/loại-cơ quan ban hành, ví dụ 946/QĐ-UBND",
	"it has spaces inside":                                    "có dấu cách ở giữa",
	`the number and the type are separated by "/"`:            `số và loại văn bản phải cách nhau bằng "/"`,
	"%q is not a year":                                        "%q không phải là năm",
	"it has no type or issuer after the number (946/QĐ-UBND)": "thiếu loại văn bản hoặc cơ quan ban hành sau số (946/QĐ-UBND)",
	`too many "/"`:                                            `có quá nhiều dấu "/"`,
	"the number is missing":                                   "thiếu số",
	"%q is not a number":                                      "%q không phải là số",
	"the number is zero":                                      "số bằng 0",
	"%q is too long for a number":                             "%q quá dài để là một số",
	"unknown document type %q in %q%s":                        "không có loại văn bản %q trong %q%s",
	"an issuer part is empty":                                 "một phần tên cơ quan ban hành đang trống",
	"%q is not an issuer abbreviation":                        "%q không phải là chữ viết tắt của cơ quan ban hành",
	"empty province name":                                     "tên tỉnh, thành đang trống",
	"unknown province %q%s":                                   "không có tỉnh, thành %q%s",
	"%q means the whole country, not a province":              "%q là cả nước, không phải một tỉnh, thành",
	"alias %q has no letters or digits":                       "tên khác %q không có chữ hay số nào",
	"alias %q already names %s":                               "tên khác %q đã dùng cho %s",
	"cluster %q has the same slug %q as %q":                   "cụm thi đua %q có cùng slug %q với %q",
	"unknown cluster %q: the site declares no clusters (add them under clusters: in site.yaml)": "không có cụm thi đua %q: trang chưa khai báo cụm nào (thêm vào mục clusters: trong site.yaml)",
	"unknown cluster %q%s":                    "không có cụm thi đua %q%s",
	"award %q has no letters or digits":       "hình thức khen thưởng %q không có chữ hay số nào",
	"the award %q exists already (as %q)":     "hình thức khen thưởng %q đã có (là %q)",
	"award %q: the alias %q already names %q": "hình thức khen thưởng %q: tên khác %q đã dùng cho %q",
	"empty award name":                        "tên hình thức khen thưởng đang trống",
	"unknown award %q":                        "không có hình thức khen thưởng %q",
	"unknown award %q (did you mean %q?)":     "không có hình thức khen thưởng %q (có phải ý bạn là %q?)",

	// Files an article names, and the output (internal/content, internal/build).
	"no file given": "chưa ghi tên tệp",
	"%q is on another site; the site makes no outside requests, so save the file into the page bundle":              "%q nằm trên trang khác; trang không tải gì từ bên ngoài, nên hãy lưu tệp vào thư mục của bài",
	"%q is an absolute path; write it relative to the page bundle or to static/, such as anh.jpg or images/anh.jpg": "%q là đường dẫn tuyệt đối; hãy viết đường dẫn tính từ thư mục của bài hoặc từ static/, ví dụ anh.jpg hoặc images/anh.jpg",
	"%q leaves its folder (..); files must be inside the page bundle or static/":                                    "%q đi ra ngoài thư mục của nó (..); tệp phải nằm trong thư mục của bài hoặc trong static/",
	"%q not found (looked for %s)%s":    "không tìm thấy %q (đã tìm %s)%s",
	"it points to %q, outside the site": "nó trỏ tới %q, ở ngoài trang",
	"too many links in a chain":         "quá nhiều liên kết nối tiếp nhau",
	"base_url should be an absolute address such as https://example.vn/ or https://user.github.io/site/, not %q": "base_url phải là địa chỉ đầy đủ như https://example.vn/ hoặc https://user.github.io/site/, không phải %q",
	"a cluster's members are provinces, not %q": "thành viên của cụm thi đua là các tỉnh, thành, không phải %q",
	"cannot write the output: %v":               "không ghi được kết quả: %v",
	"cannot put the output in place: %v":        "không đặt được kết quả vào chỗ: %v",
	"--base-url: %v":                            "--base-url: %v",
	"theme static/%s: %v":                       "giao diện, tệp static/%s: %v",

	// The theme (internal/theme).
	"theme static files: %v":                                              "tệp tĩnh của giao diện: %v",
	"site.yaml: theme %q not found: there is no folder %s/":               "site.yaml: không tìm thấy giao diện %q: không có thư mục %s/",
	"the theme has no archetypes/%s.md or archetypes/default.md":          "giao diện không có archetypes/%s.md hay archetypes/default.md",
	"%s: theme files may not be symbolic links; copy the file in instead": "%s: tệp của giao diện không được là liên kết tượng trưng (symlink); hãy chép tệp thật vào",
	"theme: no strings for language %q (%s): %v":                          "giao diện: không có chữ cho ngôn ngữ %q (%s): %v",
	"theme %s:%v":                                   "giao diện %s:%v",
	"theme %s:%d:%d: %s should be text":             "giao diện %s:%d:%d: %s phải là chữ",
	"the theme has no text for %q in its i18n file": "giao diện không có chữ cho %q trong tệp i18n",
	"theme: %v":                 "giao diện: %v",
	"theme %s: %v":              "giao diện %s: %v",
	"theme layouts/%v":          "giao diện, layouts/%v",
	"theme %v":                  "giao diện %v",
	"theme has no layout %q":    "giao diện không có layout %q",
	"theme layouts/%s.html: %v": "giao diện, layouts/%s.html: %v",

	// What editors paste from a word processor (internal/metadata, internal/content).
	"%U is a noncharacter, which cannot be shown on a page; remove it, or the escape (such as \\uFFFE) that writes it":            "%U là một ký tự không dùng được, không hiện được trên trang; hãy xoá nó, hoặc xoá mã thoát (như \\uFFFE) đã viết ra nó",
	"the control character %U cannot be shown on a page; remove it, or the escape (such as \\e, \\x01 or \\u0001) that writes it": "ký tự điều khiển %U không hiện được trên trang; hãy xoá nó, hoặc xoá mã thoát (như \\e, \\x01 hay \\u0001) đã viết ra nó",
	"%s is between curly quotes %c…%c, which are read here as quotes; type straight quotes \" or ' instead":                       "%s nằm trong ngoặc kép cong %c…%c, ở đây vẫn được hiểu là ngoặc kép; nên gõ ngoặc thẳng \" hoặc ' thay vào",
	"%s is one text with commas; it is read as a list of %d, which is written %s":                                                 "%s là một đoạn chữ có dấu phẩy; được hiểu là danh sách %d mục, cách viết đúng là %s",
	"%s: YAML reads the text from \" #\" on as a comment, so %q is left out; to keep it, put the whole value in quotes: %s":       "%s: YAML coi phần chữ từ \" #\" trở đi là lời chú thích, nên %q bị bỏ mất; muốn giữ lại, hãy đặt cả giá trị trong ngoặc kép: %s",
	"missing kind: the file is in %s/%s/, so add the line kind: %s (or conference, exemplar, decision or news)":                   "thiếu kind: tệp nằm trong %s/%s/, nên hãy thêm dòng kind: %s (hoặc conference, exemplar, decision, news)",
	"unknown format %q": "không có định dạng %q",
}
