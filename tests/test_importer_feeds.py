"""RSS 2.0 and Atom archives: items become articles with their dates, categories, authors."""

from datetime import UTC, datetime

import pytest

from articles.models import Article
from importer.runner import run_import
from tests.images import jpeg
from tests.importer_files import FIXTURES, zip_bytes

pytestmark = pytest.mark.django_db
RSS = FIXTURES / "cong-thong-tin-rss.xml"
ATOM = FIXTURES / "cong-thong-tin-atom.xml"


def test_rss_items_become_published_articles_with_date_category_author(tmp_path):
    archive = tmp_path / "anh.zip"
    archive.write_bytes(zip_bytes({"uploads/2022/04/khai-mac.jpg": jpeg((900, 600))}))
    report = run_import([RSS], images=archive)
    assert report.ok and report.counts[("article", "created")] == 2
    opening = Article.objects.get(title__startswith="Khai mạc Tuần lễ")
    assert opening.published_at == datetime(2022, 4, 16, 12, 30, tzinfo=UTC)
    assert opening.is_public and opening.category.name == "Văn hóa"
    assert opening.byline == "Trần Minh"
    assert opening.cover_image.name.startswith("editor/")
    contest = Article.objects.get(title__startswith="Hội thi gói bánh chưng")
    assert contest.body == "<p>Sáng 24/1, xã Hòa Lạc tổ chức hội thi gói bánh chưng.</p>"
    assert contest.sapo == "Sáng 24/1, xã Hòa Lạc tổ chức hội thi gói bánh chưng."
    assert contest.byline == "Lê Thu" and contest.category == opening.category


def test_atom_entries_import_with_published_or_updated_date(client):
    report = run_import([ATOM])
    assert report.ok
    race = Article.objects.get(title__startswith="Giải việt dã")
    assert race.published_at == datetime(2022, 4, 30, 23, 30, tzinfo=UTC)
    assert race.sapo == "Hơn 300 vận động viên tham gia giải việt dã."
    assert race.byline == "Võ Hải" and race.category.slug == "the-thao"
    closing = Article.objects.get(title__startswith="Bế mạc")
    assert closing.published_at == datetime(2022, 6, 10, 17, 0, tzinfo=UTC)
    assert "<strong>bế mạc</strong>" in closing.body
    assert client.get("/the-thao/giai-viet-da-2022.html").status_code == 301


def test_an_archive_split_over_many_files_imports_in_one_run_without_duplicates(tmp_path):
    page2 = tmp_path / "trang-2.xml"
    page2.write_text(RSS.read_text())  # archives overlap: the same items on two pages
    report = run_import([RSS, page2, ATOM])
    assert Article.objects.count() == 4
    assert report.counts[("article", "unchanged")] == 2
