"""A small, realistic public site for the public-page tests and screenshots."""

import io
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone
from PIL import Image, ImageDraw

from articles.images import attach_cover
from articles.models import Article
from pages.models import PortalLink, SiteIdentity, StaticPage
from tests.factories import make_article, make_author, make_category

TITLES = [
    "Hội nghị tổng kết công tác văn hóa, thông tin năm 2026",
    "Khai mạc Giải bóng đá thiếu niên nhi đồng huyện",
    "Liên hoan văn nghệ quần chúng chào mừng Đại hội Đảng bộ",
    "Ra quân tuyên truyền phòng, chống dịch sốt xuất huyết",
    "Tập huấn nghiệp vụ thông tin cơ sở cho cán bộ xã, thị trấn",
    "Lễ hội truyền thống đình làng thu hút đông đảo du khách",
    "Trao giải cuộc thi ảnh đẹp quê hương lần thứ III",
    "Phát động phong trào toàn dân rèn luyện thân thể",
]
BODY = (
    "<p>Sáng nay, Trung tâm tổ chức hội nghị với sự tham dự của đại diện các phòng, ban "
    "và Ủy ban nhân dân các xã, thị trấn trên địa bàn huyện.</p>"
    "<h2>Kết quả nổi bật</h2><p>Trong năm, đơn vị đã thực hiện hơn 300 buổi tuyên truyền "
    "lưu động, 52 chương trình văn nghệ và 18 giải thể thao cấp huyện.</p>"
    "<blockquote><p>Công tác thông tin cơ sở tiếp tục được quan tâm.</p></blockquote>"
    "<p>Hội nghị cũng đề ra phương hướng, nhiệm vụ trọng tâm cho năm tới.</p>"
)


def cover_bytes(seed: int, size=(1600, 1000)) -> bytes:
    """A JPEG with a sky, a field and a sun, different for each seed."""
    image = Image.new("RGB", size, (70 + seed * 23 % 120, 130, 190 - seed * 17 % 90))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, size[1] * 0.62, size[0], size[1]], fill=(60, 140 - seed * 11 % 60, 70))
    r = 90 + seed * 7 % 60
    cx, cy = 300 + seed * 131 % 1000, 260
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(250, 210, 90))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


@dataclass
class PublicSite:
    categories: list
    authors: list
    published: list
    hidden: list = field(default_factory=list)
    pages: list = field(default_factory=list)


def build_identity():
    identity = SiteIdentity.objects.create(
        name="Trung tâm Văn hóa – Thông tin – Thể thao huyện Tân Phú",
        short_name="TTVH-TT-TT Tân Phú",
        parent_unit="Ủy ban nhân dân huyện Tân Phú",
        tagline="Tin tức văn hóa, thông tin và thể thao của huyện",
        address="Số 12 đường Trần Hưng Đạo, thị trấn Tân Phú",
        phone="0251 3856 123",
        email="ttvhtt@tanphu.gov.vn",
        responsible_person="Nguyễn Văn An – Giám đốc",
    )
    PortalLink.objects.create(title="Cổng thông tin điện tử tỉnh", url="https://example.gov.vn/")
    PortalLink.objects.create(title="Báo điện tử Chính phủ", url="https://example.org/", position=1)
    return identity


def build_pages():
    return [
        StaticPage.objects.create(
            title="Giới thiệu",
            body="<p>Trung tâm là đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân huyện.</p>",
            title_en="About us",
            body_en="<p>The center is a public unit of the district People's Committee.</p>",
        ),
        StaticPage.objects.create(
            title="Chức năng nhiệm vụ",
            body="<p>Tổ chức các hoạt động văn hóa, thông tin, thể thao trên địa bàn.</p>",
            position=1,
        ),
        StaticPage.objects.create(
            title="Bản nháp giới thiệu cũ", body="<p>Chưa công khai.</p>", is_published=False
        ),
    ]


def build_site(n_articles=8, *, covers=True, hidden=True) -> PublicSite:
    """Identity, portals, pages, two top categories (one with a child) and articles."""
    build_identity()
    pages = build_pages()
    news = make_category("Tin tức – Sự kiện", position=0)
    culture = make_category("Văn hóa – Thể thao", position=1)
    sport = make_category("Thể thao", parent=culture, position=2)
    categories = [news, culture, sport]
    authors = [
        make_author("Trần Thị Bình", unit="Trung tâm VHTT&TT huyện"),
        make_author("Lê Văn Cường", unit="Đài Truyền thanh xã Phú Lộc"),
    ]
    now = timezone.now()
    published = []
    for i in range(n_articles):
        article = make_article(
            TITLES[i % len(TITLES)] + ("" if i < len(TITLES) else f" (phần {i})"),
            category=categories[i % 3],
            published_at=now - timedelta(hours=3 * i + 1),
            authors=[authors[i % 2]],
            tags=["văn hóa" if i % 2 else "thể thao", "Tân Phú"],
            body=BODY,
            sapo="Tóm tắt: " + TITLES[i % len(TITLES)].lower() + " diễn ra trong tuần qua.",
            featured=(i == 1),
            source="Báo Tân Phú" if i == 0 else "",
        )
        if covers and i < 8:
            attach_cover(article, cover_bytes(i))
            article.cover_alt = f"Ảnh minh họa: {article.title}"
            article.cover_caption = "Quang cảnh sự kiện. Ảnh: Trần Thị Bình"
            article.save()
        published.append(article)
    site = PublicSite(categories, authors, published, pages=pages)
    if hidden:
        site.hidden = build_hidden(news, authors[0])
    # Related lists are stored after commit; the test transaction never commits, so
    # compute them the way `recompute_related` does.
    call_command("recompute_related", verbosity=0)
    return site


def build_hidden(category, author):
    """One article in every state the public must never see, with tags and an author."""
    hidden = []
    states = [
        ("Bản nháp bí mật", Article.Status.DRAFT, None),
        ("Bài chờ duyệt bí mật", Article.Status.PENDING, None),
        ("Bài bị trả lại bí mật", Article.Status.RETURNED, None),
        ("Bài lưu trữ bí mật", Article.Status.ARCHIVED, timezone.now() - timedelta(days=2)),
        (
            "Bài hẹn giờ bí mật",
            Article.Status.PUBLISHED,
            timezone.now() + timedelta(days=1),
        ),
    ]
    for title, status, when in states:
        hidden.append(
            make_article(
                title,
                category=category,
                status=status,
                published_at=when,
                authors=[author],
                tags=["Tân Phú", "thể thao"],
                featured=True,
                sapo=f"{title}: không được lộ ra ngoài.",
            )
        )
    return hidden
