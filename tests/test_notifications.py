"""Notifications: who is told when an article is submitted, returned, published or scheduled,
on the admin's start page and by email — through the admin, as a browser would."""

import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.roles import Role, assign_role
from articles.models import Article, Author
from importer.runner import run_import
from notifications.models import Notification
from tests.admin_helpers import article_form_data, change_url, local_parts
from tests.factories import make_article, make_author, make_user
from tests.importer_files import HOA_SON, uploads_zip

pytestmark = pytest.mark.django_db


def _with_email(user, address):
    user.email = address
    user.save(update_fields=["email"])
    return user


@pytest.fixture
def newsroom(reporter, editor, administrator):
    """A reporter and two people who may publish, all with addresses, plus an editor without."""
    _with_email(reporter, "lan@example.vn")
    _with_email(editor, "minh@example.vn")
    _with_email(administrator, "ha@example.vn")
    no_mail = make_user("bientap2", first_name="Tú")
    assign_role(no_mail, Role.EDITOR)
    return {"reporter": reporter, "editors": [editor, administrator, no_mail]}


def _byline(user):
    return Author.objects.filter(user=user).first() or make_author(user=user)


def _draft(reporter, title="Hội nghị tổng kết năm"):
    return make_article(title, status="draft", created_by=reporter, authors=[_byline(reporter)])


def _press(client, user, article, action, capture, **changes):
    """Press a workflow button on the change form; the email goes out after the commit."""
    client.force_login(user)
    stored = Article.objects.get(pk=article.pk)
    editor_fields = user.has_perm("articles.publish_article")
    data = article_form_data(stored, editor_fields=editor_fields, _workflow=action, **changes)
    with capture(execute=True):
        response = client.post(change_url(stored), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    client.cookies.pop("messages", None)  # the next person does not see this one's "saved"
    return Article.objects.get(pk=article.pk)


def _inbox(user):
    return list(Notification.objects.filter(recipient=user))


def test_submitting_tells_each_editor_once_and_emails_those_with_an_address(
    client, newsroom, django_capture_on_commit_callbacks
):
    reporter, editors = newsroom["reporter"], newsroom["editors"]
    article = _press(
        client, reporter, _draft(reporter), "submit", django_capture_on_commit_callbacks
    )
    assert article.status == "pending"
    for editor in editors:
        (note,) = _inbox(editor)
        assert note.kind == "submitted" and note.article == article and note.read_at is None
        assert note.message == "Lan gửi duyệt bài “Hội nghị tổng kết năm”."
    assert _inbox(reporter) == []  # not told of their own action
    assert sorted(m.to[0] for m in mail.outbox) == ["ha@example.vn", "minh@example.vn"]
    assert all(len(m.to) == 1 for m in mail.outbox)
    email = mail.outbox[0]
    assert "Bài chờ duyệt: Hội nghị tổng kết năm" in email.subject
    assert "Lan gửi duyệt bài “Hội nghị tổng kết năm”." in email.body
    assert "/admin/thong-bao/" in email.body


def test_an_editor_submitting_their_own_article_is_not_told_about_it(
    client, newsroom, django_capture_on_commit_callbacks
):
    editor, administrator, other = newsroom["editors"]
    _press(client, editor, _draft(editor), "submit", django_capture_on_commit_callbacks)
    assert _inbox(editor) == []
    assert len(_inbox(administrator)) == len(_inbox(other)) == 1
    assert [m.to for m in mail.outbox] == [["ha@example.vn"]]


def test_returning_with_a_note_tells_the_reporter_with_the_note(
    client, newsroom, django_capture_on_commit_callbacks
):
    reporter, editor = newsroom["reporter"], newsroom["editors"][0]
    article = make_article("Lễ hội đua thuyền", status="pending", created_by=reporter)
    note = "Thiếu nguồn tin.\nCần thêm ảnh."
    capture = django_capture_on_commit_callbacks
    article = _press(client, editor, article, "return", capture, _review_note=note)
    assert article.status == "returned"
    (notification,) = _inbox(reporter)
    assert notification.kind == "returned"
    assert "Minh trả lại bài “Lễ hội đua thuyền”" in notification.message
    assert "Thiếu nguồn tin." in notification.message
    assert _inbox(editor) == []
    (email,) = mail.outbox
    assert email.to == ["lan@example.vn"]
    assert "Thiếu nguồn tin.\nCần thêm ảnh." in email.body


@pytest.mark.parametrize("action", ["publish", "schedule"])
def test_publishing_or_scheduling_tells_the_reporter_and_the_byline_account(
    client, newsroom, django_capture_on_commit_callbacks, action
):
    reporter, editor = newsroom["reporter"], newsroom["editors"][0]
    colleague = _with_email(make_user("phongvien3", first_name="Nga"), "nga@example.vn")
    assign_role(colleague, Role.REPORTER)
    article = make_article("Giải bóng đá", status="pending", created_by=reporter)
    article.authors.set([_byline(reporter), _byline(colleague)])
    changes = {"published_at_0": "", "published_at_1": ""}
    if action == "schedule":
        when = timezone.now() + timedelta(days=2)
        changes["published_at_0"], changes["published_at_1"] = local_parts(when)
    _press(client, editor, article, action, django_capture_on_commit_callbacks, **changes)
    kind = "published" if action == "publish" else "scheduled"
    for person in (reporter, colleague):
        assert [n.kind for n in _inbox(person)] == [kind]
    assert _inbox(editor) == []
    assert sorted(m.to[0] for m in mail.outbox) == ["lan@example.vn", "nga@example.vn"]
    if action == "schedule":
        assert "hẹn giờ xuất bản bài “Giải bóng đá” lúc" in mail.outbox[0].body
    else:
        assert "Minh đã xuất bản bài “Giải bóng đá”." in mail.outbox[0].body


def test_a_backdated_archive_article_is_published_without_telling_anyone(
    client, newsroom, django_capture_on_commit_callbacks
):
    reporter, editor = newsroom["reporter"], newsroom["editors"][0]
    article = make_article("Tin cũ năm 2020", status="pending", created_by=reporter)
    old = local_parts(timezone.now() - timedelta(days=400))
    changes = {"published_at_0": old[0], "published_at_1": old[1]}
    article = _press(
        client, editor, article, "publish", django_capture_on_commit_callbacks, **changes
    )
    assert article.is_public and article.published_at < timezone.now() - timedelta(days=399)
    assert Notification.objects.count() == 0 and mail.outbox == []


def test_importing_a_site_tells_nobody(newsroom, tmp_path, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        run_import([HOA_SON], images=uploads_zip(tmp_path))
    assert Article.objects.filter(status="pending").exists()  # imported straight into review
    assert Notification.objects.count() == 0 and mail.outbox == []


def test_titles_and_notes_reach_emails_as_plain_text_and_escaped_html(
    client, newsroom, django_capture_on_commit_callbacks
):
    reporter, editor = newsroom["reporter"], newsroom["editors"][0]
    title = "<script>alert(1)</script> Đêm <b>nhạc</b>"
    article = make_article(title, status="pending", created_by=reporter)
    note = '<img src=x onerror="alert(2)"> Sửa lại tiêu đề'
    capture = django_capture_on_commit_callbacks
    _press(client, editor, article, "return", capture, _review_note=note)
    (email,) = mail.outbox
    assert email.content_subtype == "plain"
    assert title in email.body and note in email.body  # plain text shows what was typed
    ((html, mimetype),) = email.alternatives
    assert mimetype == "text/html"
    assert "<script" not in html and "<b>nhạc" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Đêm &lt;b&gt;nhạc&lt;/b&gt;" in html
    assert "&lt;img src=x onerror=" in html
    client.force_login(reporter)
    page = client.get(reverse("notifications:list")).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page


def test_the_unread_count_shows_on_every_admin_page_and_the_start_page_lists_them(
    client, newsroom, django_capture_on_commit_callbacks
):
    reporter, editor = newsroom["reporter"], newsroom["editors"][0]
    capture = django_capture_on_commit_callbacks
    for title in ("Bài một", "Bài hai"):
        _press(client, reporter, _draft(reporter, title), "submit", capture)
    client.force_login(editor)
    for url in (reverse("admin:index"), reverse("admin:articles_article_changelist")):
        page = client.get(url).content.decode()
        assert 'class="notifications-badge" aria-label="2 thông báo chưa đọc">2</span>' in page
    start = client.get(reverse("admin:index")).content.decode()
    assert "Thông báo (2 chưa đọc)" in start
    assert "Lan gửi duyệt bài “Bài hai”." in start and "Lan gửi duyệt bài “Bài một”." in start
    client.force_login(reporter)
    page = client.get(reverse("admin:index")).content.decode()
    assert "notifications-badge" not in page and "Chưa có thông báo nào." in page


def test_opening_a_notification_marks_it_read_and_leads_to_the_article(
    client, newsroom, django_capture_on_commit_callbacks
):
    reporter, editor = newsroom["reporter"], newsroom["editors"][0]
    article = _press(
        client, reporter, _draft(reporter), "submit", django_capture_on_commit_callbacks
    )
    (notification,) = _inbox(editor)
    client.force_login(editor)
    response = client.get(notification.get_absolute_url())
    assert response.status_code == 302 and response.url == change_url(article)
    notification.refresh_from_db()
    assert notification.read_at is not None
    page = client.get(reverse("admin:index")).content.decode()
    assert "notifications-badge" not in page


def test_mark_all_read_clears_the_count_of_this_person_only(
    client, newsroom, django_capture_on_commit_callbacks
):
    reporter, (editor, administrator, _other) = newsroom["reporter"], newsroom["editors"]
    capture = django_capture_on_commit_callbacks
    for title in ("Bài một", "Bài hai"):
        _press(client, reporter, _draft(reporter, title), "submit", capture)
    client.force_login(editor)
    response = client.post(reverse("notifications:mark-all-read"), {"next": "https://evil.test/"})
    assert response.status_code == 302 and response.url == reverse("notifications:list")
    assert all(n.read_at for n in _inbox(editor))
    assert not any(n.read_at for n in _inbox(administrator))
    assert client.get(reverse("notifications:mark-all-read")).status_code == 405


def test_a_reporter_cannot_see_or_open_another_persons_notifications(
    client, newsroom, other_reporter, django_capture_on_commit_callbacks
):
    reporter, editor = newsroom["reporter"], newsroom["editors"][0]
    article = make_article("Bài riêng của Lan", status="pending", created_by=reporter)
    _press(client, editor, article, "return", django_capture_on_commit_callbacks, _review_note="x")
    (notification,) = _inbox(reporter)
    client.force_login(other_reporter)
    assert client.get(notification.get_absolute_url()).status_code == 404
    assert "Bài riêng của Lan" not in client.get(reverse("notifications:list")).content.decode()
    notification.refresh_from_db()
    assert notification.read_at is None
    client.logout()
    response = client.get(reverse("notifications:list"))
    assert response.status_code == 302 and "/admin/login/" in response.url


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the block ends


@pytest.mark.django_db(transaction=True)
def test_a_failing_mail_server_never_blocks_or_undoes_the_save(
    client, reporter, editor, settings, caplog
):
    _with_email(editor, "minh@example.vn")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", _closed_port()
    settings.EMAIL_USE_TLS = False
    article = _draft(reporter)
    client.force_login(reporter)
    data = article_form_data(article, _workflow="submit", title="Đã sửa rồi gửi")
    response = client.post(change_url(article), data)  # commits for real: on_commit runs here
    assert response.status_code == 302
    stored = Article.objects.get(pk=article.pk)
    assert (stored.status, stored.title) == ("pending", "Đã sửa rồi gửi")
    assert [n.kind for n in _inbox(editor)] == ["submitted"]
    assert "Notification emails not sent" in caplog.text
