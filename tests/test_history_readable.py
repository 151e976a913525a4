"""History people can read: Vietnamese labels, local times, any two versions compared word
by word (pictures by alt and caption), restoring into the form without going live."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from articles import workflow
from articles.models import Article
from tests.admin_helpers import article_form_data, change_url
from tests.factories import make_article

pytestmark = pytest.mark.django_db
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
IMG = '<figure class="image"><img src="/media/a.jpg" alt="Đội múa lân"><figcaption>Múa lân mừng hội</figcaption></figure>'  # noqa: E501


def _save(client, article, **changes):
    current = Article.objects.get(pk=article.pk)
    response = client.post(
        change_url(current), article_form_data(current, editor_fields=True, **changes)
    )
    assert response.status_code == 302


def _three_versions(editor_client, editor):
    with time_machine.travel(datetime(2026, 3, 2, 8, 5, tzinfo=HANOI), tick=False):
        article = make_article(
            "Hội làng", status="draft", body="<p>Sáng nay hội làng khai mạc.</p>"
        )
    with time_machine.travel(datetime(2026, 3, 2, 9, 10, tzinfo=HANOI), tick=False):
        _save(editor_client, article, body=f"<p>Sáng nay hội làng khai mạc trọng thể.</p>{IMG}")
    with time_machine.travel(datetime(2026, 3, 2, 10, 15, tzinfo=HANOI), tick=False):
        workflow.apply(Article.objects.get(pk=article.pk), "publish", editor)
    return article


def test_history_lists_versions_in_vietnamese_and_local_time(editor_client, editor):
    article = _three_versions(editor_client, editor)
    text = editor_client.get(
        reverse("admin:articles_article_history", args=[article.pk])
    ).content.decode()
    assert "Thứ Hai, 02/03/2026 10:15" in text  # local time, not UTC (03:15)
    assert "Bản nháp" in text and "Đã xuất bản" in text
    assert "pending" not in text and "None" not in text and "&lt;p&gt;" not in text
    assert "Nội dung" in text  # which fields changed, by their names


def test_any_two_versions_compare_word_by_word_with_pictures_by_alt(editor_client, editor):
    article = _three_versions(editor_client, editor)
    first, _second, last = article.history.order_by("history_date")
    url = reverse("admin:articles_article_history_compare", args=[article.pk])
    text = editor_client.get(url, {"a": first.history_id, "b": last.history_id}).content.decode()
    assert "<del>mạc.</del>" in text  # "khai mạc." became "khai mạc trọng thể."
    assert "<ins>mạc trọng thể.<br>[Ảnh: Đội múa lân] [Chú thích: Múa lân mừng hội]</ins>" in text
    assert "Bản nháp" in text and "Đã xuất bản" in text  # the status, as a word
    assert "src=" not in text.split("history-diff", 1)[1]  # text, never HTML source
    bad = editor_client.get(url, {"a": "x", "b": last.history_id})
    assert bad.status_code == 404


def test_restoring_fills_the_form_and_never_goes_live_by_itself(editor_client, editor):
    article = _three_versions(editor_client, editor)
    published_at = Article.objects.get(pk=article.pk).published_at
    first = article.history.earliest("history_date")
    url = reverse("admin:articles_article_history_restore", args=[article.pk, first.history_id])
    response = editor_client.post(url)
    assert response.status_code == 302
    stored = Article.objects.get(pk=article.pk)
    assert "trọng thể" in stored.body  # the live page is unchanged until Lưu
    page = editor_client.get(response.url)
    form = page.context["adminform"].form
    assert "trọng thể" not in form["body"].value()
    assert form["published_at"].value()[0] == "02/03/2026"  # the article's own date
    assert stored.published_at == published_at and stored.status == "published"
    text = page.content.decode()
    assert "Xuất bản phiên bản khôi phục" in text  # going live says so
    assert 'name="_continue"' not in text.split("restore-live", 1)[1].split("</div>", 1)[0]
