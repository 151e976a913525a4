"""Preview what is in the form now, unsaved; the read-only view renders the body."""

import pytest
from django.urls import reverse

from articles.models import Article
from tests.admin_helpers import article_form_data, change_url
from tests.factories import make_article, make_author, make_category

pytestmark = pytest.mark.django_db


def test_preview_renders_the_unsaved_form_in_the_public_template(client, reporter):
    article = make_article("Tiêu đề đã lưu", status="draft", created_by=reporter)
    client.force_login(reporter)
    data = article_form_data(
        article, title="Tiêu đề đang gõ", body="<p>Đoạn <strong>chưa lưu</strong>.</p>"
    )
    response = client.post(reverse("articles:preview-form", kwargs={"pk": article.pk}), data)
    assert response.status_code == 200
    text = response.content.decode()
    assert "<h1>Tiêu đề đang gõ</h1>" in text
    assert "<strong>chưa lưu</strong>" in text
    assert "Bản xem trước – chưa xuất bản" in text
    assert '<meta name="robots" content="noindex, nofollow">' in text
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert Article.objects.get(pk=article.pk).title == "Tiêu đề đã lưu"  # nothing saved


def test_preview_of_a_new_article_before_its_first_save(editor_client):
    category = make_category("Thể thao")
    author = make_author("Lê Thu")
    data = {
        "title": "Giải bóng chuyền xã",
        "sapo": "Mười đội tham gia.",
        "body": "<p>Trận chung kết diễn ra sáng Chủ nhật.</p>",
        "category": category.pk,
        "authors": [author.pk],
        "tags": "bóng chuyền",
    }
    response = editor_client.post(reverse("articles:preview-form"), data)
    text = response.content.decode()
    assert response.status_code == 200
    assert "Giải bóng chuyền xã" in text and "Trận chung kết" in text and "Lê Thu" in text
    assert "Bản xem trước – chưa xuất bản" in text
    assert not Article.objects.exists()


def test_preview_of_the_form_is_refused_to_people_who_may_not_edit(client, other_reporter):
    article = make_article("Bài của người khác", status="draft")
    client.force_login(other_reporter)
    url = reverse("articles:preview-form", kwargs={"pk": article.pk})
    assert client.post(url, article_form_data(article)).status_code == 404
    client.logout()
    assert client.post(reverse("articles:preview-form"), {"title": "x"}).status_code in (403, 404)


def test_after_submitting_the_reporter_reads_the_body_rendered_not_its_source(client, reporter):
    article = make_article(
        "Tin đã gửi duyệt",
        status="pending",
        created_by=reporter,
        body="<p>Đoạn có chữ <strong>đậm</strong>.</p>",
    )
    client.force_login(reporter)
    page = client.get(change_url(article))
    assert not page.context["has_change_permission"]
    text = page.content.decode()
    assert "Đoạn có chữ <strong>đậm</strong>." in text
    assert "&lt;strong&gt;" not in text and "&lt;p&gt;" not in text
