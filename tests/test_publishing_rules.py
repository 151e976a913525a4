"""Publishing in one place: backdating, now, scheduling; bulk publish with the same checks
and a confirmation; scheduled articles readable in the list; reporters withdraw."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.admin_helpers import article_form_data, change_url, local_parts
from tests.factories import make_article, make_author, make_category

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
ARCHIVE_DATE = datetime(2020, 12, 31, 15, 30, tzinfo=HANOI)
CHANGELIST = reverse("admin:articles_article_changelist")


def _publish_with(client, article, when):
    data = article_form_data(article, editor_fields=True, _workflow="publish")
    data["published_at_0"], data["published_at_1"] = local_parts(when) if when else ("", "")
    return client.post(change_url(article), data)


def test_publishing_with_a_past_date_keeps_it_everywhere_the_public_looks(editor_client, client):
    category = make_category("Văn hóa")
    for n in range(7):  # this week's news fills "Tin mới nhất"
        make_article(f"Tin tuần này {n}", category=category)
    archive = make_article(
        "Hội thi văn nghệ cuối năm 2020", status="draft", category=category, authors=[make_author()]
    )
    assert _publish_with(editor_client, archive, ARCHIVE_DATE).status_code == 302
    stored = Article.objects.get(pk=archive.pk)
    assert stored.is_public and stored.published_at == ARCHIVE_DATE

    client.logout()
    page = client.get(stored.get_absolute_url()).content.decode()
    assert "31/12/2020 15:30" in page
    home = client.get("/").content.decode()
    assert "Hội thi văn nghệ cuối năm 2020" not in home  # not pushed to the top
    rss = client.get(reverse("articles:feed")).content.decode()
    assert "Thu, 31 Dec 2020 08:30:00 +0000" in rss or "Thu, 31 Dec 2020 15:30:00 +0700" in rss
    found = client.get(reverse("search:search"), {"q": "hội thi văn nghệ"}).content.decode()
    assert "Hội thi văn nghệ cuối năm 2020" in found and "31/12/2020" in found
    sitemap = client.get("/sitemap-bai-viet.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations[-1].endswith(stored.get_absolute_url())  # in date order: the oldest


def test_publishing_with_no_date_uses_now_and_a_future_date_schedules(editor_client):
    now_one = make_article("Tin đăng ngay", status="draft")
    before = timezone.now()
    _publish_with(editor_client, now_one, None)
    assert Article.objects.get(pk=now_one.pk).published_at >= before.replace(microsecond=0)

    later = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    scheduled = make_article("Tin hẹn giờ", status="draft")
    _publish_with(editor_client, scheduled, later)
    stored = Article.objects.get(pk=scheduled.pk)
    assert stored.published_at == later and not stored.is_public

    label = f"Hẹn giờ {timezone.localtime(later):%H:%M %d/%m}"
    assert label in editor_client.get(CHANGELIST).content.decode()
    assert label in editor_client.get(reverse("admin:index")).content.decode()  # dashboard
    filtered = editor_client.get(CHANGELIST, {"tinh_trang": "scheduled"}).content.decode()
    assert "Tin hẹn giờ" in filtered and "Tin đăng ngay" not in filtered


def test_the_publish_button_refuses_an_article_without_sapo(editor_client):
    article = make_article("Tin thiếu sapo", status="draft", sapo="")
    response = _publish_with(editor_client, article, None)
    assert response.status_code == 200
    assert "Bài chưa có sapo (tóm tắt)." in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == "draft"


def test_bulk_publish_asks_first_and_applies_the_buttons_checks(editor_client):
    ready = make_article("Tin đủ điều kiện", status="pending")
    no_sapo = make_article("Nháp chưa gửi, chưa có sapo", status="draft", sapo="")
    selection = {"action": "workflow_publish", "_selected_action": [ready.pk, no_sapo.pk]}

    confirm = editor_client.post(CHANGELIST, selection)
    assert confirm.status_code == 200
    text = confirm.content.decode()
    assert "Xác nhận xuất bản" in text and "Bài chưa có sapo (tóm tắt)." in text
    assert "Xuất bản ngay bây giờ" in text
    assert Article.objects.get(pk=ready.pk).status == "pending"  # nothing happened yet

    editor_client.post(CHANGELIST, {**selection, "confirm": "yes"})
    assert Article.objects.get(pk=ready.pk).is_public
    assert Article.objects.get(pk=no_sapo.pk).status == "draft"


def test_a_reporter_withdraws_a_submitted_article_and_edits_it_again(client, reporter):
    article = make_article("Tin đã gửi", status="pending", created_by=reporter)
    client.force_login(reporter)
    page = client.get(change_url(article)).content.decode()
    assert "Rút lại (về bản nháp)" in page
    response = client.post(reverse("admin:articles_article_withdraw", args=[article.pk]))
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).status == "draft"
    assert client.get(change_url(article)).context["has_change_permission"]


def test_a_reporter_cannot_withdraw_a_colleagues_article(client, reporter, other_reporter):
    article = make_article("Tin của Hùng", status="pending", created_by=other_reporter)
    client.force_login(reporter)
    client.post(reverse("admin:articles_article_withdraw", args=[article.pk]))
    assert Article.objects.get(pk=article.pk).status == "pending"
