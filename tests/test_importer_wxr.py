"""Importing a WordPress export (WXR): what an administrator relies on after `import_site`."""

from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Author, Category
from core.sorting import sort_key
from importer.models import SourceRecord
from importer.runner import run_import
from pages.models import StaticPage
from tests.factories import make_user
from tests.importer_files import HOA_SON, uploads_zip, wxr, wxr_item

pytestmark = pytest.mark.django_db


def _article(title_start):
    return Article.objects.get(title__startswith=title_start)


@pytest.fixture
def imported(tmp_path):
    return run_import([HOA_SON], images=uploads_zip(tmp_path))


def test_posts_become_articles_with_their_original_date_category_tags_and_author(imported):
    article = _article("Sôi nổi Lễ hội đua thuyền")
    assert article.published_at == datetime(2019, 5, 3, 1, 30, tzinfo=UTC)
    assert article.is_public
    assert article.slug == "le-hoi-dua-thuyen-xa-hoa-binh"
    assert sorted(article.tags.names()) == ["Hòa Sơn", "Đua thuyền"]
    assert [a.name for a in article.authors.all()] == ["Phạm Thị Lan"]
    assert article.sapo.startswith("Lễ hội đua thuyền truyền thống xã Hòa Bình")


def test_imported_names_take_their_place_in_vietnamese_order(imported):
    assert Tag.objects.count() and not Tag.objects.filter(sort_key__isnull=True).exists()
    assert all(a.sort_key == sort_key(a.name, person=True) for a in Author.objects.all())
    assert all(c.sort_key == sort_key(c.name) for c in Category.objects.all())


def test_category_hierarchy_is_kept_in_two_levels(imported):
    culture = Category.objects.get(slug="van-hoa")
    festivals = Category.objects.get(slug="le-hoi")
    boat_races = Category.objects.get(slug="le-hoi-dua-thuyen")
    assert culture.parent is None
    assert festivals.parent == culture
    assert boat_races.parent == culture  # a third level hangs under its top ancestor
    assert _article("Sôi nổi").category == boat_races
    assert any("cấp 3" in w for w in imported.warnings)


def test_date_without_gmt_is_read_in_the_site_zone(imported):
    football = Article.objects.get(slug="giai-bong-da-thanh-nien")
    assert football.published_at == timezone.make_aware(datetime(2020, 3, 10, 16, 45))
    assert football.published_at == datetime(2020, 3, 10, 9, 45, tzinfo=UTC)


def test_statuses_map_and_private_or_password_posts_are_never_public(imported):
    assert _article("Biên bản họp nội bộ").status == Article.Status.DRAFT
    assert _article("Danh sách cán bộ").status == Article.Status.DRAFT
    assert "mật khẩu" in _article("Danh sách cán bộ").review_note
    assert _article("Bản nháp kế hoạch Tết").status == Article.Status.DRAFT
    assert _article("Bài chờ duyệt").status == Article.Status.PENDING
    scheduled = _article("Hội trại thanh niên")
    assert scheduled.status == Article.Status.PUBLISHED and not scheduled.is_public
    public = set(Article.objects.published().values_list("title", flat=True))
    assert public == {
        "Sôi nổi Lễ hội đua thuyền truyền thống xã Hòa Bình năm 2019",
        "Giải bóng đá thanh niên huyện Hòa Sơn khai mạc",
    }


def test_body_is_cleaned_block_comments_shortcodes_and_scripts_gone(imported):
    body = _article("Sôi nổi").body
    assert "wp:paragraph" not in body and "[caption" not in body and "[gallery" not in body
    assert "<script" not in body and "onclick" not in body and "alert" not in body
    assert "<figcaption>Các đội thuyền tranh tài trên sông Hòa</figcaption>" in body
    assert '<oembed url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">' in body
    assert "<p>Giải nhất thuộc về đội thuyền thôn Đông, giải nhì thuộc về đội thôn Bắc.<br>" in body


def test_blank_line_paragraphs_become_p_and_first_paragraph_is_the_sapo(imported):
    football = Article.objects.get(slug="giai-bong-da-thanh-nien")
    assert football.body.startswith("<p>Chiều 10/3, tại sân vận động huyện")
    assert "<p>Giải diễn ra đến hết tháng 3.</p>" in football.body
    assert football.sapo.startswith("Chiều 10/3, tại sân vận động huyện")


def test_pages_become_static_pages(imported):
    page = StaticPage.objects.get(slug="gioi-thieu")
    assert page.title == "Giới thiệu Trung tâm" and page.is_published
    assert page.body.startswith("<p>Trung tâm Văn hóa – Thông tin và Thể thao")


def test_bad_items_are_skipped_with_a_reason_and_nothing_partial(imported):
    reasons = " | ".join(f"{w}: {r}" for w, r in imported.skipped)
    assert "không có tiêu đề" in reasons
    assert "không có ngày đăng" in reasons
    assert "thùng rác" in reasons
    assert any("nav_menu_item" in w for w in imported.warnings)
    assert not Article.objects.filter(title__in=["", "Bài không có ngày", "Bài đã xoá"]).exists()


def test_duplicate_slug_gets_a_suffix_and_a_warning(imported):
    later = Article.objects.get(published_at__year=2021, title__startswith="Giải bóng đá")
    assert later.slug == "giai-bong-da-thanh-nien-2"
    assert any("giai-bong-da-thanh-nien-2" in w for w in imported.warnings)


def test_rerun_creates_nothing_twice_and_keeps_an_editors_change(tmp_path, imported):
    counts = (Article.objects.count(), Category.objects.count(), Author.objects.count())
    football = Article.objects.get(slug="giai-bong-da-thanh-nien")
    Article.objects.filter(pk=football.pk).update(title="Sửa bởi biên tập viên")
    again = run_import([HOA_SON], images=uploads_zip(tmp_path))
    assert (Article.objects.count(), Category.objects.count(), Author.objects.count()) == counts
    assert again.counts[("article", "unchanged")] == imported.counts[("article", "created")]
    assert again.counts[("article", "created")] == 0
    assert Article.objects.get(pk=football.pk).title == "Sửa bởi biên tập viên"


def test_changed_source_item_updates_the_same_article(tmp_path, imported):
    changed = HOA_SON.read_text().replace("lần thứ V", "lần thứ VI")
    path = tmp_path / "export.xml"
    path.write_text(changed)
    report = run_import([path], images=uploads_zip(tmp_path))
    assert report.counts[("article", "updated")] == 1
    assert "lần thứ VI" in Article.objects.get(slug="giai-bong-da-thanh-nien").body


def test_dry_run_writes_nothing_and_says_what_would_happen(tmp_path):
    report = run_import([HOA_SON], images=uploads_zip(tmp_path), dry_run=True)
    assert report.counts[("article", "created")] == 8
    assert not Article.objects.exists() and not SourceRecord.objects.exists()
    assert "Chạy thử" in report.render()


def test_command_prints_the_vietnamese_report(tmp_path, capsys):
    call_command("import_site", str(HOA_SON), "--images", str(uploads_zip(tmp_path)))
    out = capsys.readouterr().out
    assert "Kết quả nhập:" in out
    assert "bài viết: 8 tạo mới" in out
    assert "Mục bị bỏ qua" in out and "không có tiêu đề" in out


def test_an_interrupted_run_is_resumed_by_running_it_again(tmp_path):
    first_half = tmp_path / "dang-do.xml"
    first_half.write_text(wxr([wxr_item(n) for n in range(1, 4)]))
    run_import([first_half])  # the run that was cut off after three items
    whole = tmp_path / "day-du.xml"
    whole.write_text(wxr([wxr_item(n) for n in range(1, 7)]))
    report = run_import([whole])
    assert report.counts[("article", "created")] == 3
    assert report.counts[("article", "unchanged")] == 3
    assert Article.objects.count() == 6


def test_an_author_with_an_account_keeps_their_byline(imported_user):
    run_import([HOA_SON])
    article = _article("Sôi nổi")
    assert list(article.authors.all()) == [imported_user.author_profile]
    assert Author.objects.filter(name="Phạm Thị Lan").count() == 0


@pytest.fixture
def imported_user(db):
    user = make_user("lan", email="Lan.PV@hoason.gov.vn")
    Author.objects.create(name="Lan Phạm", user=user)
    return user
