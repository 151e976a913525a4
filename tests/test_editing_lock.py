"""Two people, one article: the editing lock, takeover, and a conflict merged field by field."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.roles import Role, assign_role
from articles.models import Article
from tests.admin_helpers import article_form_data, change_url
from tests.factories import make_article, make_author, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_editors(editor):
    """Minh (the `editor` fixture) and Thu, each in their own browser session."""
    thu = make_user("bientap2", first_name="Thu")
    assign_role(thu, Role.EDITOR)
    minh_client, thu_client = Client(), Client()
    minh_client.force_login(editor)
    thu_client.force_login(thu)
    return minh_client, thu_client


def _article():
    return make_article(
        "Lễ hội đình làng",
        status="draft",
        sapo="Sapo ban đầu.",
        body="<p>Đoạn mở đầu.</p>",
        authors=[make_author()],
    )


def _takeover(client, article):
    url = reverse("admin:articles_article_takeover", args=[article.pk])
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Có, tiếp quản bài này" in confirm.content.decode()
    assert client.post(url).status_code == 302


def _as_browser_posts(response, data):
    """The form again, with the preselected choice of each differing field, as sent."""
    form = response.context["adminform"].form
    data = {**data, "_conflict_version": form.conflict_version}
    data.update({f"_merge_{c.name}": c.default for c in form.conflicts if c.default})
    return data


def test_the_two_person_sequence_loses_nothing(two_editors):
    minh, thu = two_editors
    article = _article()
    opened = minh.get(change_url(article))  # Minh opens it first: he holds the lock
    assert opened.status_code == 200

    # Thu opens it: she may read, and sees who is editing since when.
    page = thu.get(change_url(article))
    since = timezone.localtime(article.edit_lock.since).strftime("%H:%M")
    assert f"Bài đang được Minh sửa từ {since}" in page.content.decode()
    assert not page.context["has_change_permission"]  # read-only, no save button
    # She takes over after confirming, changes the sapo, saves and leaves the form.
    _takeover(thu, article)
    thu.get(change_url(article))
    saved = thu.post(
        change_url(article), article_form_data(article, editor_fields=True, sapo="Sapo của Thu.")
    )
    assert saved.status_code == 302

    # Minh, on the form he opened before, edits the body and saves: a conflict, nothing saved.
    mine = article_form_data(
        article, editor_fields=True, body="<p>Đoạn mở đầu.</p><p>Đoạn Minh thêm.</p>"
    )
    refused = minh.post(change_url(article), mine)
    assert refused.status_code == 200
    text = refused.content.decode()
    assert "vừa được Thu lưu lúc" in text
    conflicts = {c.name: c for c in refused.context["adminform"].form.conflicts}
    assert set(conflicts) == {"sapo", "body"}
    assert (conflicts["sapo"].theirs, conflicts["sapo"].yours) == ("Sapo của Thu.", "Sapo ban đầu.")
    assert conflicts["sapo"].default == "theirs"  # only Thu changed it
    assert conflicts["body"].default == "yours"  # only Minh changed it
    assert Article.objects.get(pk=article.pk).sapo == "Sapo của Thu."
    assert 'data-unsaved="1"' in text  # the refused form keeps autosaving and warning

    # He presses "Lưu" again, choosing nothing by hand: both people's work is kept.
    again = minh.post(change_url(article), _as_browser_posts(refused, mine))
    assert again.status_code == 302
    stored = Article.objects.get(pk=article.pk)
    assert stored.sapo == "Sapo của Thu."
    assert "Đoạn Minh thêm." in stored.body


def test_a_field_both_changed_is_saved_only_when_chosen_or_overwritten_explicitly(two_editors):
    minh, thu = two_editors
    article = _article()
    minh.get(change_url(article))
    _takeover(thu, article)
    thu.post(
        change_url(article), article_form_data(article, editor_fields=True, title="Tiêu đề của Thu")
    )
    mine = article_form_data(article, editor_fields=True, title="Tiêu đề của Minh")
    refused = minh.post(change_url(article), mine)
    [title] = refused.context["adminform"].form.conflicts
    assert (title.name, title.default) == ("title", "")
    assert any(p.op == "added" and "Minh" in p.text for p in title.diff)

    plain = minh.post(change_url(article), _as_browser_posts(refused, mine))
    assert plain.status_code == 200
    assert "Hãy chọn giữ bản nào cho: Tiêu đề" in plain.content.decode()
    assert Article.objects.get(pk=article.pk).title == "Tiêu đề của Thu"

    overwrite = {**_as_browser_posts(refused, mine), "_overwrite_all": "1"}
    assert minh.post(change_url(article), overwrite).status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Tiêu đề của Minh"


def test_whoever_lost_the_lock_is_told_on_heartbeat_and_save_and_keeps_the_text(two_editors):
    minh, thu = two_editors
    article = _article()
    minh.get(change_url(article))
    heartbeat = reverse("admin:articles_article_heartbeat", args=[article.pk])
    assert minh.post(heartbeat).json() == {"held": True}
    _takeover(thu, article)

    answer = minh.post(heartbeat).json()
    assert answer["held"] is False
    assert answer["message"].startswith("Thu đã tiếp quản bài này lúc")
    refused = minh.post(
        change_url(article), article_form_data(article, editor_fields=True, title="Bản của Minh")
    )
    assert refused.status_code == 200
    text = refused.content.decode()
    assert "Thu đã tiếp quản bài này lúc" in text
    assert "Bản của Minh" in text  # his text is still in the form
    assert Article.objects.get(pk=article.pk).title == "Lễ hội đình làng"


def test_a_lock_lapses_after_fifteen_minutes_without_heartbeat(two_editors):
    minh, thu = two_editors
    article = _article()
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        minh.get(change_url(article))
        clock.move_to(start + timedelta(minutes=14))
        assert not thu.get(change_url(article)).context["has_change_permission"]
        clock.move_to(start + timedelta(minutes=16))
        page = thu.get(change_url(article))
        assert page.context["has_change_permission"]
        assert "đang được" not in page.content.decode()


def test_opening_a_colleagues_article_says_you_may_not_edit_it(client, reporter, other_reporter):
    article = make_article("Bài của Hùng", status="draft", created_by=other_reporter)
    client.force_login(reporter)
    response = client.get(change_url(article), follow=True)
    text = response.content.decode()
    assert "Bạn không có quyền sửa bài này." in text
    assert not re.search(r"không tồn tại", text)
