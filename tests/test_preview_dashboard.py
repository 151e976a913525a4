"""Preview of unpublished articles, and the editorial dashboard on the admin start page."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import locks, workflow
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def _preview(article):
    return reverse("articles:preview", kwargs={"pk": article.pk})


@pytest.mark.parametrize(
    "who, visible",
    [("owner", True), ("editor", True), ("other", False), ("anonymous", False)],
)
def test_preview_only_for_editors_and_the_own_reporter(
    client, reporter, other_reporter, editor, who, visible
):
    article = make_article(
        "Bản nháp chưa đăng",
        status="pending",
        created_by=reporter,
        authors=[make_author("Nguyễn Lan")],
        body="<p>Nội dung xem trước.</p>",
    )
    people = {"owner": reporter, "editor": editor, "other": other_reporter}
    if who in people:
        client.force_login(people[who])
    response = client.get(_preview(article))
    if not visible:
        assert response.status_code == 404
        return
    assert response.status_code == 200
    text = response.content.decode()
    assert "Bản nháp chưa đăng" in text and "Nội dung xem trước." in text
    assert "Nguyễn Lan" in text
    assert '<meta name="robots" content="noindex' in text
    assert response["X-Robots-Tag"].startswith("noindex")
    cache = response["Cache-Control"]
    assert "no-cache" in cache and "no-store" in cache
    assert [t.name for t in response.templates][0] == "articles/detail.html"


def test_preview_of_unknown_article_is_404(client, editor):
    client.force_login(editor)
    assert client.get("/xem-truoc/999999/").status_code == 404


def test_public_page_has_no_noindex(client):
    article = make_article("Tin công khai")
    text = client.get(article.get_absolute_url()).content.decode()
    assert 'name="robots"' not in text


def test_change_form_links_to_preview_and_shows_only_allowed_buttons(client, reporter, editor):
    article = make_article("Nháp", status="draft", created_by=reporter)
    client.force_login(reporter)
    page = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    text = page.content.decode()
    assert _preview(article) in text
    assert 'value="submit"' in text and 'value="publish"' not in text
    locks.release(article.pk, reporter)  # the reporter leaves the form
    client.force_login(editor)
    text = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert 'value="publish"' in text and 'value="schedule"' in text


def test_reporter_dashboard_shows_own_drafts_and_the_editors_note(
    client, reporter, other_reporter, editor
):
    make_article("Nháp của tôi", status="draft", created_by=reporter)
    returned = make_article("Bài bị trả", status="pending", created_by=reporter)
    workflow.apply(returned, "return", editor, note="Thiếu nguồn tin.")
    make_article("Nháp của người khác", status="draft", created_by=other_reporter)
    client.force_login(reporter)
    text = client.get(reverse("admin:index")).content.decode()
    assert "Nháp của tôi" in text
    assert "Bài bị trả" in text and "Thiếu nguồn tin." in text
    assert "Nháp của người khác" not in text


def test_editor_dashboard_lists_queue_scheduled_and_recent(client, reporter, editor):
    make_article("Chờ duyệt một", status="pending", created_by=reporter)
    make_article("Hẹn giờ một", published_at=timezone.now() + timedelta(days=1))
    make_article("Đã đăng một")
    client.force_login(editor)
    response = client.get(reverse("admin:index"))
    text = response.content.decode()
    for title in ("Chờ duyệt một", "Hẹn giờ một", "Đã đăng một"):
        assert title in text
    assert "Chờ duyệt: <strong>1</strong>" in text
    assert "Hẹn giờ: <strong>1</strong>" in text


@pytest.mark.parametrize("who", ["reporter", "editor"])
def test_dashboard_queries_do_not_grow_with_content(client, request, who):
    user = request.getfixturevalue(who)
    client.force_login(user)

    def add(n):
        for i in range(n):
            for status in ("draft", "pending", "returned", "published"):
                make_article(f"{status} {i}", status=status, created_by=user)

    add(1)
    client.get(reverse("admin:index"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("admin:index"))
    add(8)
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("admin:index"))
    assert len(many) == len(few)
