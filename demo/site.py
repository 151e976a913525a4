"""The demo center's identity, portal links and static pages (created once)."""

from pages.models import PortalLink, SiteIdentity, StaticPage

IDENTITY = {
    "name": "Trung tâm Văn hóa – Thông tin – Thể thao huyện Hòa Sơn",
    "short_name": "TT VH-TT-TT Hòa Sơn",
    "parent_unit": "Ủy ban nhân dân huyện Hòa Sơn",
    "tagline": "Thông tin văn hóa, thể thao, du lịch của huyện Hòa Sơn",
    "address": "Số 12 đường Trần Hưng Đạo, thị trấn Hòa Sơn, huyện Hòa Sơn",
    "phone": "0210 3 812 345",
    "email": "ttvhtt@hoason.example.vn",
    "responsible_person": "Giám đốc Trung tâm: Nguyễn Văn Hải",
    "license_note": "Giấy phép số 01/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp",
}

PORTALS = [
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "https://bvhttdl.gov.vn/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Báo điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn/"),
]

PAGES = [
    (
        "Giới thiệu",
        "<p>Trung tâm Văn hóa – Thông tin – Thể thao huyện Hòa Sơn là đơn vị sự nghiệp công "
        "lập trực thuộc Ủy ban nhân dân huyện, tổ chức các hoạt động văn hóa, thông tin, "
        "tuyên truyền, thể dục thể thao và du lịch trên địa bàn huyện.</p>",
        "About us",
        "<p>The Hoa Son District Culture, Information and Sports Center is a public service "
        "unit under the District People's Committee. It organises cultural, information, "
        "sports and tourism activities in the district.</p>",
    ),
    (
        "Chức năng nhiệm vụ",
        "<p>Trung tâm có chức năng tổ chức hoạt động văn hóa, nghệ thuật quần chúng; thông "
        "tin, tuyên truyền cổ động; phong trào thể dục thể thao; quảng bá du lịch, di sản.</p>"
        "<ul><li>Tuyên truyền chủ trương, chính sách của Đảng, pháp luật của Nhà nước.</li>"
        "<li>Tổ chức liên hoan, hội diễn, giải thể thao cấp huyện.</li>"
        "<li>Quản lý, khai thác nhà văn hóa, sân vận động huyện.</li></ul>",
        "Functions and duties",
        "<p>The Center organises community arts, public information campaigns, sports "
        "movements and the promotion of local tourism and heritage.</p>",
    ),
    (
        "Cơ cấu tổ chức",
        "<p>Ban Giám đốc gồm Giám đốc và một Phó Giám đốc; các bộ phận: Hành chính – Tổng "
        "hợp, Văn hóa – Nghệ thuật, Thông tin – Truyền thanh, Thể dục thể thao.</p>",
        "Organisation",
        "<p>A Director and a Deputy Director lead four divisions: Administration, Culture "
        "and Arts, Information and Broadcasting, and Sports.</p>",
    ),
    (
        "Liên hệ",
        "<p>Địa chỉ: Số 12 đường Trần Hưng Đạo, thị trấn Hòa Sơn.<br>"
        "Điện thoại: 0210 3 812 345 – Thư điện tử: ttvhtt@hoason.example.vn</p>",
        "Contact",
        "<p>Address: 12 Tran Hung Dao Street, Hoa Son town.<br>"
        "Phone: +84 210 3 812 345 – Email: ttvhtt@hoason.example.vn</p>",
    ),
]


def ensure_site() -> None:
    if not SiteIdentity.objects.exists():
        SiteIdentity.objects.create(**IDENTITY)
    if not PortalLink.objects.exists():
        for position, (title, url) in enumerate(PORTALS):
            PortalLink.objects.create(title=title, url=url, position=position)
    for position, (title, body, title_en, body_en) in enumerate(PAGES):
        if not StaticPage.objects.filter(title=title).exists():
            StaticPage.objects.create(
                title=title, body=body, title_en=title_en, body_en=body_en, position=position
            )
