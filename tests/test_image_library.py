"""The image library: uploads become records, a chosen cover survives a form error, images are
found and reused, and an image in use cannot be deleted."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db.models import ProtectedError
from django.urls import reverse

from articles import workflow
from articles.images import attach_cover
from articles.models import Article
from images import library
from images.intake import store_image
from images.models import Image
from tests.admin_helpers import article_form_data
from tests.factories import make_article, make_user
from tests.images import jpeg, png_claiming
from tests.test_uploads import _article_post, stored, upload

ADD = reverse("admin:articles_article_add")


def cover_file(name="bia.jpg"):
    return SimpleUploadedFile(name, jpeg((1200, 800)), "image/jpeg")


@pytest.mark.django_db
def test_a_cover_chosen_before_a_form_error_is_saved_after_the_fix(editor_client, editor):
    refused = editor_client.post(
        ADD, _article_post(title="", cover_image=cover_file(), cover_alt="Đội văn nghệ")
    )
    assert refused.status_code == 200
    assert "title" in refused.context["adminform"].form.errors
    carried = re.search(r'name="cover_source" value="(\d+)"', refused.content.decode())
    assert carried, "the refused form must carry the uploaded cover"
    image = Image.objects.get(pk=carried.group(1))
    assert image.uploaded_by == editor
    # Sent again, fixed, with no file: the browser does not keep a chosen file across pages.
    saved = editor_client.post(
        ADD, _article_post(title="Hội diễn", cover_source=image.pk, cover_alt="Đội văn nghệ")
    )
    assert saved.status_code == 302, saved.content.decode()[:2000]
    article = Article.objects.get()
    assert article.cover_image.name == image.file
    assert article.cover_renditions == image.renditions
    assert article.cover_source == image
    assert stored(article.cover_image.name).is_file()


def library_image(alt="", caption="", credit="", size=(900, 600)):
    return library.add(jpeg(size), "library", alt=alt, caption=caption, credit=credit)


@pytest.mark.django_db
def test_an_editor_upload_becomes_a_library_record(reporter_client, reporter):
    response = upload(reporter_client, jpeg((1000, 700)))
    image = Image.objects.get()
    assert response.json()["urls"]["default"] == image.url
    assert image.uploaded_by == reporter
    assert sorted(image.renditions, key=int) == ["480", "800", "1000"]


@pytest.mark.django_db
def test_the_chooser_finds_images_without_diacritics(reporter_client):
    wanted = library_image(alt="Gói bánh chưng ngày Tết", credit="Đặng Văn Lâm")
    library_image(alt="Hội nghị tổng kết")
    choose = reverse("images:choose")
    for query in ("goi banh chung", "GÓI BÁNH", "dang van lam", "bánh tết"):
        found = reporter_client.get(choose, {"q": query}).json()["results"]
        assert [item["id"] for item in found] == [wanted.pk], query
    everything = reporter_client.get(choose).json()
    assert len(everything["results"]) == 2 and everything["more"] is False
    assert reporter_client.get(choose, {"page": "x'"}).status_code == 200


@pytest.mark.django_db
def test_the_chooser_is_closed_to_anonymous_and_unprivileged_people(client):
    assert client.get(reverse("images:choose")).status_code == 403
    client.force_login(make_user(is_staff=True))
    assert client.get(reverse("images:choose")).status_code == 403


@pytest.mark.django_db
def test_the_admin_list_searches_without_diacritics(reporter_client):
    library_image(alt="Gói bánh chưng ngày Tết")
    library_image(alt="Hội nghị tổng kết")
    page = reporter_client.get(reverse("admin:images_image_changelist"), {"q": "goi banh"})
    assert page.status_code == 200
    assert [image.alt for image in page.context["cl"].result_list] == ["Gói bánh chưng ngày Tết"]


@pytest.mark.django_db
def test_a_library_image_chosen_as_cover_brings_its_alt_and_caption(editor_client):
    image = library_image(alt="Sân khấu hội diễn", caption="Ảnh: Lan Anh")
    response = editor_client.post(ADD, _article_post(cover_source=image.pk))
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get()
    assert (article.cover_image.name, article.cover_source) == (image.file, image)
    assert (article.cover_alt, article.cover_caption) == ("Sân khấu hội diễn", "Ảnh: Lan Anh")


def _shown_in_body(image):
    return f'<figure class="image"><img src="{image.url}" alt="{image.alt}"></figure>'


@pytest.mark.django_db
def test_an_image_used_by_articles_cannot_be_deleted_and_they_are_listed(
    editor_client, django_capture_on_commit_callbacks
):
    cover, inline, unused = library_image("Bìa"), library_image("Trong bài"), library_image("Lẻ")
    with_cover = make_article(title="Bài có ảnh bìa", cover_source=cover)
    with_inline = make_article(title="Bài có ảnh trong nội dung", body=_shown_in_body(inline))
    assert list(inline.shown_in.all()) == [with_inline]
    for image, article in ((cover, with_cover), (inline, with_inline)):
        url = reverse("admin:images_image_delete", args=[image.pk])
        page = editor_client.get(url).content.decode()
        assert article.title in page
        editor_client.post(url, {"post": "yes"})
        assert Image.objects.filter(pk=image.pk).exists()
        assert stored(image.file).is_file()
    with pytest.raises(ProtectedError):
        inline.delete()
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("admin:images_image_delete", args=[unused.pk]), {"post": "yes"})
    assert not Image.objects.filter(pk=unused.pk).exists()
    assert not stored(unused.file).exists()


@pytest.mark.django_db
def test_bulk_delete_keeps_the_images_in_use(editor_client):
    used, unused = library_image("Dùng"), library_image("Không dùng")
    make_article(body=_shown_in_body(used))
    changelist = reverse("admin:images_image_changelist")
    data = {"action": "delete_selected", "_selected_action": [used.pk, unused.pk], "post": "yes"}
    page = editor_client.post(changelist, data)
    assert page.status_code == 200  # the refusal page, listing the article
    assert set(Image.objects.values_list("pk", flat=True)) == {used.pk, unused.pk}


@pytest.mark.django_db
def test_existing_images_are_put_into_the_library_by_the_command():
    article = make_article(title="Bài cũ", cover_alt="Ảnh bìa cũ")
    attach_cover(article, jpeg((1000, 600)))
    old = store_image(jpeg((900, 500)), "editor")
    article.body = f'<p>x</p><img src="{old.url}" alt="Ảnh cũ" srcset="{old.url} 900w">'
    Article.objects.filter(pk=article.pk).update(
        body=article.body, cover_image=article.cover_image.name,
        cover_renditions=article.cover_renditions,
    )  # fmt: skip
    call_command("fill_image_library", stdout=io.StringIO())
    call_command("fill_image_library", stdout=io.StringIO())  # twice: nothing doubles
    article.refresh_from_db()
    assert Image.objects.count() == 2
    assert article.cover_source.file == article.cover_image.name
    assert article.cover_source.alt == "Ảnh bìa cũ"
    inline = Image.objects.get(file=old.path)
    assert inline.renditions == old.renditions
    assert list(article.inline_images.all()) == [inline]
    assert inline.alt == "Ảnh cũ"  # learnt from the body


@pytest.mark.django_db
def test_publishing_is_refused_while_an_inline_image_has_no_alt(editor, editor_client):
    described, bare = library_image("Có mô tả"), library_image("")
    body = (
        f'<p>Mở đầu</p><figure class="image"><img src="{described.url}" alt="Sân đình"></figure>'
        f'<figure class="image"><img src="{bare.url}"></figure>'
        '<figure class="image"><img src="/media/editor/x/anh-cu.jpg" alt=" "></figure>'
    )
    article = make_article(status=Article.Status.DRAFT, body=body)
    problems = workflow.publish_problems(article)
    assert problems == [
        "Ảnh trong bài chưa có mô tả (alt): ảnh 2 ("
        + bare.file.rsplit("/", 1)[-1]
        + "), ảnh 3 (anh-cu.jpg)."
    ]
    with pytest.raises(workflow.TransitionError):
        workflow.apply(article, workflow.Action.PUBLISH, editor)
    # Through the admin's "save and publish", the page says which images lack it.
    data = article_form_data(article, editor_fields=True, _workflow="publish")
    response = editor_client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 200
    assert "ảnh 2 (" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    fixed = body.replace(f'src="{bare.url}"', f'src="{bare.url}" alt="Đội múa"').replace(
        'alt=" "', 'alt="Ảnh cũ"'
    )
    data = article_form_data(article, editor_fields=True, body=fixed, _workflow="publish")
    response = editor_client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED


@pytest.mark.django_db
def test_the_alt_written_in_an_article_describes_a_library_image_that_had_none():
    bare, described = library_image(""), library_image("Mô tả trong thư viện")
    body = (
        f'<img src="{bare.url}" alt="Múa sạp &amp; hát then">'
        f'<img src="{described.rendition_url(480)}" alt="Mô tả khác">'
    )
    make_article(body=body)
    bare.refresh_from_db()
    described.refresh_from_db()
    assert bare.alt == "Múa sạp & hát then"
    assert described.alt == "Mô tả trong thư viện"  # never overwritten


@pytest.mark.django_db
def test_the_library_admin_uploads_describes_and_shows_where_an_image_is_used(
    reporter_client, reporter
):
    add = reverse("admin:images_image_add")
    empty = reporter_client.post(add, {"alt": "Không có tệp"})
    assert empty.context["adminform"].form.errors["upload"] == ["Hãy chọn một tệp ảnh."]
    bomb = SimpleUploadedFile("bom.png", png_claiming(30000, 30000), "image/png")
    refused = reporter_client.post(add, {"upload": bomb, "alt": "Bom"})
    assert refused.status_code == 200
    assert "quá nhiều điểm ảnh" in refused.context["adminform"].form.errors["upload"][0]
    photo = SimpleUploadedFile("IMG_1.jpg", jpeg((1600, 1200)), "image/jpeg")
    saved = reporter_client.post(add, {"upload": photo, "alt": "Chợ quê", "credit": "Lan Anh"})
    assert saved.status_code == 302, saved.content.decode()[:2000]
    image = Image.objects.get()
    assert (image.alt, image.credit, image.uploaded_by) == ("Chợ quê", "Lan Anh", reporter)
    assert (image.width, image.height) == (1600, 1200) and stored(image.file).is_file()
    article = make_article(title="Phiên chợ quê ngày Tết", body=_shown_in_body(image))
    page = reporter_client.get(reverse("admin:images_image_change", args=[image.pk]))
    assert article.title in page.content.decode()
    # Reporters describe images; only editors delete them.
    url = reverse("admin:images_image_delete", args=[image.pk])
    assert reporter_client.post(url, {"post": "yes"}).status_code == 403
    assert Image.objects.filter(pk=image.pk).exists()
