"""The image library: uploads become records, a chosen cover survives a form error, images are
found and reused, and an image in use cannot be deleted."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from images.models import Image
from tests.images import jpeg
from tests.test_uploads import _article_post, stored

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
