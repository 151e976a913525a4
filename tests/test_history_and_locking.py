"""No lost edits (optimistic locking), every version kept and restorable, scheduling on time."""

import threading
import time
from datetime import timedelta

import pytest
import time_machine
from django.db import connection, connections, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.roles import Role, assign_role
from articles import workflow
from articles.models import Article
from tests.admin_helpers import article_form_data, change_url, local_parts
from tests.factories import make_article, make_author, make_user

pytestmark = pytest.mark.django_db


def _open(client, article):
    """GET the change form as a browser would; return the version it carries."""
    page = client.get(change_url(article))
    assert page.status_code == 200
    return page.context["adminform"].form["expected_version"].value()


def test_second_save_is_refused_naming_who_saved_and_keeping_the_text(client, editor):
    article = make_article("Lễ hội đình làng", status="draft", authors=[make_author()])
    colleague = make_user("bientap2", first_name="Thu")
    assign_role(colleague, Role.EDITOR)
    first_client = Client()
    first_client.force_login(colleague)
    client.force_login(editor)
    # Both open the form at the same version (B reads while A holds the lock).
    version_a = _open(first_client, article)
    version_b = _open(client, article)
    assert version_a == version_b

    saved = first_client.post(
        change_url(article),
        article_form_data(
            article, editor_fields=True, title="Bản của A", expected_version=version_a
        ),
    )
    assert saved.status_code == 302

    refused = client.post(
        change_url(article),
        article_form_data(
            article,
            editor_fields=True,
            title="Bản của B",
            body="<p>Đoạn B viết.</p>",
            expected_version=version_b,
        ),
    )
    assert refused.status_code == 200
    text = refused.content.decode()
    assert "vừa được Thu lưu lúc" in text
    assert "Bản của B" in text and "Đoạn B viết." in text  # B's work is still in the form
    stored = Article.objects.get(pk=article.pk)
    assert stored.title == "Bản của A"
    assert stored.version == version_a + 1

    # Both changed the title: a plain second "Lưu" is refused until B chooses.
    form = refused.context["adminform"].form
    assert [c.name for c in form.conflicts if not c.default] == ["title"]
    retry = article_form_data(
        stored,
        editor_fields=True,
        title="Bản gộp A và B",
        expected_version=version_b,
        _conflict_version=form.conflict_version,
    )
    again = client.post(change_url(article), retry)
    assert again.status_code == 200
    assert "Hãy chọn giữ bản nào cho: Tiêu đề" in again.content.decode()
    assert Article.objects.get(pk=article.pk).title == "Bản của A"
    chosen = client.post(change_url(article), {**retry, "_merge_title": "yours"})
    assert chosen.status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Bản gộp A và B"


def test_a_save_without_the_version_is_refused(client, editor):
    article = make_article("Bài có phiên bản", status="draft")
    client.force_login(editor)
    data = article_form_data(article, editor_fields=True, title="Không phiên bản")
    del data["expected_version"]
    assert client.post(change_url(article), data).status_code == 200
    assert Article.objects.get(pk=article.pk).title == "Bài có phiên bản"


def test_workflow_action_bumps_version_so_a_stale_form_is_refused(client, editor, reporter):
    article = make_article("Tin gửi duyệt", status="draft", created_by=reporter)
    client.force_login(reporter)
    stale = _open(client, article)
    workflow.apply(article, "submit", editor)
    client.force_login(editor)
    data = article_form_data(
        article, editor_fields=True, title="Sửa trên bản cũ", expected_version=stale
    )
    assert client.post(change_url(article), data).status_code == 200
    assert Article.objects.get(pk=article.pk).title == "Tin gửi duyệt"


def test_history_shows_who_changed_what_and_restores_content(client, editor):
    article = make_article("Tiêu đề ban đầu", status="draft", sapo="Sapo đầu tiên.")
    client.force_login(editor)
    for title in ("Tiêu đề thứ hai", "Tiêu đề thứ ba"):
        current = Article.objects.get(pk=article.pk)
        response = client.post(
            change_url(current),
            article_form_data(current, editor_fields=True, title=title, sapo=f"Sapo của {title}."),
        )
        assert response.status_code == 302
    workflow.apply(Article.objects.get(pk=article.pk), "publish", editor)

    history = client.get(reverse("admin:articles_article_history", args=[article.pk]))
    assert history.status_code == 200
    text = history.content.decode()
    assert "Tiêu đề thứ hai" in text and "Tiêu đề thứ ba" in text  # the changes column
    assert "bientap" in text or "Minh" in text  # who
    assert "Lịch sử thay đổi" in text  # in Vietnamese
    assert "Bản nháp" in text and "Đã xuất bản" in text  # status of each version

    first = article.history.earliest("history_date")
    assert first.title == "Tiêu đề ban đầu"
    revert_url = reverse(
        "admin:articles_article_simple_history", args=[article.pk, first.history_id]
    )
    assert client.get(revert_url).status_code == 200
    # The library's revert button fills the change form; nothing is saved yet.
    restored = client.post(revert_url, {})
    assert restored.status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Tiêu đề thứ ba"
    form_page = client.get(restored.url)
    form = form_page.context["adminform"].form
    assert form["title"].value() == "Tiêu đề ban đầu"
    version = form["expected_version"].value()
    data = article_form_data(first.instance, editor_fields=True, expected_version=version)
    published_at = Article.objects.get(pk=article.pk).published_at
    data["published_at_0"], data["published_at_1"] = local_parts(published_at)
    assert client.post(change_url(article), data).status_code == 302
    now = Article.objects.get(pk=article.pk)
    assert (now.title, now.sapo) == ("Tiêu đề ban đầu", "Sapo đầu tiên.")
    assert now.status == "published"  # restoring content never moves the workflow
    assert now.published_at == published_at  # nor re-dates the article
    assert now.history.latest("history_date").history_user == editor
    assert now.history.count() == 5  # created, 2 edits, publish, restore


def test_reporters_cannot_open_others_history(client, reporter, other_reporter):
    article = make_article("Bài của người khác", status="draft", created_by=other_reporter)
    client.force_login(reporter)
    assert (
        client.get(reverse("admin:articles_article_history", args=[article.pk])).status_code == 404
    )
    first = article.history.earliest("history_date")
    url = reverse("admin:articles_article_simple_history", args=[article.pk, first.history_id])
    assert client.get(url).status_code == 404


def test_scheduled_article_appears_on_the_home_page_at_its_time(client, editor):
    article = make_article("Khai mạc hội chợ xuân", status="draft")
    start = timezone.now().replace(second=0, microsecond=0)
    when = start + timedelta(hours=2)
    with time_machine.travel(start, tick=False) as clock:
        client.force_login(editor)
        data = article_form_data(article, editor_fields=True, _workflow="schedule")
        data["published_at_0"], data["published_at_1"] = local_parts(when)
        assert client.post(change_url(article), data).status_code == 302
        client.logout()
        assert "Khai mạc hội chợ xuân" not in client.get("/").content.decode()
        detail = Article.objects.get(pk=article.pk).get_absolute_url()
        assert client.get(detail).status_code == 404

        clock.move_to(when - timedelta(minutes=1))
        assert "Khai mạc hội chợ xuân" not in client.get("/").content.decode()

        clock.move_to(when + timedelta(minutes=1))
        assert "Khai mạc hội chợ xuân" in client.get("/").content.decode()
        assert client.get(detail).status_code == 200


def test_reporter_cannot_restore_once_the_article_left_their_desk(client, reporter, editor):
    article = make_article("Bản đầu", status="draft", created_by=reporter)
    article.title = "Bản sau"
    article.save()
    workflow.apply(article, "submit", reporter)
    first = article.history.earliest("history_date")
    client.force_login(reporter)
    url = reverse("admin:articles_article_simple_history", args=[article.pk, first.history_id])
    page = client.get(url)
    assert page.status_code == 200
    assert page.context["revert_disabled"] is True
    data = article_form_data(
        first.instance, expected_version=Article.objects.get(pk=article.pk).version
    )
    assert client.post(url, data).status_code == 403
    stored = Article.objects.get(pk=article.pk)
    assert (stored.title, stored.status) == ("Bản sau", "pending")


@pytest.mark.django_db(transaction=True)
def test_simultaneous_saves_wait_on_the_row_lock_and_the_later_one_is_refused(editor):
    """Two saves truly at once: the second waits for the first and is then refused."""
    article = make_article("Bài gốc", status="draft")
    first_holds_row, release_first = threading.Event(), threading.Event()
    results = {}

    def first_save():  # what a save does inside its transaction, held open
        with transaction.atomic():
            row = Article.objects.select_for_update().get(pk=article.pk)
            row.title = "Bản lưu trước"
            row.version += 1
            row.updated_by = editor
            row.save()
            first_holds_row.set()
            release_first.wait(60)
        connections.close_all()

    def second_save():
        other = Client()
        other.force_login(editor)
        data = article_form_data(article, editor_fields=True, title="Bản lưu sau")
        results["response"] = other.post(change_url(article), data)
        connections.close_all()

    first = threading.Thread(target=first_save)
    first.start()
    assert first_holds_row.wait(60)
    second = threading.Thread(target=second_save)
    second.start()
    _wait_until_a_session_waits_on_a_lock()
    release_first.set()
    first.join(60)
    second.join(60)

    response = results["response"]
    assert response.status_code == 200
    assert "vừa được Minh lưu lúc" in str(response.context["adminform"].form.errors)
    assert Article.objects.get(pk=article.pk).title == "Bản lưu trước"


def _wait_until_a_session_waits_on_a_lock():
    with connection.cursor() as cursor:
        for _ in range(600):
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0]:
                return
            time.sleep(0.05)


@pytest.mark.parametrize("path", ["abc/history/", "{pk}/history/abc/", "{pk}/history/99999999/"])
def test_bad_history_addresses_are_404(client, editor, path):
    article = make_article("Bài có lịch sử", status="draft")
    client.force_login(editor)
    url = reverse("admin:articles_article_changelist") + path.format(pk=article.pk)
    assert client.get(url).status_code == 404
