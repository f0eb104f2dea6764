package corpus

import "time"

// Kinds of news.
const (
	newsLaunch = iota
	newsTraining
	newsInspection
	newsCouncil
	newsCeremony
	newsMothers
	newsConsultation
	newsLaw
	newsGoodDeed
	newsCongressPrep
	newsMedia
	newsMerger
)

// newsStory is what one kind of news says: headlines, openings and the
// sentences particular to it.
type newsStory struct {
	titles, leads, body pool
	personal            bool // about one person: the text draws less on general pools
}

var newsStories = map[int]newsStory{
	newsLaunch: {
		titles: newPool(
			"{Tinh} phát động phong trào thi đua “{ptshort}” giai đoạn {gd}",
			"{Tinh} phát động thi đua hoàn thành các mục tiêu năm {namnay}",
			"Phát động đợt thi đua cao điểm chào mừng {sukien}",
			"(tw) Phát động phong trào thi đua “{ptshort}” trên phạm vi cả nước",
			"{Tinh} phát động thi đua lập thành tích chào mừng {sukien}",
		),
		leads: newPool(
			"{cq} vừa ban hành kế hoạch phát động phong trào thi đua “{pt}” giai đoạn {gd}.",
			"Ngày {ngay}, {cq} tổ chức lễ phát động phong trào thi đua “{pt}”.",
			"Nhằm tạo khí thế thi đua sôi nổi trong toàn {toantinh}, {cq} phát động đợt thi đua cao điểm chào mừng {sukien}.",
		),
		body: newPool(
			"Phong trào nhằm khơi dậy tinh thần yêu nước, ý chí tự lực, tự cường của cán bộ, đảng viên và các tầng lớp nhân dân.",
			"Mục tiêu của phong trào là đến năm {namsau}, {toantinh} có thêm {n} xã đạt chuẩn nông thôn mới và không còn nhà tạm, nhà dột nát.",
			"Các cơ quan, đơn vị được yêu cầu cụ thể hóa nội dung thi đua thành chỉ tiêu, nhiệm vụ của từng tập thể, cá nhân.",
			"Kết thúc đợt thi đua, các tập thể, cá nhân có thành tích xuất sắc sẽ được xem xét khen thưởng kịp thời.",
			"Phong trào được triển khai đồng loạt từ cấp tỉnh đến cơ sở, với sự tham gia của các tổ chức chính trị – xã hội.",
			"Ngay sau lễ phát động, nhiều đơn vị đã đăng ký các công trình, phần việc cụ thể để chào mừng sự kiện.",
		),
	},
	newsTraining: {
		titles: newPool(
			"{Tinh} tập huấn nghiệp vụ công tác thi đua, khen thưởng cho {vua} học viên",
			"Bồi dưỡng nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở ở {Tinh}",
			"Tập huấn sử dụng phần mềm quản lý hồ sơ khen thưởng trực tuyến",
			"Nâng cao năng lực cho đội ngũ làm công tác thi đua, khen thưởng",
		),
		leads: newPool(
			"Ngày {ngay}, {btd} tổ chức lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng cho {vua} học viên là cán bộ các cơ quan, đơn vị.",
			"Trong hai ngày, từ {ngay}, {cq} mở lớp bồi dưỡng nghiệp vụ thi đua, khen thưởng cho cán bộ cấp xã.",
			"{btd} vừa phối hợp tổ chức hội nghị tập huấn về quy trình, thủ tục và hồ sơ đề nghị khen thưởng.",
		),
		body: newPool(
			"Học viên được giới thiệu những nội dung cơ bản về quy trình, thủ tục và thành phần hồ sơ đề nghị khen thưởng.",
			"Báo cáo viên hướng dẫn cách viết báo cáo thành tích ngắn gọn, cụ thể, có số liệu chứng minh.",
			"Nhiều học viên nêu những vướng mắc thường gặp như tính thời gian công tác, xác định phạm vi ảnh hưởng của sáng kiến.",
			"Lớp tập huấn góp phần nâng cao chất lượng tham mưu, giảm số hồ sơ phải trả lại để bổ sung.",
			"[2021-] Học viên được thực hành trực tiếp trên phần mềm quản lý thi đua, khen thưởng và hệ thống dịch vụ công trực tuyến.",
			"Cuối khóa, các học viên làm bài kiểm tra và được cấp giấy chứng nhận hoàn thành chương trình.",
		),
	},
	newsInspection: {
		titles: newPool(
			"Kiểm tra thi đua, khen thưởng tại {n} đơn vị của {Tinh}",
			"Đoàn công tác Trung ương kiểm tra công tác thi đua, khen thưởng tại {Tinh}",
			"[2024-] (tw) Kiểm tra việc thực hiện Luật Thi đua, khen thưởng tại các bộ, ngành, địa phương",
			"{Tinh} kiểm tra việc triển khai phong trào thi đua ở cơ sở",
		),
		leads: newPool(
			"Từ ngày {ngay}, đoàn kiểm tra của {btd} đã làm việc tại {n} cơ quan, đơn vị, địa phương.",
			"Đoàn công tác của {cqtw} vừa kiểm tra công tác thi đua, khen thưởng tại {tinh}.",
			"Thực hiện kế hoạch năm {namnay}, {hd} tổ chức kiểm tra việc triển khai công tác thi đua, khen thưởng ở cơ sở.",
		),
		body: newPool(
			"Đoàn đã nghe báo cáo, kiểm tra hồ sơ, sổ sách và trao đổi trực tiếp với cán bộ làm công tác thi đua.",
			"Qua kiểm tra, đoàn đánh giá các đơn vị cơ bản thực hiện đúng quy định, hồ sơ được lưu trữ khoa học.",
			"Một số đơn vị còn chậm ban hành quy chế thi đua, khen thưởng, việc bình xét ở một số nơi còn nể nang.",
			"Đoàn đề nghị các đơn vị khắc phục ngay những tồn tại và báo cáo kết quả bằng văn bản trong {n} ngày.",
			"Kết quả kiểm tra sẽ là căn cứ để xếp loại thi đua và xét khen thưởng cuối năm.",
		),
	},
	newsCouncil: {
		titles: newPool(
			"{Tinh} kiện toàn Hội đồng Thi đua – Khen thưởng năm {namnay}",
			"[2025-] Kiện toàn Hội đồng Thi đua – Khen thưởng {tinh} sau khi sắp xếp bộ máy",
			"(tw) Kiện toàn Hội đồng Thi đua – Khen thưởng Trung ương với {n} thành viên",
			"Hội đồng Thi đua – Khen thưởng {tinh} có {n} thành viên",
		),
		leads: newPool(
			"{cq} vừa ban hành quyết định kiện toàn {hd}.",
			"Ngày {ngay}, {hd} được kiện toàn với {n} thành viên.",
		),
		body: newPool(
			"Theo quyết định, {hd} gồm {n} thành viên, do {lanhdao} làm Chủ tịch.",
			"Các Phó Chủ tịch Hội đồng gồm lãnh đạo {so} và lãnh đạo Liên đoàn Lao động.",
			"Hội đồng có nhiệm vụ tham mưu tổ chức các phong trào thi đua, xét duyệt và đề nghị khen thưởng theo thẩm quyền.",
			"Cơ quan thường trực của Hội đồng là {btd}, chịu trách nhiệm chuẩn bị nội dung các phiên họp.",
			"Hội đồng làm việc theo chế độ tập thể, quyết định theo đa số và họp định kỳ mỗi năm hai lần.",
		),
	},
	newsCeremony: {
		titles: newPool(
			"{Tinh} trao {awardshort} cho {n} tập thể, cá nhân có thành tích xuất sắc",
			"Trao {award} cho tập thể, cá nhân tiêu biểu",
			"Lễ đón nhận {award} tại {Tinh}",
			"{Tinh} tổ chức lễ trao tặng {award} cho {nho} tập thể",
		),
		leads: newPool(
			"Ngày {ngay}, {cq} tổ chức lễ trao {award} cho các tập thể, cá nhân có thành tích xuất sắc.",
			"Trong không khí trang trọng, {donvi} long trọng tổ chức lễ đón nhận {award}.",
			"Sáng {ngay}, {lanhdao} đã trao {award} cho {n} tập thể, cá nhân.",
		),
		body: newPool(
			"Đây là phần thưởng cao quý ghi nhận những đóng góp bền bỉ của tập thể cán bộ, người lao động qua nhiều năm.",
			"Phát biểu tại buổi lễ, {lanhdao} chúc mừng và đề nghị đơn vị tiếp tục phát huy truyền thống, đoàn kết, sáng tạo.",
			"Đại diện các tập thể, cá nhân được khen thưởng bày tỏ niềm vinh dự và cam kết tiếp tục phấn đấu.",
			"Trong những năm qua, đơn vị luôn hoàn thành xuất sắc nhiệm vụ, nhiều năm liền được tặng Cờ thi đua.",
		),
	},
	newsMothers: {
		titles: newPool(
			"Lãnh đạo {Tinh} thăm, tặng quà các Mẹ Việt Nam anh hùng nhân dịp 27/7",
			"Tri ân các Mẹ Việt Nam anh hùng nhân Ngày Thương binh – Liệt sĩ",
			"{Tinh} chăm lo đời sống các Mẹ Việt Nam anh hùng còn sống",
		),
		leads: newPool(
			"Nhân kỷ niệm {kn} năm Ngày Thương binh – Liệt sĩ, {lanhdao} đã đến thăm, tặng quà các Mẹ Việt Nam anh hùng.",
			"Ngày {ngay}, đoàn công tác của {cq} đến thăm hỏi, tặng quà các Mẹ Việt Nam anh hùng và gia đình chính sách.",
		),
		body: newPool(
			"Hiện {toantinh} có {n} Mẹ Việt Nam anh hùng còn sống, đều được các cơ quan, đơn vị nhận phụng dưỡng suốt đời.",
			"Tại nhà Mẹ, đoàn ân cần hỏi thăm sức khỏe, đời sống và bày tỏ lòng biết ơn sâu sắc đối với những hy sinh to lớn của Mẹ.",
			"Các cấp, các ngành đã hỗ trợ xây mới, sửa chữa nhà ở cho gia đình chính sách, bảo đảm không có hộ nào ở nhà tạm.",
			"Các Mẹ xúc động cảm ơn sự quan tâm của Đảng, Nhà nước và chính quyền địa phương.",
			"Mẹ Việt Nam anh hùng {nhanvat} năm nay đã ngoài 90 tuổi, có chồng và {nho} người con là liệt sĩ.",
			"Dù tuổi cao, sức yếu, Mẹ vẫn minh mẫn, kể lại cho đoàn nghe về những người con đã hy sinh cho độc lập dân tộc.",
			"Đoàn cũng đã dâng hương tưởng niệm các anh hùng liệt sĩ tại nghĩa trang liệt sĩ của {noi}.",
			"Trong dịp này, {toantinh} tổ chức thăm hỏi, tặng quà cho hơn {lon} người có công và thân nhân liệt sĩ.",
			"Nhiều đơn vị đã nhận phụng dưỡng các Mẹ, thường xuyên đến thăm hỏi, chăm sóc, động viên.",
			"Công tác chăm sóc người có công được xem là nhiệm vụ chính trị quan trọng, thể hiện đạo lý uống nước nhớ nguồn.",
		),
		personal: true,
	},
	newsConsultation: {
		titles: newPool(
			"Lấy ý kiến nhân dân về {n} cá nhân đề nghị khen thưởng cấp nhà nước",
			"{Tinh} công khai danh sách đề nghị khen thưởng để lấy ý kiến nhân dân",
			"Lấy ý kiến nhân dân đối với tập thể, cá nhân đề nghị tặng Huân chương",
		),
		leads: newPool(
			"{btd} thông báo lấy ý kiến nhân dân đối với các tập thể, cá nhân được đề nghị khen thưởng cấp nhà nước.",
			"Danh sách {n} tập thể, cá nhân đề nghị khen thưởng đã được đăng tải công khai trên cổng thông tin điện tử để nhân dân góp ý.",
		),
		body: newPool(
			"Ý kiến góp ý được gửi bằng văn bản hoặc thư điện tử, ghi rõ họ tên, địa chỉ của người góp ý.",
			"Thời gian lấy ý kiến là {n} ngày kể từ ngày đăng thông báo.",
			"Các ý kiến phản ánh sẽ được xem xét, xác minh trước khi trình cấp có thẩm quyền quyết định.",
			"Việc lấy ý kiến nhân dân nhằm bảo đảm khen thưởng công khai, dân chủ, đúng người, đúng thành tích.",
		),
	},
	newsLaw: {
		titles: newPool(
			"[2022-2023] Luật Thi đua, khen thưởng năm 2022 có nhiều điểm mới đáng chú ý",
			"[2023-2025] Những điểm mới của Nghị định 98/2023/NĐ-CP về thi đua, khen thưởng",
			"[2017-2018] Nghị định 91/2017/NĐ-CP quy định chi tiết Luật Thi đua, khen thưởng có hiệu lực",
			"[2024-2025] Hướng dẫn xét tặng danh hiệu thi đua theo quy định mới từ năm 2024",
			"[2017-2025] Những lưu ý khi lập hồ sơ đề nghị khen thưởng theo quy định hiện hành",
		),
		leads: newPool(
			"[2022-] Luật Thi đua, khen thưởng số 06/2022/QH15 được Quốc hội thông qua ngày 15/6/2022 và có hiệu lực từ ngày 1/1/2024.",
			"[2023-] Chính phủ đã ban hành Nghị định số 98/2023/NĐ-CP quy định chi tiết thi hành Luật Thi đua, khen thưởng.",
			"[-2022] Nghị định số 91/2017/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng có hiệu lực từ ngày 1/10/2017.",
			"{btd} vừa có văn bản hướng dẫn các cơ quan, đơn vị về hồ sơ, thủ tục đề nghị khen thưởng.",
		),
		body: newPool(
			"Điểm mới đáng chú ý là việc bỏ một số danh hiệu không còn phù hợp và quy định rõ hơn tiêu chuẩn khen thưởng cho người lao động trực tiếp.",
			"Văn bản mới đơn giản hóa thủ tục hành chính, giảm thành phần hồ sơ và rút ngắn thời gian xét duyệt.",
			"Tiêu chuẩn về sáng kiến được quy định cụ thể hơn, gắn với hiệu quả áp dụng thực tế.",
			"Các cơ quan, đơn vị cần rà soát, sửa đổi quy chế thi đua, khen thưởng để phù hợp với quy định mới.",
			"Việc khen thưởng theo công trạng, theo chuyên đề và đột xuất được phân biệt rõ ràng, tránh chồng chéo.",
		),
	},
	newsGoodDeed: {
		titles: newPool(
			"Học sinh ở {Tinh} nhặt được tài sản, trả lại người đánh rơi",
			"Tuyên dương {n} người dân dũng cảm cứu người trong mưa lũ ở {Tinh}",
			"Khen thưởng đột xuất tài xế kịp thời cứu người bị nạn trên quốc lộ",
			"{Tinh} biểu dương tập thể, cá nhân có hành động đẹp trong cuộc sống",
			"Người tốt việc tốt: chàng trai lao xuống sông cứu hai em nhỏ",
		),
		leads: newPool(
			"{cq} vừa khen thưởng đột xuất {nhanvat} vì hành động dũng cảm cứu người.",
			"Nhặt được chiếc ví có hơn {trieu} cùng nhiều giấy tờ quan trọng, {nhanvat} đã tìm cách trả lại cho người đánh rơi.",
			"Hành động đẹp của {nhanvat} ở {noi} đang được cộng đồng chia sẻ, lan tỏa.",
		),
		body: newPool(
			"Thấy hai em nhỏ bị nước cuốn, {nhanvat} không ngần ngại lao xuống dòng nước xiết để ứng cứu.",
			"Khi được hỏi, {nhanvat} chỉ nói đó là việc bất kỳ ai cũng sẽ làm.",
			"Chính quyền địa phương đã kịp thời biểu dương, tặng giấy khen để động viên và nhân rộng việc làm tốt.",
			"Câu chuyện nhanh chóng được chia sẻ rộng rãi trên mạng xã hội, nhận được nhiều lời khen ngợi.",
			"Đây là lần thứ {nho} trong năm, người dân địa phương có hành động đẹp được cơ quan chức năng ghi nhận.",
			"Sự việc xảy ra vào chiều {ngay}, khi {nhanvat} đang trên đường đi làm về.",
			"Người được giúp đỡ đã tìm đến tận nhà để cảm ơn, nhưng {nhanvat} nhất quyết không nhận quà.",
			"Hàng xóm cho biết, {nhanvat} vốn là người hiền lành, sống tình cảm, hay giúp đỡ mọi người.",
			"Đại diện chính quyền {noi} cho biết sẽ đề nghị cấp trên tiếp tục khen thưởng để nhân rộng tấm gương.",
			"Ngay sau khi nhận được thông tin, lực lượng công an đã xác minh và liên hệ với người bị mất tài sản.",
			"Nhà trường đã tuyên dương trước toàn trường và tặng giấy khen cho em vì tính trung thực.",
			"Việc làm ấy tuy nhỏ nhưng góp phần lan tỏa lối sống đẹp, nghĩa tình trong cộng đồng.",
			"Là {nghenghiep}, cuộc sống còn nhiều vất vả nhưng {nhanvat} luôn sẵn lòng giúp đỡ người khác.",
			"Trước đó, {nhanvat} cũng nhiều lần cùng bà con {viec}.",
			"“Lúc đó tôi chỉ nghĩ phải cứu người trước đã, không kịp nghĩ gì khác”, {nhanvat} kể lại.",
		),
		personal: true,
	},
	newsCongressPrep: {
		titles: newPool(
			"{Tinh} chuẩn bị tổ chức Đại hội Thi đua yêu nước lần thứ {daihoi}",
			"Hướng tới Đại hội Thi đua yêu nước các cấp trong năm {namnay}",
			"{Tinh} lựa chọn điển hình tiên tiến báo cáo tại Đại hội Thi đua yêu nước",
		),
		leads: newPool(
			"{cq} vừa ban hành kế hoạch tổ chức Đại hội Thi đua yêu nước {tinh} lần thứ {daihoi}.",
			"Công tác chuẩn bị Đại hội Thi đua yêu nước các cấp đang được triển khai khẩn trương ở {cactinh}.",
		),
		body: newPool(
			"Đại hội các cấp được tổ chức từ cơ sở, qua đó lựa chọn những điển hình tiêu biểu nhất tham dự đại hội cấp trên.",
			"Tiêu chí lựa chọn đại biểu ưu tiên công nhân, nông dân, người lao động trực tiếp và đồng bào dân tộc thiểu số.",
			"Ban tổ chức sẽ biên soạn kỷ yếu giới thiệu các tập thể, cá nhân tiêu biểu trong 5 năm qua.",
			"Dự kiến đại hội có {vua} đại biểu chính thức, đại diện cho các ngành, các giới và các địa phương.",
		),
	},
	newsMedia: {
		titles: newPool(
			"{Tinh} mở chuyên mục tôn vinh người tốt, việc tốt trên báo và đài",
			"Phát động cuộc thi viết về gương điển hình tiên tiến năm {namnay}",
			"Trao giải cuộc thi viết về người tốt, việc tốt lần thứ {nho}",
		),
		leads: newPool(
			"{btd} phối hợp với các cơ quan báo chí phát động cuộc thi viết về gương điển hình tiên tiến, người tốt việc tốt.",
			"Ngày {ngay}, ban tổ chức đã trao giải cho {n} tác phẩm xuất sắc viết về những tấm gương bình dị mà cao quý.",
		),
		body: newPool(
			"Cuộc thi nhận được {vua} tác phẩm của phóng viên, cộng tác viên và người dân gửi về.",
			"Các tác phẩm phản ánh chân thực những tấm gương lao động, sản xuất giỏi, những việc làm nhân ái ở cơ sở.",
			"Ban giám khảo đánh giá nhiều bài viết có chất lượng tốt, phát hiện được những nhân tố mới.",
			"Các tác phẩm đoạt giải sẽ được đăng tải trên báo in, báo điện tử và phát trên sóng phát thanh, truyền hình.",
		),
	},
	newsMerger: {
		titles: newPool(
			"[2025-] {Tinh} sau hợp nhất: kiện toàn bộ máy làm công tác thi đua, khen thưởng",
			"[2025-] {Tinh} phát động thi đua trong những tháng đầu vận hành chính quyền mới",
			"[2025-] Công tác thi đua, khen thưởng ở cấp xã sau khi bỏ cấp huyện",
		),
		leads: newPool(
			"[2025-] Sau khi sắp xếp đơn vị hành chính, {cq} đã khẩn trương kiện toàn bộ máy làm công tác thi đua, khen thưởng.",
			"[2025-] Ngay trong những tuần đầu vận hành chính quyền địa phương hai cấp, {cq} phát động phong trào thi đua mới.",
		),
		body: newPool(
			"[2025-] Cấp xã nay trực tiếp đảm nhận nhiều nhiệm vụ trước đây do cấp huyện thực hiện, trong đó có công tác thi đua, khen thưởng.",
			"[2025-] Hồ sơ khen thưởng đang xét dở dang ở cấp huyện được chuyển giao đầy đủ, không để gián đoạn quyền lợi của người lao động.",
			"[2025-] Các đơn vị được yêu cầu sớm ban hành quy chế thi đua, khen thưởng phù hợp với mô hình tổ chức mới.",
			"[2025-] Nhiều cán bộ cấp xã lần đầu đảm nhận công tác thi đua, khen thưởng nên cần được tập huấn kịp thời.",
		),
	},
}

// newsGeneric are sentences any news may add.
var newsGeneric = newPool(
	"Theo {btd}, đây là hoạt động thường niên nhằm nâng cao chất lượng công tác thi đua, khen thưởng.",
	"Hoạt động nhận được sự hưởng ứng tích cực của cán bộ, công chức và người dân.",
	"Thời gian tới, {cq} sẽ tiếp tục theo dõi, đôn đốc để các nội dung được triển khai đúng tiến độ.",
	"Kết quả thực hiện sẽ được đánh giá trong hội nghị tổng kết công tác thi đua, khen thưởng năm {namnay}.",
	"Thông tin chi tiết được đăng tải trên cổng thông tin điện tử của {cq}.",
	"Các cơ quan báo chí được đề nghị tăng cường tuyên truyền để hoạt động lan tỏa rộng rãi.",
)

// news writes a news item.
func (w *writer) news() {
	a, r := w.a, w.r
	a.subtype = w.newsType()
	story := newsStories[a.subtype]
	if a.subtype == newsCeremony || chance(r, 0.15) {
		if a.main == nil || chance(r, 0.3) {
			a.awards = append(a.awards, pick(r, a.g.awards.orders))
		} else {
			a.awards = append(a.awards, pick(r, a.g.awards.province).award)
		}
	}
	a.title = w.title(story.titles)
	a.leads = story.leads
	paras := w.budget()
	heads := w.headings() && chance(w.r, 0.6)
	w.para(story.leads, story.body)
	paras--
	for i := range paras {
		if heads && i == paras/2 {
			w.heading(newPool("Những kết quả bước đầu", "Nhiều cách làm hay", "Triển khai đồng bộ", "Khen thưởng kịp thời",
				"Sự vào cuộc của cả hệ thống", "Những việc cần làm tiếp theo"))
		}
		switch {
		case i == paras-1:
			w.para(newsGeneric, story.body, closings, newsGeneric)
		case story.personal:
			w.para(story.body, story.body, newsGeneric, quotes)
		case i%2 == 0:
			w.para(story.body, results, newsGeneric, quotes)
		default:
			w.para(story.body, directions, context, quotes)
		}
	}
	if chance(r, 0.2) {
		w.bullets(conferenceIntros, conferenceItems, between(r, 3, 5))
	}
	if chance(r, 0.04) {
		w.footnote(footnotes)
	}
}

// newsType chooses a kind of news that fits the date.
func (w *writer) newsType() int {
	a, r := w.a, w.r
	m := a.date.Month()
	switch {
	case m == time.July && chance(r, 0.4):
		return newsMothers
	case a.after && a.main != nil && a.date.Before(time.Date(2026, 3, 1, 0, 0, 0, 0, zone)) && chance(r, 0.3):
		return newsMerger
	case (a.year%5 == 0 || a.year%5 == 4) && a.main != nil && chance(r, 0.15):
		return newsCongressPrep
	case a.year >= 2017 && a.year <= 2025 && chance(r, 0.1):
		return newsLaw
	}
	return pick(r, []int{newsLaunch, newsLaunch, newsTraining, newsInspection, newsCouncil, newsCeremony,
		newsCeremony, newsConsultation, newsGoodDeed, newsGoodDeed, newsMedia})
}
