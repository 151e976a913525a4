"""Hand-written demo stories (2/3): sport, tourism and heritage."""

from demo.compose import Story as S

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
]
