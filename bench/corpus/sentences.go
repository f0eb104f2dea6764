package corpus

// Sentences every kind of article draws on. Placeholders are listed in
// fill.go; a leading [from-to] limits a sentence to those years.

// results: what the emulation work achieved.
var results = newPool(
	"Báo cáo cho thấy, năm {nam}, các phong trào thi đua {dbtinh} được triển khai sâu rộng, có trọng tâm, trọng điểm, gắn chặt với nhiệm vụ chính trị của từng cơ quan, đơn vị.",
	"Tổng sản phẩm trên địa bàn tăng {pctlow} so với cùng kỳ, thu nhập bình quân đầu người đạt {thunhap} mỗi năm.",
	"Phong trào “{phongtrao}” tiếp tục lan tỏa mạnh mẽ, huy động được hơn {ty} từ các nguồn lực xã hội.",
	"Đến nay, {toantinh} có {vua} xã đạt chuẩn nông thôn mới, trong đó {n} xã đạt chuẩn nâng cao và {nho} xã đạt chuẩn kiểu mẫu.",
	"Công tác khen thưởng ngày càng đi vào thực chất; tỷ lệ khen thưởng cho công nhân, nông dân và người lao động trực tiếp đạt {pct}.",
	"Việc phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến được quan tâm, nhiều tấm gương bình dị nhưng có sức lan tỏa lớn đã được tôn vinh kịp thời.",
	"Trong năm, {cq} đã trình cấp trên khen thưởng cho {sott} tập thể, {socn} cá nhân và khen thưởng theo thẩm quyền cho {vua} lượt tập thể, cá nhân.",
	"Thời gian giải quyết hồ sơ khen thưởng được rút ngắn còn {nho} ngày làm việc nhờ phần mềm quản lý thi đua, khen thưởng trực tuyến.",
	"Tỷ lệ hộ nghèo giảm còn {pctlow}; {vua} căn nhà tạm, nhà dột nát được xóa bỏ với sự chung tay của doanh nghiệp và cộng đồng.",
	"Các cụm, khối thi đua duy trì nền nếp sinh hoạt, chấm điểm công khai, minh bạch và bình xét đúng quy định.",
	"[2019-] Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt {pcthigh}, cao hơn nhiều so với năm {namtruoc}.",
	"Ngành giáo dục có {pct} trường học đạt chuẩn quốc gia, chất lượng giáo dục mũi nhọn được giữ vững với {n} giải học sinh giỏi cấp quốc gia.",
	"Lực lượng công an đã điều tra, làm rõ {pcthigh} số vụ án hình sự, giữ vững an ninh chính trị và trật tự, an toàn xã hội.",
	"Phong trào thi đua trong khối doanh nghiệp góp phần tạo việc làm mới cho hơn {lon} lao động, nộp ngân sách tăng so với năm trước.",
	"Nhiều mô hình hay, cách làm sáng tạo đã xuất hiện ở cơ sở như “{mohinh}” ở {diaban} hay “{mohinh}” ở {xa}.",
	"Các phong trào thi đua đã góp phần quan trọng để {toantinh} hoàn thành và vượt {chitieu} chủ yếu của năm {nam}.",
	"Giá trị sản phẩm thu được trên một héc-ta đất trồng trọt và nuôi trồng thủy sản đạt hơn {trieu}, tăng so với năm {namtruoc}.",
	"Hơn {lon} lượt người được hỗ trợ đào tạo nghề; tỷ lệ lao động qua đào tạo đạt {pct}.",
	"Khối các cơ quan Đảng, đoàn thể đã đề xuất {n} sáng kiến cải tiến lề lối làm việc, trong đó nhiều sáng kiến được áp dụng rộng rãi.",
	"Cuộc vận động ủng hộ Quỹ “Vì người nghèo” các cấp tiếp nhận hơn {ty}, giúp {vua} hộ nghèo có nhà ở và sinh kế ổn định.",
	"Công tác đền ơn đáp nghĩa được thực hiện chu đáo; {vua} gia đình chính sách được tặng sổ tiết kiệm, sửa chữa nhà ở.",
	"Phong trào xây dựng gia đình văn hóa có {pcthigh} hộ đạt danh hiệu, {pct} thôn, tổ dân phố đạt danh hiệu văn hóa.",
	"Các cấp Hội Nông dân đã vận động hội viên hiến {ha} đất, đóng góp hàng nghìn ngày công để làm đường giao thông nông thôn.",
	"Năm {nam} có {n} đề tài, sáng kiến được công nhận có phạm vi ảnh hưởng cấp tỉnh, mang lại giá trị làm lợi hàng chục tỷ đồng.",
	"[2018-] Đã có {vua} sản phẩm đạt chuẩn OCOP từ 3 sao trở lên, nhiều sản phẩm có mặt tại các hệ thống siêu thị lớn.",
	"[2020-2022] Trong đợt cao điểm phòng, chống dịch COVID-19, hàng nghìn cán bộ y tế, công an, quân đội và tình nguyện viên đã không quản ngại khó khăn, bám trụ tuyến đầu.",
	"Kim ngạch xuất khẩu đạt hơn {lon} triệu USD, thu hút thêm {n} dự án đầu tư mới với tổng vốn đăng ký lớn.",
	"Công tác chăm lo cho người lao động được các cấp công đoàn quan tâm, {lon} đoàn viên có hoàn cảnh khó khăn được hỗ trợ kịp thời.",
	"Toàn bộ {vua} hồ sơ đề nghị khen thưởng đều được thẩm định chặt chẽ, không có trường hợp phải thu hồi hay hủy bỏ quyết định.",
	"Trên {km} đường giao thông nông thôn được cứng hóa, {n} nhà văn hóa thôn, bản được xây mới hoặc sửa chữa.",
	"Số hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp tăng {pctlow} so với năm trước.",
	"Phong trào hiến máu tình nguyện tiếp nhận hơn {lon} đơn vị máu, vượt kế hoạch được giao.",
	"[2021-] Chuyển đổi số được đẩy mạnh với {pcthigh} người trưởng thành có tài khoản định danh điện tử, thanh toán không dùng tiền mặt trở nên phổ biến ở nông thôn.",
	"[2024-] Chương trình xóa nhà tạm, nhà dột nát đã hoàn thành {lon} căn, vượt tiến độ đề ra, mang lại niềm vui cho nhiều gia đình khó khăn.",
	"Đời sống vật chất và tinh thần của nhân dân, nhất là ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số, được cải thiện rõ rệt.",
	"Nhiều điển hình tiên tiến trở thành hạt nhân của phong trào ở cơ sở, được báo chí giới thiệu và nhân dân tin yêu.",
	"Hệ thống thủy lợi, kênh mương nội đồng được nạo vét, kiên cố hóa, bảo đảm tưới tiêu cho {ha} lúa và hoa màu.",
	"Làng nghề {nghe} được công nhận làng nghề truyền thống, sản phẩm theo chân du khách đi nhiều nơi.",
	"Phong trào toàn dân rèn luyện thân thể thu hút đông đảo người dân, nhiều giải thể thao quần chúng được tổ chức.",
	"Các trạm y tế xã được trang bị thêm máy siêu âm, máy điện tim, người dân được khám chữa bệnh ngay tại cơ sở.",
	"Các câu lạc bộ văn nghệ quần chúng được duy trì, góp phần bảo tồn dân ca, dân vũ và lễ hội {lehoi}.",
	"Hợp tác xã kiểu mới phát triển mạnh, liên kết với doanh nghiệp tiêu thụ {sp} và {dacsan}.",
	"Công tác phòng cháy, chữa cháy được tăng cường, lực lượng dân phòng ở khu dân cư được tập huấn thường xuyên.",
	"Môi trường nông thôn được cải thiện rõ rệt; rác thải sinh hoạt được thu gom, phân loại tại nguồn.",
	"Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt {pcthigh}, nhiều em đỗ vào các trường đại học hàng đầu.",
	"Hơn {lon} thanh niên tham gia chiến dịch tình nguyện hè, sửa chữa nhà nhân ái, làm đường điện chiếu sáng.",
	"Nhiều địa phương đã chủ động {viec} và {viec}, được nhân dân đồng tình hưởng ứng.",
	"Nổi bật là việc {viec} ở {xa}, một cách làm được đánh giá cao về hiệu quả và sức lan tỏa.",
	"Đoàn viên, thanh niên xung kích {viec}, {viec}, với hàng nghìn ngày công lao động.",
	"Các hội viên phụ nữ đã {viec}, góp phần xây dựng khu dân cư xanh, sạch, đẹp.",
	"Từ nguồn xã hội hóa, nhiều nơi đã {viec} mà không cần đến ngân sách nhà nước.",
	"Công trình {congtrinh} ở {xa} được hoàn thành vượt tiến độ, đưa vào sử dụng phục vụ nhân dân.",
	"Nhiều công trình như {congtrinh}, {congtrinh} được gắn biển chào mừng {sukien}.",
	"Dự án {congtrinh} với tổng vốn đầu tư {ty} đã khởi công, dự kiến hoàn thành trong năm {namsau}.",
	"Người dân đóng góp hơn {ty} cùng hàng nghìn ngày công để xây dựng {congtrinh}.",
)

// limits: what fell short, as reviews always say.
var limits = newPool(
	"Bên cạnh kết quả đạt được, công tác thi đua, khen thưởng vẫn còn một số hạn chế như việc phát hiện điển hình ở một số nơi còn chậm, khen thưởng cho người lao động trực tiếp chưa tương xứng.",
	"Một số phong trào thi đua còn mang tính hình thức, thiếu tiêu chí cụ thể để đánh giá, so sánh giữa các đơn vị.",
	"Việc tuyên truyền về gương người tốt, việc tốt trên báo chí và mạng xã hội có lúc chưa thường xuyên, chưa tạo được sức lan tỏa.",
	"Một số hồ sơ đề nghị khen thưởng còn gửi chậm, thành tích nêu chưa cụ thể, phải trả lại để bổ sung.",
	"Ở một vài đơn vị, người đứng đầu chưa thực sự quan tâm chỉ đạo, phó mặc công tác thi đua cho bộ phận chuyên môn.",
	"Đội ngũ làm công tác thi đua, khen thưởng ở cơ sở chủ yếu kiêm nhiệm, thường xuyên thay đổi nên nghiệp vụ còn hạn chế.",
	"Khen thưởng đột xuất, khen thưởng chuyên đề ở một số nơi chưa kịp thời, làm giảm tác dụng động viên.",
	"Việc nhân rộng điển hình tiên tiến chưa có cách làm bài bản, nhiều mô hình hay mới dừng lại ở phạm vi hẹp.",
)

// directions: what a leader asks for next.
var directions = newPool(
	"Phát biểu chỉ đạo, {lanhdao} đề nghị các cấp, các ngành tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua theo hướng thiết thực, hiệu quả, tránh hình thức.",
	"{lanhdao} nhấn mạnh, khen thưởng phải kịp thời, chính xác, công khai, minh bạch, đúng người, đúng việc, chú trọng người lao động trực tiếp.",
	"Các đơn vị cần gắn phong trào thi đua với việc thực hiện các chương trình mục tiêu quốc gia, cải cách hành chính và chuyển đổi số.",
	"Cơ quan làm công tác thi đua, khen thưởng được giao chủ trì, phối hợp với các cơ quan báo chí mở chuyên mục giới thiệu gương người tốt, việc tốt.",
	"Thời gian tới cần quan tâm hơn nữa đến việc phát hiện, bồi dưỡng nhân tố mới ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số.",
	"Người đứng đầu các cơ quan, đơn vị phải trực tiếp chỉ đạo và chịu trách nhiệm về chất lượng phong trào thi đua tại đơn vị mình.",
	"[2024-] Các địa phương cần rà soát, sửa đổi quy chế thi đua, khen thưởng cho phù hợp với Luật Thi đua, khen thưởng năm 2022 và Nghị định số 98/2023/NĐ-CP.",
	"{lanhdao} đề nghị mỗi cơ quan, đơn vị xây dựng ít nhất một mô hình điển hình để nhân rộng trong năm {namsau}.",
	"Các cấp ủy, chính quyền cần coi trọng công tác sơ kết, tổng kết, rút kinh nghiệm kịp thời để phong trào không bị gián đoạn.",
	"Ban Thường vụ yêu cầu các cụm, khối thi đua đổi mới cách chấm điểm, bảo đảm công bằng giữa các đơn vị có điều kiện khác nhau.",
	"Phải đặc biệt quan tâm khen thưởng công nhân, nông dân, người trực tiếp sản xuất và đồng bào dân tộc thiểu số, những người ít có cơ hội được ghi nhận.",
	"{lanhdao} giao {hd} tham mưu tổ chức tốt các hoạt động kỷ niệm, biểu dương điển hình tiên tiến trong năm {namsau}.",
	"Năm {namsau}, {toantinh} phấn đấu có thêm {n} xã đạt chuẩn nông thôn mới nâng cao và giảm tỷ lệ hộ nghèo xuống dưới {pctlow}.",
	"Mỗi phong trào thi đua phải có mục tiêu, chỉ tiêu rõ ràng, có thể đo đếm được và có sơ kết, khen thưởng ngay khi kết thúc.",
	"Cần tiếp tục ứng dụng công nghệ thông tin trong quản lý hồ sơ, rút ngắn thời gian và giảm giấy tờ cho các đơn vị đề nghị khen thưởng.",
	"Phong trào thi đua năm {namsau} hướng tới chào mừng {sukien} và hoàn thành thắng lợi các mục tiêu kinh tế – xã hội.",
	"{lanhdao} lưu ý các địa phương kiên quyết không khen thưởng những tập thể, cá nhân để xảy ra sai phạm, tham nhũng, lãng phí.",
	"Các tổ chức chính trị – xã hội được đề nghị phát huy vai trò nòng cốt, vận động đoàn viên, hội viên tích cực tham gia các phong trào.",
	"Đội ngũ cán bộ làm công tác thi đua phải {phamchat}, {phamchat}, không để xảy ra tiêu cực trong xét duyệt khen thưởng.",
	"Năm {namsau}, cần tập trung hoàn thành {congtrinh} và {congtrinh} để tạo động lực phát triển.",
	"Các cơ quan thông tin đại chúng cần dành thời lượng thích đáng để tuyên truyền, cổ vũ những tấm gương điển hình.",
	"[2025-] Sau khi sắp xếp đơn vị hành chính, các địa phương cần sớm kiện toàn bộ máy làm công tác thi đua, khen thưởng ở cấp xã.",
)

// quotes: what people say.
var quotes = newPool(
	"“Mỗi cán bộ, đảng viên phải là một tấm gương để nhân dân noi theo; thi đua không phải là việc riêng của ngành nào”, {lanhdao} nói.",
	"“Khen đúng người, đúng việc thì phong trào mới có sức sống lâu dài”, một đại biểu chia sẻ tại hội nghị.",
	"“Chúng tôi không nghĩ mình làm được điều gì lớn lao, chỉ cố gắng làm tốt nhất phần việc của mình”, {ong} tâm sự.",
	"“Là {nghenghiep}, tôi chỉ mong góp chút sức nhỏ cho quê hương”, {ong} chia sẻ.",
	"“Được ghi nhận là động lực để chúng tôi tiếp tục cố gắng, làm sao cho bà con trong {thon} có cuộc sống tốt hơn”, {ong} bày tỏ.",
	"Đại diện {donvi} cho biết, phần thưởng không chỉ là niềm vinh dự mà còn là trách nhiệm để đơn vị tiếp tục phấn đấu.",
	"“Thi đua là yêu nước, yêu nước thì phải thi đua” – lời dạy của Chủ tịch Hồ Chí Minh được các đại biểu nhắc lại như một lời nhắc nhở về trách nhiệm.",
	"“Phong trào chỉ thực sự đi vào cuộc sống khi người dân thấy được lợi ích thiết thực”, {lanhdao} khẳng định.",
	"“Điều chúng tôi mong muốn nhất là cách làm này được nhân rộng ra nhiều nơi khác”, {ong} chia sẻ.",
)

// awarding: the awards handed out at an event.
var awarding = newPool(
	"Dịp này, {n} tập thể và {n} cá nhân có thành tích xuất sắc được tặng {award2}.",
	"Tại buổi lễ, {cq} đã trao {award2} cho {sott} tập thể và {socn} cá nhân tiêu biểu.",
	"Thừa ủy quyền của Chủ tịch nước, {lanhdao} trao {huanchuong} cho các tập thể, cá nhân có thành tích đặc biệt xuất sắc.",
	"Các đại biểu đã biểu dương {n} điển hình tiên tiến, trong đó có nhiều nông dân, công nhân và đồng bào dân tộc thiểu số.",
	"{n} đơn vị dẫn đầu các cụm, khối thi đua được tặng Cờ thi đua, {n} đơn vị được tặng Bằng khen.",
	"Nhiều cá nhân được khen thưởng lần này là những người trực tiếp lao động, sản xuất ở cơ sở.",
	"Trong số các tập thể được tôn vinh có {donvi} và {donvi}, hai đơn vị nhiều năm liền hoàn thành xuất sắc nhiệm vụ.",
	"Cũng tại buổi lễ, {n} cá nhân được tặng danh hiệu {danhhieu} và {n} tập thể được công nhận danh hiệu Tập thể lao động xuất sắc.",
)

// closings end an article.
var closings = newPool(
	"Hội nghị đã thông qua chương trình công tác thi đua, khen thưởng năm {namsau}, tập trung vào các phong trào gắn với nhiệm vụ phát triển kinh tế – xã hội.",
	"Kết thúc chương trình, các đại biểu ký cam kết thi đua, quyết tâm hoàn thành thắng lợi các mục tiêu, nhiệm vụ đã đề ra.",
	"Nhân dịp này, {cq} phát động đợt thi đua cao điểm chào mừng {sukien}.",
	"Các đại biểu thống nhất sẽ tiếp tục trao đổi kinh nghiệm, hỗ trợ nhau trong quá trình triển khai nhiệm vụ thời gian tới.",
	"Những tấm gương được tôn vinh hôm nay sẽ được giới thiệu rộng rãi trên các phương tiện thông tin đại chúng để nhân dân học tập.",
	"Sau hội nghị, các đơn vị sẽ tổ chức quán triệt tới từng cán bộ, đảng viên và người lao động.",
	"Buổi lễ khép lại trong không khí phấn khởi, tạo động lực mới cho phong trào thi đua yêu nước ở cơ sở.",
	"Dự kiến đến cuối năm {namnay}, {btd} sẽ tổ chức đoàn kiểm tra, đánh giá kết quả thực hiện tại các địa phương.",
	"Ban tổ chức cũng đã giới thiệu một số sản phẩm tiêu biểu của các hợp tác xã, doanh nghiệp được khen thưởng.",
	"Các tập thể, cá nhân được khen thưởng đều hứa sẽ tiếp tục giữ vững thành tích, xứng đáng với sự ghi nhận của Đảng, Nhà nước.",
)

// context: the economy and society, background to any article.
var context = newPool(
	"Năm {nam} diễn ra trong bối cảnh còn nhiều khó khăn, giá cả vật tư đầu vào tăng cao, thời tiết diễn biến phức tạp.",
	"{Tinh} hiện có {lon} doanh nghiệp đang hoạt động, phần lớn là doanh nghiệp nhỏ và vừa.",
	"Cơ cấu kinh tế của {tinh} tiếp tục chuyển dịch theo hướng tăng tỷ trọng công nghiệp, dịch vụ.",
	"Nhiều tuyến đường liên xã, liên thôn được hoàn thành, giúp việc đi lại, giao thương của bà con thuận tiện hơn.",
	"Hệ thống trường học, trạm y tế được đầu tư đồng bộ, nhiều công trình được xây dựng từ nguồn xã hội hóa.",
	"Với đặc thù địa bàn rộng, dân cư phân tán, việc triển khai các phong trào ở vùng sâu, vùng xa đòi hỏi sự kiên trì của cán bộ cơ sở.",
	"Thiên tai, dịch bệnh trên cây trồng, vật nuôi gây thiệt hại không nhỏ cho sản xuất nông nghiệp.",
	"Du lịch cộng đồng phát triển mạnh, thu hút ngày càng nhiều du khách trong và ngoài nước.",
	"[2025-] Việc sắp xếp tổ chức bộ máy, bỏ cấp huyện và hợp nhất các tỉnh đặt ra nhiều yêu cầu mới đối với công tác thi đua, khen thưởng.",
	"[2020-2021] Dịch COVID-19 ảnh hưởng nặng nề đến sản xuất, kinh doanh và đời sống của người dân.",
	"Thu ngân sách nhà nước trên địa bàn đạt {ty}, vượt dự toán được giao.",
	"Đời sống của đồng bào các dân tộc từng bước được nâng lên, bản sắc văn hóa được giữ gìn và phát huy.",
	"Lễ hội {lehoi} hằng năm thu hút hàng nghìn du khách, góp phần quảng bá hình ảnh địa phương.",
	"Đặc sản {dacsan} của địa phương ngày càng được thị trường ưa chuộng, mang lại nguồn thu ổn định cho nhiều hộ.",
	"Nghề {nghe} truyền thống được khôi phục, tạo việc làm cho hàng trăm lao động nông nhàn.",
	"Mùa mưa bão năm {namtruoc} gây sạt lở nhiều tuyến đường, cuốn trôi hoa màu và làm hư hỏng hàng trăm ngôi nhà.",
	"Hạ tầng khu công nghiệp được mở rộng, thu hút nhà đầu tư trong lĩnh vực điện tử, cơ khí chính xác và chế biến nông sản.",
	"Tình trạng thiếu nước sinh hoạt vào mùa khô ở vùng ven biển, vùng núi đá vôi vẫn là nỗi lo của người dân.",
	"Mạng lưới chợ nông thôn, cửa hàng tiện lợi và điểm bán hàng trực tuyến phát triển nhanh.",
	"Tỷ lệ che phủ rừng đạt {pct}, nhiều diện tích rừng tự nhiên được khoanh nuôi, bảo vệ nghiêm ngặt.",
	"Xâm nhập mặn, sạt lở bờ sông và nắng nóng kéo dài ảnh hưởng đến sinh kế của hàng nghìn hộ nông dân.",
	"Nhiều lao động đi làm ăn xa đã trở về quê lập nghiệp, mang theo vốn liếng, kinh nghiệm và cách làm mới.",
	"Các tuyến cao tốc, cầu vượt sông được khánh thành, rút ngắn thời gian đi lại và mở ra không gian phát triển mới.",
	"Trường lớp được kiên cố hóa, nhiều điểm trường lẻ ở vùng cao đã có nhà công vụ cho giáo viên.",
)

// leads introduce any event: {chude} is what it was about.
var eventLeads = newPool(
	"Ngày {ngay}, {cq} tổ chức hội nghị {chude}.",
	"Sáng {ngay}, {cq} tổ chức hội nghị {chude}.",
	"Chiều {ngay}, {cq} tổ chức hội nghị {chude} theo hình thức trực tiếp kết hợp trực tuyến đến {n} điểm cầu.",
	"Hội nghị {chude} do {cq} tổ chức ngày {ngay} thu hút đông đảo đại biểu là lãnh đạo các sở, ban, ngành, đoàn thể và điển hình tiên tiến.",
	"Ngày {ngay}, {cq} long trọng tổ chức hội nghị {chude}, với sự tham dự của hơn {vua} đại biểu.",
	"Vừa qua, tại hội trường trung tâm của {tinh}, {cq} đã tổ chức hội nghị {chude}.",
	"Trong hai ngày, bắt đầu từ {ngay}, {cq} tổ chức hội nghị {chude}.",
)

// attendance says who came.
var attendance = newPool(
	"Dự hội nghị có {lanhdao}; {lanhdao}; cùng lãnh đạo các sở, ban, ngành, đoàn thể và đại diện các điển hình tiên tiến.",
	"Tham dự có {lanhdao}, đại diện {cqtw} và lãnh đạo các địa phương, đơn vị.",
	"Đến dự và chỉ đạo hội nghị có {lanhdao}.",
	"Cùng dự có {lanhdao} và {vua} đại biểu là những tập thể, cá nhân tiêu biểu trong các phong trào thi đua.",
	"Hội nghị có sự tham dự của {lanhdao}, lãnh đạo {cq2} và các thành viên {hd}.",
)
