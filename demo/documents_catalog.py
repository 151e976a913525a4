"""The demo register: documents a district culture center publishes (fictional Hòa Sơn)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Spec:
    key: str
    type: str  # DocumentType slug
    issuer: str  # IssuingBody slug
    sector: str  # Sector slug
    code: str  # after the serial (and year): "QĐ-UBND"
    serial: int
    days_ago: int  # issued this many days before today
    summary: str
    signer: str
    body: tuple = ()
    effect_after: int = 0  # days from issue to effect
    lasts: int | None = None  # days in effect before it expires
    yearly: bool = True  # "15/2024/QĐ-UBND" (else "15/UBND-VHTT")
    published: bool = True
    replaces: str | None = None
    amends: str | None = None


UB, HD, PHONG, TT, XA = (
    "uy-ban-nhan-dan-huyen",
    "hoi-dong-nhan-dan-huyen",
    "phong-van-hoa-va-thong-tin-huyen",
    "trung-tam-van-hoa-thong-tin-the-thao-huyen",
    "uy-ban-nhan-dan-xa",
)
CT, PVT, GD, TTTT = "Nguyễn Văn Thành", "Lê Thị Hồng", "Trần Quốc Dũng", "Hoàng Minh Tuấn"
LE_HOI = ("Lễ hội đua thuyền truyền thống trên sông Lam được tổ chức vào dịp Quốc khánh 2/9.",)
THU_VIEN = ("Thư viện huyện mở cửa phục vụ bạn đọc từ thứ Ba đến Chủ nhật hằng tuần.",)
THE_THAO = ("Các xã, thị trấn thành lập đội tuyển tham gia giải bóng chuyền hơi, kéo co.",)
DI_SAN = ("Bảo tồn nghề dệt thổ cẩm của đồng bào dân tộc Thái tại xã Bản Nguyệt.",)
SO = ("Đẩy mạnh chuyển đổi số trong hoạt động thông tin cơ sở, đài truyền thanh xã.",)

# fmt: off
SPECS = [
    Spec("qc-le-hoi-2022", "quy-che", UB, "van-hoa", "QĐ-UBND", 12, 1300,
         "Về việc ban hành Quy chế tổ chức Lễ hội đua thuyền truyền thống huyện Hòa Sơn",
         CT, LE_HOI, effect_after=10),
    Spec("qc-le-hoi-2025", "quyet-dinh", UB, "van-hoa", "QĐ-UBND", 27, 200,
         "Về việc ban hành Quy chế tổ chức Lễ hội đua thuyền truyền thống (thay thế Quy "
         "chế năm 2022)",
         CT, LE_HOI, effect_after=10, replaces="qc-le-hoi-2022"),
    Spec("nq-van-hoa", "nghi-quyet", HD, "van-hoa", "NQ-HĐND", 8, 700,
         "Về phát triển văn hóa, con người Hòa Sơn giai đoạn 2024 – 2030",
         "Phạm Văn Hải", DI_SAN, effect_after=10),
    Spec("kh-the-thao-2023", "ke-hoach", UB, "the-thao", "KH-UBND", 45, 1000,
         "Kế hoạch tổ chức Đại hội Thể dục thể thao huyện Hòa Sơn năm 2023",
         CT, THE_THAO, lasts=300),
    Spec("kh-the-thao-2026", "ke-hoach", UB, "the-thao", "KH-UBND", 18, 20,
         "Kế hoạch tổ chức Giải bóng chuyền hơi, kéo co các xã năm 2026",
         CT, THE_THAO, effect_after=30),
    Spec("ct-le-hoi", "chi-thi", UB, "van-hoa", "CT-UBND", 3, 400,
         "Về tăng cường quản lý và tổ chức lễ hội trên địa bàn huyện",
         CT, LE_HOI),
    Spec("tb-thu-vien", "thong-bao", TT, "van-hoa", "TB-TTVHTTTT", 21, 60,
         "Thông báo lịch mở cửa Thư viện huyện và phòng đọc thiếu nhi",
         GD, THU_VIEN),
    Spec("tb-tuyen-dung", "thong-bao", TT, "to-chuc-can-bo", "TB-TTVHTTTT", 33, 150,
         "Thông báo tuyển dụng viên chức làm việc tại Trung tâm Văn hóa – Thông tin – Thể thao",
         GD, lasts=45),
    Spec("cv-treo-co", "cong-van", UB, "thong-tin-truyen-thong", "UBND-VHTT", 512, 90,
         "Về việc treo cờ Tổ quốc và tuyên truyền kỷ niệm Ngày Quốc khánh 2/9",
         CT, lasts=30, yearly=False),
    Spec("cv-tet", "cong-van", UB, "thong-tin-truyen-thong", "UBND-VHTT", 1288, 330,
         "Về việc tuyên truyền, trang trí đón Tết Nguyên đán",
         CT, lasts=60, yearly=False),
    Spec("bc-6-thang", "bao-cao", PHONG, "van-hoa", "BC-VHTT", 56, 160,
         "Báo cáo kết quả công tác văn hóa, thông tin sáu tháng đầu năm",
         PVT, SO),
    Spec("bc-nam", "bao-cao", PHONG, "van-hoa", "BC-VHTT", 112, 340,
         "Báo cáo tổng kết công tác văn hóa, thể thao và du lịch năm",
         PVT, DI_SAN),
    Spec("hd-gia-dinh", "huong-dan", PHONG, "gia-dinh", "HD-VHTT", 4, 500,
         "Hướng dẫn xây dựng gia đình văn hóa, thôn, bản văn hóa",
         PVT),
    Spec("hd-gia-dinh-sua", "huong-dan", PHONG, "gia-dinh", "HD-VHTT", 9, 120,
         "Hướng dẫn sửa đổi tiêu chí bình xét gia đình văn hóa",
         PVT, amends="hd-gia-dinh"),
    Spec("tt-kinh-phi", "to-trinh", TT, "tai-chinh-ke-hoach", "TTr-TTVHTTTT", 15, 240,
         "Tờ trình đề nghị phê duyệt kinh phí tổ chức Lễ hội đua thuyền",
         GD, LE_HOI),
    Spec("qd-khen-thuong", "quyet-dinh", UB, "thi-dua-khen-thuong", "QĐ-UBND", 140, 250,
         "Về việc khen thưởng các tập thể, cá nhân có thành tích trong Lễ hội đua thuyền",
         CT, LE_HOI),
    Spec("qd-di-tich", "quyet-dinh", UB, "van-hoa", "QĐ-UBND", 77, 600,
         "Về việc công nhận Đình làng Phú Xuân là di tích lịch sử – văn hóa cấp huyện",
         CT, DI_SAN),
    Spec("kh-chuyen-doi-so", "ke-hoach", UB, "thong-tin-truyen-thong", "KH-UBND", 61, 450,
         "Kế hoạch chuyển đổi số hệ thống thông tin cơ sở giai đoạn 2025 – 2026",
         CT, SO, lasts=700),
    Spec("qd-dai-truyen-thanh", "quyet-dinh", UB, "thong-tin-truyen-thong", "QĐ-UBND", 91, 900,
         "Về việc ban hành Quy chế quản lý, vận hành đài truyền thanh cấp xã",
         CT, SO, effect_after=10),
    Spec("qd-dai-truyen-thanh-moi", "quyet-dinh", UB, "thong-tin-truyen-thong", "QĐ-UBND", 7, 15,
         "Về việc ban hành Quy chế hoạt động thông tin cơ sở (thay thế Quy chế đài truyền "
         "thanh cấp xã)",
         CT, SO, effect_after=45, replaces="qd-dai-truyen-thanh"),
    Spec("kh-du-lich", "ke-hoach", UB, "du-lich", "KH-UBND", 88, 280,
         "Kế hoạch phát triển du lịch cộng đồng tại xã Bản Nguyệt",
         CT, DI_SAN, lasts=900),
    Spec("ct-quang-cao", "chi-thi", UB, "thong-tin-truyen-thong", "CT-UBND", 2, 800,
         "Về chấn chỉnh hoạt động quảng cáo ngoài trời trên địa bàn huyện",
         CT),
    Spec("qc-tt", "quy-che", TT, "to-chuc-can-bo", "QĐ-TTVHTTTT", 5, 650,
         "Quy chế làm việc của Trung tâm Văn hóa – Thông tin – Thể thao huyện",
         GD),
    Spec("qc-tt-sua", "quyet-dinh", TT, "to-chuc-can-bo", "QĐ-TTVHTTTT", 19, 100,
         "Về việc sửa đổi, bổ sung một số điều của Quy chế làm việc của Trung tâm",
         GD, amends="qc-tt"),
    Spec("ct-ho-tro", "chuong-trinh", TT, "the-thao", "CTr-TTVHTTTT", 2, 180,
         "Chương trình hoạt động hè cho thiếu nhi năm nay",
         GD, THE_THAO, lasts=90),
    Spec("xa-kh-le-hoi", "ke-hoach", XA, "van-hoa", "KH-UBND", 14, 50,
         "Kế hoạch tổ chức Lễ hội xuống đồng xã Tân Lập",
         "Đinh Văn Quý", LE_HOI, effect_after=20),
    Spec("xa-tb-sinh-hoat", "thong-bao", XA, "hanh-chinh", "TB-UBND", 31, 35,
         "Thông báo lịch tiếp công dân và sinh hoạt cộng đồng tháng này",
         "Đinh Văn Quý"),
    Spec("xa-qd-huong-uoc", "quyet-dinh", XA, "van-hoa", "QĐ-UBND", 66, 1100,
         "Về việc công nhận hương ước thôn Đồng Tâm",
         "Đinh Văn Quý", effect_after=10),
    Spec("hd-bao-chi", "huong-dan", PHONG, "thong-tin-truyen-thong", "HD-VHTT", 12, 210,
         "Hướng dẫn tuyên truyền bầu cử và các ngày lễ lớn trong năm",
         TTTT),
    Spec("bc-thu-vien", "bao-cao", TT, "van-hoa", "BC-TTVHTTTT", 40, 75,
         "Báo cáo hoạt động thư viện và phong trào đọc sách trong cộng đồng",
         GD, THU_VIEN),
    Spec("nq-kinh-phi", "nghi-quyet", HD, "tai-chinh-ke-hoach", "NQ-HĐND", 22, 380,
         "Về dự toán kinh phí sự nghiệp văn hóa, thể thao năm nay",
         "Phạm Văn Hải"),
    Spec("qd-doi-van-nghe", "quyet-dinh", TT, "van-hoa", "QĐ-TTVHTTTT", 48, 260,
         "Về việc thành lập Đội văn nghệ quần chúng của Trung tâm",
         GD),
    Spec("cv-an-toan", "cong-van", PHONG, "the-thao", "VHTT-TDTT", 64, 25,
         "Về việc bảo đảm an toàn trong tổ chức các hoạt động bơi lội mùa hè",
         PVT, yearly=False),
    Spec("kh-nhap", "ke-hoach", UB, "van-hoa", "KH-UBND", 99, 1,
         "Kế hoạch tổ chức Ngày hội Văn hóa các dân tộc (đang soạn)",
         CT, published=False),
]
# fmt: on
