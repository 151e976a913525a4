"""Categories and authors of the demo district, Hòa Sơn (a fictional district)."""

UNIT = "Trung tâm VHTT&TT huyện Hòa Sơn"

# (slug, name, parent slug, description); order is the menu order.
CATEGORIES = [
    ("tin-tuc-su-kien", "Tin tức – Sự kiện", None, "Thời sự, hoạt động nổi bật của huyện."),
    ("tin-co-so", "Tin cơ sở", "tin-tuc-su-kien", "Tin từ các xã, thị trấn."),
    ("xay-dung-dang", "Xây dựng Đảng", None, "Công tác xây dựng Đảng và hệ thống chính trị."),
    ("van-hoa-van-nghe", "Văn hóa – Văn nghệ", None, "Phong trào văn hóa, văn nghệ."),
    ("the-duc-the-thao", "Thể dục – Thể thao", None, "Thể thao phong trào và thành tích."),
    ("du-lich-di-san", "Du lịch – Di sản", None, "Danh lam, di tích, du lịch cộng đồng."),
    ("di-tich-le-hoi", "Di tích – Lễ hội", "du-lich-di-san", "Di tích lịch sử và lễ hội."),
    ("gia-dinh-xa-hoi", "Gia đình – Xã hội", None, "Gia đình, trẻ em, an sinh xã hội."),
    ("khoa-hoc-cong-nghe", "Khoa học – Công nghệ", None, "Chuyển đổi số và ứng dụng."),
    ("thong-bao", "Thông báo", None, "Thông báo, lịch hoạt động của Trung tâm."),
]

# (slug, name, unit, bio)
AUTHORS = [
    ("nguyen-thi-thu-ha", "Nguyễn Thị Thu Hà", UNIT, "Phóng viên mảng văn hóa, xã hội."),
    ("tran-van-minh", "Trần Văn Minh", UNIT, "Biên tập viên, phụ trách trang tin điện tử."),
    ("le-hoang-nam", "Lê Hoàng Nam", UNIT, "Phóng viên thể thao."),
    ("pham-thi-lan", "Phạm Thị Lan", "Phòng Văn hóa và Thông tin huyện", ""),
    ("do-quang-huy", "Đỗ Quang Huy", "Ban Tuyên giáo Huyện ủy Hòa Sơn", ""),
    ("vu-thi-mai-anh", "Vũ Thị Mai Anh", "Cộng tác viên xã Tân Lập", ""),
    ("hoang-duc-thang", "Hoàng Đức Thắng", "Đài Truyền thanh xã Phú Xuân", ""),
    ("bui-thanh-tam", "Bùi Thanh Tâm", "Hội Nông dân huyện Hòa Sơn", ""),
]

# Who usually writes each category (first author is the default byline).
DESKS = {
    "tin-tuc-su-kien": ["tran-van-minh", "nguyen-thi-thu-ha"],
    "tin-co-so": ["hoang-duc-thang", "vu-thi-mai-anh"],
    "xay-dung-dang": ["do-quang-huy"],
    "van-hoa-van-nghe": ["nguyen-thi-thu-ha", "pham-thi-lan"],
    "the-duc-the-thao": ["le-hoang-nam"],
    "du-lich-di-san": ["pham-thi-lan", "nguyen-thi-thu-ha"],
    "di-tich-le-hoi": ["pham-thi-lan"],
    "gia-dinh-xa-hoi": ["vu-thi-mai-anh", "nguyen-thi-thu-ha"],
    "khoa-hoc-cong-nghe": ["bui-thanh-tam", "tran-van-minh"],
    "thong-bao": ["tran-van-minh"],
}
