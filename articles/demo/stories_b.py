"""Hand-written demo stories (2/2): sport, tourism and heritage, society, technology, notices."""

from articles.demo.compose import Story as S

STORIES = [
    S(
        "the-duc-the-thao",
        "Khai mạc Đại hội Thể dục thể thao huyện Hòa Sơn",
        "Hơn 800 vận động viên của 14 xã, thị trấn tranh tài ở 9 môn thi đấu trong 5 ngày.",
        ("đại hội thể thao", "Hòa Sơn"),
        (
            "Lễ khai mạc diễn ra tại Sân vận động trung tâm huyện với màn đồng diễn thể dục "
            "của 300 học sinh và màn rước đuốc truyền thống.",
            "Các môn thi đấu gồm bóng đá, bóng chuyền, việt dã, kéo co, đẩy gậy, cờ tướng, "
            "cầu lông, bắn nỏ và đi cà kheo.",
        ),
        featured=True,
        days_ago=1,
    ),
    S(
        "the-duc-the-thao",
        "Giải bóng chuyền hơi người cao tuổi: vui khỏe, gắn kết",
        "12 đội bóng với các vận động viên từ 60 đến 78 tuổi đã mang đến những trận đấu "
        "đầy tiếng cười.",
        ("bóng chuyền hơi", "người cao tuổi"),
        (
            "Giải do Hội Người cao tuổi huyện phối hợp với Trung tâm tổ chức, nhằm khuyến khích "
            "các cụ rèn luyện sức khỏe.",
            "Đội thị trấn Hòa Sơn giành ngôi vô địch sau trận chung kết kéo dài ba hiệp với "
            "đội xã Phú Xuân.",
        ),
    ),
    S(
        "the-duc-the-thao",
        "Giải việt dã truyền thống: hơn 1.500 người cùng chạy",
        "Đường chạy dài 5 km men theo bờ hồ Bản Nguyệt thu hút người dân ở mọi lứa tuổi.",
        ("việt dã", "thể thao phong trào", "Bản Nguyệt"),
        (
            "Ngoài các nội dung thi đấu chính thức, ban tổ chức dành riêng một cự ly 2 km cho "
            "gia đình và trẻ em.",
            "Nhiều vận động viên phong trào đã cải thiện thành tích so với năm trước, một số "
            "em học sinh được chọn vào đội tuyển của huyện.",
        ),
    ),
    S(
        "the-duc-the-thao",
        "Đội tuyển bắn nỏ Hòa Sơn giành 3 huy chương vàng cấp tỉnh",
        "Tại Hội thi thể thao các dân tộc thiểu số của tỉnh, đoàn Hòa Sơn xếp thứ hai toàn đoàn.",
        ("bắn nỏ", "thể thao dân tộc", "thành tích"),
        (
            "Các vận động viên đều là người Dao, Tày ở các xã vùng cao, được tập huấn tập trung "
            "trong hai tháng tại sân tập của Trung tâm.",
            "Anh Triệu Văn Sếnh, người giành hai huy chương vàng, cho biết mình học bắn nỏ từ "
            "năm mười tuổi khi theo cha đi rừng.",
        ),
    ),
    S(
        "the-duc-the-thao",
        "Mở lớp dạy bơi miễn phí cho trẻ em dịp hè",
        "Hơn 200 em học sinh được học kỹ năng bơi an toàn, phòng chống đuối nước.",
        ("dạy bơi", "thiếu nhi", "phòng chống đuối nước"),
        (
            "Lớp học diễn ra tại bể bơi di động đặt ở sân Trung tâm, mỗi khóa kéo dài 10 buổi "
            "với các huấn luyện viên có chứng chỉ.",
            "Phụ huynh được hướng dẫn cách sơ cứu khi trẻ gặp nạn dưới nước và cách nhận biết "
            "những khu vực nguy hiểm.",
        ),
    ),
    S(
        "the-duc-the-thao",
        "Giải bóng đá thiếu niên tranh cúp Hòa Sơn lần thứ V",
        "Mười đội bóng lứa tuổi U13 của các trường trung học cơ sở tham gia tranh tài.",
        ("bóng đá", "thiếu nhi"),
        (
            "Các trận đấu diễn ra vào chiều thứ Bảy và Chủ nhật hằng tuần tại sân vận động "
            "huyện, mở cửa miễn phí cho khán giả.",
            "Ban tổ chức trao thêm giải Cầu thủ xuất sắc và Đội có tinh thần thể thao đẹp.",
        ),
        status="pending",
        author="le-hoang-nam",
    ),
    S(
        "du-lich-di-san",
        "Hồ Bản Nguyệt: điểm hẹn mới của du lịch cộng đồng",
        "Mặt hồ rộng gần 200 ha giữa núi rừng đang thu hút ngày càng nhiều du khách cuối tuần.",
        ("du lịch cộng đồng", "Bản Nguyệt"),
        (
            "Du khách có thể đi thuyền ngắm hồ, câu cá, leo núi Đá Voi và nghỉ tại nhà sàn "
            "của đồng bào Tày ven hồ.",
            "Năm nay, xã đón hơn 15.000 lượt khách, tăng gấp đôi so với năm trước; hàng chục "
            "hộ dân có thêm thu nhập từ dịch vụ du lịch.",
        ),
        featured=True,
    ),
    S(
        "du-lich-di-san",
        "Làng mây tre đan Phú Xuân đón khách trải nghiệm",
        "Du khách được tự tay đan giỏ, đan nón dưới sự hướng dẫn của các nghệ nhân.",
        ("làng nghề", "du lịch cộng đồng", "Phú Xuân"),
        (
            "Làng nghề có hơn 200 năm tuổi, hiện còn khoảng 120 hộ giữ nghề, sản phẩm được xuất "
            "khẩu đi nhiều nước.",
            "Tour trải nghiệm kéo dài nửa ngày, kết hợp thăm đình làng và thưởng thức bánh "
            "gai, chè lam của địa phương.",
        ),
    ),
    S(
        "du-lich-di-san",
        "Sản phẩm OCOP Hòa Sơn có mặt tại hội chợ du lịch của tỉnh",
        "Gian hàng giới thiệu mật ong rừng, chè shan tuyết, miến dong và các sản phẩm mây tre.",
        ("OCOP", "du lịch", "xúc tiến"),
        (
            "Trong ba ngày hội chợ, gian hàng của huyện thu hút đông khách tham quan, nhiều "
            "doanh nghiệp lữ hành ngỏ ý hợp tác xây dựng tour.",
            "Huyện cũng phát hành ấn phẩm giới thiệu các điểm đến bằng tiếng Việt và tiếng Anh.",
        ),
    ),
    S(
        "du-lich-di-san",
        "Mùa lúa chín trên ruộng bậc thang Kim Sơn",
        "Những thửa ruộng bậc thang vàng óng đang là điểm đến của nhiều nhiếp ảnh gia.",
        ("ruộng bậc thang", "Kim Sơn", "nhiếp ảnh"),
        (
            "Thời điểm đẹp nhất để ngắm lúa chín là khoảng nửa cuối tháng Chín, khi người dân "
            "bắt đầu vào vụ gặt.",
            "Xã khuyến cáo du khách đi theo lối mòn, không giẫm lên bờ ruộng và thuê người dẫn "
            "đường địa phương.",
        ),
        caption="Ruộng bậc thang xã Kim Sơn mùa lúa chín (ảnh minh họa).",
    ),
    S(
        "di-tich-le-hoi",
        "Lễ hội đền Cửa Suối thu hút hàng vạn du khách",
        "Lễ hội diễn ra trong ba ngày với phần lễ trang nghiêm và phần hội sôi nổi, đậm bản sắc.",
        ("lễ hội", "đền Cửa Suối", "di tích"),
        (
            "Phần lễ gồm rước kiệu, tế lễ, dâng hương tưởng nhớ vị tướng có công giữ đất; phần "
            "hội có thi đấu vật, đẩy gậy, ném còn và hát giao duyên.",
            "Ban tổ chức bố trí điểm trông giữ xe miễn phí, niêm yết giá dịch vụ và lực lượng "
            "hướng dẫn, bảo đảm an toàn cho du khách.",
        ),
        featured=True,
        days_ago=12,
    ),
    S(
        "di-tich-le-hoi",
        "Tu bổ, tôn tạo đình làng Phú Xuân",
        "Công trình được thực hiện theo đúng nguyên tắc bảo tồn, giữ lại tối đa các cấu kiện "
        "gỗ chạm khắc cổ.",
        ("di tích", "đình làng", "Phú Xuân"),
        (
            "Ngôi đình được dựng từ cuối thế kỷ XIX, còn lưu giữ nhiều mảng chạm rồng, phượng, "
            "hoa lá tinh xảo trên các vì kèo.",
            "Trong thời gian tu bổ, các hiện vật được di chuyển đến nơi bảo quản tạm thời, có "
            "người trông coi ngày đêm.",
        ),
    ),
    S(
        "di-tich-le-hoi",
        "Lễ hội Lồng tồng xã Yên Thịnh: cầu mùa màng tốt tươi",
        "Lễ hội xuống đồng của người Tày được tổ chức vào tháng Giêng, thu hút đông đảo "
        "người dân và du khách.",
        ("lễ hội", "dân tộc Tày", "Yên Thịnh"),
        (
            "Nghi lễ chính do thầy cúng thực hiện, cầu cho mưa thuận gió hòa, mùa màng bội thu, "
            "bản làng bình yên.",
            "Sau phần lễ là các trò chơi dân gian như ném còn, kéo co, đánh yến và thi nấu "
            "xôi ngũ sắc.",
        ),
    ),
    S(
        "di-tich-le-hoi",
        "Lập hồ sơ đề nghị xếp hạng di tích hang Thẳm Mu",
        "Hang đá còn lưu giữ nhiều dấu tích cư trú của người tiền sử và các hiện vật thời "
        "kháng chiến.",
        ("di tích", "khảo cổ", "Kim Sơn"),
        (
            "Đoàn khảo sát của tỉnh đã thu thập nhiều mảnh gốm, công cụ đá và xác định hang "
            "từng là nơi cất giấu lương thực của bộ đội địa phương.",
            "Hồ sơ sẽ được hoàn thiện trong năm để trình cấp có thẩm quyền xem xét.",
        ),
        status="draft",
        author="pham-thi-lan",
    ),
    S(
        "gia-dinh-xa-hoi",
        "Trao 50 suất học bổng cho học sinh vượt khó học giỏi",
        "Mỗi suất học bổng trị giá 2 triệu đồng, kèm theo sách vở và đồ dùng học tập.",
        ("khuyến học", "an sinh xã hội", "học sinh"),
        (
            "Nguồn học bổng do Hội Khuyến học huyện vận động từ các doanh nghiệp và con em quê "
            "hương thành đạt ở xa.",
            "Em Hoàng Thị Mỷ, học sinh lớp 9 ở xã Kim Sơn, mồ côi cha từ nhỏ, vẫn nhiều năm "
            "liền là học sinh giỏi cấp huyện.",
        ),
    ),
    S(
        "gia-dinh-xa-hoi",
        "Ngày Gia đình Việt Nam: tôn vinh 40 gia đình văn hóa tiêu biểu",
        "Những gia đình được tôn vinh là tấm gương về hiếu thảo, hòa thuận và phát triển kinh tế.",
        ("gia đình văn hóa", "Ngày Gia đình Việt Nam"),
        (
            "Nhiều gia đình có ba, bốn thế hệ cùng chung sống, giữ nếp nhà, gia phong và tích "
            "cực tham gia các phong trào ở khu dân cư.",
            "Chương trình còn có tọa đàm về giữ gìn giá trị gia đình truyền thống trong thời "
            "đại số.",
        ),
    ),
    S(
        "gia-dinh-xa-hoi",
        "Câu lạc bộ “Gia đình hạnh phúc” ở thôn Đồng Mới",
        "Mô hình giúp nhiều cặp vợ chồng trẻ chia sẻ kinh nghiệm nuôi dạy con và giữ hòa khí.",
        ("gia đình", "phòng chống bạo lực gia đình", "Đồng Tâm"),
        (
            "Câu lạc bộ sinh hoạt mỗi tháng một lần với các chủ đề gần gũi như chi tiêu gia "
            "đình, dạy con dùng điện thoại an toàn, chăm sóc người già.",
            "Từ khi có câu lạc bộ, thôn không còn xảy ra vụ bạo lực gia đình nào.",
        ),
    ),
    S(
        "gia-dinh-xa-hoi",
        "Khám bệnh, cấp thuốc miễn phí cho người cao tuổi",
        "Hơn 400 người cao tuổi ở các xã vùng cao được khám, tư vấn sức khỏe và nhận thuốc.",
        ("y tế", "người cao tuổi", "an sinh xã hội"),
        (
            "Đoàn y, bác sĩ của Trung tâm Y tế huyện đã khám nội khoa, đo huyết áp, xét nghiệm "
            "đường huyết và tư vấn chế độ dinh dưỡng.",
            "Những trường hợp cần điều trị chuyên sâu được hướng dẫn chuyển tuyến kịp thời.",
        ),
    ),
    S(
        "gia-dinh-xa-hoi",
        "Trao nhà Đại đoàn kết cho hộ nghèo xã Thanh Lâm",
        "Ngôi nhà rộng 60 m² được xây dựng trong hai tháng với sự giúp sức của bà con hàng xóm.",
        ("nhà Đại đoàn kết", "an sinh xã hội", "Thanh Lâm"),
        (
            "Gia đình bà Lò Thị Sính có ba người, sống nhiều năm trong căn nhà tạm dột nát, "
            "mỗi mùa mưa lại phải đi ở nhờ.",
            "Ngày nhận nhà mới, bà xúc động nói: “Cả đời chưa bao giờ nghĩ mình có được căn "
            "nhà vững chãi thế này.”",
        ),
    ),
    S(
        "gia-dinh-xa-hoi",
        "Tết Trung thu cho em: rước đèn trên phố thị trấn",
        "Hàng nghìn em thiếu nhi tham gia rước đèn, phá cỗ và xem múa lân.",
        ("Trung thu", "thiếu nhi", "thị trấn Hòa Sơn"),
        (
            "Đoàn rước đèn xuất phát từ Trung tâm, đi qua các tuyến phố chính với đèn ông sao, "
            "đèn cá chép do chính các em tự làm.",
            "Ban tổ chức tặng 500 suất quà cho các em có hoàn cảnh khó khăn.",
        ),
    ),
    S(
        "gia-dinh-xa-hoi",
        "Tuyên truyền phòng chống tảo hôn ở vùng cao",
        "Các buổi nói chuyện chuyên đề được tổ chức tại trường học và nhà văn hóa thôn.",
        ("tảo hôn", "tuyên truyền", "dân tộc thiểu số"),
        (
            "Cán bộ tư pháp, y tế giải thích cho học sinh và phụ huynh về tác hại của tảo hôn, "
            "hôn nhân cận huyết đối với sức khỏe và tương lai của trẻ.",
            "Các trưởng thôn, người có uy tín cam kết vận động để không còn trường hợp tảo hôn.",
        ),
        status="pending",
        author="vu-thi-mai-anh",
    ),
    S(
        "khoa-hoc-cong-nghe",
        "Tổ công nghệ số cộng đồng: đưa dịch vụ công trực tuyến về thôn",
        "Hơn 900 thành viên tổ công nghệ số đã hướng dẫn hàng nghìn lượt người dân sử dụng "
        "dịch vụ công trực tuyến.",
        ("chuyển đổi số", "dịch vụ công trực tuyến"),
        (
            "Thành viên các tổ phần lớn là đoàn viên thanh niên, công an viên và giáo viên, "
            "am hiểu công nghệ và gần gũi với người dân.",
            "Tỷ lệ hồ sơ nộp trực tuyến tại bộ phận một cửa của các xã tăng từ 20% lên hơn 60% "
            "chỉ sau một năm.",
        ),
        featured=True,
        days_ago=3,
    ),
    S(
        "khoa-hoc-cong-nghe",
        "Ứng dụng nhật ký điện tử trong trồng chè shan tuyết",
        "Người trồng chè ghi chép quy trình bằng điện thoại, giúp truy xuất nguồn gốc sản phẩm.",
        ("chuyển đổi số", "nông nghiệp", "chè shan tuyết"),
        (
            "Mỗi lô chè được gắn mã QR; người mua chỉ cần quét mã là biết vườn chè, thời điểm "
            "thu hái và cách chế biến.",
            "Nhờ minh bạch thông tin, giá chè của hợp tác xã tăng khoảng 15% so với trước.",
        ),
    ),
    S(
        "khoa-hoc-cong-nghe",
        "Truyền thanh thông minh phủ sóng 14 xã, thị trấn",
        "Hệ thống loa truyền thanh ứng dụng công nghệ thông tin được điều khiển từ xa qua "
        "mạng viễn thông.",
        ("truyền thanh", "chuyển đổi số"),
        (
            "Nội dung phát thanh được biên tập tại Trung tâm, lên lịch phát tự động đến từng "
            "cụm loa, có thể phát khẩn cấp khi có thiên tai.",
            "Người dân ở các thôn xa cũng có thể nghe lại bản tin qua ứng dụng trên điện thoại.",
        ),
    ),
    S(
        "khoa-hoc-cong-nghe",
        "Nông dân Hòa Sơn bán nông sản qua sàn thương mại điện tử",
        "Mật ong, miến dong, măng khô của huyện đã có mặt trên các sàn thương mại điện tử lớn.",
        ("thương mại điện tử", "nông sản", "OCOP"),
        (
            "Hội Nông dân huyện tổ chức các lớp tập huấn chụp ảnh sản phẩm, viết mô tả và "
            "đóng gói hàng gửi đi xa.",
            "Nhiều hộ đã có đơn hàng đều đặn mỗi tuần, không còn phụ thuộc vào thương lái.",
        ),
        author="bui-thanh-tam",
    ),
    S(
        "khoa-hoc-cong-nghe",
        "Thư viện huyện số hóa tài liệu địa chí",
        "Hơn 2.000 trang tư liệu quý về lịch sử, văn hóa Hòa Sơn đã được số hóa.",
        ("thư viện", "chuyển đổi số", "địa chí"),
        (
            "Các tài liệu gồm gia phả, văn bia, sách địa chí và báo chí cũ, nhiều bản chỉ còn "
            "duy nhất một bản lưu.",
            "Bạn đọc có thể tra cứu trực tuyến tại phòng đọc của thư viện và các điểm bưu điện "
            "văn hóa xã.",
        ),
    ),
    S(
        "khoa-hoc-cong-nghe",
        "Tập huấn kỹ năng số cho cán bộ văn hóa cơ sở",
        "40 cán bộ văn hóa xã được hướng dẫn chụp ảnh, dựng video và viết tin cho trang thông "
        "tin điện tử.",
        ("chuyển đổi số", "tập huấn"),
        (
            "Các học viên thực hành ngay trên điện thoại của mình, mỗi người hoàn thành một "
            "bản tin có ảnh về hoạt động của xã.",
            "Những bản tin tốt sẽ được đăng trên trang của Trung tâm Văn hóa – Thông tin – "
            "Thể thao huyện.",
        ),
        days_ago=-1.5,
    ),
    S(
        "thong-bao",
        "Thông báo lịch hoạt động của Trung tâm trong dịp Tết Nguyên đán",
        "Trung tâm Văn hóa – Thông tin – Thể thao huyện thông báo lịch phục vụ Nhân dân trong "
        "những ngày Tết.",
        ("thông báo", "Tết Nguyên đán"),
        (
            "Thư viện và nhà trưng bày mở cửa từ mùng 4 Tết; khu vui chơi thiếu nhi mở cửa "
            "tất cả các ngày từ 7 giờ 30 đến 21 giờ.",
            "Chương trình bắn pháo hoa đêm Giao thừa diễn ra tại Quảng trường trung tâm huyện.",
        ),
    ),
    S(
        "thong-bao",
        "Thông báo tuyển sinh các lớp năng khiếu hè",
        "Trung tâm tuyển sinh các lớp vẽ, múa, đàn organ, võ thuật và bơi cho học sinh từ 6 "
        "đến 15 tuổi.",
        ("thông báo", "tuyển sinh", "thiếu nhi"),
        (
            "Phụ huynh đăng ký trực tiếp tại phòng Hành chính của Trung tâm hoặc qua số điện "
            "thoại đường dây nóng trong giờ hành chính.",
            "Mỗi lớp không quá 25 học viên; học phí được miễn cho con em hộ nghèo, cận nghèo.",
        ),
    ),
    S(
        "thong-bao",
        "Thông báo thể lệ cuộc thi ảnh “Hòa Sơn – quê hương tôi”",
        "Cuộc thi dành cho mọi công dân, nhận tác phẩm chụp trên địa bàn huyện trong hai năm "
        "gần đây.",
        ("thông báo", "cuộc thi", "nhiếp ảnh"),
        (
            "Mỗi tác giả gửi tối đa 10 ảnh đơn hoặc 2 bộ ảnh; ảnh không được chỉnh sửa làm sai "
            "lệch nội dung.",
            "Giải thưởng gồm 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích.",
        ),
    ),
    S(
        "thong-bao",
        "Thông báo tạm ngừng phục vụ nhà thi đấu để bảo trì",
        "Nhà thi đấu đa năng của Trung tâm tạm ngừng phục vụ trong hai tuần để sửa chữa mái và "
        "sàn thi đấu.",
        ("thông báo", "nhà thi đấu"),
        (
            "Các câu lạc bộ có lịch tập trong thời gian này vui lòng liên hệ Trung tâm để được "
            "bố trí sân tạm.",
            "Trung tâm xin lỗi vì sự bất tiện và mong nhận được sự thông cảm của người dân.",
        ),
    ),
    S(
        "thong-bao",
        "Thông báo mời đăng ký tham gia Liên hoan văn nghệ quần chúng",
        "Các xã, thị trấn, cơ quan, đơn vị đăng ký đội văn nghệ trước ngày 30 của tháng.",
        ("thông báo", "văn nghệ quần chúng"),
        (
            "Mỗi đơn vị tham gia tối đa 5 tiết mục, thời lượng không quá 25 phút, trong đó ít "
            "nhất một tiết mục dân ca của địa phương.",
            "Hồ sơ đăng ký gửi về Trung tâm bằng văn bản hoặc qua thư điện tử.",
        ),
    ),
    S(
        "thong-bao",
        "Thông báo tuyển cộng tác viên tin, bài cho trang thông tin điện tử",
        "Trung tâm cần cộng tác viên tại các xã, thị trấn để phản ánh kịp thời hoạt động ở cơ sở.",
        ("thông báo", "cộng tác viên"),
        (
            "Cộng tác viên được tập huấn kỹ năng viết tin, chụp ảnh và được hưởng nhuận bút "
            "theo quy định.",
            "Ưu tiên người đang công tác ở cơ sở, am hiểu địa phương và sử dụng thành thạo "
            "điện thoại thông minh.",
        ),
    ),
    S(
        "du-lich-di-san",
        "Ẩm thực Hòa Sơn: vịt bầu nướng lá mắc mật",
        "Món ăn dân dã của người Tày đang trở thành đặc sản níu chân du khách.",
        ("ẩm thực", "du lịch", "dân tộc Tày"),
        (
            "Vịt được ướp với lá mắc mật, gừng, tỏi rồi nướng trên than hoa, da vàng giòn, thịt "
            "thơm ngọt.",
            "Nhiều nhà hàng ở thị trấn đã đưa món vịt nướng vào thực đơn phục vụ khách đoàn.",
        ),
    ),
    S(
        "the-duc-the-thao",
        "Câu lạc bộ dưỡng sinh phường hội: “tập đều mới là thuốc bổ”",
        "Mỗi sáng, hơn 60 hội viên cao tuổi có mặt tại sân Trung tâm để tập dưỡng sinh.",
        ("dưỡng sinh", "người cao tuổi", "thể thao phong trào"),
        (
            "Câu lạc bộ được thành lập tám năm trước, nay có hội viên cao tuổi nhất đã 86 tuổi.",
            "Ngoài tập luyện, các hội viên còn thường xuyên thăm hỏi nhau khi ốm đau, tạo nên "
            "một tập thể gắn bó.",
        ),
    ),
    S(
        "gia-dinh-xa-hoi",
        "Hòa Sơn hỗ trợ người dân khắc phục hậu quả mưa lũ",
        "Hàng trăm cán bộ, chiến sĩ và đoàn viên thanh niên đã giúp dân dọn bùn đất, sửa nhà.",
        ("mưa lũ", "an sinh xã hội"),
        (
            "Đợt mưa lớn kéo dài ba ngày làm sạt lở nhiều tuyến đường liên thôn, hư hỏng hàng "
            "chục ngôi nhà ở các xã vùng cao.",
            "Huyện đã kịp thời hỗ trợ gạo, nước uống và kinh phí cho các hộ bị thiệt hại.",
        ),
        status="archived",
    ),
]
