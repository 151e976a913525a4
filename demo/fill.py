"""Fill the benchmark database: the demo generator when it takes ``articles=N``, else a bulk filler.

The bulk filler writes realistic shapes, not realistic prose: 8 categories, 24 authors,
N articles (96% published over five years, 2% drafts, 2% scheduled), each with a sapo,
a body of about 3 KB of Vietnamese HTML, one or two authors and two tags. It uses
``bulk_create`` (no per-row save), then bumps the content version and runs
``VACUUM ANALYZE`` so the planner and index-only scans see the new rows.
"""

import random
from datetime import timedelta

from django.core.management import call_command, get_commands
from django.db import connection, transaction
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from articles.models import Article, Author, Category
from core.content_version import bump_content_version

BATCH = 2000
CATEGORIES = [
    "Thời sự",
    "Văn hóa",
    "Thể thao",
    "Du lịch",
    "Kinh tế",
    "Giáo dục",
    "Y tế",
    "Nông thôn mới",
]
TOPICS = [
    "Hội nghị tổng kết công tác văn hóa",
    "Đại hội thể dục thể thao",
    "Lễ hội truyền thống đình làng",
    "Xây dựng nông thôn mới kiểu mẫu",
    "Tuyên truyền phòng chống dịch bệnh",
    "Giải bóng đá thanh niên",
    "Khai giảng năm học mới",
    "Hội thi văn nghệ quần chúng",
    "Đảng bộ xã học tập nghị quyết",
    "Phát triển du lịch cộng đồng",
]
TAGS = ["hội nghị", "thể thao", "lễ hội", "nông thôn mới", "y tế", "giáo dục", "du lịch"]
PLACES = ["xã Tân Phú", "thị trấn", "xã Hòa Bình", "xã Đông Sơn", "xã Phú Lộc", "huyện"]
PARAGRAPH = (
    "<p>Sáng nay, tại hội trường Ủy ban nhân dân {place}, đông đảo cán bộ, hội viên và "
    "nhân dân đã tham dự {topic}. Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch nhấn mạnh "
    "vai trò của công tác thông tin, tuyên truyền trong việc xây dựng đời sống văn hóa ở "
    "khu dân cư, góp phần hoàn thành các chỉ tiêu phát triển kinh tế – xã hội năm nay.</p>"
)


def published_count() -> int:
    return Article.objects.published().count()


def fill(articles: int, stdout) -> None:
    """Bring the database to about ``articles`` published articles."""
    if published_count() >= articles * 0.95:
        stdout.write(f"Cơ sở dữ liệu đo đã có {published_count()} bài: dùng lại.")
    elif not _load_demo(articles, stdout):
        bulk_fill(articles - Article.objects.count(), stdout)
    bump_content_version()
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM ANALYZE {Article._meta.db_table}")


def _load_demo(articles: int, stdout) -> bool:
    if "load_demo" not in get_commands():
        return False
    try:
        call_command("load_demo", articles=articles, stdout=stdout)
    except TypeError:  # a load_demo without --articles: use the bulk filler
        return False
    return True


def bulk_fill(missing: int, stdout) -> None:
    rng = random.Random(2026)  # the same database on every machine
    categories = [Category.objects.get_or_create(name=name)[0] for name in CATEGORIES]
    authors = [
        Author.objects.get_or_create(
            slug=f"phong-vien-{i}",
            defaults={"name": f"Phóng viên {i}", "unit": "Trung tâm VHTT&TT huyện"},
        )[0]
        for i in range(1, 25)
    ]
    tags = [Tag.objects.get_or_create(name=name)[0] for name in TAGS]
    now = timezone.now()
    start = Article.objects.count()
    for offset in range(0, missing, BATCH):
        rows = [
            _article(start + offset + i, rng, categories, now)
            for i in range(min(BATCH, missing - offset))
        ]
        with transaction.atomic():
            created = Article.objects.bulk_create(rows)
            _link(created, rng, authors, tags)
        stdout.write(f"  {start + offset + len(rows)} bài")


def _article(n, rng, categories, now):
    topic, place = rng.choice(TOPICS), rng.choice(PLACES)
    roll = rng.random()
    if roll < 0.02:
        status, published_at = Article.Status.DRAFT, None
    elif roll < 0.04:
        status = Article.Status.PUBLISHED
        published_at = now + timedelta(hours=rng.randint(1, 24 * 30))
    else:
        status = Article.Status.PUBLISHED
        published_at = now - timedelta(seconds=rng.randint(60, 5 * 365 * 86400))
    body = "".join(PARAGRAPH.format(place=place, topic=topic.lower()) for _ in range(6))
    return Article(
        title=f"{topic} {place} lần thứ {n}",
        slug=f"bai-do-{n}",
        sapo=f"{topic} {place} diễn ra trong không khí phấn khởi, thu hút đông đảo nhân dân.",
        body=body,
        category=rng.choice(categories),
        status=status,
        published_at=published_at,
        featured=rng.random() < 0.01,
        source="Trung tâm VHTT&TT huyện",
    )


def _link(created, rng, authors, tags):
    through = Article.authors.through
    through.objects.bulk_create(
        through(article_id=article.pk, author_id=author.pk)
        for article in created
        for author in rng.sample(authors, rng.choice((1, 1, 2)))
    )
    TaggedItem.objects.bulk_create(
        TaggedItem(content_object=article, tag=tag)
        for article in created
        for tag in rng.sample(tags, 2)
    )
