"""A small Vietnamese corpus with known answers, shared by the search and related tests."""

from datetime import timedelta

from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_category

DAY = timedelta(days=1)


def build_corpus():
    """Create the corpus; return its articles by short name and its categories."""
    now = timezone.now()
    politics = make_category("Chính trị")
    culture = make_category("Văn hóa")
    sport = make_category("Thể thao")
    a = {}
    a["conference"] = make_article(
        "Hội nghị tổng kết công tác Đảng năm 2025",
        category=politics,
        published_at=now - 2 * DAY,
        sapo="Sáng 20/12, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng.",
        body="<p>Đồng chí Bí thư Huyện ủy chủ trì <strong>hội nghị</strong>.</p>"
        "<p>Các đại biểu thảo luận phương hướng năm 2026.</p>",
        tags=["xây dựng Đảng"],
    )
    a["training"] = make_article(
        "Tập huấn nghiệp vụ văn hóa cơ sở",
        category=culture,
        published_at=now - 3 * DAY,
        sapo="Cán bộ văn hóa các xã được bồi dưỡng kỹ năng tuyên truyền.",
        body="<p>Khai mạc hội nghị tập huấn, lãnh đạo Trung tâm phát biểu.</p>",
    )
    a["festival"] = make_article(
        "Lễ hội đua thuyền truyền thống trên sông Trà Khúc",
        category=culture,
        published_at=now - 4 * DAY,
        sapo="Người dân nô nức tham gia lễ hội đầu xuân.",
        body="<p>Hội đua thuyền năm nay có mười hai đội.</p>"
        "<p>Theo đề nghị của các xã, giải sẽ tổ chức hằng năm.</p>",
        tags=["lễ hội", "đua thuyền"],
    )
    a["football"] = make_article(
        "Giải bóng đá thanh niên huyện khai mạc",
        category=sport,
        published_at=now - 5 * DAY,
        sapo="Mười đội bóng tranh tài tại sân vận động huyện.",
        body="<p>Đại hội thể dục thể thao cấp xã đã chọn các cầu thủ.</p>"
        "<p>Ban tổ chức ghi nhận nhiều kiến nghị của người hâm mộ.</p>",
    )
    a["review"] = make_article(
        "Tổng kết công tác văn hóa năm 2025",
        category=culture,
        published_at=now - 6 * DAY,
        sapo="Trung tâm đánh giá kết quả các hoạt động trong năm.",
        body="<p>Nhiều phong trào được duy trì.</p>",
    )
    a["scattered"] = make_article(
        "Công tác phòng chống lụt bão",
        category=politics,
        published_at=now - 7 * DAY,
        sapo="Huyện tổng hợp kết quả khắc phục hậu quả mưa lũ.",
        body="<p>Công tác cứu hộ đã kết thúc, ban chỉ huy tổng hợp số liệu.</p>",
    )
    a["draft"] = make_article(
        "Hội nghị chưa xuất bản",
        category=politics,
        status=Article.Status.DRAFT,
        sapo="Bản nháp về hội nghị.",
        tags=["xây dựng Đảng", "lễ hội"],
    )
    a["scheduled"] = make_article(
        "Hội nghị sắp diễn ra",
        category=politics,
        published_at=now + 2 * DAY,
        sapo="Bài hẹn giờ về hội nghị.",
    )
    a["archived"] = make_article(
        "Hội nghị đã lưu trữ",
        category=politics,
        status=Article.Status.ARCHIVED,
        published_at=now - 30 * DAY,
    )
    return a, {"politics": politics, "culture": culture, "sport": sport}
