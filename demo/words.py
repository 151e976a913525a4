"""Vietnamese word lists for synthetic articles (`load_demo --articles N`)."""

PLACES = [
    "thị trấn Hòa Sơn",
    "xã Phú Xuân",
    "xã Tân Lập",
    "xã Đồng Tâm",
    "xã Yên Thịnh",
    "xã Thanh Lâm",
    "xã An Phú",
    "xã Hòa Bình",
    "xã Kim Sơn",
    "xã Bản Nguyệt",
]
SUBJECTS = [
    "Trung tâm Văn hóa – Thông tin – Thể thao huyện",
    "Phòng Văn hóa và Thông tin huyện",
    "Huyện đoàn Hòa Sơn",
    "Hội Liên hiệp Phụ nữ huyện",
    "Hội Nông dân huyện",
    "Hội Cựu chiến binh huyện",
    "Ủy ban Mặt trận Tổ quốc huyện",
    "Thư viện huyện",
    "Nhà văn hóa {place}",
    "Ủy ban nhân dân {place}",
    "Đoàn thanh niên {place}",
    "Câu lạc bộ dân ca {place}",
    "Trường THCS {place}",
    "Hội Người cao tuổi {place}",
]
ACTIONS = [
    "tổ chức",
    "phát động",
    "tổng kết",
    "triển khai",
    "ra mắt",
    "khai mạc",
    "hưởng ứng",
    "sơ kết",
    "bế mạc",
    "đẩy mạnh",
]
OBJECTS = [
    "hội thi văn nghệ quần chúng",
    "giải bóng chuyền hơi người cao tuổi",
    "lớp truyền dạy hát chèo cho thiếu nhi",
    "phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa",
    "ngày hội đọc sách",
    "chương trình chuyển đổi số cộng đồng",
    "giải việt dã truyền thống",
    "lớp dạy bơi phòng chống đuối nước",
    "liên hoan tuyên truyền ca khúc cách mạng",
    "mô hình câu lạc bộ gia đình phát triển bền vững",
    "tuần lễ văn hóa các dân tộc",
    "cuộc thi ảnh đẹp quê hương",
    "phiên chợ quê cuối tuần",
    "giải bóng đá thiếu niên",
    "đợt ra quân làm sạch môi trường",
    "buổi chiếu phim lưu động",
    "hội thi tuyên truyền viên giỏi",
    "lễ hội cầu mùa",
    "tour trải nghiệm làng nghề mây tre đan",
    "chương trình trao học bổng cho học sinh nghèo",
    "lớp tập huấn kỹ năng số cho cán bộ cơ sở",
    "hội thao dân quân tự vệ",
    "giải cờ tướng mở rộng",
    "chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
]
TAILS = [
    "năm {year}",
    "chào mừng Ngày Quốc khánh 2/9",
    "dịp Tết Nguyên đán",
    "lần thứ {n}",
    "6 tháng đầu năm {year}",
    "chào mừng Đại hội Đảng bộ huyện",
    "hướng tới kỷ niệm ngày thành lập huyện",
    "",
]
PEOPLE = [
    "hơn {k} hội viên",
    "gần {k} đoàn viên, thanh niên",
    "khoảng {k} người dân",
    "{k} đại biểu",
    "hơn {k} học sinh",
    "{k} diễn viên quần chúng",
]
PARAGRAPHS = [
    "Sáng {day}, tại {place}, {subject} {action} {object}. Tham dự có đại diện "
    "lãnh đạo Huyện ủy, Ủy ban nhân dân huyện cùng {people} đến từ các xã, thị trấn.",
    "Theo ban tổ chức, hoạt động nhằm tạo sân chơi lành mạnh, bổ ích, góp phần "
    "nâng cao đời sống tinh thần cho Nhân dân và lan tỏa tinh thần đoàn kết trong cộng đồng.",
    "Trong khuôn khổ chương trình, các đơn vị đã giới thiệu nhiều mô hình hay, cách làm "
    "sáng tạo ở cơ sở; nhiều tiết mục, phần thi được đầu tư công phu, mang đậm bản sắc "
    "quê hương {place}.",
    "Phát biểu tại buổi lễ, đại diện lãnh đạo huyện ghi nhận sự chủ động của {subject} "
    "và đề nghị các địa phương tiếp tục duy trì, nhân rộng hoạt động trong thời gian tới.",
    "Năm nay, {object} có {people} tham gia, tăng so với năm trước. Nhiều gia đình đã "
    "cùng ba thế hệ có mặt từ sớm để cổ vũ và tham gia các hoạt động.",
    "Kết thúc chương trình, ban tổ chức trao giấy khen cho các tập thể, cá nhân có thành "
    "tích xuất sắc; {k} phần quà được gửi tới các gia đình chính sách, hộ cận nghèo.",
    "Được biết, kinh phí tổ chức được huy động từ nguồn xã hội hóa và ngân sách địa "
    "phương, với sự đồng hành của các doanh nghiệp, hợp tác xã đóng trên địa bàn huyện.",
    "Ông {person}, một người dân {place}, chia sẻ: những hoạt động như thế này giúp bà con "
    "có thêm dịp gặp gỡ, giao lưu sau những ngày lao động vất vả.",
    "Thời gian tới, {subject} sẽ phối hợp với các ngành liên quan xây dựng kế hoạch cụ "
    "thể, bảo đảm hoạt động diễn ra thường xuyên, thiết thực và hiệu quả.",
]
PERSONS = [
    "Nguyễn Văn Hùng",
    "Lê Thị Hồng",
    "Trần Đình Khải",
    "Phạm Văn Lộc",
    "Hoàng Thị Nga",
    "Đinh Văn Sáu",
    "Bùi Thị Hoa",
    "Vương Đức Toàn",
]
SAPOS = [
    "{subject} vừa {action} {object} với sự tham gia của {people}.",
    "Hoạt động {object} tại {place} thu hút {people}, để lại nhiều ấn tượng tốt đẹp.",
    "Nhằm lan tỏa phong trào ở cơ sở, {subject} đã {action} {object}.",
]
TAGS = [
    "văn nghệ quần chúng",
    "thể thao phong trào",
    "chuyển đổi số",
    "nông thôn mới",
    "thanh niên",
    "phụ nữ",
    "người cao tuổi",
    "thiếu nhi",
    "di tích",
    "lễ hội",
    "du lịch cộng đồng",
    "thư viện",
    "gia đình văn hóa",
    "môi trường",
    "an sinh xã hội",
    "Hòa Sơn",
]
