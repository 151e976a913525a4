"""Hand-written demo stories (3/3): family and society, technology, notices."""

from demo.compose import Story as S

STORIES = [
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
