"""Shared passages per category, mixed into the hand-written stories to round out bodies.

Slots: {place} (a commune of the district) and {year}.
"""

POOLS = {
    "tin-tuc-su-kien": {
        "headings": ["Nhiều kết quả nổi bật", "Nhiệm vụ thời gian tới", "Ý kiến từ cơ sở"],
        "paragraphs": [
            "Báo cáo tại hội nghị cho biết, các chỉ tiêu chủ yếu về kinh tế – xã hội năm {year} "
            "đều đạt và vượt kế hoạch; thu nhập bình quân đầu người tiếp tục tăng, đời sống "
            "vật chất và tinh thần của Nhân dân được cải thiện rõ rệt.",
            "Bên cạnh kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra một số hạn chế như tiến "
            "độ giải phóng mặt bằng một số công trình còn chậm, việc phân loại rác tại nguồn ở "
            "{place} chưa thực sự đồng đều.",
            "Các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, sát thực tế, "
            "nhất là các giải pháp phát triển sản xuất, giữ gìn an ninh trật tự ở thôn, xóm.",
        ],
        "quotes": [
            (
                "Mỗi cán bộ phải sâu sát cơ sở hơn nữa, việc gì có lợi cho dân thì làm đến nơi "
                "đến chốn.",
                "Chủ tịch UBND huyện Hòa Sơn",
            ),
        ],
        "lists": [
            [
                "Hoàn thành kế hoạch đầu tư công đúng tiến độ",
                "Giữ vững an ninh trật tự, an toàn giao thông",
                "Đẩy mạnh cải cách hành chính, chuyển đổi số",
            ],
        ],
    },
    "xay-dung-dang": {
        "headings": ["Đổi mới nội dung sinh hoạt chi bộ", "Nâng cao chất lượng đảng viên"],
        "paragraphs": [
            "Thời gian qua, các chi bộ trực thuộc đã chú trọng đổi mới nội dung, hình thức "
            "sinh hoạt; nhiều chi bộ lựa chọn chuyên đề gắn với nhiệm vụ chính trị của địa "
            "phương, tạo không khí dân chủ, cởi mở trong thảo luận.",
            "Công tác phát triển đảng viên được quan tâm, nhất là trong đoàn viên thanh niên, "
            "người lao động trực tiếp sản xuất; năm {year}, toàn Đảng bộ kết nạp thêm nhiều "
            "đảng viên mới, trong đó có những người đầu tiên ở các thôn đặc biệt khó khăn.",
            "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với "
            "giải quyết những vấn đề bức xúc ở cơ sở, tạo chuyển biến rõ nét trong ý thức "
            "trách nhiệm, tác phong công tác của cán bộ, đảng viên.",
        ],
        "quotes": [
            (
                "Sinh hoạt chi bộ có chất lượng thì mới có chi bộ mạnh; chi bộ mạnh thì thôn, "
                "xóm mới mạnh.",
                "Bí thư Đảng ủy xã",
            ),
        ],
        "lists": [
            [
                "Sinh hoạt chuyên đề ít nhất mỗi quý một lần",
                "Phân công đảng viên phụ trách hộ gia đình",
                "Lấy ý kiến Nhân dân nơi cư trú về đảng viên",
            ],
        ],
    },
    "van-hoa-van-nghe": {
        "headings": ["Giữ lửa cho làn điệu quê hương", "Sân chơi của mọi lứa tuổi"],
        "paragraphs": [
            "Những năm gần đây, phong trào văn nghệ quần chúng ở {place} phát triển mạnh; "
            "mỗi thôn đều có đội văn nghệ, nhiều câu lạc bộ duy trì tập luyện đều đặn vào các "
            "buổi tối trong tuần tại nhà văn hóa.",
            "Các tiết mục được dàn dựng công phu, kết hợp hài hòa giữa làn điệu dân ca truyền "
            "thống với ca khúc mới ca ngợi quê hương, đất nước, thu hút đông đảo người dân đến "
            "xem và cổ vũ.",
            "Trung tâm Văn hóa – Thông tin – Thể thao huyện thường xuyên cử cán bộ xuống cơ sở "
            "hướng dẫn nghiệp vụ, hỗ trợ trang phục, nhạc cụ cho các đội văn nghệ thôn, xóm.",
        ],
        "quotes": [
            (
                "Chỉ cần có người muốn học thì chúng tôi còn dạy, để câu hát của ông cha không "
                "bị mai một.",
                "Nghệ nhân câu lạc bộ dân ca",
            ),
        ],
        "lists": [
            [
                "Tập luyện tối thứ Ba và thứ Sáu hằng tuần",
                "Truyền dạy miễn phí cho thiếu nhi",
                "Biểu diễn phục vụ các ngày lễ lớn của địa phương",
            ],
        ],
    },
    "the-duc-the-thao": {
        "headings": ["Những trận đấu hấp dẫn", "Thể thao phong trào lan tỏa"],
        "paragraphs": [
            "Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần thi đấu trung thực, "
            "đoàn kết, cao thượng; nhiều vận động viên lớn tuổi vẫn bền bỉ, dẻo dai, được khán "
            "giả nhiệt liệt cổ vũ.",
            "Phong trào Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại tiếp tục được duy "
            "trì; số người tập luyện thể dục thể thao thường xuyên ở {place} tăng so với cùng "
            "kỳ năm {year}.",
            "Qua giải đấu, ban tổ chức lựa chọn những vận động viên có thành tích tốt để bổ "
            "sung vào đội tuyển của huyện tham dự các giải cấp tỉnh.",
        ],
        "quotes": [
            (
                "Thắng thua không quan trọng bằng việc anh em trong xã có dịp gặp nhau, cùng "
                "rèn luyện sức khỏe.",
                "Đội trưởng một đội bóng",
            ),
        ],
        "lists": [
            [
                "Bóng chuyền hơi: 12 đội",
                "Kéo co: 10 đội",
                "Cờ tướng: 36 đấu thủ",
            ],
        ],
    },
    "du-lich-di-san": {
        "headings": ["Tiềm năng còn bỏ ngỏ", "Bảo tồn gắn với phát triển"],
        "paragraphs": [
            "Với lợi thế cảnh quan núi, hồ và hệ thống di tích phong phú, {place} đang từng "
            "bước phát triển du lịch cộng đồng, gắn với trải nghiệm nông nghiệp và ẩm thực "
            "địa phương.",
            "Huyện đã hỗ trợ một số hộ dân cải tạo nhà ở thành điểm lưu trú, tập huấn kỹ năng "
            "đón tiếp khách, giới thiệu món ăn truyền thống và sản phẩm OCOP của địa phương.",
            "Công tác bảo vệ, phát huy giá trị di tích được thực hiện theo đúng quy định; việc "
            "tu bổ có sự tham gia ý kiến của chuyên gia và của chính người dân sở tại.",
        ],
        "quotes": [
            (
                "Khách đến một lần rồi giới thiệu bạn bè quay lại, đó là điều chúng tôi vui nhất.",
                "Chủ một homestay ở Bản Nguyệt",
            ),
        ],
        "lists": [
            [
                "Đền Cửa Suối – di tích lịch sử cấp tỉnh",
                "Hồ Bản Nguyệt – đi thuyền, câu cá",
                "Làng mây tre đan Phú Xuân",
            ],
        ],
    },
    "gia-dinh-xa-hoi": {
        "headings": ["Chung tay vì cộng đồng", "Ấm áp nghĩa tình"],
        "paragraphs": [
            "Công tác an sinh xã hội luôn được quan tâm; các chính sách đối với người có công, "
            "hộ nghèo, hộ cận nghèo được thực hiện đầy đủ, kịp thời, đúng đối tượng.",
            "Mô hình câu lạc bộ gia đình phát triển bền vững ở {place} đã giúp nhiều hội viên "
            "trang bị kiến thức về nuôi dạy con, phòng chống bạo lực gia đình.",
            "Nhiều tổ chức, cá nhân đã chung tay ủng hộ, góp phần giúp các gia đình khó khăn "
            "ổn định cuộc sống, các em học sinh có thêm động lực đến trường.",
        ],
        "quotes": [
            (
                "Món quà không lớn nhưng là tấm lòng của bà con trong thôn, gia đình tôi rất "
                "cảm động.",
                "Một người dân được hỗ trợ",
            ),
        ],
        "lists": [
            [
                "Tặng quà gia đình chính sách",
                "Khám bệnh, cấp thuốc miễn phí",
                "Trao học bổng cho học sinh vượt khó",
            ],
        ],
    },
    "khoa-hoc-cong-nghe": {
        "headings": ["Đưa công nghệ về thôn, xóm", "Hiệu quả bước đầu"],
        "paragraphs": [
            "Các tổ công nghệ số cộng đồng đã đến từng hộ gia đình hướng dẫn cài đặt ứng dụng, "
            "thanh toán không dùng tiền mặt và nộp hồ sơ trực tuyến trên Cổng dịch vụ công.",
            "Nhiều nông dân ở {place} đã biết sử dụng điện thoại thông minh để bán nông sản "
            "qua sàn thương mại điện tử, tra cứu thông tin thời tiết, dịch bệnh cây trồng.",
            "Hệ thống truyền thanh thông minh ứng dụng công nghệ thông tin – viễn thông giúp "
            "thông tin đến với người dân nhanh hơn, nội dung phong phú hơn.",
        ],
        "quotes": [
            (
                "Trước tôi chỉ biết nghe gọi, giờ đã tự bán được mật ong trên mạng.",
                "Một hội viên nông dân",
            ),
        ],
        "lists": [
            [
                "Cài đặt ứng dụng định danh điện tử",
                "Mở tài khoản thanh toán số",
                "Nộp hồ sơ dịch vụ công trực tuyến",
            ],
        ],
    },
    "thong-bao": {
        "headings": ["Thời gian và địa điểm", "Hồ sơ và thủ tục"],
        "paragraphs": [
            "Mọi chi tiết xin liên hệ bộ phận Hành chính – Tổng hợp, Trung tâm Văn hóa – "
            "Thông tin – Thể thao huyện Hòa Sơn, trong giờ hành chính các ngày làm việc.",
            "Trung tâm đề nghị các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn thông báo "
            "rộng rãi đến cán bộ, hội viên và Nhân dân được biết, tham gia.",
        ],
        "quotes": [],
        "lists": [
            [
                "Đơn đăng ký theo mẫu",
                "Bản sao căn cước",
                "Hai ảnh cỡ 3×4",
            ],
        ],
    },
}
POOLS["tin-co-so"] = POOLS["tin-tuc-su-kien"]
POOLS["di-tich-le-hoi"] = POOLS["du-lich-di-san"]
