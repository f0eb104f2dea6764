package corpus

import (
	"strings"

	"vinhdanh/internal/content"
	"vinhdanh/internal/registry"
)

// exemplarInfo is who an exemplar profile is about.
type exemplarInfo struct {
	name    string // as the front matter gives it
	display string // as text gives it: a person's name without the title
	short   string // how the text calls them: "cô Hoa", "Thượng úy Hùng", "hợp tác xã"
	title   string // the word before a person's name in a headline: "Cô giáo", "Bác sĩ"
	typ     content.ExemplarType
	field   *exField
	role    string // "giáo viên Trường Tiểu học Tân Lập"
	unit    string // where they work, or the collective itself
	ref     *decisionRef
}

// exField is a field (lĩnh vực) of exemplars, with what its people do and
// the sentences that tell their stories.
type exField struct {
	name, tag   string
	from        int // first year the field is written about
	roles       []exRole
	collectives [][2]string // name template, how the text calls it
	household   bool        // households are honoured in this field
	story       pool
	titles      pool
	headings    pool
}

// exRole is a job an individual exemplar holds.
type exRole struct {
	female, male string // title before the name; "" for none
	job          string // template of the job, naming the unit in {}
	unit         string // the unit alone
	rank         bool   // the title is a police or army rank
}

var exFields = []*exField{
	{
		name: "Giáo dục", tag: "giáo dục",
		roles: []exRole{
			{"Cô giáo", "Thầy giáo", "giáo viên ", "{truong}", false},
			{"Cô giáo", "Thầy giáo", "Hiệu trưởng ", "{truong}", false},
			{"Cô giáo", "Thầy giáo", "giáo viên cắm bản ở điểm trường lẻ của ", "{truong}", false},
			{"Cô giáo", "Thầy giáo", "Tổng phụ trách Đội ", "{truong}", false},
		},
		collectives: [][2]string{{"{truong}", "nhà trường"}, {"Tổ Khoa học tự nhiên, {truong}", "tổ chuyên môn"}, {"Công đoàn {truong}", "công đoàn nhà trường"}},
		story: newPool(
			"Mỗi sáng, {xung} dậy từ 5 giờ, vượt quãng đường {km} để đến điểm trường kịp giờ vào lớp.",
			"{xung} tổ chức những buổi đọc sách chiều thứ Bảy ngay tại nhà văn hóa {thonnha}, thu hút cả phụ huynh cùng tham gia.",
			"Trong {namkn} năm công tác, {xung} có {nho} sáng kiến kinh nghiệm được công nhận cấp tỉnh, trong đó có cách dạy học theo dự án được nhiều trường áp dụng.",
			"Lớp do {xung} chủ nhiệm nhiều năm liền đạt danh hiệu lớp tiên tiến, không có học sinh bỏ học giữa chừng.",
			"Những ngày mưa lũ, {xung} cùng đồng nghiệp lội suối đến từng nhà vận động phụ huynh cho con trở lại lớp.",
			"{xung} dành một phần lương mua sách vở, áo ấm cho học trò nghèo và kết nối các nhà hảo tâm xây bếp ăn bán trú.",
			"Nhờ phương pháp dạy học tích cực, tỷ lệ học sinh khá, giỏi của lớp tăng rõ rệt, nhiều em đạt giải trong kỳ thi học sinh giỏi cấp tỉnh.",
			"[2020-] {xung} là một trong những giáo viên đầu tiên của trường thiết kế bài giảng điện tử và tổ chức lớp học trực tuyến.",
			"Đồng nghiệp nhận xét {xung} luôn tận tụy, sẵn sàng chia sẻ kinh nghiệm với những giáo viên trẻ mới về trường.",
			"Nhiều học trò cũ của {xung} nay đã trở thành kỹ sư, bác sĩ, giáo viên và quay về phục vụ quê hương.",
			"{xung} còn vận động thành lập quỹ khuyến học của dòng họ, mỗi năm trao hàng chục suất học bổng cho học sinh vượt khó.",
			"Ở vùng cao, có những buổi học {xung} phải dạy song song hai lớp ghép trong một căn phòng nhỏ.",
			"Để học trò không bỡ ngỡ khi vào lớp Một, {xung} kiên trì học tiếng của đồng bào và dùng trò chơi dân gian trong giờ học.",
		),
		titles: newPool(
			"{Danh} {ten} và {namkn} năm bám trường, bám lớp ở vùng khó",
			"{Danh} {ten}: người thắp lửa yêu thương cho học trò nghèo",
			"{Danh} {ten} với những sáng kiến đổi mới phương pháp dạy học",
			"Người giáo viên tận tụy được học trò và phụ huynh ở {Tinh} tin yêu",
			"{Danh} {ten}: trọn đời cho sự nghiệp trồng người nơi vùng cao",
		),
		headings: newPool("Gieo chữ nơi vùng khó", "Những sáng kiến từ lớp học", "Trọn đời cho sự nghiệp trồng người",
			"Giữ học sinh ở lại lớp", "Người thầy của những học trò nghèo"),
	},
	{
		name: "Y tế", tag: "y tế",
		roles: []exRole{
			{"Bác sĩ", "Bác sĩ", "bác sĩ ", "{bv}", false},
			{"Bác sĩ", "Bác sĩ", "Trưởng khoa Nội, ", "{bv}", false},
			{"Điều dưỡng", "Điều dưỡng", "điều dưỡng trưởng ", "{bv}", false},
			{"Y sĩ", "Y sĩ", "y sĩ ", "Trạm Y tế {noi}", false},
			{"", "", "nhân viên y tế ", "{thonnha}", false},
		},
		collectives: [][2]string{{"Trạm Y tế {noi}", "trạm y tế"}, {"Khoa Cấp cứu, {bv}", "tập thể khoa"}, {"{bv}", "đơn vị"}},
		story: newPool(
			"Trong {namkn} năm công tác, {xung} đã trực tiếp cấp cứu, điều trị cho hàng nghìn lượt bệnh nhân, trong đó có nhiều ca bệnh nặng.",
			"Không ít lần, {xung} vượt hàng chục cây số đường rừng trong đêm để kịp hỗ trợ sản phụ sinh con tại nhà.",
			"[2020-2022] Những tháng cao điểm dịch COVID-19, {xung} xung phong vào khu điều trị, {nho} tuần liền không về nhà.",
			"{xung} là người đề xuất quy trình tiếp đón một cửa, giúp rút ngắn thời gian chờ khám của người bệnh.",
			"Ngoài giờ làm việc, {xung} thường đến tận nhà khám, phát thuốc miễn phí cho người già neo đơn trong {thonnha}.",
			"Sáng kiến cải tiến kỹ thuật của {xung} đã được Hội đồng khoa học ngành y tế công nhận và áp dụng rộng rãi.",
			"{xung} luôn ân cần, nhẹ nhàng với người bệnh, thực hiện tốt lời dạy “Lương y phải như từ mẫu”.",
			"Nhờ sự kiên trì vận động của {xung}, tỷ lệ trẻ em được tiêm chủng đầy đủ ở địa phương đạt {pcthigh}.",
			"{xung} đã tham gia nhiều đợt khám bệnh, cấp thuốc miễn phí cho đồng bào vùng sâu, vùng xa và gia đình chính sách.",
			"[2021-] {xung} tích cực ứng dụng hồ sơ sức khỏe điện tử, giúp người dân theo dõi sức khỏe thuận tiện hơn.",
			"Có ca trực, {xung} cùng đồng nghiệp cứu sống một bệnh nhân ngừng tim sau gần một giờ hồi sức liên tục.",
			"Căn phòng khám nhỏ ở trạm y tế luôn sạch sẽ, ngăn nắp, thuốc men được sắp xếp khoa học nhờ bàn tay của {xung}.",
		),
		titles: newPool(
			"{Danh} {ten}: tận tụy vì sức khỏe của nhân dân",
			"{Danh} {ten} và những ca trực không ngủ ở {Tinh}",
			"{Danh} {ten}, người thầy thuốc được bà con {Tinh} tin yêu",
			"Làm theo lời Bác dạy về y đức: câu chuyện của {Danh} {ten}",
		),
		headings: newPool("Vì người bệnh", "Những ca trực không ngủ", "Lương y phải như từ mẫu", "Bám trạm, bám dân"),
	},
	{
		name: "Nông nghiệp", tag: "nông dân", household: true,
		roles: []exRole{
			{"Nông dân", "Nông dân", "nông dân ở ", "{thonnha}, {noi}", false},
			{"", "", "Giám đốc ", "{htx}", false},
			{"", "", "Chi hội trưởng Chi hội Nông dân ", "{thonnha}", false},
		},
		collectives: [][2]string{{"{htx}", "hợp tác xã"}, {"Tổ hợp tác sản xuất {sp} {thonnha}", "tổ hợp tác"}, {"Hội Nông dân {noi}", "hội nông dân xã"}},
		story: newPool(
			"Từ {ha} đất đồi cằn cỗi, {xung} mạnh dạn chuyển sang trồng {sp}, mỗi năm cho thu nhập hơn {trieu}.",
			"{xung} là một trong những người đầu tiên ở {noi} áp dụng quy trình sản xuất theo tiêu chuẩn VietGAP.",
			"Không giữ kinh nghiệm cho riêng mình, {xung} thường xuyên hướng dẫn kỹ thuật, cho bà con vay vốn không lấy lãi để phát triển sản xuất.",
			"Mô hình của {xung} hiện tạo việc làm ổn định cho {n} lao động địa phương, nhiều người là đồng bào dân tộc thiểu số.",
			"Những năm đầu, vì thiếu vốn và kinh nghiệm, {xung} từng thất bại, mất trắng cả một vụ {sp}.",
			"[2019-] Sản phẩm {sp} của {xung} đã đạt chuẩn OCOP 3 sao, được tiêu thụ tại nhiều siêu thị và trên sàn thương mại điện tử.",
			"Ngoài trồng trọt, {xung} còn chăn nuôi {vatnuoi} theo hướng tuần hoàn, tận dụng phụ phẩm làm phân bón hữu cơ.",
			"{xung} đã hiến {m2} đất để làm đường giao thông nội đồng và đóng góp hàng chục ngày công xây dựng nông thôn mới.",
			"Nhiều năm liền, {xung} đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp.",
			"{xung} liên kết với doanh nghiệp để bao tiêu sản phẩm, giúp bà con yên tâm sản xuất, không lo bị ép giá.",
			"Hệ thống tưới nhỏ giọt tự động mà {xung} tự mày mò lắp đặt đã giúp tiết kiệm một nửa lượng nước tưới.",
		),
		titles: newPool(
			"{ten} làm giàu từ mô hình trồng {sp} ở {Tinh}",
			"Nông dân {ten} vươn lên làm giàu, giúp bà con cùng tiến bộ",
			"{ten}: người nông dân sản xuất, kinh doanh giỏi của {Tinh}",
			"Từ đất đồi cằn cỗi, {ten} xây dựng vùng {sp} cho thu nhập cao",
		),
		headings: newPool("Dám nghĩ, dám làm", "Làm giàu trên mảnh đất quê hương", "Cùng bà con thoát nghèo", "Sản xuất theo chuỗi giá trị"),
	},
	{
		name: "Công an", tag: "an ninh trật tự",
		roles: []exRole{
			{"", "", "Trưởng Công an ", "{noi}", true},
			{"", "", "cán bộ Đội Cảnh sát hình sự, Công an ", "{diaban}", true},
			{"", "", "cảnh sát khu vực, Công an ", "{noi}", true},
			{"", "", "cán bộ Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ, Công an ", "{diaban}", true},
		},
		collectives: [][2]string{{"Công an {noi}", "đơn vị"}, {"Đội Cảnh sát giao thông – Trật tự, Công an {diaban}", "đơn vị"}, {"Đội Cảnh sát hình sự, Công an {diaban}", "đơn vị"}},
		story: newPool(
			"Trong {namkn} năm công tác, {xung} đã trực tiếp tham gia đấu tranh, triệt phá nhiều chuyên án ma túy, trộm cắp tài sản.",
			"{xung} xây dựng mạng lưới cộng tác viên rộng khắp, nắm chắc tình hình an ninh trật tự ở từng thôn, xóm.",
			"Không chỉ giữ bình yên cho địa bàn, {xung} còn thường xuyên giúp người dân làm thủ tục hành chính, cấp căn cước.",
			"Đêm mưa lũ năm {namtruoc}, {xung} cùng đồng đội dầm mình trong nước để di dời hàng chục hộ dân đến nơi an toàn.",
			"Nhờ sự tận tụy của {xung}, nhiều vụ mâu thuẫn, tranh chấp đất đai được hòa giải thành ngay tại cơ sở.",
			"{xung} là người tham mưu triển khai mô hình “{mohinh}”, góp phần kéo giảm tội phạm trên địa bàn.",
			"{xung} luôn gần dân, hiểu dân, được bà con coi như người thân trong nhà.",
			"Trong một lần truy bắt đối tượng, {xung} bị thương nhưng vẫn kiên quyết bám đuổi đến cùng.",
			"Mỗi dịp lễ, Tết, {xung} lại cùng đồng đội tuần tra xuyên đêm để người dân yên tâm vui xuân.",
			"[2023-] Từ khi công an chính quy về xã, {xung} là một trong những người đầu tiên xung phong nhận nhiệm vụ ở địa bàn khó khăn.",
		),
		titles: newPool(
			"{Danh} {ten}: người giữ bình yên cho bà con {Tinh}",
			"{Danh} {ten} – tấm gương sáng trong phong trào “Vì an ninh Tổ quốc”",
			"{Danh} {ten} và những chuyên án đáng nhớ trên địa bàn",
			"Công an cơ sở gần dân, hiểu dân: câu chuyện về {Danh} {ten}",
		),
		headings: newPool("Giữ bình yên cho nhân dân", "Gần dân, hiểu dân", "Không quản hiểm nguy", "Vì nhân dân phục vụ"),
	},
	{
		name: "Doanh nghiệp", tag: "doanh nghiệp", household: true,
		roles: []exRole{
			{"Doanh nhân", "Doanh nhân", "Giám đốc ", "{dn}", false},
			{"Doanh nhân", "Doanh nhân", "Chủ tịch Hội đồng quản trị ", "{dn}", false},
			{"", "", "công nhân ", "{dn}", false},
			{"Kỹ sư", "Kỹ sư", "kỹ sư ", "{dn}", false},
		},
		collectives: [][2]string{{"{dn}", "công ty"}, {"Công đoàn {dn}", "công đoàn công ty"}},
		story: newPool(
			"Từ một xưởng sản xuất nhỏ với {nho} công nhân, {donvict} nay đã có hơn {vua} lao động, doanh thu mỗi năm hàng trăm tỷ đồng.",
			"{xung} luôn đặt quyền lợi người lao động lên hàng đầu, đóng bảo hiểm xã hội đầy đủ và tăng lương đều đặn.",
			"Nhiều năm liền, {donvict} nộp ngân sách đúng hạn, không nợ thuế, không nợ bảo hiểm.",
			"{xung} mạnh dạn đầu tư dây chuyền công nghệ hiện đại, giúp giảm {pctlow} chi phí sản xuất.",
			"Mỗi năm, {xung} dành hàng trăm triệu đồng cho các hoạt động an sinh, xây nhà tình nghĩa, trao học bổng cho học sinh nghèo.",
			"Trong {namkn} năm gắn bó với nhà máy, {xung} có {nho} sáng kiến cải tiến kỹ thuật, làm lợi hàng tỷ đồng.",
			"[2020-] Trong khó khăn chung, {donvict} vẫn giữ việc làm cho toàn bộ người lao động, không cắt giảm lương.",
			"Sản phẩm của {donvict} hiện có mặt tại {nho} thị trường nước ngoài, trong đó có những thị trường khó tính.",
			"{xung} cho rằng, doanh nghiệp chỉ phát triển bền vững khi người lao động gắn bó và địa phương cùng hưởng lợi.",
			"Bữa ăn ca của công nhân được nâng chất lượng, khu nhà trọ được hỗ trợ tiền điện, nước nhờ đề xuất của {xung}.",
		),
		titles: newPool(
			"{Danh} {ten}: phát triển doanh nghiệp gắn với trách nhiệm xã hội",
			"{ten} – doanh nhân tiêu biểu trong phong trào thi đua của {Tinh}",
			"Người lao động có nhiều sáng kiến cải tiến kỹ thuật ở {Tinh}",
			"{ten} và hành trình đưa sản phẩm địa phương ra thị trường thế giới",
		),
		headings: newPool("Khởi nghiệp từ hai bàn tay trắng", "Vì quyền lợi người lao động", "Trách nhiệm với cộng đồng", "Đổi mới công nghệ"),
	},
	{
		name: "Xây dựng nông thôn mới", tag: "nông thôn mới", household: true,
		roles: []exRole{
			{"", "", "Bí thư Chi bộ, Trưởng ", "{thonnha}", false},
			{"", "", "Chủ tịch UBND ", "{noi}", false},
			{"", "", "người dân ", "{thonnha}, {noi}", false},
			{"", "", "Trưởng ban Công tác Mặt trận ", "{thonnha}", false},
		},
		collectives: [][2]string{{"Nhân dân và cán bộ {noi}", "chính quyền và nhân dân xã"}, {"{thonnha}, {noi}", "bà con trong thôn"}, {"UBND {noi}", "chính quyền xã"}},
		story: newPool(
			"Thấy con đường vào {thonnha} lầy lội mỗi mùa mưa, {xung} đứng ra vận động bà con hiến đất, góp công làm đường.",
			"Chỉ trong {nho} tháng, bà con đã hiến hơn {m2} đất và góp hàng nghìn ngày công để hoàn thành {km} đường bê tông.",
			"{xung} luôn gương mẫu đi đầu, là hộ đầu tiên tháo dỡ tường rào, hiến đất mở rộng đường.",
			"Từ một địa phương khó khăn, đến năm {nam}, {noi} đã đạt chuẩn nông thôn mới, thu nhập bình quân đạt {thunhap} một người mỗi năm.",
			"Mô hình “{mohinh}” do {xung} khởi xướng đã được nhân rộng ra toàn xã.",
			"{xung} thường nói với bà con, nông thôn mới không phải việc của riêng ai, mỗi người góp một tay thì quê hương sẽ đổi thay.",
			"Hệ thống đèn chiếu sáng, đường hoa, camera an ninh ở {thonnha} đều do người dân tự nguyện đóng góp xây dựng.",
			"Đến nay, {pcthigh} hộ trong thôn có nhà kiên cố, không còn hộ nghèo.",
			"[2020-] Thôn được công nhận là khu dân cư nông thôn mới kiểu mẫu, trở thành điểm tham quan, học tập của nhiều địa phương.",
			"Mỗi sáng Chủ nhật, cả thôn lại cùng nhau quét dọn đường làng, chăm sóc những hàng cây, khóm hoa hai bên đường.",
		),
		titles: newPool(
			"{ten}: người đi đầu xây dựng nông thôn mới ở {Tinh}",
			"Chung sức xây dựng nông thôn mới: câu chuyện ở {thonnha}",
			"{ten} vận động bà con hiến đất làm đường ở {noi}",
			"Một trưởng thôn tâm huyết với phong trào xây dựng nông thôn mới",
		),
		headings: newPool("Dân biết, dân bàn, dân làm", "Con đường mới của thôn", "Gương mẫu đi đầu", "Diện mạo mới của làng quê"),
	},
	{
		name: "Chuyển đổi số", tag: "chuyển đổi số", from: 2020,
		roles: []exRole{
			{"", "", "Tổ trưởng Tổ công nghệ số cộng đồng ", "{thonnha}", false},
			{"", "", "công chức văn phòng – thống kê ", "{noi}", false},
			{"", "", "cán bộ phụ trách chuyển đổi số của ", "{noi}", false},
			{"", "", "Bí thư Đoàn Thanh niên ", "{noi}", false},
		},
		collectives: [][2]string{{"Tổ công nghệ số cộng đồng {thonnha}", "tổ công nghệ số"}, {"Đoàn Thanh niên {noi}", "đoàn thanh niên"}, {"UBND {noi}", "chính quyền xã"}},
		story: newPool(
			"{xung} đã đến từng nhà hướng dẫn người dân cài đặt ứng dụng định danh điện tử và sử dụng dịch vụ công trực tuyến.",
			"Nhờ sự hướng dẫn tận tình của {xung}, nhiều người cao tuổi ở {thonnha} đã biết dùng điện thoại thông minh để trả tiền điện, tiền nước.",
			"{xung} lập trang thông tin của thôn trên mạng xã hội, giúp bà con cập nhật kịp thời chủ trương, chính sách.",
			"Sáng kiến dùng mã QR để quảng bá sản phẩm {sp} của {xung} đã giúp nhiều hộ bán hàng qua mạng.",
			"Tỷ lệ hồ sơ dịch vụ công trực tuyến của {noi} tăng từ {pctlow} lên {pcthigh} chỉ sau một năm.",
			"[2025-] Hưởng ứng phong trào “Bình dân học vụ số”, {xung} mở các lớp học kỹ năng số miễn phí vào buổi tối.",
			"{xung} cho rằng chuyển đổi số bắt đầu từ những việc nhỏ nhất, như giúp một người mẹ gọi video cho con đi làm xa.",
			"Mỗi buổi tối, căn phòng nhỏ ở nhà văn hóa thôn lại sáng đèn, nơi {xung} hướng dẫn bà con dùng các tiện ích số.",
			"Phần mềm quản lý hộ tịch do {xung} đề xuất giúp rút ngắn thời gian tra cứu hồ sơ từ vài ngày xuống vài phút.",
		),
		titles: newPool(
			"{ten} đưa chuyển đổi số đến từng hộ dân ở {noi}",
			"Người gõ cửa từng nhà hướng dẫn bà con dùng dịch vụ công trực tuyến",
			"{ten}: điểm sáng chuyển đổi số ở cơ sở của {Tinh}",
		),
		headings: newPool("Số hóa từ những việc nhỏ", "Không để ai bị bỏ lại phía sau", "Kỹ năng số cho mọi người"),
	},
	{
		name: "Văn hóa", tag: "văn hóa", household: true,
		roles: []exRole{
			{"Nghệ nhân", "Nghệ nhân", "nghệ nhân ở ", "{thonnha}", false},
			{"", "", "Chủ nhiệm câu lạc bộ dân ca ", "{noi}", false},
			{"", "", "công chức văn hóa – xã hội ", "{noi}", false},
		},
		collectives: [][2]string{{"Câu lạc bộ dân ca {noi}", "câu lạc bộ"}, {"Đội văn nghệ {thonnha}", "đội văn nghệ"}, {"Làng nghề {sp} {thonnha}", "làng nghề"}},
		story: newPool(
			"Hơn {namkn} năm qua, {xung} miệt mài sưu tầm, truyền dạy những làn điệu dân ca cổ cho thế hệ trẻ.",
			"Lớp truyền dạy của {xung} đến nay đã có hàng trăm học viên, nhiều em đạt giải cao tại các hội diễn nghệ thuật quần chúng.",
			"{xung} còn phục dựng nhiều lễ hội truyền thống đã mai một, góp phần thu hút khách du lịch đến địa phương.",
			"Với {xung}, giữ gìn bản sắc văn hóa dân tộc là trách nhiệm với cha ông và con cháu.",
			"Những sản phẩm {sp} do {xung} làm ra được du khách yêu thích, nhiều lần đoạt giải tại các hội chợ.",
			"{xung} đã tham gia biên soạn tài liệu về văn hóa truyền thống, được ngành văn hóa đánh giá cao.",
			"Nhà của {xung} trở thành điểm sinh hoạt văn hóa của bà con mỗi dịp lễ, Tết.",
			"Tiếng chiêng, tiếng khèn lại vang lên trong các dịp hội làng nhờ công sức của {xung} và các thành viên câu lạc bộ.",
			"Mỗi dịp lễ hội {lehoi}, {xung} lại tất bật tập luyện cho đội văn nghệ, chuẩn bị trang phục, đạo cụ.",
			"Nghề {nghe} của cha ông được {xung} gìn giữ, truyền lại cho con cháu và thanh niên trong thôn.",
			"Những sản phẩm {nghe} làm ra không chỉ để bán mà còn để kể câu chuyện về văn hóa của quê hương.",
		),
		titles: newPool(
			"{Danh} {ten} giữ hồn văn hóa truyền thống ở {noi}",
			"{ten}: người truyền lửa đam mê dân ca cho thế hệ trẻ",
			"Câu chuyện bảo tồn bản sắc văn hóa dân tộc của {ten}",
		),
		headings: newPool("Giữ hồn cốt dân tộc", "Truyền lửa cho lớp trẻ", "Văn hóa gắn với du lịch"),
	},
	{
		name: "Quốc phòng", tag: "quốc phòng",
		roles: []exRole{
			{"", "", "Đồn trưởng Đồn Biên phòng ", "{place}", true},
			{"", "", "Chỉ huy trưởng Ban Chỉ huy Quân sự ", "{noi}", true},
			{"", "", "đội viên Đội công tác, Đồn Biên phòng ", "{place}", true},
			{"", "", "Trung đội trưởng dân quân cơ động ", "{noi}", false},
		},
		collectives: [][2]string{{"Đồn Biên phòng {place}", "đồn"}, {"Ban Chỉ huy Quân sự {noi}", "đơn vị"}, {"Trung đội dân quân cơ động {noi}", "trung đội"}},
		story: newPool(
			"Hơn {namkn} năm quân ngũ, {xung} đã gắn bó với nhiều địa bàn biên giới xa xôi, khó khăn.",
			"{xung} cùng đồng đội thường xuyên tuần tra, bảo vệ đường biên, cột mốc, kịp thời ngăn chặn các hành vi vi phạm.",
			"Thực hiện chương trình “Nâng bước em tới trường”, {xung} nhận đỡ đầu {nho} học sinh nghèo vùng biên.",
			"Những lúc rảnh rỗi, {xung} xuống bản giúp bà con làm nhà, thu hoạch mùa màng, hướng dẫn cách chăn nuôi.",
			"Trong các đợt huấn luyện, đơn vị do {xung} phụ trách luôn đạt kết quả khá, giỏi, tuyệt đối an toàn.",
			"Đợt mưa lũ năm {namtruoc}, {xung} chỉ huy lực lượng ứng cứu, giúp dân di dời tài sản, khắc phục hậu quả.",
			"Với bà con vùng biên, {xung} không chỉ là người lính mà còn là người thầy, người con của bản.",
			"{xung} đã vận động nhiều hộ dân bỏ hủ tục, xây dựng nếp sống văn minh và phát triển kinh tế gia đình.",
		),
		titles: newPool(
			"{Danh} {ten}: người lính vững vàng nơi tuyến đầu biên giới",
			"{Danh} {ten} và những năm tháng gắn bó với đồng bào vùng biên",
			"Bộ đội Cụ Hồ giúp dân: câu chuyện về {Danh} {ten}",
		),
		headings: newPool("Vững vàng nơi biên cương", "Làm dân vận giỏi", "Bộ đội Cụ Hồ trong lòng dân"),
	},
	{
		name: "An sinh xã hội", tag: "an sinh xã hội", household: true,
		roles: []exRole{
			{"", "", "người có uy tín ở ", "{thonnha}", false},
			{"", "", "Chủ nhiệm câu lạc bộ thiện nguyện ", "{noi}", false},
			{"", "", "hội viên Hội Cựu chiến binh ", "{noi}", false},
			{"", "", "Chủ tịch Hội Chữ thập đỏ ", "{noi}", false},
		},
		collectives: [][2]string{{"Hội Chữ thập đỏ {noi}", "hội"}, {"Câu lạc bộ thiện nguyện {noi}", "câu lạc bộ"}, {"Hội Liên hiệp Phụ nữ {noi}", "hội phụ nữ"}},
		story: newPool(
			"Nhiều năm qua, {xung} đã vận động các nhà hảo tâm xây dựng {nho} căn nhà tình thương cho hộ nghèo.",
			"Bếp ăn miễn phí do {xung} tổ chức ở {bv} đã giúp hàng nghìn lượt bệnh nhân nghèo bớt khó khăn.",
			"{xung} còn tham gia hòa giải nhiều vụ mâu thuẫn trong cộng đồng, giúp bà con giữ tình làng nghĩa xóm.",
			"Là người có uy tín trong đồng bào, {xung} vận động con cháu không nghe theo kẻ xấu, giữ gìn đoàn kết.",
			"Mỗi năm, {xung} đứng ra quyên góp hàng trăm phần quà, áo ấm cho trẻ em vùng cao.",
			"Đã {n} lần hiến máu tình nguyện, {xung} còn vận động nhiều người thân, bạn bè cùng tham gia.",
			"Trong đợt thiên tai năm {namtruoc}, {xung} kêu gọi được hơn {trieu} hỗ trợ người dân khắc phục hậu quả.",
			"Với {xung}, niềm vui lớn nhất là thấy những gia đình khó khăn có mái nhà vững chãi, những đứa trẻ được đến trường.",
		),
		titles: newPool(
			"{ten}: hơn {namkn} năm làm việc thiện giúp đỡ người nghèo",
			"Người có uy tín {ten}, chỗ dựa tin cậy của bà con {noi}",
			"{ten} và những mái nhà tình thương ở {Tinh}",
		),
		headings: newPool("Lá lành đùm lá rách", "Chỗ dựa của bà con", "Những mái nhà tình thương"),
	},
}

// Sentences for every field.
var (
	exLeadsPerson = newPool(
		"Nhiều năm qua, {xung}, {vaitro}, luôn là cái tên được nhắc đến mỗi khi bà con {noi} nói về những người làm việc tận tâm.",
		"Gặp {xung} vào một buổi sáng {thang}, ấn tượng đầu tiên là sự nhiệt tình, cởi mở và giản dị.",
		"{ten}, {vaitro}, là một trong những điển hình tiên tiến được {cq} biểu dương năm {nam}.",
		"Ở {noi}, ít ai không biết {xung}, {vaitro}, người đã có nhiều đóng góp cho phong trào thi đua của địa phương.",
		"Là {vaitro}, {xung} được đồng nghiệp và nhân dân tin yêu bởi tinh thần trách nhiệm và lối sống giản dị.",
		"Câu chuyện về {xung}, {vaitro}, là minh chứng sinh động cho tinh thần thi đua yêu nước ở cơ sở.",
		"Vừa qua, {xung}, {vaitro}, vinh dự được {cq} biểu dương là điển hình tiên tiến năm {nam}.",
	)
	exLeadsCollective = newPool(
		"Nhiều năm liền, {ten} là lá cờ đầu trong phong trào thi đua ngành {linhvuc} của {toantinh}.",
		"Từ một đơn vị còn nhiều khó khăn, {ten} đã vươn lên trở thành điểm sáng trong phong trào thi đua yêu nước.",
		"{ten} vừa được {cq} biểu dương là tập thể tiêu biểu trong phong trào “{pt}”.",
		"Nhắc đến {ten}, nhiều người nghĩ ngay đến một tập thể đoàn kết, năng động và sáng tạo.",
		"Với những thành tích nổi bật trong năm {nam}, {ten} được đề nghị tặng {award}.",
	)
	exLeadsHousehold = newPool(
		"Từ một hộ nghèo, {xung} ở {thonnha} đã vươn lên trở thành hộ khá giả, là tấm gương sáng trong phong trào thi đua của địa phương.",
		"{ten} ở {thonnha} là một trong những hộ gia đình tiêu biểu được biểu dương năm {nam}.",
		"Về {thonnha}, hỏi thăm {xung}, ai cũng biết đó là gia đình làm kinh tế giỏi và sống nghĩa tình.",
		"Bằng sự cần cù, chịu khó, {xung} đã thoát nghèo bền vững và giúp đỡ nhiều hộ khác cùng vươn lên.",
	)
	exPerson = newPool(
		"Không chỉ hoàn thành tốt nhiệm vụ chuyên môn, {xung} còn tích cực tham gia các hoạt động xã hội ở địa phương.",
		"Năm nay {tuoi} tuổi, {xung} sinh ra và lớn lên ở {noi}.",
		"Đồng nghiệp và bà con đều quý mến {xung} bởi sự chân thành, tận tâm và tinh thần trách nhiệm.",
		"Nhiều năm liền, {xung} đạt danh hiệu Chiến sĩ thi đua cơ sở và được tặng nhiều giấy khen, bằng khen.",
		"Trong cuộc sống, {xung} luôn giản dị, gần gũi, sẵn sàng giúp đỡ người gặp khó khăn.",
		"Tấm gương của {xung} được giới thiệu tại nhiều buổi sinh hoạt chi bộ, đoàn thể như một điển hình học tập và làm theo Bác.",
		"Gia đình là hậu phương vững chắc giúp {xung} yên tâm công tác.",
		"{xung} cho biết, động lực lớn nhất là sự tin tưởng của nhân dân và đồng nghiệp.",
		"Dù đã nhiều lần được khen thưởng, {xung} vẫn khiêm tốn cho rằng mình chỉ làm đúng trách nhiệm.",
		"Là đảng viên, {xung} luôn gương mẫu, nói đi đôi với làm, được chi bộ đánh giá hoàn thành xuất sắc nhiệm vụ.",
		"Có thời điểm gia đình gặp khó khăn, nhưng {xung} chưa bao giờ nghĩ đến việc bỏ nghề.",
		"Ngoài công việc, {xung} còn tham gia câu lạc bộ thể thao, văn nghệ của khu dân cư.",
		"Bà con vẫn nhắc mãi chuyện {xung} cùng thanh niên trong thôn {viec}.",
		"Cùng với các hội viên, {xung} đã {viec}, được chính quyền địa phương ghi nhận.",
		"Không chờ kinh phí cấp trên, {xung} đứng ra vận động mọi người {viec}.",
		"Đồng nghiệp nhận xét {xung} là người {phamchat}, {phamchat} và luôn {phamchat} trong công việc.",
		"Ở {xung}, người ta thấy sự {phamchat} của một người đã nhiều năm gắn bó với cơ sở.",
		"{xung} từng tham gia giám sát việc xây dựng {congtrinh}, bảo đảm công trình đúng chất lượng.",
	)
	exCollective = newPool(
		"Nhiều năm liền, {xung} hoàn thành xuất sắc nhiệm vụ được giao, là lá cờ đầu trong phong trào thi đua của ngành.",
		"Tập thể {donvict} hiện có {vua} thành viên, trong đó {pct} là đảng viên.",
		"Tập thể lãnh đạo của {xung} luôn chú trọng xây dựng khối đoàn kết nội bộ, phát huy dân chủ ở cơ sở.",
		"Phong trào thi đua tại {xung} được phát động thường xuyên, có tiêu chí cụ thể, gắn với nhiệm vụ chuyên môn.",
		"Trong năm, {xung} đã có {n} sáng kiến, giải pháp được công nhận, mang lại hiệu quả thiết thực.",
		"Bên cạnh nhiệm vụ chính, tập thể còn tích cực tham gia các hoạt động từ thiện, ủng hộ đồng bào bị thiên tai.",
		"Đời sống vật chất, tinh thần của người lao động tại {donvict} ngày càng được cải thiện.",
		"Các tổ chức Đảng, đoàn thể của {xung} nhiều năm liền được đánh giá hoàn thành xuất sắc nhiệm vụ.",
		"Nhiều mô hình của {xung} đã được các địa phương khác đến tham quan, học tập.",
		"Ở {donvict}, thi đua được xác định phải gắn với hiệu quả công việc chứ không chạy theo thành tích.",
		"Năm {nam}, {xung} được công nhận danh hiệu Tập thể lao động xuất sắc, năm thứ {nho} liên tiếp.",
		"Theo người đứng đầu {donvict}, bí quyết là sự đồng lòng của mọi thành viên, từ lãnh đạo đến nhân viên.",
	)
	exHousehold = newPool(
		"Cách đây hơn {namkn} năm, {xung} vẫn thuộc diện hộ nghèo của {thonnha}.",
		"Được vay vốn ưu đãi từ Ngân hàng Chính sách xã hội, {xung} đầu tư trồng {sp} và nuôi {vatnuoi}.",
		"Nhờ chăm chỉ và biết học hỏi, đến nay mỗi năm {xung} có lãi hơn {trieu}.",
		"Ngôi nhà khang trang của {xung} hôm nay là thành quả của bao năm dành dụm, chắt chiu.",
		"Các con của {xung} đều chăm ngoan, học giỏi, nhiều năm liền đạt danh hiệu học sinh giỏi.",
		"{xung} luôn gương mẫu chấp hành chủ trương, chính sách, nhiều năm liền đạt danh hiệu Gia đình văn hóa.",
		"Không chỉ lo kinh tế gia đình, {xung} còn cho cây giống, con giống để những hộ khó khăn trong thôn cùng làm.",
		"Ba thế hệ trong gia đình chung sống hòa thuận, là tấm gương để bà con trong {thonnha} học tập.",
		"{xung} tự nguyện hiến {m2} đất để làm đường và xây nhà văn hóa thôn.",
		"Mô hình kinh tế của {xung} hiện tạo việc làm thời vụ cho {n} lao động trong thôn.",
		"Ngoài ruộng vườn, {xung} còn làm thêm nghề {nghe}, vừa có thu nhập lúc nông nhàn vừa giữ nghề truyền thống.",
		"Món {dacsan} do {xung} làm ra được khách hàng đặt mua quanh năm, nhất là dịp Tết.",
	)
	exCollectiveMore = newPool(
		"Mỗi năm, {xung} đều xây dựng kế hoạch thi đua với những chỉ tiêu cụ thể, giao đến từng bộ phận, từng người.",
		"Cuối mỗi quý, {xung} tổ chức sơ kết, biểu dương kịp thời những cá nhân có cách làm hay.",
		"Điều kiện làm việc của {donvict} từng rất thiếu thốn, nhưng tập thể đã cùng nhau vượt qua bằng tinh thần tự lực.",
		"{donvict} chú trọng đào tạo, bồi dưỡng đội ngũ trẻ, tạo điều kiện để họ phát huy năng lực.",
		"Các phong trào văn hóa, thể thao được duy trì đều đặn, tạo sự gắn kết giữa các thành viên của {xung}.",
		"Quy chế dân chủ được thực hiện nghiêm túc, mọi khoản thu chi đều công khai, minh bạch.",
		"Không có thành viên nào của {xung} vi phạm pháp luật hay bị kỷ luật trong nhiều năm liền.",
		"{donvict} đã phối hợp chặt chẽ với chính quyền và các đoàn thể ở địa phương trong mọi hoạt động.",
		"Nhiều thành viên của {xung} được công nhận danh hiệu Chiến sĩ thi đua cơ sở, Lao động tiên tiến.",
		"Từ nguồn quỹ tự đóng góp, {xung} đã hỗ trợ {nho} gia đình thành viên gặp hoàn cảnh khó khăn.",
		"Kết quả đánh giá mức độ hài lòng của người dân đối với {donvict} luôn ở mức cao.",
		"Ngoài chuyên môn, tập thể còn {viec} và {viec}, được bà con trong vùng ghi nhận.",
		"Tập thể {donvict} đã góp công xây dựng {congtrinh}, một công trình có ý nghĩa thiết thực với người dân.",
		"Mỗi thành viên của {xung} đều được rèn luyện tác phong {phamchat}, {phamchat}.",
		"Những kinh nghiệm của {donvict} đã được giới thiệu tại hội nghị điển hình tiên tiến của {toantinh}.",
	)
	exQuotesPerson = newPool(
		"“Tôi chỉ mong bà con có cuộc sống ngày một tốt hơn, thế là đủ”, {xung} chia sẻ.",
		"“Khó khăn nhất là những ngày đầu, khi chưa ai tin mình làm được”, {xung} nhớ lại.",
		"“Phần thưởng này không phải của riêng tôi mà của cả tập thể, của bà con đã luôn ủng hộ”, {xung} xúc động nói.",
		"“Còn sức khỏe, tôi còn làm, còn cống hiến”, {xung} nói.",
		"“Được giúp đỡ người khác là niềm hạnh phúc của tôi”, {xung} chia sẻ.",
		"“Cứ kiên trì, chịu khó học hỏi thì việc gì cũng làm được”, {xung} khẳng định.",
	)
	exQuotesCollective = newPool(
		"“Thành tích hôm nay là kết quả của sự đoàn kết, đồng lòng của cả tập thể”, đại diện {donvict} cho biết.",
		"Người đứng đầu {donvict} chia sẻ: “Chúng tôi xác định thi đua phải bắt đầu từ những việc nhỏ, làm thường xuyên, liên tục”.",
		"“Phần thưởng này là động lực để chúng tôi tiếp tục phấn đấu”, đại diện {donvict} nói.",
	)
	exRecognition = newPool(
		"Với những đóng góp đó, {xung} vinh dự được tặng {award}.",
		"Ghi nhận những thành tích trên, {xung} được tặng {award} và được chọn là một trong những điển hình tiên tiến tiêu biểu năm {nam}.",
		"{award} mà {xung} nhận được là sự ghi nhận xứng đáng cho những nỗ lực bền bỉ.",
		"Năm {nam}, {xung} được đề nghị tặng {award}, một phần thưởng cao quý.",
	)
	exRecognitionRef = newPool(
		"Tên của {xung} có trong {reflink}, phần thưởng xứng đáng cho những nỗ lực không mệt mỏi.",
		"{reflink} đã ghi nhận những đóng góp của {xung}.",
		"Theo {reflink}, {xung} là một trong {refsocq} tập thể, cá nhân được khen thưởng đợt này.",
		"Những đóng góp ấy được ghi nhận bằng {reflink}.",
	)
	exClosings = newPool(
		"Tấm gương của {xung} đang góp phần lan tỏa tinh thần thi đua yêu nước trong cộng đồng.",
		"Những việc làm bình dị mà ý nghĩa của {xung} là minh chứng sinh động cho phong trào “{pt}”.",
		"Hành trình của {xung} vẫn đang tiếp tục, với những dự định mới cho quê hương.",
		"Câu chuyện của {xung} cho thấy điển hình tiên tiến không ở đâu xa mà ở ngay trong cuộc sống thường ngày.",
		"Thời gian tới, {xung} mong muốn tiếp tục đóng góp sức mình cho sự phát triển của {noi}.",
	)
	exTitles = newPool(
		"{ten}: điểm sáng trong phong trào thi đua yêu nước của {Tinh}",
		"{ten} – tấm gương tiêu biểu trong phong trào “{ptshort}”",
		"Điển hình tiên tiến năm {nam}: câu chuyện về {ten}",
		"{ten} và những đóng góp thầm lặng cho quê hương {Tinh}",
		"Lan tỏa tấm gương {ten} trong cộng đồng dân cư",
		"Điểm sáng thi đua: {ten}",
		"{ten} – điển hình tiên tiến năm {nam}",
		"Gương sáng {ten}",
		"Tôn vinh {ten}",
	)
	exTitlesHousehold = newPool(
		"{ten} vươn lên thoát nghèo nhờ trồng {sp}",
		"{ten}: làm kinh tế giỏi, sống nghĩa tình với bà con",
		"Từ hộ nghèo, {ten} trở thành gia đình khá giả ở {noi}",
		"{ten} – gia đình tiêu biểu trong phong trào xây dựng đời sống văn hóa",
		"{ten}: gia đình văn hóa tiêu biểu",
	)
	exHeadings = newPool("Vượt lên khó khăn", "Những việc làm ý nghĩa", "Tấm gương lan tỏa", "Được ghi nhận xứng đáng",
		"Dự định mới", "Bền bỉ cống hiến", "Niềm tin của nhân dân")
	livestock = []string{"bò sinh sản", "lợn đen", "gà đồi", "dê", "cá lồng", "ong lấy mật", "vịt", "trâu", "hươu", "thỏ", "cá trắm", "ếch"}
)

// exemplar writes an exemplar profile.
func (w *writer) exemplar() {
	a, r := w.a, w.r
	g := a.g
	e := &exemplarInfo{}
	a.ex = e
	switch x := r.Float64(); {
	case x < 0.6:
		e.typ = content.Individual
	case x < 0.85:
		e.typ = content.Collective
	default:
		e.typ = content.Household
	}
	for {
		e.field = exFields[r.IntN(len(exFields))]
		if a.year >= e.field.from && (e.typ != content.Household || e.field.household) {
			break
		}
	}
	switch e.typ {
	case content.Individual:
		role := pick(r, e.field.roles)
		p := newPerson(r, chance(r, 0.45), a.region())
		e.unit = w.expand(role.unit)
		e.role = role.job + e.unit
		e.title = role.male
		if p.female {
			e.title = role.female
		}
		switch {
		case role.rank:
			e.title = pick(r, ranks[:6])
			e.short = e.title + " " + p.given
		case strings.HasPrefix(e.title, "Cô"):
			e.short = "cô " + p.given
		case strings.HasPrefix(e.title, "Thầy"):
			e.short = "thầy " + p.given
		case e.title == "Bác sĩ" || e.title == "Điều dưỡng" || e.title == "Y sĩ" || e.title == "Nghệ nhân":
			e.short = strings.ToLower(e.title) + " " + p.given
		case chance(r, 0.5):
			e.short = map[bool]string{false: "ông ", true: "bà "}[p.female] + p.given
		default:
			e.short = map[bool]string{false: "anh ", true: "chị "}[p.female] + p.given
		}
		if e.title == "" {
			e.title = capFirst(strings.Fields(e.short)[0])
		}
		e.name = p.full
		e.display = p.full
		if chance(r, 0.15) && e.title != "" {
			e.name = e.title + " " + p.full
		}
		a.awards = w.exemplarAwards(g.awards.individual)
	case content.Collective:
		c := pick(r, e.field.collectives)
		e.name = capFirst(w.expand(c[0]))
		e.unit = e.name
		e.display = e.name
		e.short = c[1]
		a.awards = w.exemplarAwards(g.awards.collective)
	default:
		p := newPerson(r, chance(r, 0.35), a.region())
		head := map[bool]string{false: "ông ", true: "bà "}[p.female]
		e.name = pick(r, []string{"Hộ ", "Gia đình ", "Hộ gia đình "}) + head + p.full
		e.short = "gia đình " + head + p.given
		e.unit = e.name
		e.display = e.name
		a.awards = w.exemplarAwards(g.awards.household)
	}
	if chance(r, 0.6) {
		e.ref = g.findDecision(a, e.typ)
		if e.ref != nil && !containsAward(a.awards, e.ref.award) {
			a.awards = append([]*registry.Award{e.ref.award}, a.awards...)
		}
	}

	var titles pool
	switch {
	case e.typ == content.Household:
		titles = join(exTitlesHousehold, exTitles)
	case e.typ == content.Individual:
		titles = join(e.field.titles, exTitles)
	default:
		titles = exTitles
	}
	a.title = w.title(titles)

	paras := w.budget()
	heads := w.headings()
	lead, more, quotes := exLeadsPerson, exPerson, exQuotesPerson
	switch e.typ {
	case content.Collective:
		lead, more, quotes = exLeadsCollective, exCollective, exQuotesCollective
	case content.Household:
		lead, more = exLeadsHousehold, exHousehold
	}
	story := e.field.story
	switch e.typ {
	case content.Household:
		story = join(exHousehold, e.field.story)
	case content.Collective:
		story = join(exCollective, exCollectiveMore)
	}
	a.leads = lead
	w.para(lead, more)
	paras--
	if heads {
		w.heading(join(e.field.headings, exHeadings))
	}
	stories := max(1, paras-2)
	for i := range stories {
		if heads && i == stories/2+1 && stories > 2 {
			w.heading(join(e.field.headings, exHeadings))
		}
		w.para(story, story, more, quotes)
	}
	paras -= stories
	if paras > 0 {
		switch {
		case e.ref != nil:
			w.para(exRecognitionRef, more, quotes)
		case len(a.awards) > 0:
			w.para(exRecognition, more, quotes)
		default:
			w.para(more, more, quotes)
		}
		paras--
	}
	if paras > 0 {
		w.para(exClosings, more, quotes)
	}
	if chance(r, 0.03) {
		w.footnote(footnotes)
	}

	a.fm.exemplar = &fmExemplar{name: e.name, typ: string(e.typ), field: e.field.name}
	if chance(r, 0.2) {
		a.fm.exemplar.typ = exemplarTypeNames[e.typ]
		if chance(r, 0.5) {
			a.fm.exemplar.typ = strings.ToLower(a.fm.exemplar.typ)
		}
	}
	if chance(r, 0.05) {
		a.fm.exemplar.field = ""
	}
	if e.ref != nil {
		switch x := r.Float64(); {
		case x < 0.65:
			a.fm.exemplar.decision = e.ref.number
		case x < 0.95:
			a.fm.exemplar.decision = e.ref.path
		default:
			a.fm.exemplar.decision = e.ref.url
		}
	}
}

// exemplarAwards chooses what an exemplar holds: most hold one or two awards.
func (w *writer) exemplarAwards(from []*registry.Award) []*registry.Award {
	r := w.r
	if !chance(r, 0.85) {
		return nil
	}
	first := pick(r, from)
	out := []*registry.Award{first}
	if chance(r, 0.3) {
		if second := pick(r, from); second != first {
			out = append(out, second)
		}
	}
	return out
}

func containsAward(list []*registry.Award, a *registry.Award) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}

// exemplarTypeNames are the Vietnamese names that editors write for exemplar
// types, which the loader accepts as well as the English keys.
var exemplarTypeNames = map[content.ExemplarType]string{
	content.Individual: "Cá nhân",
	content.Collective: "Tập thể",
	content.Household:  "Hộ gia đình",
}
