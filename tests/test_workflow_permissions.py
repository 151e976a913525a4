"""Who may do what to which article: role × action × state, through the admin as a browser would.

The expected outcomes are written out here, independently of articles.workflow.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.admin_helpers import article_form_data, change_url, local_parts
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

STATES = ["draft", "pending", "returned", "published", "scheduled"]
ACTIONS = ["submit", "return", "publish", "schedule", "unpublish", "archive"]
RESULT = {
    "submit": "pending",
    "return": "returned",
    "publish": "published",
    "schedule": "published",
    "unpublish": "draft",
    "archive": "archived",
}
# (who, action) -> states where it is allowed; anything not listed is refused.
ALLOWED = {
    ("owner", "submit"): {"draft", "returned"},
    ("editor", "submit"): {"draft", "returned"},
    ("editor", "return"): {"pending"},
    ("editor", "publish"): {"draft", "pending", "returned", "scheduled"},
    ("editor", "schedule"): {"draft", "pending", "returned", "scheduled"},
    ("editor", "unpublish"): {"published", "scheduled"},
    ("editor", "archive"): {"published", "scheduled"},
}
OWNER_EDITABLE = {"draft", "returned"}


def _article(state, owner):
    now = timezone.now()
    status, when = {
        "scheduled": ("published", now + timedelta(days=2)),
        "published": ("published", now - timedelta(days=1)),
    }.get(state, (state, None))
    return make_article(
        "Bài gốc", status=status, published_at=when, created_by=owner, authors=[make_author()]
    )


def _actor(who, reporter, other_reporter, editor, administrator=None):
    people = {"owner": reporter, "other": other_reporter, "editor": editor}
    people["administrator"] = administrator
    return people[who]


def _as_editor(who):
    """Administrators hold every editorial permission: same expectations as editors."""
    return "editor" if who == "administrator" else who


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("who", ["owner", "other", "editor", "administrator"])
def test_workflow_button_matrix(
    client, reporter, other_reporter, editor, administrator, who, action, state
):
    article = _article(state, reporter)
    before = Article.objects.get(pk=article.pk)
    actor = _actor(who, reporter, other_reporter, editor, administrator)
    who = _as_editor(who)
    client.force_login(actor)
    future = timezone.now() + timedelta(days=5)
    changes = {"title": "Tiêu đề đã sửa", "_workflow": action, "_review_note": "Cần thêm ảnh."}
    if who == "editor" and action == "publish":
        changes["published_at_0"] = changes["published_at_1"] = ""  # empty date: now
    elif who == "editor":
        changes["published_at_0"], changes["published_at_1"] = local_parts(future)
    data = article_form_data(article, editor_fields=who == "editor", **changes)

    response = client.post(change_url(article), data)
    after = Article.objects.get(pk=article.pk)

    if state in ALLOWED.get((who, action), set()):
        assert response.status_code == 302, response.content.decode()[:2000]
        assert after.status == RESULT[action]
        assert after.title == "Tiêu đề đã sửa"
        assert after.updated_by == actor
        if action == "return":
            assert after.review_note == "Cần thêm ảnh."
        if action == "schedule":
            assert after.published_at == future.replace(second=0, microsecond=0)
            assert not after.is_public
        if action == "publish":
            assert after.is_public
        return

    # Refused: nothing at all is saved.
    assert after.status == before.status
    assert after.title == before.title
    assert after.version == before.version
    assert after.published_at == before.published_at
    if who == "other":
        assert response.status_code == 302  # not in their list: "does not exist"
        assert response.url == reverse("admin:index")
    elif who == "owner" and state not in OWNER_EDITABLE:
        assert response.status_code == 403
    else:
        assert response.status_code == 200  # the form again, with the reason
        assert response.context["adminform"].form.non_field_errors()


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("who", ["owner", "other", "editor"])
def test_reporters_see_only_their_own_articles(
    client, reporter, other_reporter, editor, who, state
):
    article = _article(state, reporter)
    client.force_login(_actor(who, reporter, other_reporter, editor))
    listing = client.get(reverse("admin:articles_article_changelist"))
    page = client.get(change_url(article))
    if who == "other":
        assert article not in listing.context["cl"].result_list
        assert page.status_code == 302
    else:
        assert article in listing.context["cl"].result_list
        assert page.status_code == 200
        editable = who == "editor" or state in OWNER_EDITABLE
        assert page.context["has_change_permission"] is editable


@pytest.mark.parametrize(
    "forged",
    [
        {"status": "published"},
        {"featured": "on"},
        {"published_at_0": "01/01/2026", "published_at_1": "08:00"},
        {"review_note": "tự duyệt"},
        {"authors": "OTHER"},
    ],
)
def test_forged_reporter_post_saves_nothing(client, reporter, forged):
    article = _article("draft", reporter)
    stranger = make_author("Người khác")
    forged = {k: (stranger.pk if v == "OTHER" else v) for k, v in forged.items()}
    client.force_login(reporter)
    data = article_form_data(article, title="Sửa kèm trường giả", **forged)

    response = client.post(change_url(article), data)

    assert response.status_code == 200
    assert "Bạn không có quyền thay đổi" in response.content.decode()
    after = Article.objects.get(pk=article.pk)
    assert (after.title, after.status, after.featured, after.published_at) == (
        "Bài gốc",
        "draft",
        False,
        None,
    )
    assert list(after.authors.all()) == list(article.authors.all())
    assert after.version == article.version


def test_forged_add_with_status_published_creates_nothing(client, reporter):
    client.force_login(reporter)
    category = make_article().category
    data = {
        "title": "Bài tự xuất bản",
        "category": category.pk,
        "tags": "",
        "status": "published",
        "published_at_0": "01/01/2026",
        "published_at_1": "08:00",
    }
    response = client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 200
    assert not Article.objects.filter(title="Bài tự xuất bản").exists()


def test_editor_cannot_set_status_through_the_form(client, editor):
    article = _article("draft", None)
    client.force_login(editor)
    data = article_form_data(article, editor_fields=True, status="published")
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert Article.objects.get(pk=article.pk).status == "draft"


def test_reporter_creates_draft_with_own_byline_and_submits(client, reporter):
    client.force_login(reporter)
    category = make_article().category
    data = {
        "title": "Hội thi văn nghệ quần chúng",
        "sapo": "Tóm tắt.",
        "body": "<p>Nội dung.</p>",
        "category": category.pk,
        "tags": "",
        "_workflow": "submit",
    }
    response = client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302
    article = Article.objects.get(title="Hội thi văn nghệ quần chúng")
    assert article.status == "pending"
    assert article.created_by == reporter
    assert [a.user for a in article.authors.all()] == [reporter]


@pytest.mark.parametrize(
    ("who", "state", "deleted"),
    [
        ("owner", "draft", True),
        ("owner", "returned", True),
        ("owner", "pending", False),
        ("owner", "published", False),
        ("other", "draft", False),
        ("editor", "draft", True),
        ("editor", "published", True),
    ],
)
def test_reporters_delete_their_own_drafts_editors_any_article(
    client, reporter, other_reporter, editor, who, state, deleted
):
    article = _article(state, reporter)
    client.force_login(_actor(who, reporter, other_reporter, editor))
    url = reverse("admin:articles_article_delete", args=[article.pk])
    response = client.post(url, {"post": "yes"})
    assert Article.objects.filter(pk=article.pk).exists() is not deleted
    assert response.status_code == (302 if deleted else 403)


@pytest.mark.parametrize("who", ["owner", "editor"])
def test_bulk_publish(client, reporter, editor, who):
    draft = _article("draft", reporter)
    live = _article("published", reporter)
    live_version = Article.objects.get(pk=live.pk).version
    client.force_login(reporter if who == "owner" else editor)
    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "workflow_publish", "_selected_action": [draft.pk, live.pk], "confirm": "yes"},
    )
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    live.refresh_from_db()
    assert live.version == live_version  # already live: left alone
    assert draft.status == ("published" if who == "editor" else "draft")


def test_bulk_submit_by_owner(client, reporter):
    mine = _article("draft", reporter)
    client.force_login(reporter)
    client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "workflow_submit", "_selected_action": [mine.pk]},
    )
    mine.refresh_from_db()
    assert mine.status == "pending"
